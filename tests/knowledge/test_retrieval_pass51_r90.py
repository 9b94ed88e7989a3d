"""Fifty-first pass, engineer-r90: everyday justice told in the writer's words.

Being a juror told in any form points to F1540 « Juré d'assises » (`everyday_justice.READ_JUROR`), not an exam's
jury nor the verb « jurer »; a witness called to testify points to the witness's hearing fiches (`READ_WITNESS`), not a
wedding's witness; a complaint lodged and then nothing points to F1154 (`READ_COMPLAINT_FATE`), not a bank's
complaints desk; a complaint withdrawn points to F16862 (`READ_WITHDRAW_COMPLAINT`); a bill a client never paid
points to F1746 (`READ_UNPAID_BILL`), not a tenant's rent. Messages written fresh for these tests, none from a
corpus; the search runs the real pipeline over a subset of the shared fiches.
"""

import pytest

from guichet.knowledge import everyday_justice
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

JUROR = (
    "Bonsoir, un courrier de la mairie m'annonce que mon nom est sorti au tirage au sort pour le jury d'assises de "
    "l'an prochain. Qu'est-ce que ça implique pour moi ?"
)
JUROR_ROLE = "Mon père a 74 ans, il vient d'être convoqué comme juré en mars. Il peut y aller à son âge ?"
# an exam's jury, a sworn translator, the verb « jurer »
EXAM_JURY = "Je passe devant le jury de VAE le mois prochain : quels documents apporter ?"
SWORN = "Il m'a juré qu'il rembourserait le crédit, et maintenant il ne répond plus. Que faire ?"

WITNESS = (
    "J'ai vu un accident entre une trottinette et une voiture, et la gendarmerie m'a convoqué comme témoin jeudi. "
    "Est-ce que j'ai le droit de ne pas y aller ?"
)
WEDDING_WITNESS = "Ma cousine me demande d'être témoin à son mariage en mairie : faut-il que je sois français ?"

COMPLAINT_FATE = (
    "J'ai déposé une plainte pour le cambriolage de mon garage il y a neuf mois et toujours pas de nouvelles. Est-ce "
    "que le procureur est obligé de poursuivre ?"
)
BANK_COMPLAINT = "Ma plainte auprès de ma banque pour des frais injustifiés est restée sans réponse depuis deux mois."

WITHDRAW = (
    "Après la dispute avec mon cousin, j'ai porté plainte, mais on s'est réconciliés. Comment retirer ma plainte ?"
)

UNPAID_BILL = (
    "Je suis photographe et une cliente ne m'a jamais réglé le reportage de son mariage, 950 euros. Comment "
    "l'obliger à payer ?"
)
UNPAID_RENT = "Mon locataire ne m'a jamais payé les trois derniers loyers. Comment récupérer cet argent ?"


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in everyday_justice.SWITCHES:
        monkeypatch.setattr(everyday_justice, switch, True)


def pointed(text: str) -> set[str]:
    return {
        fiche
        for found in find_every(text)
        if found.term in everyday_justice.JUSTICE_TERMS
        for fiche in found.term.fiches
    }


def test_the_shipped_switches():
    assert everyday_justice.READ_UNPAID_BILL is True
    assert everyday_justice.READ_JUROR is False
    assert everyday_justice.READ_WITNESS is False
    assert everyday_justice.READ_COMPLAINT_FATE is False
    assert everyday_justice.READ_WITHDRAW_COMPLAINT is False


PUBLIC_BUYER = "La commune ne m'a jamais réglé la facture des travaux de la salle des fêtes, 6 000 euros. Que faire ?"


def test_a_public_buyer_is_left_alone(all_on):
    assert not pointed(PUBLIC_BUYER)


@pytest.mark.parametrize("text", [JUROR, JUROR_ROLE])
def test_a_juror_points_to_f1540(text, monkeypatch):
    monkeypatch.setattr(everyday_justice, "READ_JUROR", True)
    assert pointed(text) == {"F1540"}
    monkeypatch.setattr(everyday_justice, "READ_JUROR", False)
    assert not pointed(text)


@pytest.mark.parametrize("text", [EXAM_JURY, SWORN])
def test_an_exam_jury_and_the_verb_jurer_are_left_alone(text, all_on):
    assert "F1540" not in pointed(text)


def test_a_witness_called_points_to_the_hearing_fiches(monkeypatch):
    monkeypatch.setattr(everyday_justice, "READ_WITNESS", True)
    assert pointed(WITNESS) == {"F1489", "F34165", "F1538"}
    monkeypatch.setattr(everyday_justice, "READ_WITNESS", False)
    assert not pointed(WITNESS)


def test_a_wedding_witness_is_left_alone(all_on):
    assert not pointed(WEDDING_WITNESS)


def test_a_complaint_with_no_sequel_points_to_f1154(monkeypatch):
    monkeypatch.setattr(everyday_justice, "READ_COMPLAINT_FATE", True)
    assert pointed(COMPLAINT_FATE) == {"F1154"}
    monkeypatch.setattr(everyday_justice, "READ_COMPLAINT_FATE", False)
    assert not pointed(COMPLAINT_FATE)


def test_a_bank_s_complaints_desk_is_left_alone(all_on):
    assert not pointed(BANK_COMPLAINT)


def test_a_complaint_withdrawn_points_to_f16862(monkeypatch):
    monkeypatch.setattr(everyday_justice, "READ_WITHDRAW_COMPLAINT", True)
    assert pointed(WITHDRAW) == {"F16862"}
    monkeypatch.setattr(everyday_justice, "READ_WITHDRAW_COMPLAINT", False)
    assert not pointed(WITHDRAW)


def test_an_unpaid_bill_points_to_f1746(monkeypatch):
    monkeypatch.setattr(everyday_justice, "READ_UNPAID_BILL", True)
    assert pointed(UNPAID_BILL) == {"F1746"}
    monkeypatch.setattr(everyday_justice, "READ_UNPAID_BILL", False)
    assert not pointed(UNPAID_BILL)


def test_unpaid_rent_is_left_alone(all_on):
    assert not pointed(UNPAID_RENT)


# --- the real search over a subset of the shared fiches

FICHES = "F1540 F1044 F17783 F21038 F1489 F34165 F1538 F1248 F1435 F1154 F20798 F16862 F1746 F2975 F31272".split()


@pytest.fixture
def justice_fiches(shared_subset):
    shared_subset(FICHES)


def first(text: str) -> str:
    return search(text, k=5)[0].fiche_id


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_complaint_s_fate_first(justice_fiches, monkeypatch):
    monkeypatch.setattr(everyday_justice, "READ_COMPLAINT_FATE", True)
    assert first(COMPLAINT_FATE) == "F1154"
    assert first(WITHDRAW) == "F16862"


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_injonction_de_payer_first_for_an_unpaid_bill(justice_fiches):
    assert first(UNPAID_BILL) == "F1746"
