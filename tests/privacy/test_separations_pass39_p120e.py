"""Thirty-ninth pass, privacy (issue 13, engineer-p120e): separations told in SMS and in long messages.

A first name after a separation's "d'avec" is masked; SMS spellings ("pa mangé", "sai plu") and a home's words in
lower case ("chalet", "camping") are no names; a country of birth is masked wherever the message names it again;
a foreign region of birth ("en Kabylie") is masked as a country of birth; "je vis à …" after a birth abroad is no
second birth; a surname written again two letters apart is masked. Fresh sentences, none from the corpora.
"""

import pytest

from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for the body of `text`."""
    _title, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


def _output(text: str) -> str:
    _title, body = pseudonymise_message(title="", body=text)
    return body.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonjour, mon divorce d'avec Thierry n'est toujours pas transcrit sur mon acte.", "Thierry"),
        ("Depuis ma séparation d'avec Olivier, je paie seule le loyer.", "Olivier"),
        ("depuis ma separation d'avec kevin jsui seule avec les 2 petits", "kevin"),
        ("la rupture d'avec nathalie date de l'été dernier", "nathalie"),
        ("Je suis divorcée d'avec Yannick depuis 2021 et il garde le livret de famille.", "Yannick"),
    ],
)
def test_first_name_after_separation_d_avec_is_masked(text: str, name: str) -> None:
    assert _masked(text).get(name) == "PERSONNE"


@pytest.mark.parametrize(
    "text",
    [
        "je suis séparée d'avec mon mari depuis mars",
        "ma séparation d'avec papa a été dure pour les enfants",
        "le divorce d'avec lui est prononcé, d'avec eux aussi",
    ],
)
def test_no_name_after_d_avec_leaves_text(text: str) -> None:
    assert "PERSONNE" not in _masked(text).values()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ma fille a pa mangé depuis ce matin, sai plu quoi faire", ["pa mangé", "sai plu"]),
        ("tkt pa pour moi, sai pa koi faire avec son père", ["sai pa koi"]),
        ("jsui perdu, il a pa payé la pension", ["jsui perdu", "pa payé"]),
    ],
)
def test_sms_spellings_are_no_names(text: str, kept: list[str]) -> None:
    output = _output(text)
    for words in kept:
        assert words in output
    assert "PERSONNE" not in output


def test_capitalised_sms_lookalike_stays_a_name() -> None:
    assert _masked("Mon ex-mari Sai Kumar ne verse plus rien.").get("Sai Kumar") == "PERSONNE"


def test_chalet_after_names_keeps_the_whole_address() -> None:
    output = _output("Nos coordonnées : Lucie et Marc Berthier, chalet Les Mélèzes, 74170 Les Contamines")
    assert "74170" not in output
    assert "Mélèzes" not in output
    assert "Lucie" not in output and "Berthier" not in output


def test_camping_home_is_an_address() -> None:
    masked = _masked("Je vis dans un mobil-home au camping Les Oliviers, emplacement 9, 83400 Hyères.")
    assert "ADRESSE" in masked.values()
    assert "Oliviers" not in _output("Je vis dans un mobil-home au camping Les Oliviers, emplacement 9, 83400 Hyères.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Je suis née au Cambodge et je vis au Cambodge depuis mon divorce.", "Cambodge"),
        ("Il veut emmener notre fille en Arménie. Il est né en Arménie, à Gyumri.", "Arménie"),
        ("Je suis née au Laos ; ma mère vit au Laos et ne peut pas m'aider.", "Laos"),
    ],
)
def test_country_of_birth_named_again_is_masked(text: str, country: str) -> None:
    output = _output(text)
    assert country not in output
    assert _masked(text).get(country) == "PAYS_NAISSANCE_ETRANGER"


def test_a_country_that_is_no_birthplace_stays() -> None:
    text = "Je suis né à Lyon et je vis au Cambodge depuis 2019."
    assert "Cambodge" in _output(text)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Mon père est né en Kabylie en 1950 et a travaillé à Renault.", "Kabylie"),
        ("Je suis née en Casamance, à Bignona, le 2 juin 1988.", "Casamance"),
        ("Ma grand-mère est née en Sicile et veut sa retraite italienne.", "Sicile"),
    ],
)
def test_foreign_region_of_birth_is_a_country_of_birth(text: str, region: str) -> None:
    assert _masked(text).get(region) == "PAYS_NAISSANCE_ETRANGER"


def test_region_that_is_no_birthplace_stays() -> None:
    assert "Sicile" in _output("Nous partons en vacances en Sicile avec les enfants cet été.")


def test_living_after_a_birth_abroad_is_no_second_birth() -> None:
    text = "Je suis née à Davao, Philippines, je vis à Annecy depuis 2012."
    masked = _masked(text)
    assert masked.get("Davao") == "LIEU_NAISSANCE"
    assert "Annecy" in _output(text)


def test_surname_respelled_two_letters_apart_is_masked() -> None:
    text = "Mon ex-époux, M. Rachid Bentaleb, a été inscrit Benntalleb sur l'acte, je demande la rectification."
    output = _output(text)
    assert "Bentaleb" not in output
    assert "Benntalleb" not in output


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sou Joana Matos, nascida em Portugal, e trabalho na colheita.", "Portugal"),
        ("Soy Lucía Gómez, nacida en Cuba, vivo en Lyon con mis hijos.", "Cuba"),
    ],
)
def test_birth_in_the_writers_own_language(text: str, country: str) -> None:
    assert _masked(text).get(country) == "PAYS_NAISSANCE_ETRANGER"


def test_country_in_a_bracket_named_again_alone() -> None:
    text = "Je suis né à Mahébourg (île Maurice) et mes frères vivent toujours à Maurice."
    assert "Maurice" not in _output(text)
