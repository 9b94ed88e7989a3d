"""Nineteenth pass: six needs said by their effect add the fiches' words (never a pointer): a driver who fled or had
no insurance (FGAO), damage done by one's child or pet (responsabilité civile), heirs who disagree on keeping or
selling (indivision), leaving one's children nothing (déshériter), registering a boat, a civil servant's sick leave
rights run out (AIT). Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import register
from guichet.knowledge.query import understand


def _added(message: str) -> str:
    return " ".join(expansion for _, expansion in understand(message).register)


@pytest.mark.parametrize(
    ("message", "words"),
    [
        (
            "Une moto m'a percuté au feu rouge puis a pris la fuite, j'ai deux côtes cassées. Qui m'indemnise ?",
            "FGAO",
        ),
        ("Le délit de fuite a été constaté par les gendarmes mais on ne retrouve personne, que faire ?", "FGAO"),
        (
            "Le chauffard qui a embouti ma Clio n'avait même pas d'assurance, qui paie la carrosserie ?",
            "fonds de garantie",
        ),
        (
            "Notre chien a mordu le facteur à la main hier, le facteur veut être dédommagé : qui paie ?",
            "responsabilité civile",
        ),
        (
            "Ma fille a rayé la voiture du voisin avec son vélo, mon assurance va-t-elle payer ?",
            "responsabilité civile",
        ),
        (
            "Papa est décédé en mai ; mes deux frères veulent vendre l'appartement et moi je voudrais le garder.",
            "indivision",
        ),
        ("Je voudrais que mes enfants ne touchent pas un centime de ma fortune, c'est faisable ?", "déshériter"),
        ("Peut-on déshériter un fils avec qui on est fâché depuis vingt ans ?", "réserve héréditaire"),
        (
            "J'ai acheté un semi-rigide de 5 mètres pour pêcher en mer, faut-il l'immatriculer et où ?",
            "bateau de plaisance",
        ),
        (
            "Agent hospitalier titulaire, mes droits à congé de longue maladie sont épuisés depuis juin. Que "
            "toucher ?",
            "invalidité temporaire",
        ),
    ],
)
def test_a_need_said_by_its_effect_adds_the_fiches_words(message, words):
    assert words in _added(message)


@pytest.mark.parametrize(
    "message",
    [
        # an assault whose author fled: not a road accident
        "Un homme m'a volé mon sac dans la rue et s'est enfui en courant.",
        # the writer's own insurance, no driver
        "Je ne suis pas assuré pour ma maison depuis janvier, est-ce obligatoire ?",
        # a child hurt, not hurting
        "Mon fils s'est cassé le bras à la récréation, l'école doit-elle prévenir l'assurance ?",
        # a couple's home, no inheritance said in these words
        "Mon épouse et moi divorçons, elle veut la maison, moi aussi.",
        # a boat trip, nothing to register
        "Le bateau pour l'île d'Yeu est-il remboursé pour un rendez-vous médical ?",
        # sick pay that stops for a private employee said in other words
        "Mes indemnités journalières s'arrêtent après trois ans, je suis vendeuse en CDI.",
    ],
)
def test_look_alikes_add_none_of_these_words(message):
    added = _added(message)
    for words in ("FGAO", "responsabilité civile", "indivision", "déshériter", "bateau de plaisance", "AIT"):
        assert words not in added


def test_the_switch_leaves_the_nineteenth_pass_entries_out(monkeypatch):
    message = "Le conducteur a pris la fuite après m'avoir renversé sur le passage piéton."
    assert "FGAO" in _added(message)
    monkeypatch.setattr(register, "UP_TO_PASS", 18)
    assert "FGAO" not in _added(message)
