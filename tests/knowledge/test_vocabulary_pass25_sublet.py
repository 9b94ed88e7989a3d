"""Twenty-fifth pass: a tenant who lets their rented home to another (sous-louer, Airbnb while away) is the sublet's
fiche (`vocabulary`); an owner letting a room, or a commercial local's sublet, is not. Fresh sentences."""

from tests.knowledge.vocabulary_helpers import pointed_by_every as _pointed

SUBLET = "F2449"


def test_a_tenant_subletting_points_to_the_sublet_and_an_owner_does_not():
    assert SUBLET in _pointed("Ma coloc veut sous-louer sa chambre pendant son Erasmus, est-ce permis ?")
    assert SUBLET in _pointed("Locataire d'un T2, puis-je le proposer sur Airbnb pendant mes vacances ?")
    assert SUBLET not in _pointed("Propriétaire de ma maison, je loue une chambre sur Airbnb : que déclarer ?")
    assert SUBLET not in _pointed("Le bail commercial m'autorise-t-il la sous-location de mon local commercial ?")
