"""Thirty-eighth pass (engineer-r58): the civil service's names nest in the writer's situation as in a fiche's title.
A tenured civil servant or a contract agent of a public employer is a public agent, and "titulaire depuis …" is a
post held, not a thing ("titulaire d'un permis"). Fresh sentences, none from a corpus."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import mismatch
from guichet.knowledge.situations import qualifiers_in_title


def _title(text: str) -> frozenset[str]:
    return qualifiers_in_title(fold(text))


def _writer(text: str) -> frozenset[str]:
    return understand(text).qualifiers


def test_a_trainee_about_to_be_tenured_is_a_public_agent():
    writer = _writer("Mon année de stage de rédacteur se termine et la présidente hésite à me titulariser. Et après ?")
    assert {"fonctionnaire titulaire", "agent public"} <= writer
    assert not mismatch(_title("Que se passe-t-il si le fonctionnaire stagiaire n'est pas titularisé ?"), writer)


def test_a_contract_agent_is_a_public_agent():
    writer = _writer("Je suis vacataire à la médiathèque municipale, est-ce que j'aurai droit à des congés ?")
    assert {"agent contractuel", "agent public"} <= writer
    assert not mismatch(_title("Qu'est-ce qu'un vacataire dans la fonction publique ?"), writer)


def test_tenured_since_years_is_a_post_and_a_licence_held_is_not():
    writer = _writer("Titulaire depuis onze ans au service des espaces verts, puis-je partir avec une indemnité ?")
    assert {"fonctionnaire titulaire", "agent public"} <= writer
    assert mismatch(_title("Rupture conventionnelle dans la fonction publique"), writer) is False
    holder = _writer("Je suis titulaire d'un permis B depuis 2015, puis-je conduire un camping-car de 4 tonnes ?")
    assert not holder & {"fonctionnaire titulaire", "agent public"}
    assert mismatch(_title("Rupture conventionnelle dans la fonction publique"), holder)
