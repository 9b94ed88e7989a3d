"""Eleventh pass, round 2 (issue 14): situations of the catalogue's long tail told in a story without the fiche's
name - a filed tax return to correct, a helper at home and its tax credit, care paid during a stay abroad, a seized
bank account and what must be left on it, the school canteen one cannot pay, a funeral to pay. Each situation points
to its fiche; look-alikes (a return not filed, a canteen among the costs of another story) do not. Examples written
fresh for these tests, none from a corpus."""

import pytest

from guichet.knowledge.query import understand
from tests.knowledge.vocabulary_helpers import pointed_by_find as _pointed


@pytest.mark.parametrize(
    ("text", "fiche"),
    [
        (
            "Bonjour, en relisant ma déclaration de revenus envoyée en juin je vois que je me suis trompé sur le "
            "montant des dons à une association. Je peux encore changer ça ?",
            "F33885",
        ),
        (
            "J'ai omis de reporter les frais de scolarité de mon fils dans ma déclaration, c'est rattrapable ?",
            "F33885",
        ),
        (
            "Mon grand-père de 84 ans paie une auxiliaire de vie trois matins par semaine. Il n'est pas imposable : "
            "est-ce que l'État lui rembourse une partie quand même ?",
            "F12",
        ),
        (
            "Nous avons un jardinier deux fois par mois, payé avec le Cesu. Ça donne droit à une réduction d'impôt ?",
            "F12",
        ),
        (
            "Mon fils s'est cassé le poignet pendant nos vacances en Crète, la clinique nous a fait payer 600 euros. "
            "La sécu peut-elle nous rembourser ?",
            "F213",
        ),
        (
            "En voyage au Canada j'ai dû voir un médecin pour une angine, comment me faire rembourser ?",
            "F213",
        ),
        (
            "Le commissaire de justice a fait saisir mon compte courant pour une vieille dette, il ne me reste "
            "plus rien pour payer l'électricité. La banque ne doit pas me laisser une somme ?",
            "F1437",
        ),
        (
            "Mes deux ados mangent à la cantine du lycée et c'est devenu trop cher pour nous depuis mon licenciement.",
            "F19294",
        ),
        (
            "Existe-t-il une aide pour la demi-pension ? Je suis seule avec trois enfants.",
            "F19294",
        ),
        (
            "Mon oncle est mort sans économies et les pompes funèbres m'envoient une facture de 3 900 euros, je dois "
            "vraiment payer alors que je ne suis que son neveu ?",
            "F17059",
        ),
    ],
)
def test_a_long_tail_situation_points_to_its_fiche(text: str, fiche: str) -> None:
    assert fiche in _pointed(text)
    assert fiche in {f for found in understand(text).vocabulary for f in found.term.fiches}


@pytest.mark.parametrize(
    ("text", "fiche"),
    [
        # a return never filed is the late return's matter, not a correction
        ("J'ai complètement oublié de faire ma déclaration de revenus cette année, que va-t-il se passer ?", "F33885"),
        # a Caf statement, not a tax return
        ("Je me suis trompée dans ma déclaration trimestrielle de RSA, j'ai mis le mauvais salaire.", "F33885"),
        # a childminder at her own home is the childcare deduction's
        ("Ma nounou agréée garde mon fils chez elle, combien je peux déduire de mes impôts ?", "F12"),
        # the canteen among the costs of another story (an unpaid maintenance)
        (
            "Le père ne verse plus la pension depuis mars, et c'est moi qui paie la cantine, le judo et les habits. "
            "Que puis-je faire pour récupérer l'argent ?",
            "F19294",
        ),
        # care in France, no stay abroad
        ("Mon dentiste a fait un devis de 1 200 euros, combien va me rembourser la sécu ?", "F213"),
        # a seizure of a salary, not of an account
        ("Mon patron m'a dit qu'une saisie sur mon salaire allait commencer le mois prochain.", "F1437"),
    ],
)
def test_a_look_alike_does_not_point_there(text: str, fiche: str) -> None:
    assert fiche not in _pointed(text)
