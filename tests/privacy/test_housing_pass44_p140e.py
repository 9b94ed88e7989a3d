"""Forty-fourth pass, privacy (issue 13, engineer-p140e): tenants, landlords and letting agencies.

A residence named by its sign's capitalised word where no street is written (`recognizers.housing.RESIDENCE_NAMES`);
a letting agency after one of its jobs and "chez" (`recognizers.housing.ESTATE_JOBS`). Fresh sentences, none from
the corpora; each rule with near misses it must leave alone, and its switch turned off.
"""

import pytest

from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message
from guichet.privacy.recognizers import housing


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
