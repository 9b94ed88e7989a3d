"""Forty-fourth pass, privacy (issue 13, engineer-p140e): tenants, landlords and letting agencies.

A residence named by its sign's capitalised word where no street is written (`recognizers.housing.RESIDENCE_NAMES`);
a letting agency after one of its jobs and "chez" (`recognizers.housing.ESTATE_JOBS`); a house number on the line
after an identifier (`recognizers.numbers.HOUSE_NUMBER_APART`) and an address right after a phone
(`address_pieces.BORROWED_NUMBER`). Fresh sentences, none from the corpora; each rule with near misses it must leave
alone, and its switch turned off.
"""

import pytest

from guichet.privacy import address_pieces
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message
from guichet.privacy.recognizers import housing, numbers


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for the body of `text`."""
    _title, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


def _residences(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in housing.ResidenceNameRecognizer().spans(text)]


def _agencies(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in housing.EstateJobEmployerRecognizer().spans(text)]


_RESIDENCES = [
    ("Ma grand-mère vit à la Résidence Les Magnolias depuis l'hiver.", "Résidence Les Magnolias"),
    ("Le foyer a pris le nom de Résidence Simone-Veil en janvier.", "Résidence Simone-Veil"),
    ("Notre immeuble, la Résidence Bellevue, a des fuites au plafond.", "Résidence Bellevue"),
    ("Je loue un T2 dans la Résidence Le Clos Saint-Martin depuis un an.", "Résidence Le Clos Saint-Martin"),
]


@pytest.mark.parametrize(("text", "residence"), _RESIDENCES)
def test_a_named_residence_is_masked_as_an_address(text: str, residence: str) -> None:
    masked = _masked(text)
    assert masked.get(residence) == "ADRESSE", masked
    assert residence not in pseudonymise_message(title="", body=text)[1].text


@pytest.mark.parametrize(
    "text",
    [
        "La Résidence principale ouvre droit à un abattement.",
        "Résidence alternée : chaque parent peut être allocataire.",
        "J'ai perdu mon certificat de Résidence Algérien.",
        "Elle travaille à la résidence Saint-Joseph comme aide-soignante.",
        "CERTIFICAT DE RESIDENCE PERDU",
    ],
)
def test_a_status_a_title_or_a_residence_in_lower_case_is_not_this_rule(text: str) -> None:
    assert _residences(text) == []


def test_the_residence_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Le foyer a pris le nom de Résidence Simone-Veil en janvier."
    assert _residences(text) == ["Résidence Simone-Veil"]
    monkeypatch.setattr(housing, "RESIDENCE_NAMES", False)
    assert _residences(text) == []


_AGENCIES = [
    ("Je suis négociatrice chez Cap Logis Vannes depuis trois ans.", "Cap Logis Vannes"),
    ("Ma sœur est gestionnaire locative chez Foncia Vaugirard.", "Foncia Vaugirard"),
    ("Il est agent immobilier chez Laforêt Saint-Cyprien, à mi-temps.", "Laforêt Saint-Cyprien"),
    ("J'étais assistante de gestion depuis deux ans chez Nestenn Valence.", "Nestenn Valence"),
]


@pytest.mark.parametrize(("text", "agency"), _AGENCIES)
def test_a_letting_agency_after_one_of_its_jobs_is_the_employer(text: str, agency: str) -> None:
    assert _masked(text).get(agency) == "EMPLOYEUR"


@pytest.mark.parametrize(
    "text",
    [
        "Mon assistante sociale chez Mme Roche m'aide pour le dossier.",
        "Le négociateur est venu chez moi samedi.",
        "Je suis gestionnaire chez France Travail depuis mars.",
        "La gestionnaire chez Nous pense que le bail est valable.",
    ],
)
def test_a_person_a_pronoun_or_a_public_body_after_the_job_is_no_agency(text: str) -> None:
    assert _agencies(text) == []
    assert "EMPLOYEUR" not in _masked(text).values()


def test_the_agency_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je suis négociatrice chez Cap Logis Vannes depuis trois ans."
    assert _agencies(text) == ["Cap Logis Vannes"]
    monkeypatch.setattr(housing, "ESTATE_JOBS", False)
    assert _agencies(text) == []


_NUMBER_THEN_ADDRESS = [
    (
        "Mme Lebrun\nnuméro fiscal 2 71 03 884 216 09\n14 allée des Cerisiers, 44300 Nantes",
        "2 71 03 884 216 09",
        "14 allée des Cerisiers, 44300 Nantes",
    ),
    (
        "SCI Les Ormes\nSIRET : 812 345 678 00019\n7 rue du Pressoir, 21200 Beaune",
        "812 345 678 00019",
        "7 rue du Pressoir, 21200 Beaune",
    ),
]


@pytest.mark.parametrize(("text", "number", "address"), _NUMBER_THEN_ADDRESS)
def test_a_house_number_on_the_next_line_is_no_part_of_the_identifier(text: str, number: str, address: str) -> None:
    masked = _masked(text)
    assert masked.get(address) == "ADRESSE", masked
    assert number in masked, masked


def test_the_house_number_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text, _number, address = _NUMBER_THEN_ADDRESS[0]
    monkeypatch.setattr(numbers, "HOUSE_NUMBER_APART", False)
    assert address not in _masked(text)


def test_an_address_after_a_phone_starts_after_the_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Mes nouvelles coordonnées : 06 48 12 90 37, Résidence Les Alizés, appt 9, 5 rue Vauban, 17300 Rochefort."
    masked = _masked(text)
    assert masked.get("06 48 12 90 37") == "TELEPHONE", masked
    assert masked.get("Résidence Les Alizés, appt 9, 5 rue Vauban, 17300 Rochefort") == "ADRESSE", masked
    monkeypatch.setattr(address_pieces, "BORROWED_NUMBER", False)
    assert "5 rue Vauban" in pseudonymise_message(title="", body=text)[1].text


def test_a_house_number_after_a_lone_number_stays_the_address_s() -> None:
    text = "J'habite au 12 rue des Lilas, 35000 Rennes depuis 2019."
    assert _masked(text).get("12 rue des Lilas, 35000 Rennes") == "ADRESSE"


def test_a_flat_s_word_read_as_a_name_joins_its_address(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour, une attestation svp.\nAllocataire 6120457\nAppt 208, 3 place du Marché, 59000 Lille"
    assert _masked(text).get("Appt 208, 3 place du Marché, 59000 Lille") == "ADRESSE"
    monkeypatch.setattr(address_pieces, "UNIT_WORD_NAMES", False)
    assert "208" in pseudonymise_message(title="", body=text)[1].text


def test_a_title_before_a_unit_s_word_is_still_a_name() -> None:
    assert address_pieces.is_unit_word("Appt") and address_pieces.is_unit_word("Bât.")
    assert not address_pieces.is_unit_word("Mme Appt")
