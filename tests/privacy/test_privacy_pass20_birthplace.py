"""Places of birth the nineteenth pass missed (twentieth pass, seen on p46): a comma before the date, a date written
year first, the maternity or hospital of a town, "dans votre commune (…)" written to the mairie that keeps the acte,
and an acte's "(commune, date)" in brackets. The country and a hospital without its town stay. Sentences written for
these tests."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


def _masked_as_birthplace(text: str, town: str) -> bool:
    result = pseudonymise(text)
    return town not in result.text and any(
        original == town and placeholder.startswith("[LIEU_NAISSANCE_")
        for placeholder, original in result.mapping.items()
    )


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ma grand-mère, née Lukasik , le 9 mars 1931 , a Bytom (Pologne) , attend sa pension de réversion.", "Bytom"),
        ("Témoin : Né(e) le : 1979.11.03 à Tombouctou / Domicile : chemin des Vignes", "Tombouctou"),
        ("Notre fils Elouan est né le 2 février 2024 à la maternité de Lannion, nous voulons la prime.", "Lannion"),
        ("Je suis née à l'hôpital de Pontivy en 1962 et je ne retrouve pas mon acte.", "Pontivy"),
        ("Mon père, né le 5 avril 1929 dans votre commune (Vic-sur-Cère), est décédé en mai.", "Vic-sur-Cère"),
        ("Ma tante est née en 1941 dans la commune de Mauriac, elle n'a jamais eu de livret de famille.", "Mauriac"),
        ("Sur son acte de naissance (Guingamp, 14 juillet 1952) le prénom est mal écrit.", "Guingamp"),
    ],
)
def test_a_place_of_birth_is_masked(text, town):
    assert _masked_as_birthplace(text, town)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mon fils est né le 3 mars 2023 à l'hôpital, il a été hospitalisé deux semaines.", "hôpital"),
        # (thirty-eighth pass: the country is masked as a birth abroad, never as a commune)
        ("Je suis née le 12 janvier 1958 , en Algérie, et j'ai besoin de mon acte.", "en [PAYS_NAISSANCE_ETRANGER_1]"),
        ("Mon acte de naissance (copie intégrale, 2 exemplaires) est demandé par le notaire.", "copie intégrale"),
    ],
)
def test_what_is_no_commune_of_birth_stays(text, kept):
    result = pseudonymise(text)
    assert kept in result.text
    assert not any(placeholder.startswith("[LIEU_NAISSANCE_") for placeholder in result.mapping)
