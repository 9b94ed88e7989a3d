"""Twenty-fifth pass, second shift: what parents of young children ask in their own words (`vocabulary`): a child not
brought back by the other parent, a minor's authorisation to leave the country, a child's health cover as a
dependant, a birth's effect on the household's income tax; each with its near neighbours that are not it. Fresh
sentences, none from a corpus."""

from guichet.knowledge.vocabulary import find_every
from tests.knowledge.vocabulary_helpers import pointed_by_every as _pointed

NOT_BROUGHT_BACK = "F1191"
AST = "F1359"
DEPENDANT = "F16620"
CHILD_TAX = "F2633"


def test_a_child_not_brought_back_by_the_other_parent():
    assert NOT_BROUGHT_BACK in _pointed("Son père ne me rend toujours pas ma fille depuis les vacances de Noël.")
    assert NOT_BROUGHT_BACK in _pointed("Elle devait me ramener les enfants samedi midi, aucune nouvelle depuis.")
    assert NOT_BROUGHT_BACK in _pointed("Mon ex refuse de me rendre mon fils après son week-end de garde.")
    assert NOT_BROUGHT_BACK in _pointed(
        "Il m'a dit qu'il partirait vivre avec la petite chez sa mère, alors que le jugement fixe sa résidence ici."
    )
    assert NOT_BROUGHT_BACK not in _pointed("Le car scolaire ne ramène plus mon fils le mercredi, que faire ?")
    assert NOT_BROUGHT_BACK not in _pointed("Nous partons en vacances avec les enfants en Bretagne cet été.")


def test_a_minor_travelling_without_its_parents_needs_the_ast():
    assert AST in _pointed("Le collège réclame l'autorisation de sortie de territoire pour le voyage à Londres.")
    assert AST in _pointed("Mon fils de 14 ans part en Italie avec son équipe de basket, sans nous, que remplir ?")
    assert AST in _pointed("Faut-il une AST pour ma fille ?")
    assert AST not in _pointed("Le juge a prononcé une interdiction de sortie du territoire pour mon fils.")
    assert AST not in _pointed("Nous partons tous ensemble au Portugal en août avec nos deux enfants.")
    assert AST not in _pointed("J'AI FAIT LA DEMANDE EN MAI ET RIEN DEPUIS, C'EST UNE HONTE")


def test_a_child_covered_through_a_parent():
    assert DEPENDANT in _pointed("Comment rattacher mon bébé à ma carte Vitale ? La pharmacie ne le trouve pas.")
    assert DEPENDANT in _pointed("Notre fils n'est inscrit comme ayant droit nulle part à la CPAM depuis mai.")
    assert DEPENDANT not in _pointed("Puis-je rattacher mon fils de 20 ans à mon foyer fiscal cette année ?")
    assert DEPENDANT not in _pointed("Mon mari ne travaille pas, peut-il être mon ayant droit à la sécu ?")


def test_a_birth_and_the_household_income_tax():
    assert CHILD_TAX in _pointed("Notre fille est née en novembre : combien de parts fiscales pour cette année ?")
    assert CHILD_TAX in _pointed("Naissance de notre deuxième en mars, ça change quoi pour l'impôt sur le revenu ?")
    assert CHILD_TAX not in _pointed("La prime à la naissance est-elle à mettre sur la déclaration de revenus ?")
    assert CHILD_TAX not in _pointed("Mon fils est né à Lyon, comment avoir son acte de naissance ?")
    assert CHILD_TAX not in _pointed("Impôts payés ici depuis 10 ans, mes enfants sont nés à Lille : naturalisation ?")


BIRTH_GRANT = "F2550"
STILLBORN = ("F19224", "F32519")


def test_a_pregnant_woman_asking_what_she_is_entitled_to_points_to_the_birth_grant():
    assert BIRTH_GRANT in _pointed(
        "Je suis enceinte de 4 mois et mon bail se termine en juin. Est-ce que j'ai droit à quelque chose ?"
    )
    assert BIRTH_GRANT in _pointed("Le bébé qui arrive en mars, quelles aides pour nous deux ?")
    assert BIRTH_GRANT not in _pointed("Je suis enceinte : mon employeur peut-il refuser mes congés d'été ?")


def test_a_baby_stillborn_points_to_its_two_fiches():
    assert set(STILLBORN) <= _pointed("Notre fils est né sans vie le 2 mai, peut-on lui donner un nom ?")
    assert set(STILLBORN) <= _pointed("Nous avons perdu notre bébé à 22 semaines, que faire pour la Caf ?")
    assert not set(STILLBORN) & _pointed("Notre bébé a perdu 200 grammes depuis la sortie de la maternité.")


def test_passport_in_english_reads_as_the_french_word():
    assert any("passeport" in found.term.expansion for found in find_every("passport pour mon bebe svp"))


def test_the_birth_grant_said_by_what_it_does_or_misspelt():
    assert BIRTH_GRANT in _pointed("Ma sœur dit que la Caf verse de l'argent avant la naissance pour le lit du bébé.")
    assert BIRTH_GRANT in _pointed("c quand qu'on touche la prime de naissence svp")
    assert BIRTH_GRANT not in _pointed("La Caf me verse une somme chaque mois pour le loyer, est-ce normal ?")
