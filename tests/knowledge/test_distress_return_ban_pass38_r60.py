"""Thirty-eighth pass (engineer-r60): a ban on returning to France told beside the order to leave is read first, with
its own fiche (IRTF) before the OQTF's; a ban of a place is not one. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.distress_return_ban import RETURN_BAN_NAME
from guichet.knowledge.query import understand
from guichet.knowledge.situations import distress


def _hits(text: str) -> list:
    return distress(fold(text))


@pytest.mark.parametrize(
    "message",
    [
        "La préfecture m'a donné une OQTF et en plus je suis interdite de revenir en France pendant trois ans. "
        "Mon mari est français, comment je fais ?",
        "Avec l'obligation de quitter le territoire il y a une interdiction de retour d'un an, je peux la contester ?",
        "J'ai eu une IRTF l'an dernier, je suis rentré au Maroc, est-ce que je peux revenir voir mes enfants ?",
    ],
)
def test_a_ban_on_returning_is_read_first_with_its_fiche(message):
    hits = _hits(message)
    assert hits[0].name == RETURN_BAN_NAME
    assert hits[0].fiches[0] == "F2782"


@pytest.mark.parametrize(
    "message",
    [
        "Le vigile m'a dit que j'étais interdit de revenir dans le magasin, il a le droit ?",
        # an order to leave with no ban: the OQTF's entry alone
        "J'ai reçu une obligation de quitter le territoire français, combien de temps j'ai pour faire un recours ?",
    ],
)
def test_no_ban_no_entry(message):
    assert RETURN_BAN_NAME not in [hit.name for hit in _hits(message)]


def test_the_switch_gives_back_the_order_to_leave_alone(monkeypatch):
    message = "Mon OQTF est accompagnée d'une interdiction de retour de deux ans, que faire ?"
    assert understand(message).distress[0].name == RETURN_BAN_NAME
    monkeypatch.setattr(situations, "READ_RETURN_BAN", False)
    assert [hit.name for hit in understand(message).distress] == ["éloignement du territoire"]
