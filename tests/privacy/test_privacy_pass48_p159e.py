"""Forty-eighth pass, privacy (issue 13, engineer-p159e): research and study bodies, scholarships and programmes
named after a famous person stay visible (`research_names`), and so does a university or a research institute
said after a study or research word (`study_bodies`).

International students and researchers name the laboratory, institute, university or scholarship that hosts or
funds them ("le laboratoire Pierre Aigrain", "l'Université Toulouse III - Paul Sabatier", "la Raman-Charpak
Fellowship"); the name is the body's, public, and the reply needs it. The writer's own name beside it is still
masked. Fresh sentences, none from the corpora.
"""

import pytest

from guichet.privacy import research_names, study_bodies
from guichet.privacy.pseudonymise import pseudonymise_message


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def test_the_switches_ship_as_measured() -> None:
    assert research_names.ENABLED is True
    assert research_names.REPEATS is False
    assert study_bodies.ENABLED is True


def test_a_laboratory_named_after_a_scientist_stays_and_the_writer_is_masked() -> None:
    body = _body(
        "Bonjour,\nJe suis doctorante au laboratoire Hubert Curien à Saint-Étienne et je demande l'APL.\n"
        "Cordialement,\nOyelaran Funmilayo"
    )
    assert "Hubert Curien" in body, body
    assert "Funmilayo" not in body and "Oyelaran" not in body, body


def test_a_university_s_official_name_after_its_dash_stays() -> None:
    body = _body(
        "Bonjour,\nInscrit en master à l'Université Grenoble II - Pierre Mendès, je n'ai pas de logement.\n"
        "Merci,\nTRUONG Van Khoa"
    )
    assert "Pierre Mendès" in body, body
    assert "Khoa" not in body and "TRUONG" not in body, body


def test_an_english_fellowship_stays_before_and_after_its_name() -> None:
    stretches = research_names.body_stretches("I came with the Bose-Mahalanobis Fellowship to Paris.")
    assert stretches
    text = "Fellowship Bose-Mahalanobis"
    assert research_names.in_body_name(0, len(text), research_names.body_stretches(text))


def test_a_person_after_a_comma_beside_a_laboratory_is_still_masked() -> None:
    body = _body(
        "Bonjour,\nMon directeur au laboratoire, Kwabena Ofori-Atta, ne répond plus depuis un mois.\nMerci,\nAkua"
    )
    assert "Ofori-Atta" not in body, body


def test_switched_off_the_laboratory_name_is_read_as_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(research_names, "ENABLED", False)
    research_names.body_stretches.cache_clear()
    body = _body("Bonjour,\nJe suis doctorant au laboratoire Hubert Curien et je cherche un logement.\nMerci,\nKofi")
    research_names.body_stretches.cache_clear()
    assert "Hubert Curien" not in body, body


def test_repeats_switched_off_leaves_a_lone_repeat_to_the_name_rules() -> None:
    text = "J'ai la bourse Mahalanobis. Le montant Mahalanobis est-il imposable ?"
    assert [text[a:b] for a, b in research_names.body_stretches(text)] == ["bourse Mahalanobis"]


def test_a_student_residence_named_after_someone_stays() -> None:
    text = "Je loge à la cité universitaire Olympe Gouges depuis septembre."
    assert [text[a:b] for a, b in research_names.body_stretches(text)] == ["cité universitaire Olympe Gouges"]


def test_a_university_after_a_study_word_stays_and_the_writer_is_masked() -> None:
    body = _body(
        "Bonjour,\nJe suis doctorante contractuelle à l'Université de Tours depuis un an.\n"
        "Cordialement,\nAdjoa Amankwah"
    )
    assert "Université de Tours" in body, body
    assert "Amankwah" not in body, body


def test_an_institute_of_care_is_left_to_the_care_rules() -> None:
    text = "Ma mère suit sa radiothérapie à l'Institut Bergonié chaque semaine."
    start = text.index("Institut")
    assert not study_bodies.a_study_body(text, start, start + len("Institut Bergonié"))


def test_a_university_without_a_study_word_is_left_to_the_employer_rules() -> None:
    text = "Je suis agent d'entretien à l'Université de Caen depuis 2019."
    start = text.index("Université")
    assert not study_bodies.a_study_body(text, start, start + len("Université de Caen"))


def test_study_bodies_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(study_bodies, "ENABLED", False)
    body = _body("Bonjour,\nJe suis doctorant contractuel à l'Université de Rouen depuis mars.\nMerci,\nKwesi Boadu")
    assert "Université de Rouen" not in body, body


def test_a_surname_that_is_an_english_kind_word_is_no_body() -> None:
    assert research_names.body_stretches("Mon colocataire Kofi Grant a signé le bail.") == ()
