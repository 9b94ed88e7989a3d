"""Eleventh pass of issue 13, round 2: the kinds that batch p18 left visible, by kind, and the partial leaks the
benchmark now counts. The examples are written for this file; none is in the corpus."""

import pytest

from guichet.privacy.evaluation import partial_piece, survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a named street without its number, anywhere in the sentence
        ("Ma fourrière : la voiture a été enlevée avenue Foch mardi soir.", "avenue Foch", "address"),
        ("On loge chez ma belle-sœur, chemin de Pierrefeu, depuis l'incendie.", "chemin de Pierrefeu", "address"),
        ("Le bruit vient du bar de l'impasse du Lavoir, toutes les nuits.", "impasse du Lavoir", "address"),
        ("J'ai eu une amende boulevard Vauban alors que j'avais payé.", "boulevard Vauban", "address"),
        # a lieu-dit or a hamlet named alone after where the writer lives, or above its postcode and town
        ("Nous habitons Les Prés Hauts, la mairie est à 6 km.", "Les Prés Hauts", "address"),
        ("Le facteur ne passe plus chez nous à La Fontaine-Vieille depuis mai.", "La Fontaine-Vieille", "address"),
        ("Mme Gisèle Perrin\nLe Bois Joli\n23200 Aubusson", "Le Bois Joli", "address"),
        # a cité or a résidence with its building named by a word, then its number
        # (the old code masked the cité, took the building's name for a person's and left its number)
        ("Je vis Cité des Oiseaux, bât. Mésange, n° 21 avec mes trois enfants.", "n° 21", "address"),
        ("Mon adresse est résidence du Parc, bâtiment Tilleul, appartement 8.", "bâtiment Tilleul", "address"),
        # a first name and a surname that are both ordinary words, signed above the writer's own e-mail address
        (
            "Je vous écris pour ma fille, répondez par courrier.\nPerle Chevalier\nperle.chevalier57@orange.fr",
            "Perle Chevalier",
            "name",
        ),
        # a nickname and a surname introducing the writer on the line after the greeting
        (
            "Bonjour,\nNico Payet, Nicolas sur les papiers. Je touche le RSA depuis 2021 et je voudrais savoir si "
            "une formation payée change le montant. Mon conseiller ne répond plus.\nJ'attends votre réponse.\nMerci",
            "Nico Payet",
            "name",
        ),
    ],
)
def test_the_kinds_of_p18_are_removed(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # homeless, a street in another sense, a street word before a lower-case word
        ("Je suis à la rue depuis le mois de mars avec mon fils.", "à la rue"),
        ("Au cours du Pacs, les partenaires peuvent changer de régime.", "cours du Pacs"),
        ("Je cherche une place en crèche pour septembre.", "place en crèche"),
        ("Le code de la route a changé pour les trottinettes.", "code de la route"),
        # a town after where someone lives is no lieu-dit: its word is no French word
        ("Nous habitons à La Ciotat depuis 2015.", "La Ciotat"),
        # the line after a greeting that is a sentence, not a name
        ("Bonjour,\nJe voudrais savoir où en est mon dossier.\nMerci", "Je voudrais savoir"),
    ],
)
def test_look_alikes_are_kept(text: str, kept: str) -> None:
    assert kept in output(text), output(text)


@pytest.mark.parametrize(
    ("value", "category", "source", "result", "piece"),
    [
        # three digits or more of a number left beside its placeholder
        ("0928714", "caf_number", "Mon numéro  merci", "Mon numéro 0928[NUMERO_ALLOCATAIRE_1] merci", "0928"),
        # a word of a name left in another case
        ("Seb Hoarau", "name", "Bonjour,\n. Je suis", "Bonjour,\n[PERSONNE_1]. Je suis HOARAU", "hoarau"),
        # the same word elsewhere in the message is no piece of the name
        ("Ange Petit", "child_name", "un petit logement", "[PERSONNE_1] un petit logement", ""),
        # a year the writer also wrote is no piece of the number
        ("974-2018-11630", "file_number", "depuis 2018 ()", "depuis 2018 ([REFERENCE_1])", ""),
        # two digits are no distinctive piece
        ("06 39 71 02 58", "phone", "tél ", "tél 06 [TELEPHONE_1]", ""),
    ],
)
def test_partial_pieces(value: str, category: str, source: str, result: str, piece: str) -> None:
    assert partial_piece(value, category, source, result) == piece
