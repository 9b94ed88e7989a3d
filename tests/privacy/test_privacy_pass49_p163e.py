"""Forty-ninth pass, privacy (issue 13, engineer-p163e): places named after a person and surnames in capitals.

A street without a number right after a shop's, a practice's or a public building's noun names that place, not a
home (`eponym_places.PLACE_STREETS`); a school named in lower case after a person stays visible
(`eponym_places.LOWER_NAMES`); three readings of a building's name shipped off (train gains only) still work when
switched on; a surname in capitals after « écrit à », « relancé » is the person written to
(`capital_addressees.ADDRESSEES`). The real pipeline, fresh sentences written for these tests, none from a corpus.
"""

import pytest

from guichet.privacy import capital_addressees, eponym_places
from guichet.privacy.pseudonymise import pseudonymise_message


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def test_the_switches_ship_as_measured() -> None:
    assert eponym_places.PLACE_STREETS is True
    assert eponym_places.LOWER_NAMES is True
    assert eponym_places.TOWN_THEN_NAME is False
    assert eponym_places.KIND_ADJECTIVES is False
    assert eponym_places.KIND_IN_SPAN is False
    assert capital_addressees.ADDRESSEES is True


def test_a_practice_s_street_stays_and_the_writer_is_masked() -> None:
    body = _body(
        "Bonjour,\nLe dentiste de la rue Lamartine m'a facturé une couronne que la mutuelle ne prend pas.\n"
        "Cordialement,\nGhislaine Verdier"
    )
    assert "rue Lamartine" in body, body
    assert "Verdier" not in body and "Ghislaine" not in body, body


def test_a_shop_s_street_after_a_comma_stays() -> None:
    body = _body("J'ai glissé devant la boulangerie, rue Anatole-France, mardi matin. Rodolphe Lebas")
    assert "rue Anatole-France" in body, body
    assert "Lebas" not in body, body


def test_a_home_street_without_a_number_is_still_masked() -> None:
    body = _body("Bonjour, nous venons d'emménager rue Lamartine avec les enfants. Merci, Sabrina Tessier")
    assert "Lamartine" not in body, body


def test_a_building_site_s_street_is_still_masked() -> None:
    body = _body(
        "Madame l'inspectrice, le chantier de la rue Lamartine à Brest est chez un client, pas chez moi.\n"
        "Yannick Le Bris"
    )
    assert "Lamartine" not in body, body


def test_switched_off_the_practice_s_street_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eponym_places, "PLACE_STREETS", False)
    body = _body("Le dentiste de la rue Lamartine m'a facturé une couronne. Ghislaine Verdier")
    assert "rue Lamartine" not in body, body


def test_a_school_named_in_lower_case_after_a_person_stays_and_the_children_are_masked() -> None:
    body = _body("mon fils kylian est au college jean mermoz depuis septembre. moi c'est farida zerrouki")
    assert "jean mermoz" in body, body
    assert "kylian" not in body and "zerrouki" not in body, body


def test_a_pupil_named_after_the_school_word_in_lower_case_is_still_masked() -> None:
    body = _body("ma fille va à l'école avec lucas martin et elle a peur. nadia")
    assert "lucas martin" not in body, body


def test_switched_off_the_lower_case_school_is_read_as_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eponym_places, "LOWER_NAMES", False)
    stretches = eponym_places.eponym_stretches("il est au college jean mermoz depuis septembre")
    assert stretches == ()


@pytest.mark.parametrize(
    ("switch", "text", "name"),
    [
        (
            "TOWN_THEN_NAME",
            "Je suis inscrite à l'Université de Bourgogne Gaston Bachelard en licence.",
            "Gaston Bachelard",
        ),
        ("KIND_ADJECTIVES", "Mon fils entre au lycée hôtelier Auguste Escoffier de Nice.", "Auguste Escoffier"),
    ],
)
def test_readings_shipped_off_work_when_switched_on(
    monkeypatch: pytest.MonkeyPatch, switch: str, text: str, name: str
) -> None:
    monkeypatch.setattr(eponym_places, switch, True)
    start = text.index(name)
    assert eponym_places.in_eponym(start, start + len(name), eponym_places.eponym_stretches(text))


def test_town_then_name_leaves_a_pupil_s_school_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eponym_places, "TOWN_THEN_NAME", True)
    assert eponym_places.eponym_stretches("C'est l'école de Manon Girard Lefort, je crois.") == ()


def test_kind_in_span_reads_a_school_in_capitals_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eponym_places, "KIND_IN_SPAN", True)
    assert eponym_places.kind_and_name("L ECOLE JEAN ZAY")
    assert not eponym_places.kind_and_name("L HOPITAL JEAN ZAY")  # care places stay to the care rules
    monkeypatch.setattr(eponym_places, "KIND_IN_SPAN", False)
    assert not eponym_places.kind_and_name("L ECOLE JEAN ZAY")


def test_a_surname_in_capitals_after_ecrit_a_is_masked() -> None:
    body = _body(
        "Bonjour,\nJ'ai écrit à MEUNIER, l'agent qui suit mon dossier, puis j'ai relancé FAUCHER la semaine "
        "dernière. Rien.\nLéonie Barre"
    )
    assert "MEUNIER" not in body and "FAUCHER" not in body, body


def test_offices_and_words_in_capitals_after_the_verbs_stay() -> None:
    body = _body(
        "Bonjour, j'ai écrit à la CAF et relancé URSSAF, qui dois-je appeler MAINTENANT ? Merci, Odile Renard"
    )
    assert "CAF" in body and "URSSAF" in body and "MAINTENANT" in body, body


def test_switched_off_the_surname_in_capitals_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(capital_addressees, "ADDRESSEES", False)
    assert list(capital_addressees.addressee_names("Bonjour, j'ai écrit à MEUNIER hier soir.")) == []
    monkeypatch.setattr(capital_addressees, "ADDRESSEES", True)
    assert len(list(capital_addressees.addressee_names("Bonjour, j'ai écrit à MEUNIER hier soir."))) == 1
