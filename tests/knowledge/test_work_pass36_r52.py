"""Thirty-sixth pass, engineer-r52: work and wages, where the best fiche has a neighbour wrong for the writer."""

from guichet.knowledge import name_family
from tests.knowledge.rerank_helpers import ranked_with_pointers

OVERTIME = {
    "F2391": "Heures supplémentaires d'un salarié du secteur privé",
    "F593": "Heures supplémentaires dans la fonction publique d'État (FPE)",
    "F32390": "Heures supplémentaires dans la fonction publique territoriale (FPT)",
    "F595": "Heures supplémentaires dans la fonction publique hospitalière (FPH)",
    "F34861": "Fonction publique : quelles cotisations sur les heures supplémentaires ?",
}
PREFECTURE = (
    "heures supplémentaires agent de préfecture\nBonjour, je suis secrétaire administrative à la préfecture "
    "(fonction publique d'Etat). Avec les élections on fait beaucoup d'heures en plus. Elles sont payées comment, "
    "ou récupérées ? Il y a un plafond par mois ?"
)


def test_a_title_narrowed_to_an_unasked_side_question_does_not_share_the_name():
    order, pointers = ranked_with_pointers(OVERTIME, PREFECTURE)
    assert order[0] == "F593"
    assert pointers["F34861"] == 0.0


def test_the_narrowed_title_keeps_the_name_when_the_message_asks_its_side_question():
    asked = "Je suis adjoint à la préfecture. Quelles cotisations sont prélevées sur mes heures supplémentaires ?"
    _, pointers = ranked_with_pointers(OVERTIME, asked)
    assert pointers["F34861"] > 0.0


def test_switch_off_gives_back_the_earlier_reading(monkeypatch):
    monkeypatch.setattr(name_family, "READ_NAME_FAMILY", False)
    _, pointers = ranked_with_pointers(OVERTIME, PREFECTURE)
    assert pointers["F34861"] > 0.0
