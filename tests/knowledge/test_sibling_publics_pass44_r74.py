"""Forty-fourth pass, engineer-r74: the sibling written for the writer's public or age. The civil service read from
its own statuses, pay lines and grades (`civil_service_terms.READ_CIVIL_SERVICE_TERMS`), and a son or a daughter
said to be 18 or more read an adult, not a minor (`adult_children.READ_ADULT_CHILDREN`). Fresh sentences, none from
a corpus."""

import pytest

from guichet.knowledge import adult_children, civil_service_terms
from guichet.knowledge.search import understand

PUBLIC = "agent public"
TENURED = "fonctionnaire titulaire"


@pytest.fixture
def civil_on(monkeypatch):
    monkeypatch.setattr(civil_service_terms, "READ_CIVIL_SERVICE_TERMS", True)


@pytest.fixture
def adult_on(monkeypatch):
    monkeypatch.setattr(adult_children, "READ_ADULT_CHILDREN", True)


def qualifiers(text: str) -> frozenset[str]:
    return understand(text).qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "Je suis en disponibilité depuis trois ans pour suivre mon conjoint à Nantes, puis-je prolonger ?",
        "Le comité médical m'a passée à demi-traitement en mars, comment vais-je payer mon loyer ?",
        "Adjoint technique depuis douze ans, je n'ai jamais eu d'avancement de grade : est-ce normal ?",
        "Infirmière stagiaire, ma titularisation est repoussée à cause de mon congé maternité ?",
        "On m'a suspendu de mes fonctions la semaine dernière sans me dire pourquoi.",
    ],
)
def test_statuses_and_grades_say_a_public_agent(civil_on, text):
    assert PUBLIC in qualifiers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adjointe administrative à la préfecture, puis-je demander une mise en disponibilité ?",
        "Je suis en disponibilité pour convenances personnelles et je voudrais reprendre mon poste.",
    ],
)
def test_tenured_statuses_say_a_civil_servant(civil_on, text):
    assert {PUBLIC, TENURED} <= qualifiers(text)


def test_a_town_agent_and_a_school_teacher_name_their_service(civil_on):
    assert "fonction publique territoriale" in qualifiers("Agent de la ville depuis quinze ans, mon dos est fichu.")
    assert "fonction publique d'État" in qualifiers(
        "J'étais institutrice, quelle majoration de pension pour 3 enfants ?"
    )


def test_school_contract_staff_are_contract_agents(civil_on):
    assert {PUBLIC, "agent contractuel"} <= qualifiers("Je suis AESH dans un lycée et mon contrat s'arrête en juin.")


@pytest.mark.parametrize(
    "text",
    [
        "Quelle est la disponibilité des pièces détachées de ma chaudière ?",
        "Mon traitement contre le diabète me coûte cher, est-il remboursé à 100 % ?",
        "Je suis maçon à mon compte, ai-je droit aux indemnités journalières ?",
        "Notre fils autiste a une AESH douze heures par semaine au CP, peut-on en avoir plus ?",
        "Un de vos employés municipaux a abîmé ma clôture en tondant, qui paie ?",
        "Ma fille voulait être institutrice mais elle a raté le concours, peut-elle le repasser ?",
    ],
)
def test_everyday_words_say_no_public_agent(civil_on, text):
    assert PUBLIC not in qualifiers(text)


def test_a_relatives_grade_is_not_the_writers(civil_on):
    assert PUBLIC not in qualifiers(
        "Ma femme est adjointe administrative, moi je suis boulanger salarié : quelle prime ?"
    )


def test_a_dead_spouses_grade_is_the_widows_question(civil_on):
    assert PUBLIC in qualifiers("Mon mari, adjoint technique, est décédé en mai : qui verse le capital décès ?")


def test_civil_terms_switch_off_reads_as_before(monkeypatch):
    monkeypatch.setattr(civil_service_terms, "READ_CIVIL_SERVICE_TERMS", False)
    assert PUBLIC not in qualifiers("Je suis en disponibilité depuis trois ans, puis-je prolonger ?")


@pytest.mark.parametrize(
    "text",
    [
        "Mon fils a 22 ans, il a pris des crédits qu'il ne rembourse pas : dois-je payer ?",
        "Ma fille de 19 ans fait ses études à Lille, puis-je encore la compter à charge ?",
        "Mon fils, 24 ans, a perdu sa carte d'identité : où la refaire ?",
    ],
)
def test_an_adult_child_is_no_minor(adult_on, text):
    read = qualifiers(text)
    assert "mineur" not in read
    assert "majeur" in read


@pytest.mark.parametrize(
    "text",
    [
        "Mon fils a 16 ans et veut travailler cet été, combien d'heures ?",
        "Ma fille de 20 ans et son petit frère de 9 ans vivent chez moi, quelles allocations ?",
        "Mon fils de 19 ans est encore au collège en classe adaptée, a-t-il droit à une bourse ?",
        "Mon fils vient d'avoir son bac et veut partir en Erasmus.",
    ],
)
def test_a_minor_stays_a_minor(adult_on, text):
    assert "mineur" in qualifiers(text)


def test_adult_children_switch_off_reads_as_before(monkeypatch):
    monkeypatch.setattr(adult_children, "READ_ADULT_CHILDREN", False)
    assert "mineur" in qualifiers("Mon fils a 22 ans, il a pris des crédits : dois-je payer ?")
