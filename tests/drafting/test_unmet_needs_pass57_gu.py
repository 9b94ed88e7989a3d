"""Fifty-seventh pass (engineer-gu): distress told by its facts alone is read by a rule (`triage_unmet_needs`) —
nothing left to live on, no wage with the rent due, nowhere to go, a treatment one cannot buy, an old person alone
since the help stopped coming, someone who no longer goes out — and hard but safe situations are left alone.

Items of batch gu's train split (`corpora/triage/gu.jsonl`) and fresh sentences, through `triage()` (rules alone, so
that the rule's own effect is asserted whatever the learned model scores, and with the shipped model) and through the
module's function; the switches are flipped at run time."""

import pytest

from guichet.drafting import triage_unmet_needs
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_unmet_needs import unmet_need_hits
from tests.batches import batch_item

DISTRESS = TriageLabel.DISTRESS
# Shipped on: they help on validation. Shipped off: they help on train only, with no cost measured anywhere
# (docs/benchmarks.md, fifty-seventh pass, engineer-gu); the tests below switch them on to show their reading.
SHIPPED_ON = ("READ_NOTHING_LEFT", "READ_NOWHERE", "READ_WITHDRAWN")
SHIPPED_OFF = ("READ_NO_INCOME_DUE", "READ_CARE_UNPAID", "READ_LEFT_ALONE")
SWITCHES = SHIPPED_ON + SHIPPED_OFF


@pytest.fixture
def all_on(monkeypatch):
    for name in SWITCHES:
        monkeypatch.setattr(triage_unmet_needs, name, True)


def _rules(title: str, body: str, administration: str = "CAF") -> list[str]:
    return triage(title=title, body=body, administration=administration, use_model=False).labels


def _item_rules(item_id: str) -> list[str]:
    item = batch_item("triage", "gu", item_id, train=True)
    return _rules(item["title"], item["message"], item["administration"])


def test_the_switches_ship_as_measured():
    assert all(getattr(triage_unmet_needs, name) is True for name in SHIPPED_ON)
    assert all(getattr(triage_unmet_needs, name) is False for name in SHIPPED_OFF)


@pytest.mark.parametrize(
    ("item_id", "switch"),
    [
        ("gu-003", "READ_NOTHING_LEFT"),  # RSA suspended: « depuis je n'ai plus rien, pas un euro »
        ("gu-016", "READ_NO_INCOME_DUE"),  # « plus de salaire, plus de droits, je ne peux plus payer la chambre »
        ("gu-009", "READ_CARE_UNPAID"),  # « je n'arrive plus à acheter mes médicaments … faute d'argent »
        ("gu-010", "READ_LEFT_ALONE"),  # 91 years old, alone, « l'aide à domicile a arrêté de venir »
        ("gu-011", "READ_LEFT_ALONE"),  # a neighbour of 88, « son infirmière ne vient plus », no family
        ("gu-012", "READ_WITHDRAWN"),  # « ne sort plus de sa chambre … ne va plus au collège »
    ],
)
def test_a_train_item_s_unmet_need_is_read_by_its_family_and_not_with_its_switch_off(item_id, switch, monkeypatch):
    monkeypatch.setattr(triage_unmet_needs, switch, True)
    hits = unmet_need_hits(fold(_item_text(item_id)))
    assert hits
    monkeypatch.setattr(triage_unmet_needs, switch, False)
    assert not unmet_need_hits(fold(_item_text(item_id)))


def _item_text(item_id: str) -> str:
    item = batch_item("triage", "gu", item_id, train=True)
    return f"{item['title']}\n{item['message']}"


@pytest.mark.parametrize("item_id", ["gu-003", "gu-009", "gu-011", "gu-012", "gu-013", "gu-016"])
def test_train_items_the_start_rules_missed_are_distress_and_not_with_every_switch_off(item_id, all_on, monkeypatch):
    assert DISTRESS in _item_rules(item_id)
    for name in SWITCHES:
        monkeypatch.setattr(triage_unmet_needs, name, False)
    assert DISTRESS not in _item_rules(item_id)


