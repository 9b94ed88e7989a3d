"""Fortieth pass (engineer-r64): an assault's victim who asks to be compensated is read first, with the fonds de
garantie's fiche (the CIVI) before the first steps; a victim who asks only how to file a complaint, or whose insurer
paid for a thing, is not. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.distress_victim_paid import VICTIM_PAID_NAME
from guichet.knowledge.query import understand
from guichet.knowledge.situations import distress


def _names(text: str) -> list[str]:
    return [hit.name for hit in distress(fold(text))]


@pytest.mark.parametrize(
    "message",
    [
        "Je me suis fait agresser à la sortie du bus en février, dix jours d'ITT et une dent cassée. Les deux "
        "hommes n'ont jamais été retrouvés. Qui peut m'indemniser pour les soins ?",
        "J'ai été tabassé devant chez moi, le gars a été condamné mais il n'a pas un sou. Est-ce que je peux être "
        "indemnisé autrement ?",
        "On m'a frappé dans le métro et j'ai perdu un mois de salaire. Comment saisir le fonds de garantie ?",
    ],
)
def test_a_victim_asking_compensation_is_read_first_with_the_fund(message):
    hits = distress(fold(message))
    assert hits[0].name == VICTIM_PAID_NAME
    assert hits[0].fiches[0] == "F2313"
    assert "agression" in [hit.name for hit in hits]  # the first steps stay, second


@pytest.mark.parametrize(
    "message",
    [
        # the assault without a word of compensation: the first steps alone
        "Je me suis fait agresser hier soir dans la rue, comment je porte plainte ?",
        # a thing paid back by an insurer, not the victim's damages
        "J'ai été agressée dans le bus et on m'a volé mon téléphone, l'assurance l'a remboursé. "
        "Je dois aller au commissariat quand même ?",
    ],
)
def test_no_compensation_asked_no_entry(message):
    names = _names(message)
    assert "agression" in names
    assert VICTIM_PAID_NAME not in names


def test_compensation_without_an_assault_is_not_read():
    # a damage compensated after a burst pipe: no assault, no entry
    assert VICTIM_PAID_NAME not in _names("Le dégât des eaux a tout abîmé, qui va m'indemniser ?")


def test_the_switch_gives_back_the_assault_alone(monkeypatch):
    message = "Je me suis fait agresser dans la rue, est-ce que quelqu'un peut m'indemniser ?"
    assert understand(message).distress[0].name == VICTIM_PAID_NAME
    monkeypatch.setattr(situations, "READ_VICTIM_PAID", False)
    assert [hit.name for hit in understand(message).distress] == ["agression"]
