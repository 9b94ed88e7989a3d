"""Fifty-eighth pass (engineer-ha): a vital danger told as a complaint's consequence, and a danger told of someone
else, are read by a rule (`triage_grievance_danger`); a relative's suicide or a death told in the past for a
procedure, a crisis said to be over, a family quarrel about money and an angry complaint without danger are left
alone.

Items of batch ha's train split (`corpora/triage/ha.jsonl`) and fresh sentences, through `triage()` with the rules
alone (so that the rule's own effect is asserted whatever the learned model scores) and through the module's
function; the switches are flipped at run time."""

import pytest

from guichet.drafting import triage_grievance_danger, triage_unseen_distress
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_grievance_danger import grievance_danger_hits, suicide_told_over
from tests.batches import batch_item

DISTRESS = TriageLabel.DISTRESS
SWITCHES = ("READ_GRIEVANCE_DANGER", "READ_OTHER_IN_DANGER", "SUICIDE_OVER_GATE")


def _rules(title: str, body: str, administration: str = "CAF") -> list[str]:
    return triage(title=title, body=body, administration=administration, use_model=False).labels


def _item(item_id: str) -> dict:
    return batch_item("triage", "ha", item_id, train=True)


def _item_rules(item_id: str) -> list[str]:
    item = _item(item_id)
    return _rules(item["title"], item["message"], item["administration"])


def _hits(body: str) -> dict[str, list[str]]:
    return grievance_danger_hits(fold(body))


def test_the_switches_ship_on():
    assert all(getattr(triage_grievance_danger, name) is True for name in SWITCHES)


@pytest.mark.parametrize(
    ("item_id", "switch"),
    [
        ("ha-002", "READ_GRIEVANCE_DANGER"),  # allowances blocked 4 months, « plus de lait pour la petite »
        ("ha-008", "READ_GRIEVANCE_DANGER"),  # AAH cut, « jai plus rien pour manger depuis 4 jours »
        ("ha-009", "READ_GRIEVANCE_DANGER"),  # récépissé expired, sleeping on a friend's sofa
        ("ha-010", "READ_GRIEVANCE_DANGER"),  # pension unpaid, « plus d'électricité … -5 cette nuit »
        ("ha-016", "READ_OTHER_IN_DANGER"),  # a neighbour of 86 who no longer opens her door for four days
        ("ha-017", "READ_OTHER_IN_DANGER"),  # a brother: « ce serait plus simple s'il n'était plus là »
        ("ha-023", "READ_OTHER_IN_DANGER"),  # a former colleague in his car, « un message d'adieu »
    ],
)
def test_a_train_item_the_start_rules_missed_is_distress_and_not_with_its_switch_off(item_id, switch, monkeypatch):
    assert DISTRESS in _item_rules(item_id)
    monkeypatch.setattr(triage_grievance_danger, switch, False)
    # engineer-gz's readings (same pass) also hold some of these voices (« un message d'adieu »): off, to see this one
    for other in ("READ_NOT_HERE", "READ_WITHOUT_ME", "READ_MEANS", "READ_UNSEEN_NEIGHBOUR", "READ_CAR_NIGHTS"):
        monkeypatch.setattr(triage_unseen_distress, other, False)
    assert DISTRESS not in _item_rules(item_id)


def test_an_angry_complaint_with_a_treatment_refused_now_is_read():
    body = (
        "C'est inadmissible : votre erreur a bloqué mes droits et la pharmacie refuse de me donner mon traitement "
        "depuis lundi."
    )
    assert "health" in _hits(body)


def test_an_eviction_on_a_date_inside_a_grievance_is_read():
    body = "Mon APL est suspendue depuis trois mois par votre faute, l'expulsion est fixée au 12 avec la police."
    assert "homeless" in _hits(body)


