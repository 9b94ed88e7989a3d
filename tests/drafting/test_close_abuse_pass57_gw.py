"""Fifty-seventh pass (engineer-gw): abuse by someone close, told without the rules' words, is read by a rule
(`triage_close_abuse`) — a relative, a partner or a carer who keeps the money, the card, the papers or the phone, or
locks someone in, with fear or harm in the same message; someone afraid to go home because of a parent — and the
look-alikes (a son who manages his mother's accounts with her agreement, a guardian, a couple's shared account, a
teenager's ordinary row) are left alone.

Items of batch gw's train split (`corpora/triage/gw.jsonl`) and fresh sentences, through `triage()` with the rules
alone (so that the rule's own effect is asserted whatever the learned model scores) and through the module's
function; the switches are flipped at run time."""

import pytest

from guichet.drafting import triage_close_abuse
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_close_abuse import close_abuse_hits
from guichet.drafting.triage_cues import fold
from tests.batches import batch_item

DISTRESS = TriageLabel.DISTRESS
SWITCHES = ("READ_CONTROL", "READ_AFRAID_HOME")


def _rules(title: str, body: str, administration: str = "CAF") -> list[str]:
    return triage(title=title, body=body, administration=administration, use_model=False).labels


def _item(item_id: str) -> dict:
    return batch_item("triage", "gw", item_id, train=True)


def _item_rules(item_id: str) -> list[str]:
    item = _item(item_id)
    return _rules(item["title"], item["message"], item["administration"])


def _item_hits(item_id: str) -> dict[str, list[str]]:
    item = _item(item_id)
    return close_abuse_hits(fold(f"{item['title']}\n{item['message']}"))


def test_the_switches_ship_on():
    assert all(getattr(triage_close_abuse, name) is True for name in SWITCHES)


@pytest.mark.parametrize(
    ("item_id", "switch", "kind"),
    [
        ("gw-013", "READ_CONTROL", "violence"),  # a grown son « prend ma carte quand il veut, il casse des choses »
        ("gw-014", "READ_CONTROL", "violence"),  # a husband « a mon espace personnel … devient violent en paroles »
        ("gw-026", "READ_CONTROL", "violence"),  # a father « l'enferme quand il part … il avait faim »
        ("gw-029", "READ_CONTROL", "violence"),  # « il me prend les clés pour que je sorte pas … je suis rien »
        ("gw-030", "READ_CONTROL", "violence"),  # a mother « garde ma carte d'identité … me fait passer pour folle »
        ("gw-007", "READ_AFRAID_HOME", "child"),  # « jpeux pas rentrer chez moi ce soir mon beau pere a dit … »
    ],
)
def test_a_train_item_is_read_by_its_family_and_not_with_its_switch_off(item_id, switch, kind, monkeypatch):
    assert kind in _item_hits(item_id)
    assert DISTRESS in _item_rules(item_id)
    monkeypatch.setattr(triage_close_abuse, switch, False)
    assert _item_hits(item_id) == {}
    assert DISTRESS not in _item_rules(item_id)


def test_an_old_person_robbed_by_a_relative_brings_the_elderly_contacts(monkeypatch):
    body = (
        "Bonjour, j'ai 84 ans. Ma fille a ma carte et mon carnet de chèques depuis que je suis tombée. "
        "Je ne vois plus mes relevés et quand je demande elle crie. Je voudrais un nouveau chéquier."
    )
    result = triage(title="chéquier", body=body, administration="Assurance retraite", use_model=False)
    assert DISTRESS in result.labels
    assert "elderly" in close_abuse_hits(fold(body))
    monkeypatch.setattr(triage_close_abuse, "READ_CONTROL", False)
    assert DISTRESS not in _rules("chéquier", body, "Assurance retraite")


@pytest.mark.parametrize(
    "item_id",
    [
        "gw-031",  # habilitation familiale, « avec son accord »: the pension to her new account
        "gw-036",  # « je garde la carte vitale de ma mère car elle la perd tout le temps, elle est d'accord »
        "gw-039",  # a 17-year-old who refuses to come home at 22h: « c'est la guerre à la maison » but no fear
        "gw-047",  # a home help: the daughter « s'occupe très bien d'elle »
        "gw-049",  # the mother locks the door so that the daughter does not lose her key
    ],
)
def test_a_train_look_alike_stays_unread(item_id):
    assert _item_hits(item_id) == {}
    assert DISTRESS not in _item_rules(item_id)


@pytest.mark.parametrize(
    "body",
    [
        # Money managed with the person's agreement, even with a word of worry.
        "Mon fils gère ma retraite et garde ma carte avec mon accord, j'ai peur de me tromper dans les papiers.",
        # A couple's shared account.
        "Mon mari et moi avons un compte joint, il garde le chéquier. Où envoyer notre nouveau RIB ?",
        # A relative's help with the papers, no fear nor harm.
        "Ma fille a mes papiers dans son classeur pour mon dossier de retraite, elle vient mardi avec moi.",
        # Another's tears and a mother's own pension, not someone's control.
        "Ma mère m'aide un peu mais elle a sa retraite à elle. Les enfants pleurent dans la voiture au retour.",
        # A grievance, not a relative's control: « aucune réponse à mes courriers, c'est honteux ».
        "Ma mère est tombée sur le trottoir. Aucune réponse à mes trois courriers. C'est honteux.",
    ],
)
def test_a_fresh_look_alike_stays_unread(body):
    assert close_abuse_hits(fold(body)) == {}


def test_the_teenager_s_ordinary_row_is_not_afraid_to_go_home():
    body = "Mon fils de 15 ans s'est disputé avec son père pour ses notes, il boude. Les allocations ?"
    assert close_abuse_hits(fold(body)) == {}
    afraid = "Ma fille de 16 ans a peur de rentrer à la maison quand son père a bu, elle dort chez des copines."
    assert close_abuse_hits(fold(afraid)) == {"child": ["peur de rentrer a la maison"]}
