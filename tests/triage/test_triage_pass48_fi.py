"""Forty-eighth pass (engineer-fi): hardship told without danger — tiredness, a tight budget, a long wait, an illness
that weighs — beside an ordinary question is no distress by the model's reading of those words alone
(`triage_quiet_hardship`); exhaustion that says the writer can no longer cope or keep someone safe stays distress.

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; the switch flipped at run time
to show the case it moves and the neighbours it leaves alone (it ships on)."""

import pytest

from guichet.drafting import triage_quiet_hardship
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_quiet_hardship import says_quiet_hardship, without_quiet_hardship

DISTRESS = TriageLabel.DISTRESS


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


def test_the_switch_ships_on():
    assert triage_quiet_hardship.QUIET_HARDSHIP_GATE


TIRED_CARER = (
    "CPAM",
    "Bonjour, je m'occupe de mon père depuis sa sortie d'hôpital, je suis fatigué et je dors mal, mais ça va aller. "
    "Les séances de kiné à domicile sont-elles remboursées à 100 % ?",
)
WORN_JOBSEEKER = (
    "France Travail",
    "Bonsoir, je suis un peu usé moralement après des mois de recherche, mais je garde espoir. Comment fonctionne "
    "l'aide à la mobilité pour un entretien loin de chez moi ?",
)


@pytest.mark.parametrize("message", [TIRED_CARER, WORN_JOBSEEKER], ids=["tired_carer", "worn_jobseeker"])
def test_tiredness_told_beside_a_question_is_routine(message):
    result = _full(*message)
    assert DISTRESS not in result.labels
    assert result.labels == [TriageLabel.ROUTINE]


# The forty-ninth pass's retrain no longer scores the worn jobseeker as distress by itself (0.14 under a threshold of
# 0.15): the gate has nothing to take away there, and only the tired carer shows it at work.
@pytest.mark.parametrize("message", [TIRED_CARER], ids=["tired_carer"])
def test_without_the_gate_the_model_reads_the_tiredness_as_distress(monkeypatch, message):
    monkeypatch.setattr(triage_quiet_hardship, "QUIET_HARDSHIP_GATE", False)
    result = _full(*message)
    assert DISTRESS in result.labels
    assert DISTRESS in result.learned


def test_a_carer_who_can_no_longer_keep_her_mother_safe_stays_distress():
    result = _full(
        "Département",
        "Bonjour, je suis épuisée, je ne peux plus la surveiller la nuit, ma mère sort de chez elle et je ne sais pas "
        "ce qui va arriver. Qui peut venir ?",
    )
    assert DISTRESS in result.labels


def test_tired_of_living_is_never_taken_out_and_stays_distress():
    body = (
        "Bonjour, je suis fatigué de vivre avec cette maladie, je ne vois plus l'intérêt de continuer. Mes "
        "indemnités s'arrêtent quand ?"
    )
    assert "fatigué de vivre" in without_quiet_hardship(body)
    assert DISTRESS in _full("CPAM", body).labels


def test_the_wording_is_read_only_without_a_word_of_not_coping():
    assert says_quiet_hardship("Les fins de mois sont justes, est-ce que j'ai droit à la prime d'activité ?")
    assert not says_quiet_hardship("Je suis épuisée et je n'y arrive plus, j'ai peur de le laisser seul.")


def test_the_switch_off_reads_nothing(monkeypatch):
    monkeypatch.setattr(triage_quiet_hardship, "QUIET_HARDSHIP_GATE", False)
    assert not says_quiet_hardship("Je suis fatiguée mais ça va aller. Quand arrive mon remboursement ?")
