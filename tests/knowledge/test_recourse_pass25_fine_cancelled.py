"""Twenty-fifth pass: asking for a fine to be cancelled disputes it (`recourse.DISPUTE`): the route of the body that
gave it comes with the answer, the SNCF's médiateur after a train fine. Fresh sentences."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.recourse import recourse


def _routes(text: str) -> set[str]:
    return {hit.name for hit in recourse(fold(text))}


def test_a_train_fine_to_cancel_gets_the_sncf_route_and_a_bought_ticket_does_not():
    assert "SNCF" in _routes("Amende de 35 € dans le TGV pour un billet non valable : pouvez-vous annuler ce PV ?")
    assert "SNCF" in _routes("Le contrôleur du train m'a verbalisé, comment annuler la contravention ?")
    assert "SNCF" not in _routes("J'ai acheté un billet de train pour Nantes, puis-je l'annuler ?")
