"""Forty-sixth pass, engineer-r78: the narrower fiche when the message states the case that narrows it.

A student read from a year of study and found in a title that names the studies (`study_cases`), and the case a
message states in its own words counted as the narrowing words of a sibling's title (`stated_cases`). Each reading is
checked on both sides: the writer in the case, and the neighbour who is not. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import stated_cases, study_cases
from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import mismatch
from guichet.knowledge.situations import qualifiers_in_title

STUDENT = study_cases.STUDENT
STUDIES = study_cases.STUDIES


@pytest.fixture(autouse=True)
def readings(monkeypatch):
    monkeypatch.setattr(study_cases, "READ_STUDY_CASES", True)
    monkeypatch.setattr(stated_cases, "READ_STATED_CASES", True)


def qualifiers(text: str) -> frozenset[str]:
    return understand(text).qualifiers


def title_situations(title: str) -> frozenset[str]:
    folded = fold(title)
    return qualifiers_in_title(folded) | study_cases.title_cases(folded)


@pytest.mark.parametrize(
    "text",
    [
        "Je rentre en L1 de droit à Poitiers en septembre, est-ce que je peux avoir une aide pour mon loyer ?",
        "Ma fille passe en M2 l'an prochain, qui paie sa mutuelle ?",
        "Je pars en Erasmus à Bologne au printemps, que deviennent mes droits ?",
        "Je fais ma première année de fac à Brest, comment payer moins cher le train ?",
    ],
)
def test_a_year_of_study_is_a_student(text):
    found = qualifiers(text)
    assert {STUDENT, STUDIES} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Je prends le tram L1 tous les matins, puis-je le déduire de mes impôts ?",
        "Mon fils est en CM2, à quel âge peut-il entrer au collège ?",
        "Je suis en CDI depuis six ans, puis-je partir en retraite anticipée ?",
    ],
)
def test_no_year_of_study_no_student(text):
    found = qualifiers(text)
    assert STUDIES not in found
    assert STUDENT not in found


def test_an_apprentice_is_no_student_of_the_studies():
    # the apprenticeship is a work contract: the student qualifier, not the studies
    found = qualifiers("Je suis apprenti en CAP de boulangerie, ai-je droit à une prime ?")
    assert STUDENT in found
    assert STUDIES not in found


def test_a_title_that_lists_the_studies_fits_a_student_and_keeps_no_one_off():
    title = title_situations("Conduire en France avec un permis étranger (court séjour, études)")
    assert STUDIES in title
    student = qualifiers("Je suis étudiant brésilien à Lille pour un semestre, puis-je conduire avec mon permis ?")
    tourist = qualifiers("Je viens en vacances trois semaines en France, puis-je conduire avec mon permis brésilien ?")
    assert STUDIES in title & student
    assert STUDIES not in tourist
    # a tourist is in the title's other case: the studies named by the title keep them off nothing
    assert not mismatch(title, tourist)
    assert not mismatch(title, student)


def test_a_title_without_the_studies_names_none():
    assert STUDIES not in title_situations("Échange d'un permis de conduire passé à l'étranger (installation durable)")
    # past studies bought back for the pension are no student's case
    assert STUDIES not in title_situations("Rachat des années d'études du fonctionnaire")
    assert STUDIES in title_situations("Un étranger peut-il travailler durant ses études en France ?")


def test_the_study_switch_turns_both_readings_off(monkeypatch):
    monkeypatch.setattr(study_cases, "READ_STUDY_CASES", False)
    assert STUDIES not in title_situations("Conduire en France avec un permis étranger (court séjour, études)")
    found = qualifiers("Je rentre en L1 de droit à Poitiers en septembre, est-ce que je peux avoir une aide ?")
    assert STUDIES not in found
    assert STUDENT not in found


def test_a_stated_minor_names_the_minors_of_a_sibling_title():
    title = "Naturalisation : quels justificatifs pour les enfants mineurs ?"
    writer = qualifiers("Je demande la naturalisation, mes enfants ont 5 et 11 ans : que fournir pour eux ?")
    assert "mineur" in writer
    stated = stated_cases.stated_words(fold(title), qualifiers_in_title(fold(title)), writer)
    assert set(analyze("mineurs")) <= stated


def test_a_message_that_states_no_case_names_none_of_the_title():
    title = "Naturalisation : quels justificatifs pour les enfants mineurs ?"
    writer = qualifiers("Je vis en France depuis dix ans avec ma carte de résident, comment devenir français ?")
    assert "mineur" not in writer
    assert stated_cases.stated_words(fold(title), qualifiers_in_title(fold(title)), writer) == frozenset()


def test_a_public_is_not_a_stated_case():
    # the twenty-ninth pass counted a public ("Un agent public…" for a teacher) and lost first fiches: not kept
    title = "Chèque-vacances pour un agent public"
    writer = qualifiers("Je suis professeure des écoles titulaire, ai-je droit aux chèques-vacances ?")
    assert "agent public" in writer
    assert stated_cases.stated_words(fold(title), qualifiers_in_title(fold(title)), writer) == frozenset()


def test_the_stated_case_switch_turns_it_off(monkeypatch):
    monkeypatch.setattr(stated_cases, "READ_STATED_CASES", False)
    title = "Naturalisation : quels justificatifs pour les enfants mineurs ?"
    writer = qualifiers("Je demande la naturalisation, mes enfants ont 5 et 11 ans : que fournir pour eux ?")
    assert stated_cases.stated_words(fold(title), qualifiers_in_title(fold(title)), writer) == frozenset()
