"""Eighteenth pass: eight needs said by their effect add the fiches' words (never a pointer); the name said plainly
("bilan de compétences") is left to the vocabulary and the fiches. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import register
from guichet.knowledge.query import understand


def _added(message: str) -> str:
    return " ".join(expansion for _, expansion in understand(message).register)


@pytest.mark.parametrize(
    ("message", "words"),
    [
        (
            "Je suis cariste depuis 12 ans et j'aimerais faire le point sur mes compétences avant de changer de "
            "métier, qui paie ça ?",
            "bilan de compétences",
        ),
        (
            "La bailleresse a fait le tour toute seule une semaine après mon départ et retient 400 euros.",
            "état des lieux de sortie",
        ),
        ("Mon agence refuse de noter mes remarques pendant la visite de sortie, est-ce normal ?", "état des lieux"),
        (
            "La préfecture veut que mon diplôme tunisien ait un tampon qui prouve qu'il est authentique, où aller ?",
            "légalisation",
        ),
        (
            "Faut-il passer chez le notaire avant notre mariage en octobre pour protéger mon atelier ?",
            "contrat de mariage",
        ),
        ("Le vendeur propose une formule où on peut la racheter au bout de quatre ans, c'est un crédit ?", "leasing"),
        (
            "Je suis en invalidité, l'assurance du prêt immobilier doit-elle payer nos mensualités ?",
            "assurance emprunteur",
        ),
        ("Mon fils a tout donné à un gourou et ne nous parle plus, que peut-on faire ?", "dérive sectaire"),
        ("Le garage est construit, dois-je prévenir la mairie que les travaux sont terminés ?", "Daact"),
    ],
)
def test_a_need_said_by_its_effect_adds_the_fiches_words(message, words):
    assert words in _added(message)


@pytest.mark.parametrize(
    "message",
    [
        # the name itself: the fiches' words are already in the message
        "Mon employeur peut-il refuser mon bilan de compétences ?",
        # a deposit kept after the keys were returned, with no inspection told: the deposit's fiche decides
        "J'ai rendu les clés en juin et la propriétaire n'a toujours pas rendu ma caution.",
        # a loan without its insurance
        "Puis-je rembourser mon prêt immobilier plus tôt sans frais ?",
    ],
)
def test_neighbouring_sentences_add_nothing_new(message):
    added = _added(message)
    assert not any(words in added for words in ("bilan de compétences", "état des lieux", "assurance emprunteur"))


def test_the_switch_leaves_the_eighteenth_pass_entries_out(monkeypatch):
    monkeypatch.setattr(register, "UP_TO_PASS", 17)
    assert "dérive sectaire" not in _added("Ma sœur vit dans une secte depuis deux ans.")
