"""Twenty-second pass: the social contributions a pension statement or a wage slip lists by their acronyms point to
their fiches ("Casa" is analysed as "cas", a word of every fiche). Fresh sentences, none from a corpus."""

from guichet.knowledge.vocabulary import find


def _points(text: str) -> set[str]:
    return {fiche for found in find(text) for fiche in found.term.fiches}


def test_the_casa_on_a_pension_points_to_its_fiche():
    assert "F31408" in _points("Sur mon avis de paiement de retraite il y a 4 euros de Casa, je dois vraiment payer ?")
    assert "F31408" in _points("La contribution additionnelle de solidarité est-elle retenue sur une petite pension ?")


def test_the_csg_and_crds_point_to_their_fiche():
    assert "F2971" in _points("Pourquoi la CSG a-t-elle augmenté sur mes indemnités chômage ce mois-ci ?")
    assert "F2971" in _points("Quel est le taux de la CRDS prélevée sur mon salaire d'apprenti ?")


def test_a_case_is_no_contribution():
    assert "F31408" not in _points("Dans mon cas, la caisse de retraite peut-elle refuser le dossier ?")
    assert "F2971" not in _points("La caisse de retraite complémentaire me demande un relevé de carrière")
