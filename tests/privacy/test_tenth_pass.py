"""Tenth pass of issue 13: the kinds batch p17e and the engineer's probes found, by kind. The examples are written
for this file; none is in the corpus."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a date of birth after a pasted form's label with a colon
        ("Nom : Abiodun\nPrénom : Tunde\nNé le : 17 août 1988\nNationalité : nigériane", "17 août 1988", "date"),
        ("Née le: 02/09/1975", "02/09/1975", "date"),
        ("Né(e) le : 30/01/2001 à Oran", "30/01/2001", "date"),
        ("Date et lieu de naissance : 9 juin 1969 à Dakar", "9 juin 1969", "date"),
        # a date of birth in an English form or sentence, and a month with a year of two digits
        ("Full name: Emeka Obi\nDOB: 1979-11-23", "1979-11-23", "date"),
        ("Date of birth: 05/07/1983, Lagos", "05/07/1983", "date"),
        ("My daughter was born on the 21st of June 2008.", "21st of June 2008", "date"),
        ("je suis née en février 79 à Oran", "février 79", "date"),
        # a phone number cut over two lines
        ("Mon portable :\n07 52 18\n64 90\nMerci", "07 52 18\n64 90", "phone"),
        ("joignable au 06 44 91 27\n35 le soir", "06 44 91 27\n35", "phone"),
        # a first name listed with its age in brackets, without "ans"
        ("Mes deux aînés : Souleymane (20) et Mariama (18) sont étudiants.", "Souleymane", "first_name"),
        # the display name of a pasted mail's header
        ("Message d'origine\nDe : Oumaïma <oumaima.b@gmail.com>\nObjet : logement", "Oumaïma", "first_name"),
        ('From: "Tadeusz W." <tadek.w@wp.pl>\nSubject: pension', "Tadeusz", "first_name"),
        # a phone dictated: groups between commas, the zero in words
        ("Vous pouvez m'appeler au 07, 61, 28, 93, 40 après 18 h.", "07, 61, 28, 93, 40", "phone"),
        ("joignable au zéro 7 55 20 18 36", "7 55 20 18 36", "phone"),
        # an English title
        ("Dear Mrs. Adeyemi, please find my form attached.", "Adeyemi", "surname"),
        # a full name in lower case, the surname first, then an age
        ("bonjour lefebvre sophie, 52 ans, je touche l'aah", "lefebvre sophie", "name"),
        # a first name joined to another by an emoji
        ("Nour 💕 Ilyès, on vient de se pacser", "Nour", "first_name"),
        # a street number said with the street's article
        ("J'habite au 27 de la rue des Tanneurs depuis mai.", "27 de la rue des Tanneurs", "address"),
        ("Nous sommes au 8 du boulevard Gambetta, au fond de la cour.", "8 du boulevard Gambetta", "address"),
        # the dates of a pasted table under a header that names a birth
        (
            "| Nom | Prénom | Né(e) le |\n| SOW | Idrissa | 14/06/2016 |\n| SOW | Coumba | 02/01/2019 |",
            "02/01/2019",
            "date",
        ),
        ("Nom;Prénom;Date de naissance\nPHAM;Linh;23.08.1994", "23.08.1994", "date"),
        # a given name no list knows, before a surname the message gave elsewhere
        (
            "Le conseiller a écrit « Madame Oyediran, merci ». Je suis bien Folasade Oyediran.",
            "Folasade Oyediran",
            "name",
        ),
        ("Mme Tchibinda m'a aidée. Nkosazana Tchibinda est ma tante.", "Nkosazana Tchibinda", "name"),
        # a name glued with underscores: an attachment's file name, a handle
        ("Ci-joint releve_BERTHELOT_Agnes.pdf. Agnès Berthelot", "BERTHELOT", "surname"),
        ("Voici le scan carte_vitale_rousseau_paul.jpg\nPaul Rousseau", "rousseau", "surname"),
        # a first name and the initial of the surname at the end of the message
        ("Je n'ai toujours rien reçu. Merci de me répondre. Oumou K.", "Oumou", "first_name"),
        ("la prime n'est pas arrivée. Babajide T.", "Babajide", "first_name"),
        # a surname in capitals as a file's name in a subject line
        ("Objet : Dossier MOREAU Aide au logement\nBonjour, je relance.", "MOREAU", "surname"),
        ("Réf. dossier CHEVALIER Mathilde, merci de me rappeler.", "CHEVALIER", "surname"),
        ("TR: TR: dossier Wiśniewski, pièces manquantes", "Wiśniewski", "surname"),
        # a name before whose relative it is, in brackets
        ("Personne à prévenir : Anselme (mon beau-frère)", "Anselme", "first_name"),
        ("Personne à contacter : Oluwadamilare (mon neveu), 06 22 41 90 17", "Oluwadamilare", "first_name"),
        # a name glued to the punctuation before it, as a phone types it
        ("Merci pour votre aide!!!Ghislaine", "Ghislaine", "first_name"),
        ("je vous remercie...Rosalind", "Rosalind", "first_name"),
        # a first name glued in camel case: a hashtag, a pseudonym
        ("Ils ont fermé le dossier #TousAvecYanis", "Yanis", "first_name"),
        ("sur le forum je suis NicolasGarnier", "Garnier", "surname"),
    ],
)
def test_the_kinds_of_the_tenth_pass_are_removed(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a form's label is no signature
        ("Merci.\nNé le : 3 mars 1990\nStatut : réfugié", "Statut"),
        ("Cordialement\nProfession : aide-soignante", "Profession"),
        # a surname in capitals does not take the subject's word after it
        ("Objet : Réclamation DURAND Travaux\nLes travaux durent depuis un mois.", "travaux"),
        # benefits and plain words after "dossier"
        ("Mon dossier AME est bloqué, le dossier URGENT aussi, et le dossier MDPH.", "dossier AME est bloqué"),
        ("Mon dossier PETIT est perdu ?", "dossier PETIT"),
        ("Mon dossier Logement et le dossier Anah sont complets.", "dossier Logement et le dossier Anah"),
        # an initial after a word is no surname
        ("Tout est dans l'annexe. Article L.", "Article L"),
        ("L'accueil est au rez-de-chaussée. Bâtiment C", "Bâtiment C"),
        # an office's name in a mail header, a law's article before a name
        ("De : Caf du Rhône <ne-pas-repondre@caf.fr>\nObjet : votre dossier", "Caf du Rhône"),
        ("De : Mairie de Quimper <accueil@quimper.bzh>", "Mairie de Quimper"),
        # departments listed between commas are no phone
        ("Les départements 06, 13, 83, 84, 04 sont concernés par la mesure.", "06, 13, 83, 84, 04"),
        # lower-case words before an age that are no names
        ("la loi, 3 ans après, a changé", "la loi, 3 ans"),
        ("ma grande soeur, 15 ans, vit avec nous", "ma grande soeur, 15 ans"),
        # the dates of a table that names no birth
        ("Date;Montant\n03/02/2025;310 €\n03/03/2025;310 €", "03/02/2025"),
        # a label before whose relative it is
        ("En cas d'urgence (ma fille) appelez le 15.", "En cas d'urgence (ma fille)"),
        # kinship words before an age, a word before an emoji
        ("maman a 84 ans et papa a 86 ans", "maman a 84 ans et papa a 86 ans"),
        ("Je suis épuisée 😢 Thomas ne paie plus rien", "Je suis épuisée"),
        # someone of a rule, an English verb after "my mother"
        ("Can people born in 1961 retire at 62?", "1961"),
        ("My mother was ill last year.", "My mother was ill"),
        # services and brands in camel case
        ("Connectez-vous avec FranceConnect, PayPal ou LinkedIn.", "FranceConnect, PayPal ou LinkedIn"),
        # an ordinary word before a known name
        ("Mme Lacoste a appelé. Demain Lacoste rappellera.", "Demain"),
    ],
)
def test_look_alikes_are_left(text: str, kept: str) -> None:
    assert kept in output(text), output(text)


def test_a_signature_with_a_colon_is_still_a_name() -> None:
    assert "Adaeze" not in output("Merci d'avance.\nAdaeze : 06 52 41 87 30")
