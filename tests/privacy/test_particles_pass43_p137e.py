"""Forty-third pass, privacy (issue 13, engineer-p137e): surnames that still reached prompts — after the elided
particle "d'" (`analyzer.ELIDED_PARTICLE`) and after "family", "famille", "Familie" (`family_surnames.FAMILY_WORD`).

Fresh sentences written after the code, none from the corpora; near misses (a foster family, a message typed in
capitals, a word after "d'" that is no name) stay.
"""

import pytest

from guichet.privacy import analyzer, family_surnames
from guichet.privacy.pseudonymise import pseudonymise_message


def _body(text: str) -> str:
    _title, body = pseudonymise_message(title="", body=text)
    return body.text


ELIDED = [
    ("Prononce l'adoption de Margaux par Thibault Henri d'ESPINASSY, son beau-père.", "ESPINASSY"),
    ("L'enfant s'appellera désormais Romane LACOUR d'ESPINASSY.", "ESPINASSY"),
    ("Mon avocate, Maître Bérénice d'Aurignac, a fait appel.", "Aurignac"),
]
FAMILIES = [
    ("I am staying with family Oberholzer-Kunz in Colmar until June.", "Oberholzer-Kunz"),
    ("Ich wohne bei Familie Schneemann seit März.", "Schneemann"),
    ("Je suis hébergé chez la famille Bréhault-Lucas depuis l'expulsion.", "Bréhault-Lucas"),
]


@pytest.mark.parametrize(("text", "name"), ELIDED + FAMILIES)
def test_the_surname_is_masked(text: str, name: str) -> None:
    assert name not in _body(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mon fils vit en famille d'accueil depuis deux ans.",
        "BONJOUR LIVRET DE FAMILLE PERDU COMMENT FAIRE",
        "J'ai vu Paul d'abord, puis le juge.",
        "Le tribunal d'Évry a jugé l'affaire en mars.",
    ],
)
def test_near_misses_keep_their_words(text: str) -> None:
    kept = {"accueil", "PERDU", "abord", "Évry"}
    assert any(word in _body(text) for word in kept if word in text)


def test_each_switch_off_leaves_the_surname(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyzer, "ELIDED_PARTICLE", False)
    assert "ESPINASSY" in _body(ELIDED[0][0])
    monkeypatch.setattr(family_surnames, "FAMILY_WORD", False)
    assert "Oberholzer-Kunz" in _body(FAMILIES[0][0])
