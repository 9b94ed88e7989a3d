"""Nineteenth pass: an eviction asked about as a possibility in a calm question ("le nouveau propriétaire pourra-t-il
me mettre dehors ?") or denied by a landlord ("je ne veux pas le mettre dehors") is no eviction under way; an eviction
said as happening, and the winter truce's own question, still are. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.situations import distress

EVICTION = "expulsion du logement"


def _names(text: str) -> list[str]:
    return [hit.name for hit in distress(fold(text))]


@pytest.mark.parametrize(
    "message",
    [
        "Je loue un studio meublé. Si je repeins la cuisine en bleu, le propriétaire peut-il me mettre dehors ?",
        "Notre bailleur vend la maison : est-ce que l'acheteur pourra nous mettre à la porte avant la fin du bail ?",
        "Ma locataire paie toujours avec dix jours de retard ; je ne veux pas la mettre dehors, mais que faire ?",
        "Mon HLM est devenu trop grand depuis le départ des enfants, l'office a-t-il le droit de m'expulser ?",
    ],
)
def test_an_eviction_asked_as_a_possibility_is_none_under_way(message):
    assert EVICTION not in _names(message)


@pytest.mark.parametrize(
    "message",
    [
        "Le propriétaire va me mettre dehors à la fin du mois, j'ai trois loyers de retard. Peut-il le faire ?",
        "J'ai reçu un commandement de quitter les lieux pour le 30, où dormir avec mes enfants ? Le loyer est payé.",
        "L'huissier est revenu demain avec la police pour l'appartement, est-ce qu'ils peuvent me mettre dehors ?",
    ],
)
def test_an_eviction_under_way_is_still_read(message):
    assert EVICTION in _names(message)


def test_the_winter_truce_question_keeps_its_situation():
    assert "expulsion en hiver" in _names("Mon proprio peut-il m'expulser en plein hiver de mon appartement ?")


def test_the_switch_restores_the_previous_reading(monkeypatch):
    message = "Si j'héberge mon frère, le propriétaire pourrait-il me mettre dehors de l'appartement ?"
    assert EVICTION not in _names(message)
    monkeypatch.setattr(situations, "READ_EVICTION_ASKED", False)
    assert EVICTION in _names(message)
