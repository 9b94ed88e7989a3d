"""Fifty-eighth pass (engineer-gz): distress the rules left to the learned model is read by its voice
(`triage_unseen_distress`) — not being there any more, the family better off without the writer, the means at hand,
a neighbour nobody sees, nights in a car — and the look-alikes (an absence with its dates, « ma banque va me tuer »,
a queue « je vais finir par dormir dans ma voiture », a landlord who no longer answers the phone) are left alone.

Train items of batch gz and of earlier batches, and fresh sentences, through `triage()` with the rules alone (the
rule's own effect, whatever the learned model scores) and through the module's function; switches flipped at run
time."""

import pytest

from guichet.drafting import triage_unseen_distress
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_unseen_distress import spelled_out, unseen_distress_hits
from tests.batches import batch_item

DISTRESS = TriageLabel.DISTRESS
# Shipped on: each reads validation messages no other rule read. Shipped off: train gains only
# (docs/benchmarks.md, fifty-eighth pass, engineer-gz).
SHIPPED_ON = ("READ_NOT_HERE", "READ_WITHOUT_ME", "READ_MEANS", "READ_UNSEEN_NEIGHBOUR", "READ_CAR_NIGHTS")
SHIPPED_OFF = ("READ_ARMED_RETURN", "READ_FEW_EUROS", "READ_SMS")
SWITCHES = SHIPPED_ON + SHIPPED_OFF


def _rules(title: str, body: str, administration: str = "Caf") -> list[str]:
    return triage(title=title, body=body, administration=administration, use_model=False).labels


def _item(batch: str, item_id: str) -> dict:
    return batch_item("triage", batch, item_id, train=True)


def _hits(text: str) -> dict[str, list[str]]:
    return unseen_distress_hits(fold(text))


def test_the_switches_ship_as_measured():
    assert all(getattr(triage_unseen_distress, name) is True for name in SHIPPED_ON)
    assert all(getattr(triage_unseen_distress, name) is False for name in SHIPPED_OFF)


@pytest.mark.parametrize(
    ("batch", "item_id", "switch", "kind"),
    [
        ("gz", "gz-005", "READ_NOT_HERE", "suicide"),  # « je ne serai sans doute plus là pour la prochaine … »
        ("bd-twentieth", "tri-bd-029", "READ_NOT_HERE", "suicide"),  # « une fois que je serai partie »
        ("fe", "fe-028", "READ_WITHOUT_ME", "suicide"),  # « Je veux plus vivre. »
        ("gz", "gz-026", "READ_WITHOUT_ME", "suicide"),  # « partir pour de bon »
        ("gz", "gz-028", "READ_MEANS", "suicide"),  # « J'ai mis de côté les cachets qu'il faut »
        ("ey-unseen", "ey-041", "READ_MEANS", "suicide"),  # « je regarde la poutre de la grange »
        ("gz", "gz-014", "READ_UNSEEN_NEIGHBOUR", "elderly"),  # shutters closed for five days
        ("dt", "dt-051", "READ_UNSEEN_NEIGHBOUR", "elderly"),
        ("gz", "gz-003", "READ_CAR_NIGHTS", "homeless"),  # « nous dormons avec mes trois enfants dans la voiture »
    ],
)
def test_a_train_item_the_start_rules_missed_is_read_by_its_family_and_not_with_its_switch_off(
    batch, item_id, switch, kind, monkeypatch
):
    item = _item(batch, item_id)
    assert DISTRESS in _rules(item["title"], item["message"], item["administration"])
    assert kind in _hits(item["title"] + "\n" + item["message"])
    for name in SHIPPED_ON:
        monkeypatch.setattr(triage_unseen_distress, name, False)
    assert not _hits(item["title"] + "\n" + item["message"])
    assert DISTRESS not in _rules(item["title"], item["message"], item["administration"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pouvez-vous transférer le dossier à mon frère ? Je ne pense pas être encore là à Noël.", "suicide"),
        ("Ne vous donnez pas trop de mal pour le financement. Je ne crois pas être encore là en mars.", "suicide"),
        ("Les enfants seraient bien plus heureux sans moi, je suis un poids pour eux.", "suicide"),
        ("J'ai rassemblé tous mes médicaments dans un sac. Merci pour votre aide.", "suicide"),
        ("Demain tout sera fini, je voulais juste que le dossier soit propre.", "suicide"),
        ("Mon voisin de 84 ans n'ouvre plus sa porte depuis samedi, son courrier s'entasse.", "elderly"),
        ("Depuis l'expulsion je dors parfois dans ma voiture avec le chien.", "homeless"),
    ],
)
def test_fresh_sentences_are_read_with_their_kind(text, kind):
    assert kind in _hits(text)
    assert DISTRESS in _rules("Demande", text)


@pytest.mark.parametrize(
    "text",
    [
        "Je ne serai plus là du 3 au 24 juin : je pars en cure, pouvez-vous décaler le rendez-vous ?",
        "Quand je serai partie à la retraite, qui recevra les courriers de l'association ?",
        "Ma banque va me tuer si je n'envoie pas l'attestation avant vendredi.",
        "Je vais finir par dormir dans ma voiture tellement j'attends devant la préfecture !",
        "Mon propriétaire ne me rend pas ma caution et il ne répond plus au téléphone depuis deux mois.",
        "Je vais tout arrêter au 31 décembre : j'ai trouvé un CDI, je ferme ma micro-entreprise.",
        "Ma mère souhaite acheter une concession au cimetière par prévoyance, quels sont les tarifs ?",
        "Un voisin est tombé avec une corde de levage dans sa grange : l'accident est-il couvert ?",
        "Ma voisine part tous les hivers chez sa fille, ses volets restent fermés : l'opération tranquillité ?",
        "La ferme c'est fini pour moi, place aux jeunes ! Quelles démarches pour ma retraite ?",
    ],
)
def test_look_alikes_are_not_read(text):
    assert not _hits(text)


def test_the_batch_s_train_look_alikes_are_not_read():
    for item_id in ("gz-031", "gz-034", "gz-038", "gz-042", "gz-045"):
        item = _item("gz", item_id)
        assert not _hits(item["title"] + "\n" + item["message"]), item_id


def test_an_armed_return_and_a_few_euros_are_read_only_when_switched_on(monkeypatch):
    armed = "Il a dit qu'il reviendrait ce soir avec son fusil."
    euros = "Depuis trois semaines on vit avec 40 euros, moi et les petits."
    assert not _hits(armed) and not _hits(euros)
    monkeypatch.setattr(triage_unseen_distress, "READ_ARMED_RETURN", True)
    monkeypatch.setattr(triage_unseen_distress, "READ_FEW_EUROS", True)
    assert "violence" in _hits(armed)
    assert "food" in _hits(euros)


def test_sms_spelling_is_spelled_out_and_read_only_when_switched_on(monkeypatch):
    item = _item("gz", "gz-012")  # « jmange pa depui 3j jsui a la ru depui lundi »
    text = fold(item["title"] + "\n" + item["message"])
    assert "je suis a la rue" in (spelled_out(text) or "")
    assert spelled_out(fold("Bonjour, je voudrais savoir où en est mon dossier.")) is None
    assert not unseen_distress_hits(text)
    monkeypatch.setattr(triage_unseen_distress, "READ_SMS", True)
    assert "homeless" in unseen_distress_hits(text)
    routine_sms = fold("slt jvoulé savoir si jpeu toucher la prime dactivité vu ke jsui en cdd depui 2 moi merci")
    assert not unseen_distress_hits(routine_sms)
