"""Eighth pass of issue 13, second round: the kinds the first round left. A first name after "avec" with no other
cue, a self-naming in lower case, a possessive unit whose number is said as a sentence, a short licence number, a
one-line "Signé : …". The examples are written for this file; none is in the corpus."""

import pytest

from guichet.privacy.analyzer import detect
from guichet.privacy.evaluation import survives
from guichet.privacy.pseudonymise import pseudonymise_message
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Je suis venu avec Oluwadamilare ce matin mais le guichet était fermé.", "Oluwadamilare"),
        ("Depuis l'an dernier j'habite avec Tchindebe, qui paie la moitié du loyer.", "Tchindebe"),
        ("Nous sommes pacsés avec Ahoefa Nsimba et nous voulons déclarer ensemble.", "Ahoefa Nsimba"),
        ("Ma fille est partie avec Ifeoluwa en vacances sans mon accord.", "Ifeoluwa"),
        ("Je suis allée à la sous-préfecture avec Kpakpo mais le guichet était fermé.", "Kpakpo"),
        ("Nous sommes avec Tahirisoa depuis 2020 et nous voulons nous pacser.", "Tahirisoa"),
    ],
)
def test_a_first_name_after_avec_and_a_verb_of_living_or_going_with_someone_is_removed(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    [
        "On a pris rendez-vous avec Doctolib pour lundi prochain.",
        "Je suis en contact avec Pôle emploi et avec France Travail depuis mai.",
        "Nous sommes passés avec Renault pour la reprise du véhicule.",
        "J'ai parlé avec Monsieur le Maire de la cantine.",
        "Je suis en contact avec Qonto pour mon compte professionnel.",
    ],
)
def test_a_service_a_brand_or_a_title_after_avec_stays(text: str) -> None:
    assert [span for span in detect(text) if span.type == "PERSONNE"] == [], output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("c'est moi yawovi, je vous ai envoyé les papiers hier", "yawovi"),
        ("bjr c moi nkechi la fille de madame ba", "nkechi"),
        ("moi c'est vahatra.", "vahatra"),
    ],
)
def test_a_writer_naming_themselves_in_lower_case_is_removed(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    [
        "c'est moi qui ai rempli le dossier",
        "c'est moi mtn qui gère les papiers",
        "c'est moi aussi, je vous ai écrit lundi",
        "c'est moi meme qui ai appelé ce matin",
    ],
)
def test_words_after_cest_moi_that_are_no_name_stay(text: str) -> None:
    assert [span for span in detect(text) if span.type == "PERSONNE"] == [], output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ma place c'est la 87 au sous-sol, quelqu'un s'y gare", "87"),
        ("Mon box, c'est le n° 31, a été forcé dans la nuit.", "31"),
        ("Sa chambre est la 209C, au bout du couloir de gériatrie.", "209C"),
        ("mon casier c'est le 6 et il est cassé", "6"),
        ("ma chambre porte le numéro 318 et la fenêtre ne ferme plus", "318"),
        ("mon box c 31B, au fond à gauche", "31B"),
    ],
)
def test_a_possessive_unit_whose_number_is_said_as_a_sentence_is_removed(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma place est la 2e sur la liste d'attente du bailleur.",
        "Notre appartement est le 4 pièces du dernier étage.",
        "La place est la 3 du classement général.",
        "Mon lit est 140 x 190 et ma place est 12 € par mois.",
    ],
)
def test_a_rank_or_a_flat_size_said_as_a_sentence_stays(text: str) -> None:
    assert [span for span in detect(text) if span.type == "REFERENCE"] == [], output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ma licence de taxi 0719 a été suspendue par la préfecture.", "0719"),
        ("Je suis titulaire de l'autorisation de stationnement n° 264 à Brest.", "264"),
        ("Carte professionnelle VTC : 5083, renouvelée en mars.", "5083"),
    ],
)
def test_a_licence_number_of_a_trade_is_removed_with_its_word(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)
    _title, body = pseudonymise_message(title="", body=text)
    assert all(not masked.strip().isdigit() for masked in body.mapping.values())


@pytest.mark.parametrize(
    "text",
    [
        "Je suis en licence 3 de droit et je demande une bourse.",
        "La licence IV du café est à vendre ; licence professionnelle 2024.",
        "L'agrément 2019 des assistantes maternelles reste valable.",
        "Le titulaire de la licence doit justifier de 120 heures de formation.",
    ],
)
def test_a_degree_a_licence_category_a_year_or_a_count_stays(text: str) -> None:
    assert [span for span in detect(text) if span.type == "REFERENCE"] == [], output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Signé : Momo (le fils de la gardienne)", "Momo"),
        ("Merci de me répondre vite. Signé Tahirisoa", "Tahirisoa"),
        ("Signature : Hasinjaka R.", "Hasinjaka"),
    ],
)
def test_a_name_after_signe_even_on_one_line_is_removed(text: str, value: str) -> None:
    assert not survives(value, "name", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai signé le bail hier et le propriétaire refuse l'état des lieux.",
        "Signé le 12 mars à la mairie, le contrat n'a jamais été appliqué.",
        "Signature : illisible sur la copie reçue.",
    ],
)
def test_signe_before_a_date_or_a_common_word_stays(text: str) -> None:
    assert [span for span in detect(text) if span.type == "PERSONNE"] == [], output(text)
