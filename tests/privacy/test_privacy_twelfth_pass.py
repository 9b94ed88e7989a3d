"""Twelfth pass of issue 13: slots that hold a person whatever the word (a table's name column, a mail header's
sender, a third party's role, a nickname someone was called, initials signing the message, a name before "née
le"), and days said from today ("le 3 du mois dernier"). The examples are written for this file; none is in the
corpus."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a table whose header says the column holds first names: every cell of it, even a common word
        (
            "Nom | Prénom | Date de naissance\nLAURENT | Céline | 02/02/1981\nLAURENT | Blanche | 14/09/2012",
            "Blanche",
            "child_name",
        ),
        # a table without a header, two of whose cells in the column are names already found
        (
            "Ménage déclaré :\nTOURE\tAminata\t1985\nTOURE\tSeydou\t1983\nTOURE\tPierre\t2016",
            "Pierre",
            "child_name",
        ),
        # a mail header's sender made of two ordinary words
        (
            "Voici le mail :\nDe : Rose Petit <r.petit.immo@wanadoo.fr>\nObjet : quittance\n\nBonne journée.",
            "Rose Petit",
            "name",
        ),
        # a third party named by their role
        ("La propriétaire, Blanche, ne veut pas rendre le dépôt de garantie.", "Blanche", "first_name"),
        ("Mon ancien patron Marin ne m'a jamais payé les heures.", "Marin", "first_name"),
        ("Ma conseillère Rose m'a dit d'attendre la fin du mois.", "Rose", "first_name"),
        ("Hier le dr Lenoir m'a prescrit un arrêt de dix jours.", "Lenoir", "surname"),
        # a nickname someone was called
        ("Mon grand-père, que tout le monde appelait « Dédé », est mort l'an passé.", "Dédé", "first_name"),
        ("Mon cousin, surnommé Bouboule, vit chez nous depuis l'été.", "Bouboule", "first_name"),
        # initials alone signing the message
        ("Pouvez-vous me rappeler avant vendredi ?\nMerci d'avance\nC. D.", "C. D.", "name"),
        # a first name that is a word, before when the child was born
        ("Je vous écris pour ma fille Perle (née le 4 avril) qui entre en petite section.", "Perle", "child_name"),
        # a day said from today, in a case's sentence
        ("Ma fille a été opérée le 12 du mois dernier, je dois rester avec elle.", "12 du mois dernier", "date"),
        ("Mon contrat se termine le vingt du mois prochain.", "vingt du mois prochain", "date"),
        ("je suis né le 7 du 4 1963 à Oran", "7 du 4 1963", "date_of_birth"),
        # a form's label of whoever's name, the value two ordinary words
        ("Nom du conjoint : Blanc Olivier\nProfession : maçon", "Blanc Olivier", "name"),
        # the initials of a name found elsewhere in the message
        ("Je suis Anne-Laure Perrin.\nRépondez à A.-L. P. par courrier svp.", "A.-L. P.", "name"),
        # an age in words after a first name
        ("Ma petite Lou a trois ans et ne parle pas encore.", "Lou", "child_name"),
        # a house's number alone where the writer lives
        ("Le chantier est en face de chez moi : j'habite au 14 bis.", "14 bis", "address"),
        # someone the writer hardly knows, named
        ("Le soir, un certain Nono vient taper à ma porte.", "Nono", "first_name"),
        # two first names joined by "et" inside a sentence, one of them also a thing
        ("Je garde à la maison Ambre et Hugo tous les mercredis.", "Ambre", "child_name"),
    ],
)
def test_the_slots_of_a_person_are_removed(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a rule's day of the month: "suivant", "précédent", "courant"
        ("Le versement a lieu le 5 du mois suivant la demande.", "5 du mois suivant"),
        # a definition, not a nickname
        ("On appelle « Pacs » le pacte civil de solidarité.", "Pacs"),
        # an office after the adviser's role
        ("Mon conseiller France Travail m'a convoqué lundi.", "France Travail"),
        # a postscript is no signature
        ("Merci de votre aide.\nP.S.\nJe joins la facture.", "P.S."),
        # a table of amounts: no column of names
        ("Mois | Montant\nJanvier | 320 €\nFévrier | 310 €", "Janvier"),
        # "un certain" before a common word
        ("J'attends une réponse depuis un certain temps.", "certain temps"),
        # a form's label of a body, not a person
        ("Nom de la commune : Saint-Malo", "Saint-Malo"),
        # two places joined by "et"
        ("Les vols entre Paris-Orly et Paris intra-muros sont rares.", "Paris intra-muros"),
    ],
)
def test_look_alikes_are_kept(text: str, kept: str) -> None:
    assert kept in output(text)
