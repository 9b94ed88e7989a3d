"""Eighth pass (issue 13): identifiers of places and things, codes given to one person, names online, five-digit
receipts after a "n°". The examples are written for this file, none is in the corpus."""

import pytest

from guichet.privacy.analyzer import detect
from guichet.privacy.evaluation import survives
from guichet.privacy.guard import guard_prompt
from guichet.privacy.pseudonymise import pseudonymise_message
from tests.privacy.helpers import output

UNITS = [
    ("Mon fils est détenu à Fleury, cellule 112, et je voudrais un permis de visite.", "cellule 112"),
    ("On loue un mobil-home au camping municipal, emplacement n° 7, depuis avril.", "emplacement n° 7"),
    ("La cave 14 de notre immeuble a été cambriolée cette nuit.", "cave 14"),
    ("J'ai oublié mon sac au vestiaire 52 de la piscine.", "vestiaire 52"),
    ("Ma mère est en chambre 5 à l'EHPAD des Tilleuls depuis l'été.", "chambre 5"),
    ("Je gare ma voiture sur la place P2-117 du parking souterrain.", "P2-117"),
    ("Notre caveau n° 88 au cimetière du Nord est abîmé par les racines.", "caveau n° 88"),
    ("Mon oncle tient le stand 14B au marché de Noël.", "14B"),
    ("Elle habite l'appt 23, escalier C, de la résidence des Peupliers.", "appt 23"),
    ("La concession perpétuelle n° D-2207 appartient à ma famille depuis 1950.", "D-2207"),
    ("Mes colis arrivent dans la boîte aux lettres n° 118 du hall A.", "118"),
    ("Mon père est en réanimation, chambre 4012, lit 3.", "4012"),
]


@pytest.mark.parametrize(("text", "value"), UNITS)
def test_a_numbered_room_flat_box_locker_or_grave_is_removed(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le logement comporte 3 chambres, dont une chambre de 9 m² au moins.",
        "Concession trentenaire : 30 ans. Concession cinquantenaire : 50 ans.",
        "Un box 20 m² se loue plus cher qu'une place de parking.",
        "Le logement 2024 du programme a été livré en retard.",
        "La porte d'entrée doit être accessible aux personnes handicapées.",
        "Nous cherchons un appartement T3 ou un logement F4 près de l'école.",
    ],
)
def test_counts_measures_and_years_after_a_unit_word_stay(text: str) -> None:
    assert [span for span in detect(text) if span.type == "REFERENCE"] == [], output(text)


def test_the_unit_is_masked_with_its_word_so_the_guard_never_looks_for_a_bare_number() -> None:
    _title, body = pseudonymise_message(title="", body="Je loge au foyer, chambre 27, depuis mars.")
    assert "chambre 27" in body.mapping.values()
    fiche = "Le foyer accueille 27 résidents ; le loyer est révisé chaque année."
    guarded = guard_prompt([{"role": "user", "content": fiche}], mapping=body.mapping)
    assert guarded.messages[0]["content"] == fiche and not guarded.refused


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le vendeur m'a donné le code de cession 5812-QX mais le site le refuse.", "5812-QX"),
        ("Code d'accès au portail : 4512B, ne le donnez à personne.", "4512B"),
        ("Mon digicode 1987A ne marche plus depuis la coupure.", "1987A"),
        ("Le code de retrait du colis est 73 19 02.", "73 19 02"),
    ],
)
def test_a_code_given_to_one_person_is_removed(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Retrouvez-moi sur TikTok @mamadou.k93 si vous avez une question.", "@mamadou.k93"),
        ("Écrivez-moi sur insta : awa_diakite_off plutôt que par courrier.", "awa_diakite_off"),
        ("voila mon profil https://fr.linkedin.com/in/olga-petrenko-0a1b2c/ merci", "olga-petrenko"),
        ("Le faux compte est www.instagram.com/nguyen.thanh.binh_ et il me harcèle.", "nguyen.thanh.binh"),
        ("Mon snap c'est tiago.ferreira77 si vous voulez.", "tiago.ferreira77"),
    ],
)
def test_a_name_online_is_removed(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je l'ai vu sur Facebook hier, et sur Instagram aussi.",
        "Écrivez à contact@mairie-exemple.fr pour toute question.",
        "Prenez un comprimé 1 x/jour pendant 5 jours.",
    ],
)
def test_networks_named_without_a_handle_stay(text: str) -> None:
    assert [span for span in detect(text) if span.type == "EMAIL" and "@" not in text[span.start : span.end]] == []


def test_a_word_after_an_at_sign_is_nobodys_account_but_a_first_name_is() -> None:
    # "@Bonjour" opening a reply (a spreadsheet formula the export neutralises) names no one; "@lea" may.
    assert output("@Bonjour, voici la réponse à votre demande.").startswith("@Bonjour")
    assert not survives("@lea", "other_id", output("Écrivez-moi sur Instagram à @lea, je réponds vite."))


