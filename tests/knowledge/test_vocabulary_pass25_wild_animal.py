"""Twenty-fifth pass: a car that hit a wild animal is the fiche on that accident's insurance (`vocabulary`), whatever
office the message went to; the animals of a garden, a hunt or a form's name are not. Fresh sentences."""

from tests.knowledge.vocabulary_helpers import pointed_by_every as _pointed

WILD_ANIMAL = "F21616"


def test_a_collision_with_a_wild_animal_points_to_its_fiche():
    assert WILD_ANIMAL in _pointed("Une biche a traversé devant moi, le pare-chocs est arraché, qui paie ?")
    assert WILD_ANIMAL in _pointed("Accident cette nuit : j'ai tapé un cerf près de Rambouillet.")
    assert WILD_ANIMAL not in _pointed("Les sangliers ont ravagé mon potager cette semaine, à qui m'adresser ?")


def test_a_hunt_or_a_form_is_no_collision_beside_one():
    assert WILD_ANIMAL in _pointed("Sur la départementale un chevreuil a surgi, je n'ai rien pu faire.")
    assert WILD_ANIMAL not in _pointed("Quel permis faut-il pour chasser le gibier en forêt domaniale ?")
    assert WILD_ANIMAL not in _pointed("J'ai rempli le cerfa de la carte grise de ma voiture.")
