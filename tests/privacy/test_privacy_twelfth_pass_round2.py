"""Twelfth pass of issue 13, round 2: text damaged by a scan read through a normalised view that keeps offsets
(digits and letters confused, words cut or spaced out, a postcode cut in two), and dates written year first with
dots or slashes. The examples are written for this file; none is in the corpus."""

import pytest

from guichet.privacy.evaluation import survives
from guichet.privacy.ocr import view
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # digits read as letters by the scan, in a date of birth and in a student number
        (
            "Copie du scan : Mme LEROUX Anaïs, née le 2l/O6/1997 à Brest, inscrite sous le n° 3l88O52.",
            "2l/O6/1997",
            "date_of_birth",
        ),
        (
            "Copie du scan : Mme LEROUX Anaïs, née le 2l/O6/1997 à Brest, inscrite sous le n° 3l88O52.",
            "3l88O52",
            "other_id",
        ),
        # a date of birth whose month the scan cut, with a letter for a digit
        (
            "Le certificat scanné dit : Mme PAQUET Lise, née le 7/1 l/1989, domiciliée à Vannes.",
            "7/1 l/1989",
            "date_of_birth",
        ),
        # an address whose words the scan cut, and a postcode cut in two
        (
            "Le relevé dit, tout décalé :\nDomicile : 8 av enue des Til leuls 35 000 Ren nes\nMerci de corriger.",
            "8 av enue des Til leuls 35 000 Ren nes",
            "address",
        ),
        # letters read as digits in a name and a town written in capitals
        (
            "Je recopie l'en-tête :\nMADAME G1RARD S0PHIE\n7 IMPASSE DES R0SES\n2 9200 BREST\nC'est bien moi.",
            "7 IMPASSE DES R0SES\n2 9200 BREST",
            "address",
        ),
        # a date of birth written year first with dots, as some countries' papers do
        ("Fiche du témoin : Prénom : Aurel / Né le : 1979.11.23 à Cluj", "1979.11.23", "date_of_birth"),
        ("Mon mari est né le 1983/02/14 à Manille, son acte le dit ainsi.", "1983/02/14", "date_of_birth"),
        # an office's mail to the writer, pasted: a date in figures after a participle said to "vous"
        (
            "Bonjour, voici ce que j'ai reçu :\n> Madame Lebrun, votre demande a été rejetée le 04/09/2025.\nMerci",
            "04/09/2025",
            "date",
        ),
        # a field of a pasted payslip or form, however short its value
        ("Je recopie ma fiche de paie :\nNom : PRADEL Yvon\nMatricule : 3186\nPoste : cariste", "3186", "other_id"),
        ("Extrait du contrat | Client : 90412 | Agence : Lorient", "90412", "other_id"),
        # a short code sent in reply in a pasted chat, or alone on its line
        (
            "Échange avec le loueur :\nMoi 09:12 : le code du casier ?\nSamir 09:40 : Q7RT4Z\nMoi 09:41 : merci",
            "Q7RT4Z",
            "other_id",
        ),
        ("Voici le code reçu par SMS pour mon dossier :\n4KX9WB\nIl ne marche pas.", "4KX9WB", "other_id"),
    ],
)
def test_damaged_or_foreign_written_values_are_masked(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


def test_the_view_keeps_where_each_character_came_from() -> None:
    text = "au 3 r ue du Ch âteau, 45 000 0RLEANS"
    seen = view(text)
    assert seen.text == "au 3 rue du Château, 45000 ORLEANS"
    start = seen.text.index("Château")
    assert text[slice(*seen.back(start, start + len("Château")))] == "Ch âteau"


@pytest.mark.parametrize(
    "text",
    [
        # ordinary words next to each other are never joined, nor amounts, nor names
        "Il a la clé de la salle de sport et ces gens le savent.",
        "Le plafond est de 12 500 euros par an pour une personne seule.",
        "Jean Martin et Paul Durand habitent à Lyon.",
        # an office's postcode written in two groups before its cedex, a price before its tax
        "Écrivez au centre, 12 rue des Écoles - 42 961 Saint-Étienne cedex 9.",
        "Le forfait est de 230,77 €TTC pour la convention.",
        # English words and a lower-case article before capitals are words of their own
        "Please send me to its office, the tax is paid.",
        "la caf et l ARS ne répondent pas",
    ],
)
def test_clean_text_is_its_own_view(text: str) -> None:
    assert view(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # a fiche's sentence with a year-first date of a rule, and a count of inhabitants before a capitalised word
        "La réforme s'applique aux pensions versées depuis le 1er janvier 2024.",
        "Plus de 20 000 Français vivent dans ce pays selon le registre.",
        # a rule's date said to "vous", a form's count
        "Si vous avez été licencié le 01/03/2024 ou après, la règle nouvelle s'applique.",
        "Nombre de parts : 2\nMontant : 1250 €",
        # a word and a number alone on a line
        "Les mesures liées au\nCOVID19\nsont levées.",
    ],
)
def test_rule_text_keeps_its_values(text: str) -> None:
    assert output(text) == text
