"""Nineteenth pass, privacy (issue 13): a place of birth said as such is masked ([LIEU_NAISSANCE_n]), the country
stays ("né à Tlemcen (Algérie)", "né au Maroc", "né à l'étranger", "né en France"), and the same town named in
another sense (a court, a home) is left. Fresh sentences, none from the corpora."""

import re

import pytest

from guichet.privacy.pseudonymise import ENTITY_TYPES, pseudonymise_message
from tests.privacy.helpers import output


def _masked_as_birthplace(text: str, place: str) -> bool:
    _title, body = pseudonymise_message(title="", body=text)
    return place not in body.text and any(
        key.startswith("[LIEU_NAISSANCE_") and value == place for key, value in body.mapping.items()
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bonjour, je suis née à Douarnenez et je voudrais une copie de mon acte.", "Douarnenez"),
        ("Mon père, né le 4 novembre 1951 à Thionville, est décédé cet hiver.", "Thionville"),
        ("Mon mari est né en 1968 à Villefranche-sur-Saône, il travaille encore.", "Villefranche-sur-Saône"),
        ("Ma belle-mère, née Lambertin le 2 mai 1940 à Saint-Amand-les-Eaux, vit chez nous.", "Saint-Amand-les-Eaux"),
        ("Je suis né le 30/06/1977 à Ouagadougou (Burkina Faso) et naturalisé depuis 2010.", "Ouagadougou"),
        ("Ma fille est née en Tunisie, à Sousse, pendant nos vacances.", "Sousse"),
        ("mes deux garçons sont nés à Châlons-en-Champagne.", "Châlons-en-Champagne"),
        ("NÉ LE 03/09/1962 À MOSTAGANEM", "MOSTAGANEM"),
        ("Je suis native de Bacolod, aux Philippines.", "Bacolod"),
        ("She was born in Kumasi and arrived in France in 2019.", "Kumasi"),
        ("Born: 14/02/1993, Quezon City", "Quezon City"),
    ],
)
def test_the_town_of_birth_is_masked(text: str, place: str) -> None:
    assert _masked_as_birthplace(text, place), output(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nom : KERBRAT\nLieu de naissance : Landerneau\nNationalité : française", "Landerneau"),
        ("| Date de naissance | 11/08/1983 |\n| Lieu de naissance | Herat |", "Herat"),
        ("Né(e) le : 21/12/1979 à : Kenitra", "Kenitra"),
        ("ville de naissance : Porto-Novo", "Porto-Novo"),
    ],
)
def test_a_form_field_of_the_place_of_birth_is_masked(text: str, place: str) -> None:
    assert _masked_as_birthplace(text, place), output(text)


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (
            "Je suis née le 8 août 1981 à Kairouan (Tunisie), mariée à un Français.",
            "Kairouan",
            "([PAYS_NAISSANCE_ETRANGER_1])",
        ),
        (
            "mon frère est né à Bobo-Dioulasso, Burkina Faso, en 1990.",
            "Bobo-Dioulasso",
            ", [PAYS_NAISSANCE_ETRANGER_1],",
        ),
        ("Mon épouse est née à Chittagong au Bangladesh.", "Chittagong", "au [PAYS_NAISSANCE_ETRANGER_1]"),
    ],
)
def test_the_country_after_the_town_is_masked_apart(text: str, town: str, country: str) -> None:
    # (thirty-eighth pass: a country of birth other than France is masked too, as a birth abroad)
    masked = output(text)
    assert town not in masked and country in masked, masked


@pytest.mark.parametrize(
    ("text", "kept", "town"),
    [
        ("Je suis né au Sénégal, ma femme est née à Rufisque.", "né au [PAYS_NAISSANCE_ETRANGER_1]", "Rufisque"),
        ("Mon fils est né à l'étranger, ma fille née à Figeac.", "né à l'étranger", "Figeac"),
        ("Nous sommes tous les deux nés en France, notre fils est né à Vesoul.", "nés en France", "Vesoul"),
        (
            "Ma mère est née aux Comores et mon père né à Mutsamudu.",
            "née aux [PAYS_NAISSANCE_ETRANGER_1]",
            "Mutsamudu",
        ),
        (
            "Mon père est né à Madagascar, ma mère née à Fianarantsoa.",
            "né à [PAYS_NAISSANCE_ETRANGER_1]",
            "Fianarantsoa",
        ),
        ("Elle est née à Mayotte et son frère né à Bandraboua.", "née à Mayotte", "Bandraboua"),
    ],
)
def test_a_birth_abroad_stays_as_such(text: str, kept: str, town: str) -> None:
    # (thirty-eighth pass: a country other than France is masked, as a birth abroad; France and Mayotte stay)
    masked = output(text)
    assert kept in masked and town not in masked, masked


def test_a_town_named_in_another_sense_stays() -> None:
    text = (
        "Je suis né à Saumur. Le tribunal judiciaire de Saumur m'a convoqué le mois prochain, "
        "est-ce que je peux y aller avec mon avocat ?"
    )
    masked = output(text)
    assert "né à [LIEU_NAISSANCE_1]" in masked, masked
    assert "tribunal judiciaire de Saumur" in masked, masked


@pytest.mark.parametrize(
    ("text", "kept", "town"),
    [
        ("Je suis étudiant à Grenoble depuis septembre, né à Vierzon.", "étudiant à Grenoble", "Vierzon"),
        (
            "Mon grand-père, né le 6 janvier 1930 à Nérac, est décédé le 2 mars à Périgueux.",
            "à Périgueux",
            "Nérac",
        ),
        ("Notre bébé est né à la maternité ce matin ; moi je suis née à Lorient.", "à la maternité", "Lorient"),
        ("C'est mon fils aîné à Poitiers qui m'aide, il est né à Niort.", "aîné à Poitiers", "Niort"),
    ],
)
def test_only_the_birth_mention_is_read_as_a_birthplace(text: str, kept: str, town: str) -> None:
    masked = output(text)
    assert kept in masked and town not in masked, masked


def test_the_agent_reads_a_french_label() -> None:
    assert ENTITY_TYPES["LIEU_NAISSANCE"] == "lieu de naissance"


def test_the_birthplace_placeholder_is_reversible() -> None:
    _title, body = pseudonymise_message(title="", body="Je suis née à Pont-l'Abbé, merci de m'aider.")
    placeholder = re.search(r"\[LIEU_NAISSANCE_\d+\]", body.text)
    assert placeholder is not None, body.text
    assert body.mapping[placeholder.group(0)] == "Pont-l'Abbé"