def test_the_same_danger_without_a_grievance_is_not_this_rule_s():
    # The consequence alone is left to the other rules and the model: this family reads it inside a grievance.
    assert not _hits("Nous dormons chez un ami depuis une semaine. Quelles aides pour un logement d'urgence ?")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Mon père m'a appelé, il dit qu'il préfère mourir plutôt que de demander de l'aide.", "suicide"),
        ("Ma tante ne répond plus au téléphone depuis trois jours et ses volets sont fermés.", "elderly"),
        ("Ma soeur ne se lève plus ; elle ne mange presque plus depuis la coupure de ses aides.", "suffering"),
        ("Les enfants de 4 et 6 ans de mon voisin sont seuls depuis hier soir.", "child"),
    ],
)
def test_someone_else_in_danger_now_is_read_by_its_kind(body, kind):
    assert kind in _hits(body)


def test_the_kinds_bring_their_contacts():
    result = triage(
        title="mon frère",
        body="Mon frère m'a envoyé un message d'adieu ce soir et ne répond plus. Que faire ?",
        administration="CAF",
        use_model=False,
    )
    assert DISTRESS in result.labels
    assert "suicide" in result.distress_kinds
    assert result.emergency_contacts


@pytest.mark.parametrize(
    "item_id",
    [
        "ha-029",  # a father's funeral, the commune's help asked
        "ha-032",  # a reversion unpaid, angry, « ça va, mais je veux mon dû »
        "ha-035",  # three appointments cancelled, « je suis indemnisé »
        "ha-036",  # a lift out of order for three weeks
        "ha-039",  # a téléassistance for a father of 85 who is well
        "ha-044",  # a quarrel between a brother and a sister over an aunt's house
        "ha-045",  # a family quarrel over a donation
        "ha-047",  # a son's suicide attempt last year, « aujourd'hui stabilisé et suivi »
        "ha-049",  # an eviction cancelled by a repayment plan
    ],
)
def test_hard_negatives_of_the_batch_give_no_reading(item_id):
    item = _item(item_id)
    assert not grievance_danger_hits(fold(f"{item['title']}\n{item['message']}"))


@pytest.mark.parametrize(
    "body",
    [
        "Mon mari s'est suicidé en 2022. Je vais mieux aujourd'hui. Quelles pièces pour la pension de réversion ?",
        "Mon frère ne répond plus à mes mails depuis trois semaines au sujet de la succession de notre mère.",
        "Ma mère a fait une grave dépression l'an dernier ; elle est aujourd'hui stabilisée. Peut-elle avoir l'APA ?",
        "Vous avez suspendu mon dossier, c'est scandaleux. Je suis hébergé chez ma soeur en attendant, ça va.",
        "C'est une honte, l'école n'a plus de chauffage, les enfants gardent leur manteau.",
        "Mon chat ne mange plus depuis la coupure du chauffage collectif, est-ce une raison de réduire les charges ?",
    ],
)
def test_look_alikes_give_no_reading(body):
    assert not _hits(body)


def test_a_suicide_attempt_long_past_with_the_person_well_now_is_no_rule_distress(monkeypatch):
    item = _item("ha-047")  # « tentative de suicide l'année dernière, il est aujourd'hui stabilisé et suivi »
    assert DISTRESS not in _item_rules("ha-047")
    assert suicide_told_over(["suicid"], fold(f"{item['title']}\n{item['message']}"))
    monkeypatch.setattr(triage_grievance_danger, "SUICIDE_OVER_GATE", False)
    assert DISTRESS in _item_rules("ha-047")


@pytest.mark.parametrize(
    "body",
    [
        # Recent, or nothing said of being well now, or despair: the suicide rule keeps its word.
        "Mon fils a fait une tentative de suicide hier soir. Il va mieux mais je suis inquiète. Quels droits ?",
        "Mon mari s'est suicidé en 2021. Je voudrais la pension de réversion.",
        "Ma fille a fait une tentative de suicide il y a deux ans. Elle va mieux, mais moi je n'en peux plus.",
        "J'ai fait une tentative de suicide l'an dernier. Je vais mieux mais j'y repense, je veux en finir.",
    ],
)
def test_a_suicide_not_told_over_keeps_the_rule(body):
    assert DISTRESS in _rules("Ma demande", body)
