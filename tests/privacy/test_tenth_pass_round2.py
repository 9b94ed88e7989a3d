"""Tenth pass of issue 13, round 2 (after the unseen measurement of batch p16 and drafting batch d11 at the freeze
d3a071e): the kinds that reached a prompt there, by kind. The examples are written for this file; none is in the
corpus."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a lower-case first name and surname that are both French words, after a relative
        ("ma femme rose blanche a perdu son emploi en mars", "rose blanche", "name"),
        ("mon fils pierre petit, 19 ans, cherche un apprentissage", "pierre petit", "name"),
        ("mon mari pierre meunier est au chômage", "pierre meunier", "name"),
        # ... after an introduction
        ("je suis marine roux et je voudrais une attestation", "marine roux", "name"),
        ("moi c'est claire noyer, la voisine de madame K.", "claire noyer", "name"),
        # ... after the opening greeting
        ("salut rose lapierre ici, je vous écris pour mon loyer", "rose lapierre", "name"),
        ("Bonjour, pierre boulanger. Mon dossier est bloqué.", "pierre boulanger", "name"),
        ("Bonjour,\nc'est blanche marchal, je n'ai pas reçu ma pension", "blanche marchal", "name"),
        ("ici marine boucher, je vous rappelle pour le dossier", "marine boucher", "name"),
        # ... just before a phone number
        ("pour me rappeler : blanche fontaine 07 61 28 93 40", "blanche fontaine", "name"),
        ("vous pouvez rappeler pierre blanc 06 22 48 15 90", "pierre blanc", "name"),
        ("mon portable : 07 45 12 88 30 rose martin", "rose martin", "name"),
        ("je suis pierre bonnet j'ai reçu un courrier", "pierre bonnet", "name"),
        # a name with "ould" or "ait" ("son of") in lower case, the word after it a French word too
        ("bonjour, ahmed ould cheikh, je voudrais renouveler ma carte", "ahmed ould cheikh", "name"),
        ("j'ai parlé avec yassine ait chérif hier", "yassine ait chérif", "name"),
        # the name a writer goes by on a messaging app
        ("Vous pouvez m'écrire sur whatsapp : Mariama", "Mariama", "first_name"),
        ("Telegram : Oumou. Merci", "Oumou", "first_name"),
        # a street without its number in brackets after the town
        ("Mon studio à Nantes (rue des Tanneurs) est insalubre.", "rue des Tanneurs", "address"),
        ("J'ai une place en foyer à Saint-Denis (allée des Cerisiers, bâtiment B).", "allée des Cerisiers", "address"),
        # a residential street named after a plural, without its number, anywhere
        ("Le bailleur de l'impasse des Mésanges ne répond plus.", "impasse des Mésanges", "address"),
        ("Les voisins de la résidence des Pins Verts font du bruit la nuit.", "résidence des Pins Verts", "address"),
    ],
)
def test_the_kinds_of_round_2_are_removed(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # two common words after a bare "c'est" or "je suis" that do not end the phrase
        ("c'est claire nette, je n'ai rien reçu", "claire nette"),
        ("je suis mère célibataire avec deux enfants", "mère célibataire"),
        ("ma fille rose bonbon dans sa chambre", "rose bonbon"),
        # a word pair before a number that is no phone
        ("le loyer reste 650 euros par mois", "650 euros"),
        ("appelez le 01 45 22 10 10 service client", "service client"),
        # a greeting before ordinary words
        ("Bonjour, c'est rose pâle sur la photo du formulaire ?", "rose pâle"),
        ("Bonjour petite question sur la prime d'activité", "petite question"),
        # a messaging app's label before a word or a number
        ("whatsapp : Oui, c'est plus simple", "Oui"),
        # a town and a bracket that holds no street, a public place's street
        ("J'habite à Lyon (centre-ville) avec mes enfants.", "(centre-ville)"),
        ("Le rendez-vous est place des Terreaux à la préfecture.", "place des Terreaux"),
    ],
)
def test_look_alikes_of_round_2_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
