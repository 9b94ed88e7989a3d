"""Thirty-third pass (engineer-r46): families and childcare told in the parents' words (`vocabulary.FAMILY_TERMS`).
Sentences written fresh for these tests, none from a corpus."""

import pytest

from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        ("Garde\nOn attend une place en multi-accueil depuis un an, comment sont choisies les familles ?", "F607"),
        ("Rentrée\nPourquoi je n'ai pas touché la prime de la rentrée pour ma fille de 15 ans ?", "F1878"),
        ("Pension\nLe père de mes jumeaux ne verse plus la pension depuis l'été, que dois-je faire ?", "F1249"),
        ("Retenue\nPeut-on faire prendre la pension directement sur son salaire par son employeur ?", "F998"),
        ("Fin ?\nMa fille est majeure, dois-je encore verser la pension alimentaire à sa mère ?", "F10435"),
        ("Sortie\nLe lycée réclame la signature du père pour un voyage, un seul parent ne suffit pas ?", "F3132"),
        ("Déménager\nMon ex-mari veut déménager à Lyon avec notre fils sans me demander mon avis.", "F3133"),
        ("Ma nièce\nMa sœur m'a confié sa fille pendant sa mission, je ne peux rien signer au lycée.", "F3134"),
        ("Inondation\nLa cave a été inondée, le livret de famille est détruit, comment le refaire ?", "F11994"),
        ("CAF\nLe titulaire du dossier est mon mari, je voudrais que ce soit moi.", "F14722"),
        ("Nounou\nJe veux arrêter le contrat de notre assistante maternelle, quel préavis ?", "F16842"),
        ("Bébé\nJe voudrais reconnaître l'enfant de ma compagne même s'il n'est pas de moi.", "F10428"),
        ("Garde\nJe pense arrêter de travailler pour garder mon bébé, la CAF aide-t-elle ?", "F32485"),
    ],
)
def test_a_family_situation_told_in_other_words_points_to_its_fiche(message: str, fiche: str) -> None:
    assert fiche in _pointed(message)


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        # a pension that is a retirement pension, not a child's maintenance
        ("Retraite\nMon fils a 19 ans et ma pension de retraite baisse, est-ce normal ?", "F10435"),
        # a biological father who recognised the child: adoption by the stepfather, not recognition
        ("Adoption\nSon père biologique l'a reconnu à la naissance, mon mari peut-il l'adopter ?", "F10428"),
        # a rent deposit in one's name, not the CAF file's holder
        ("Bail\nLe bail est au nom du dossier de mon ancien colocataire, que faire ?", "F14722"),
        # a salary seized for a tax debt is not the maintenance paid directly by the employer
        ("Saisie\nLes impôts ont fait une saisie, la somme est prise directement sur son salaire.", "F998"),
        # the childminder who resigns: her side, not the parents ending her contract
        ("Démission\nJe suis assistante maternelle, je veux arrêter le contrat, quel préavis ?", "F16842"),
        # stopping work for a sick child: the AJPP, not the PreParE
        ("Leucémie\nJe vais arrêter de travailler pour m'occuper de mon fils malade, quelle aide ?", "F32485"),
        # a micro-crèche's cost: the CMG, not a place in a public crèche
        ("Tarif\nLa micro-crèche coûte 900 € par mois, est-ce que la CAF rembourse une partie ?", "F607"),
    ],
)
def test_a_near_miss_does_not_point_to_the_family_fiche(message: str, fiche: str) -> None:
    assert fiche not in _pointed(message)
