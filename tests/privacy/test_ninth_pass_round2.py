"""Ninth pass of issue 13, round 2 (after the unseen measurement of batch p14 at the freeze 65d3fb8): the kinds
that reached a prompt there and in the test split's misses, by kind. The examples are written for this file; none
is in the corpus."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a full name with a nickname in quotes inside it
        ("Merci de rappeler Jean-Marc « Jeannot » Lefebvre au 01 40 00 00 00.", "Lefebvre", "name"),
        ('Cordialement,\nMohamed "Momo" Benali', "Benali", "name"),
        ("Signé : Marie-Thérèse “Maïté” DURAND", "DURAND", "name"),
        # first names listed in a message typed in capitals
        ("BONJOUR JE DORS CHEZ MOUSSA ET OUSMANE DEPUIS MAI. MERCI", "OUSMANE", "first_name"),
        ("BONJOUR MES ENFANTS KEVIN, INES ET YANIS SONT A CHARGE. COMMENT FAIRE ?", "YANIS", "first_name"),
        # a first name of two letters after "je suis"
        ("bonjour je suis lu", "lu", "first_name"),
        ("je suis jo et je voudrais savoir pour la prime", "jo", "first_name"),
        # a file number alone after "c'est encore moi pour le …"
        ("c'est encore moi pour le 5520918, toujours rien reçu", "5520918", "caf_number"),
        ("Bonjour, c'est de nouveau moi concernant le 20417733.", "20417733", "reference"),
        # seven digits alone in a message about family benefits
        ("Bonjour, mon apl n'est pas arrivée ce mois-ci. 6612094. Merci", "6612094", "caf_number"),
        ("RSA : 3071852 est bien mon numéro ?", "3071852", "caf_number"),
        # directions to a home on a family plot, a street without its number then directions
        (
            "Le facteur ne trouve pas le terrain familial, chemin des Saules, derrière le gymnase.",
            "chemin des Saules, derrière le gymnase",
            "address",
        ),
        ("notre caravane est route de Lavaur juste après la station", "route de Lavaur", "address"),
        (
            "Le courrier va chez nous, impasse du Vieux Puits, en face de la boulangerie.",
            "impasse du Vieux Puits",
            "address",
        ),
        # a place and its postcode without a town
        ("Je travaille à la scierie (Les Granges, 19250) depuis mars.", "Les Granges, 19250", "address"),
        ("Nouvelle adresse : La Croix Blanche, 71460.", "La Croix Blanche, 71460", "address"),
    ],
)
def test_the_kinds_of_round_2_are_removed(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # quotes around a programme's name are no nickname
        ('Le "Pass Culture" est ouvert aux jeunes de 18 ans.', "Pass Culture"),
        # capitals: months, benefits and words are not first names
        ("BONJOUR JE SUIS AU RSA DEPUIS JUIN ET MARS ET AVRIL RIEN RECU. MERCI", "JUIN ET MARS ET AVRIL"),
        # "je suis" before a function word
        ("Je suis là, je suis en retard, je suis de Lyon.", "je suis en retard"),
        # an amount, a decree's number, a date beside the Caf
        ("La CAF verse 1250000 euros en 2024 (décret 2019-1234567).", "1250000 euros"),
        ("La CAF verse 1250000 euros en 2024 (décret 2019-1234567).", "2019-1234567"),
        # a number after "c'est encore moi pour le" that is an amount
        ("c'est encore moi pour le 150000 euros de dette", "150000 euros"),
        # directions without a street
        ("Le bureau est derrière la mairie, en face de la poste.", "derrière la mairie"),
        ("Stationnez sur la voie publique, devant chez vous.", "devant chez vous"),
        # a postcode in a rule's sentence, a department's number
        ("Les habitants du Nord, 59 et 62, sont concernés.", "Nord, 59 et 62"),
    ],
)
def test_look_alikes_of_round_2_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
