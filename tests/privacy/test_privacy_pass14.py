"""Fourteenth pass: slots only a person fills (the object of a verb said of people, an age, a birth or a school
said of a word, a verb of daily life, a role in apposition), children listed with their ages, a relative's name in
a message typed in capitals, the other names a nickname slot gives, a lower-case first name after whose relative
the writer is or closing the message; and the look-alikes kept.
Fresh sentences for this file, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the object of a verb said of people, even a first name that is a French word
        ("Hier soir j'ai rappelé Aurore deux fois, sans réponse.", "Aurore"),
        ("Nous avons prévenu Fleur que le dossier était incomplet.", "Fleur"),
        ("Le mois dernier j'ai parlé à Blanche de l'accueil, elle m'a dit d'écrire.", "Blanche"),
        # a role in apposition
        ("Pour le dossier j'ai vu Prudence, ma référente, qui le suit depuis mai.", "Prudence"),
        ("Les papiers sont chez Colombe, la voisine du troisième.", "Colombe"),
        # an age, a birth, a school said of the word
        ("Depuis la rentrée, Céleste a eu 6 ans et ne va plus à la garderie.", "Céleste"),
        ("Notre petit dernier, arrivé en mars : Constant est né à la maison.", "Constant"),
        # a verb of daily life after a first name
        ("Les deux grands sont partis : Thierry habite à Nantes et Josiane vit chez sa fille.", "Thierry"),
        # children listed with their ages, public first names and fillers too
        ("Ils sont trois à charge : Karim 15 ans, Maria 12 ans et Victor 6 ans.", "Maria"),
        ("Ils sont trois à charge : Karim 15 ans, Maria 12 ans et Victor 6 ans.", "Victor"),
        # a relative's first name in a message typed in capitals
        (
            "JE VOUS ECRIS POUR RIEN, MON AUTRE FILLE PATIENCE NE REPOND JAMAIS AU TELEPHONE ET JE SUIS SEULE ICI.",
            "PATIENCE",
        ),
        # the other names of a nickname slot
        ("Au club tout le monde m'appelle Jojo ou Joss, c'est plus court.", "Joss"),
        # a lower-case first name after whose relative the writer is, even one the lexicon holds as a headword
        ("bonsoir c le papa de julie, elle a perdu sa carte vitale", "julie"),
        ("jsuis la tante de lina et je la garde le mercredi", "lina"),
        # a lower-case first name closing the message after a comma
        ("merci de me rappeler au plus vite, cordialement, maryline", "maryline"),
    ],
)
def test_person_slot_is_masked(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mon fils, Paris lui plaît mais le loyer est trop cher.", "Paris"),
        ("Ma mère, Lyon ne lui convient plus depuis son veuvage.", "Lyon"),
        ("J'ai appelé France Travail puis Orange pour la box.", "France Travail"),
        ("Il souffre d'une maladie de Crohn, mon médecin du travail le sait.", "Crohn"),
        ("Depuis des années la France vit une crise du logement.", "France"),
        ("Pendant 4 ans, rien n'a changé.", "Pendant 4 ans"),
        ("c'est la mère de famille qui remplit le dossier", "famille"),
        ("le père de rose a signé le bail", "rose"),
    ],
)
def test_look_alike_is_kept(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
