"""Fiftieth pass, engineer-r88: a minor or a protected adult whose property is at stake.

A minor or a protected adult who inherits points to F905 « Comment régler une succession quand l'héritier est mineur
ou majeur protégé ? », whose pointer outranks the option successorale's (F1199) (`wards.READ_MINOR_HEIR`); an adult
heir who refuses, the estate's tax for a child and a minor who wants to be emancipated are left alone. A young
worker's hours point to F2216 (`READ_YOUNG_HOURS`), not a parent's own hours; a family acting for a relative who can no
longer manage points to F33367, the habilitation familiale (`READ_FAMILY_ACTS`), not a spouse. Messages
written fresh for these tests, none from a corpus; the search runs the real pipeline over a subset of the shared
fiches.
"""

import pytest

from guichet.knowledge import wards
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

MINOR_REFUSES = (
    "Bonjour, le père de mon fils est mort au printemps avec des dettes partout. Mon fils a 11 ans et il est son seul "
    "héritier. Je voudrais renoncer à la succession pour lui : est-ce que je peux le faire seule ?"
)
MINORS_INHERIT = (
    "Notre grand-mère est décédée et nos deux neveux mineurs héritent de sa maison. Leur mère peut-elle signer "
    "l'acceptation chez le notaire sans demander l'avis du juge des tutelles ?"
)
WARD_INHERITS = (
    "Ma sœur est sous curatelle renforcée depuis trois ans. Notre oncle vient de mourir et elle hérite d'un "
    "appartement : peut-elle accepter la succession seule ou faut-il l'accord de son curateur ?"
)
# the look-alikes: an adult heir who refuses, a child's inheritance tax, a minor who wants to act alone
ADULT_REFUSES = (
    "Bonjour, mon père est décédé en laissant des crédits impayés. J'ai 41 ans et je voudrais renoncer à la "
    "succession : comment faire ?"
)
CHILD_S_TAX = (
    "Ma fille de 8 ans hérite de 30 000 euros de son parrain. Combien de droits de succession faut-il payer, et y "
    "a-t-il un abattement ?"
)
EMANCIPATION = (
    "J'ai 17 ans et je voudrais être émancipé pour toucher seul l'héritage de ma grand-mère. Comment le demander ?"
)


YOUNG_HOURS = (
    "Ma fille de 15 ans fera la saison dans une crêperie en juillet. Combien d'heures par jour peut-elle faire, et "
    "a-t-elle droit à une pause ?"
)
# a parent's own hours told beside a child's age
PARENT_S_HOURS = (
    "Je travaille 28 heures par semaine en caisse et j'élève seule mon fils de 15 ans. Ai-je droit à la prime "
    "d'activité ?"
)


FAMILY_ACTS = (
    "Papa a fait un AVC en janvier et ne parle plus. Ma sœur et moi voudrions payer ses factures et résilier sa "
    "box : comment obtenir le droit de signer pour lui ?"
)
# a spouse has a measure of their own (F34327)
SPOUSE_ACTS = (
    "Mon mari a fait un AVC et ne parle plus. Ma fille et moi sommes tous d'accord : comment puis-je signer pour lui "
    "à la banque ?"
)


def pointed(text: str) -> set[str]:
    return {fiche for found in find_every(text) if found.term in wards.WARD_TERMS for fiche in found.term.fiches}


def test_the_shipped_switches():
    assert wards.READ_MINOR_HEIR is True
    assert wards.READ_YOUNG_HOURS is True
    assert wards.READ_FAMILY_ACTS is True


@pytest.mark.parametrize("text", [MINOR_REFUSES, MINORS_INHERIT, WARD_INHERITS])
def test_a_minor_or_a_protected_adult_who_inherits_points_to_f905(text, monkeypatch):
    assert pointed(text) == {"F905"}
    monkeypatch.setattr(wards, "READ_MINOR_HEIR", False)
    assert not pointed(text)


@pytest.mark.parametrize("text", [ADULT_REFUSES, CHILD_S_TAX, EMANCIPATION])
def test_an_adult_heir_a_child_s_tax_and_an_emancipation_are_left_alone(text):
    assert not pointed(text)


def test_a_minor_s_working_hours_point_to_f2216(monkeypatch):
    assert pointed(YOUNG_HOURS) == {"F2216"}
    monkeypatch.setattr(wards, "READ_YOUNG_HOURS", False)
    assert not pointed(YOUNG_HOURS)


def test_a_parent_s_own_hours_are_left_alone():
    assert not pointed(PARENT_S_HOURS)


def test_a_family_acting_for_a_relative_who_cannot_manage_points_to_f33367(monkeypatch):
    assert pointed(FAMILY_ACTS) == {"F33367"}
    monkeypatch.setattr(wards, "READ_FAMILY_ACTS", False)
    assert not pointed(FAMILY_ACTS)


def test_a_spouse_is_left_alone():
    assert not pointed(SPOUSE_ACTS)


# --- the real search over a subset of the shared fiches

FICHES = (
    "F905 F1199 F1270 F14198 F17456 F21571 F1194 F2139 F2120 F2094 F16507 F34849 F2529 F3132 F2216 F1649 F1688 F2918"
).split()


@pytest.fixture
def ward_fiches(shared_subset):
    shared_subset(FICHES)


def first(text: str) -> str:
    return search(text, k=5)[0].fiche_id


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_minor_s_estate_first_and_leaves_the_look_alikes(ward_fiches, monkeypatch):
    assert first(MINOR_REFUSES) == "F905"
    assert first(ADULT_REFUSES) == "F1199"
    assert first(CHILD_S_TAX) == "F14198"
    assert first(EMANCIPATION) == "F1194"
    monkeypatch.setattr(wards, "READ_MINOR_HEIR", False)
    assert first(ADULT_REFUSES) == "F1199"


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_a_minor_s_hours_first(ward_fiches):
    assert first(YOUNG_HOURS) == "F2216"