def test_no_wage_with_the_rent_due_is_read_and_not_with_its_switch_off(all_on, monkeypatch):
    body = "Bonjour, l'usine a fermé. Je suis maintenant sans salaire, avec le loyer de 640 € à payer le 5."
    assert DISTRESS in _rules("Fermeture", body, "France Travail")
    monkeypatch.setattr(triage_unmet_needs, "READ_NO_INCOME_DUE", False)
    assert DISTRESS not in _rules("Fermeture", body, "France Travail")


def test_nowhere_to_go_on_a_near_date_is_read_and_not_with_its_switch_off(monkeypatch):
    body = "Le propriétaire reprend le studio vendredi. Je n'ai nulle part où aller avec ma fille. Que faire ?"
    assert DISTRESS in _rules("Logement", body, "Mairie")
    monkeypatch.setattr(triage_unmet_needs, "READ_NOWHERE", False)
    assert DISTRESS not in _rules("Logement", body, "Mairie")


def test_a_few_euros_left_for_the_month_is_read():
    assert set(unmet_need_hits(fold("Après le loyer il me reste 60 € pour le mois pour moi et mon fils."))) == {"food"}


@pytest.mark.parametrize(
    "item_id",
    [
        "gu-026",  # a job lost, with savings, asking when the ARE is paid
        "gu-027",  # a CDD ending, the partner pays the rent
        "gu-032",  # a diabetic asking the refund rate of a new insulin pen
        "gu-033",  # a complementary health cover ending, asking for the CSS
        "gu-034",  # a grandmother of 92 looked after by her family every day
        "gu-036",  # a neighbour of 90 whose daughter comes every evening, with the téléassistance
        "gu-039",  # the RSA one day late, the rent due on the 10th
        "gu-042",  # a widow whose children help while the pension of reversion is awaited
        "gu-047",  # a tax seizure contested with the proof of payment
        "gu-050",  # a job lost, asking to change the withholding rate
    ],
)
def test_hard_but_safe_train_items_give_no_unmet_need(item_id, all_on):
    assert unmet_need_hits(fold(_item_text(item_id))) == {}


@pytest.mark.parametrize(
    "body",
    [
        "Si je suis radié je n'ai plus rien à perdre, je viendrai à l'agence.",
        "Je n'ai plus rien reçu de votre part depuis ma demande, pouvez-vous me dire où en est le dossier ?",
        "Je fais l'objet d'une procédure d'expulsion ; mon avocate a demandé des délais au juge.",
        "Je suis fonctionnaire à demi-traitement et je n'arrive plus à payer mon loyer, quelle indemnité ?",
        "Il me reste 640 € d'impôt à payer, puis-je avoir un échéancier ?",
        "Ma mère a 89 ans, l'association s'arrête mais une autre a déjà accepté de reprendre et ma sœur passe chaque "
        "soir.",
        "Mon père, 90 ans, ne sort plus de chez lui ; il a demandé une révision de son GIR.",
    ],
)
def test_look_alikes_give_no_unmet_need(body, all_on):
    assert unmet_need_hits(fold(body)) == {}


def test_the_kinds_bring_their_contacts(all_on):
    assert set(unmet_need_hits(fold("on sera a la rue jeudi"))) == {"homeless"}
    assert set(unmet_need_hits(fold("la pharmacie refuse de me donner mon insuline sans payer"))) == {"health"}
    result = triage(
        title="Ma mère",
        body="Ma mère a 91 ans et vit seule. L'aide à domicile ne vient plus depuis lundi.",
        administration="Conseil départemental",
        use_model=False,
    )
    assert DISTRESS in result.labels
    assert "elderly" in result.distress_kinds


def test_shipped_as_is_the_nothing_left_reading_gives_distress_and_the_left_alone_one_waits():
    body = "bjr la caf a suspendu le rsa, j'ai plus rien. les petits mangent a la cantine. on fait comment"
    assert DISTRESS in triage(title="rsa", body=body, administration="CAF").labels
    body = "Ma mère a 91 ans et vit seule. L'aide à domicile ne vient plus depuis lundi."
    assert unmet_need_hits(fold(body)) == {}
