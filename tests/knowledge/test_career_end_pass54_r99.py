"""Fifty-fourth pass, engineer-r99: the end of a career and retirement told in the writer's words.

Working less before retiring, with a part of the pension meanwhile, points to F12842
(`career_end.READ_WORK_LESS_BEFORE_RETIRING`), not a parent's part time; years of study to buy back to F15675 / F1049
(`READ_BUY_BACK_YEARS`), not a loan bought back; a retiree who takes up work again to F13243 / F12402
(`READ_WORK_WHILE_RETIRED`), not a widow; work begun at sixteen and the wish to leave earlier to F13845 / F13946
(`READ_EARLY_START`), not a student job; a career statement missing years to F24617 (`READ_CAREER_RECORD_GAPS`),
not a car insurer's statement; a worker reaching retirement reconnu inapte and asking for the full rate to F14044
(`READ_WORN_OUT_FULL_RATE`), not unfitness for one's job after a sick leave. Messages written fresh for these tests,
none from a corpus; the search runs the real pipeline over a subset of the shared fiches.
"""

import pytest

from guichet.knowledge import career_end
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

WORK_LESS = (
    "Cuisinier dans une brasserie depuis vingt-cinq ans, j'aimerais passer à quatre jours par semaine pendant mes "
    "deux dernières années et toucher une partie de ma pension. Est-ce prévu ?"
)
BUY_BACK = "Puis-je racheter mes trois années d'études de kiné pour ne pas subir de décote plus tard ?"
WORK_AGAIN = (
    "Je suis retraitée depuis l'automne et une amie fleuriste voudrait m'embaucher le samedi. Est-ce que je peux "
    "accepter sans perdre ma retraite ?"
)
EARLY_START = (
    "J'ai commencé à travailler à 15 ans dans une scierie, j'en ai 59. Est-ce que je peux partir avant 62 ans ?"
)
RECORD_GAPS = (
    "Sur mon relevé de carrière il manque les trimestres de 1987 et 1988, quand j'étais vendeuse chez un fleuriste. "
    "Comment les faire ajouter ?"
)
WORN_OUT = (
    "J'ai 62 ans, couvreur, et le médecin dit que je ne peux plus monter sur un toit. Il me manque des trimestres : "
    "aurai-je une retraite complète quand même ?"
)
# look-alikes: a parent's part time, a loan bought back, a widow's pension, a student job, a car insurer's statement,
# unfitness for one's job after a sick leave
PARENT_PART_TIME = (
    "Avec la naissance de notre troisième enfant, je voudrais passer à mi-temps avant la rentrée. Comment le "
    "demander ?"
)
LOAN = "La banque propose un rachat de crédit pour payer mes années d'études, c'est intéressant ?"
WIDOW = (
    "Mon mari, retraité depuis 2015, est décédé ; il faisait des petits boulots. Ai-je droit à sa pension de "
    "réversion ?"
)
STUDENT_JOB = "Mon fils a commencé à travailler à 16 ans en job d'été ; peut-il partir plus tôt en vacances ?"
CAR_STATEMENT = "Sur mon relevé d'information d'assurance auto il manque deux années de bonus, que faire ?"
AFTER_SICK_LEAVE = (
    "Après un an d'arrêt maladie, le médecin du travail m'a déclaré inapte et mon employeur parle de licenciement ; "
    "je n'ai pas tous mes trimestres."
)

READINGS = {
    "READ_WORK_LESS_BEFORE_RETIRING": (WORK_LESS, {"F12842"}),
    "READ_BUY_BACK_YEARS": (BUY_BACK, {"F15675", "F1049"}),
    "READ_WORK_WHILE_RETIRED": (WORK_AGAIN, {"F13243", "F12402"}),
    "READ_EARLY_START": (EARLY_START, {"F13845", "F13946"}),
    "READ_CAREER_RECORD_GAPS": (RECORD_GAPS, {"F24617"}),
    "READ_WORN_OUT_FULL_RATE": (WORN_OUT, {"F14044"}),
}


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in career_end.SWITCHES:
        monkeypatch.setattr(career_end, switch, True)


def pointed(text: str) -> set[str]:
    return {
        fiche for found in find_every(text) if found.term in career_end.CAREER_END_TERMS for fiche in found.term.fiches
    }


@pytest.mark.parametrize("switch", sorted(READINGS))
def test_each_reading_points_to_its_fiche_and_only_when_on(switch, monkeypatch):
    text, fiches = READINGS[switch]
    monkeypatch.setattr(career_end, switch, True)
    assert pointed(text) == fiches
    monkeypatch.setattr(career_end, switch, False)
    assert not fiches & pointed(text)


@pytest.mark.parametrize("text", [PARENT_PART_TIME, LOAN, WIDOW, STUDENT_JOB, CAR_STATEMENT, AFTER_SICK_LEAVE])
def test_the_look_alikes_are_left_alone(text, all_on):
    assert not pointed(text)


def test_a_switch_off_leaves_the_other_readings_on(monkeypatch):
    monkeypatch.setattr(career_end, "READ_WORK_LESS_BEFORE_RETIRING", False)
    assert not pointed(WORK_LESS)
    assert pointed(EARLY_START) == {"F13845", "F13946"}


FICHES = (
    "F12842 F878 F32428 F15675 F1049 F13243 F12402 F13845 F13946 F14043 F24617 F1761 F14044 F21552 F726 F34791"
).split()


@pytest.fixture
def career_fiches(shared_subset):
    shared_subset(FICHES)


def first(text: str) -> str:
    return search(text, k=5)[0].fiche_id
