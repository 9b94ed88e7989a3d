"""Thirty-eighth pass, privacy (issue 13, the lead's decision): a country of birth other than France is personal data
and is masked as [PAYS_NAISSANCE_ETRANGER_n], a placeholder that keeps what a reply needs (the birth was abroad);
France, "l'étranger", a nationality, an overseas place and a country that is no birthplace stay. Fresh sentences,
none from the corpora."""

import pytest

from guichet.drafting.triage_model import model_text
from guichet.knowledge.query import strip_noise
from guichet.privacy.guard import guard_prompt
from guichet.privacy.pseudonymise import ENTITY_TYPES, placeholder_type, pseudonymise, pseudonymise_message

TYPE = "PAYS_NAISSANCE_ETRANGER"


def _countries(text: str) -> list[str]:
    _title, body = pseudonymise_message(title="", body=text)
    return [value for key, value in body.mapping.items() if placeholder_type(key) == TYPE]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # after the birth word
        ("Bonjour, ma grand-mère est née au Cambodge et elle n'a jamais eu de carte vitale.", ["Cambodge"]),
        ("Je suis né en Érythrée, j'ai obtenu le statut de réfugié l'an dernier.", ["Érythrée"]),
        ("Nos jumeaux sont nés aux Philippines pendant notre mission.", ["Philippines"]),
        ("Mon beau-père, né le 9 octobre 1947 en Pologne, touche une petite retraite.", ["Pologne"]),
        ("Ma tante, née Ferreira le 2 juin 1951 au Brésil, est veuve depuis mars.", ["Brésil"]),
        ("je suis nee au cameroun et je voudrais savoir pour la nationalite", ["cameroun"]),
        ("MA MERE EST NEE LE 04/04/1944 EN ARMENIE", ["ARMENIE"]),
        ("Mon fils est né à Singapour quand nous y travaillions.", ["Singapour"]),
        ("Elle est née en Côte d'Ivoire et vit à Rennes depuis 2015.", ["Côte d'Ivoire"]),
        ("Mon mari est né vers 1955 au Niger, la date exacte n'est pas connue.", ["Niger"]),
        # after the town of the birth
        ("Je suis née le 8 mai 1979 à Saïda (Liban) et mariée à un Français.", ["Liban"]),
        ("Mon père, né à Hué, Vietnam, a besoin de son acte.", ["Vietnam"]),
        ("Mon frère est né à Tétouan au Maroc en 1982.", ["Maroc"]),
        ("Ma femme est née à Busan (Corée du Sud), elle a la nationalité française.", ["Corée du Sud"]),
        # a second birth in the same sentence, a label, the country first
        ("Je suis né en Syrie et ma femme au Liban, nous avons deux enfants.", ["Syrie", "Liban"]),
        ("Pays de naissance : Bolivie\nNationalité : bolivienne", ["Bolivie"]),
        ("C'est en Mongolie, où je suis née, que mes papiers sont restés.", ["Mongolie"]),
    ],
)
def test_a_country_of_birth_other_than_france_is_masked(text: str, countries: list[str]) -> None:
    assert _countries(text) == countries
    _title, body = pseudonymise_message(title="", body=text)
    for country in countries:
        assert country not in body.text


@pytest.mark.parametrize(
    "text",
    [
        "Je suis né en France de parents portugais, je voudrais mon acte de naissance.",
        "Ma mère est née à l'étranger et ne sait pas où demander son acte.",
        "Je suis malienne et je voudrais renouveler mon titre de séjour.",
        "Mon fils est né en Guadeloupe et nous vivons maintenant à Nancy.",
        "Ma fille est née à Mamoudzou (Mayotte) l'année dernière.",
        "Je suis née à la Réunion, ma sœur aussi.",
        "Je vis au Portugal depuis ma retraite et je touche ma pension en euros.",
        "Mon fils travaille au Canada, peut-il garder sa carte vitale ?",
        "Je suis né à Colmar, mais je vis en Suisse depuis vingt ans.",
        "PERSONNE NE RÉPOND AU SÉNÉGAL NI AU CONSULAT",
        "Notre bébé est né en avance, à sept mois, tout va bien.",
    ],
)
def test_france_abroad_a_nationality_an_overseas_place_and_a_country_of_residence_stay(text: str) -> None:
    assert _countries(text) == []


def test_a_town_whose_name_begins_with_a_country_stays_a_town() -> None:
    _title, body = pseudonymise_message(title="", body="Mon épouse est née à Salvador de Bahia en 1983.")
    assert "Salvador" not in body.text and "Bahia" not in body.text
    assert _countries("Mon épouse est née à Salvador de Bahia en 1983.") == []
    assert _countries("Mon épouse est née au Salvador en 1983.") == ["Salvador"]


def test_the_town_and_its_country_are_masked_apart_and_the_placeholder_says_abroad() -> None:
    masked = pseudonymise("Je suis né le 12/12/1961 à Sfax (Tunisie).").text
    assert "Sfax" not in masked and "Tunisie" not in masked
    assert "([PAYS_NAISSANCE_ETRANGER_1])" in masked
    assert "ETRANGER" in TYPE  # the model reads only the placeholder: its name says that the birth was abroad
    assert ENTITY_TYPES[TYPE] == "pays de naissance (étranger)"


def test_a_country_of_birth_is_looked_for_in_the_citizens_text_only() -> None:
    body = "Je suis née en Algérie, je voudrais une copie intégrale de mon acte de naissance."
    pseudonymised = pseudonymise(body)
    assert "Algérie" not in pseudonymised.text
    fiche = "Les ressortissants algériens relèvent de l'accord franco-algérien ; né en Algérie avant 1962…"
    messages = [
        {"role": "system", "content": f"Source 1 : {fiche}"},
        {"role": "user", "content": f"Message de l'usager :\n{body}"},
    ]
    guarded = guard_prompt(messages, mapping=pseudonymised.mapping, citizen_texts=[body])
    assert "Algérie" not in guarded.messages[1]["content"]
    assert fiche in guarded.messages[0]["content"]
    assert not guarded.refused


def test_triage_reads_a_masked_country_of_birth_as_a_country() -> None:
    assert model_text("Acte", "Je suis née au [PAYS_NAISSANCE_ETRANGER_1].") == "Acte\nJe suis née au Maroc."


def test_retrieval_reads_a_masked_country_of_birth_as_a_birth_abroad() -> None:
    masked = pseudonymise("Je suis né au Laos, comment obtenir une copie de mon acte de naissance ?").text
    query = strip_noise(masked)
    assert "Laos" not in query and "PAYS" not in query
    assert "né à l'étranger" in query
