"""Twenty-fifth pass: social housing points to the fiche on asking for one only when the writer asks for one; a
tenant who already lives in an HLM asks about their lease, rent or home (`vocabulary`). Fresh sentences."""

from tests.knowledge.vocabulary_helpers import pointed_by_every as _pointed

ASKING = "F10007"


def test_asking_for_social_housing_points_to_the_request():
    assert ASKING in _pointed("Comment obtenir un logement social à Villeurbanne avec trois enfants ?")
    assert ASKING in _pointed("Nous cherchons un HLM plus grand, on est cinq dans un T2.")
    assert ASKING not in _pointed("Je voudrais repeindre mon HLM, dois-je prévenir le bailleur ?")


def test_a_tenant_of_social_housing_is_not_asking_for_one():
    assert ASKING in _pointed("J'ai déposé une demande de logement social en mars.")
    assert ASKING not in _pointed("L'office HLM m'envoie un supplément de loyer, est-ce légal ?")
    assert ASKING not in _pointed("Nous habitons un logement HLM depuis 9 ans et le chauffage est en panne.")


DALO = "F18005"


def test_a_request_waiting_for_years_points_to_the_dalo():
    assert DALO in _pointed("Ma demande de logement social est en attente depuis 2019, aucune proposition.")
    assert DALO in _pointed("Dossier HLM déposé depuis cinq ans, je le renouvelle chaque année.")
    assert DALO not in _pointed("Nous habitons un HLM depuis 12 ans, peut-on acheter notre appartement ?")
    assert DALO not in _pointed("J'ai fait une demande de logement social le mois dernier, quel délai ?")