def test_a_five_digit_receipt_after_a_number_word_is_removed() -> None:
    text = "Le reçu de dépôt n° 45871 m'a été remis au guichet de la gendarmerie."
    assert "45871" not in output(text)


def test_a_five_character_form_number_stays() -> None:
    text = "Joignez le certificat de dédouanement n° 846 A délivré par la douane."
    assert output(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Voici mon site pro : https://www.plomberie-jerome-vasseur.fr, pour la facture.", "jerome-vasseur"),
        ("Mon portfolio est sur jeanne-marchetti.wixsite.com/photo si besoin.", "jeanne-marchetti"),
        ("Les photos du chantier sont sur www.renovation-kowalczyk.com/galerie.", "kowalczyk"),
    ],
)
def test_a_web_address_holding_a_name_is_removed(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    [
        "Faites la demande sur www.service-public.fr ou sur https://www.ants.gouv.fr/demarches.",
        "Le simulateur est sur www.info-retraite.fr et sur www.lassuranceretraite.fr.",
    ],
)
def test_public_sites_stay(text: str) -> None:
    assert output(text) == text


def test_a_vehicle_identification_number_in_groups_is_removed() -> None:
    text = "Le VIN : WF0X 3AK4 8GL 123456 ne correspond pas à la carte grise."
    assert not survives("WF0X 3AK4 8GL 123456", "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mon conseiller ne répond plus depuis mars. Lwazi", "Lwazi"),
        ("Je n'ai toujours pas reçu la prime, merci de regarder. Chidubem", "Chidubem"),
        ("La demande est partie en juin! Thirunavukkarasu", "Thirunavukkarasu"),
    ],
)
def test_a_first_name_the_gazetteer_lacks_ending_the_message_is_removed(text: str, name: str) -> None:
    assert not survives(name, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merci de me répondre rapidement. Bonne journée",
        "How do I get the card? Also, thanks.",
        "Je vous remercie pour votre aide. Cordialement",
    ],
)
def test_a_message_ending_on_words_stays(text: str) -> None:
    assert output(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Résidence Les Lilas - Bât A - Apt. 12 - rez-de-chaussée, merci de passer.", "Apt. 12"),
        ("J'habite app. 4B au deuxième étage depuis la rentrée.", "4B"),
        ("Mon badge n° 4471 pour le parking du CHU ne s'ouvre plus.", "4471"),
        ("La clé n° 2047 du local vélo m'a été remise par le gardien.", "2047"),
    ],
)
def test_abbreviated_units_badges_and_keys_are_removed(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mon mot de passe provisoire était Printemps2025 et il ne marche plus.", "Printemps2025"),
        ("Mon identifiant de connexion : mbarry92, je n'arrive pas à entrer.", "mbarry92"),
    ],
)
def test_a_password_or_login_is_removed(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("écrivez-moi à kadi.toure @ gmail.com s'il vous plaît", "kadi.toure"),
        ("mail : thao.pham@orange .fr pour la réponse", "thao.pham"),
    ],
)
def test_an_email_with_a_space_typed_inside_is_removed(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jean-Claude Morel dit « Jeannot » est mon oncle et il vit seul.", "Jeannot"),
        ("Mon frère, alias Tito, ne répond plus au courrier.", "Tito"),
    ],
)
def test_a_nickname_after_a_name_or_alias_is_removed(text: str, name: str) -> None:
    assert not survives(name, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    "text",
    [
        "La loi dite « Macron » a changé les règles du travail le dimanche.",
        "La procédure dite « accélérée » est plus courte.",
        "La CAF dit « non » à ma demande.",
    ],
)
def test_a_law_or_a_procedure_called_something_stays(text: str) -> None:
    assert output(text) == text


# After the test reading (reported as such): a plot of land, a first name in brackets after a name, a first name
# joined by "et" before a name in lower case.


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Notre terrain, parcelle ZK 112, est inondable chaque hiver.", "ZK 112"),
        ("La référence cadastrale : AC 0087 pour la maison de mon père.", "AC 0087"),
    ],
)
def test_a_plot_of_land_is_removed(text: str, value: str) -> None:
    assert not survives(value, "other_id", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mon ex il s'appelle fredo (henri) et il ne paie plus la pension", "henri"),
        ("les allocs sont pour amandine et ilyes depuis la rentrée", "amandine"),
        ("la cantine de alexandra et nael est trop chère", "alexandra"),
    ],
)
def test_a_first_name_in_brackets_or_listed_before_a_name_is_removed(text: str, name: str) -> None:
    assert not survives(name, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cordialement,\nM-Th. Kervella", "Kervella"),
        ("Bien à vous\nCh. Ravelonanosy", "Ravelonanosy"),
        ("Mon ancien patron (pharmacie Lefranc-Dubois) refuse l'attestation.", "Lefranc-Dubois"),
    ],
)
def test_two_letter_initials_and_a_trade_in_lower_case_are_removed(text: str, name: str) -> None:
    assert not survives(name, "name", output(text)), output(text)


def test_a_brand_after_a_trade_stays() -> None:
    text = "Je travaille au garage Renault de la zone commerciale."
    assert output(text) == text
