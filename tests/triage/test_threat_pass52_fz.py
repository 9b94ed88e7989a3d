"""Fifty-second pass (engineer-fz): violence that no longer puts anyone in danger is no distress
(`triage_violence_settled`) — a violence settled (the aggressor convicted, gone far, a protection order over, the
writer's own sentence served, the calm said now), a past aggressor now gone named inside a grievance at the office,
and a threat the writer aims at the office's agents; a violence of these days, a fear, a danger still going on stay
distress with every switch on or off.

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; each switch flipped at run time
to show the case it moves and the neighbours it leaves alone."""

import pytest

from guichet.drafting import triage_violence_settled
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_violence_settled import (
    grievance_hit,
    office_threat_hit,
    settled_hit,
    violence_settled,
)

DISTRESS = TriageLabel.DISTRESS
ABUSIVE = TriageLabel.ABUSIVE
SWITCHES = ("SETTLED_RULE", "GRIEVANCE_RULE", "OFFICE_THREAT_GATE")


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


def _set(monkeypatch, on: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(triage_violence_settled, name, on)


CONVICTED_ABROAD = (
    "Mairie",
    "Bonjour, mon ex-conjoint violent a été condamné et vit désormais au Portugal, la situation est apaisée. Comment "
    "faire refaire le livret de famille ?",
)
SENTENCE_SERVED = (
    "Préfecture",
    "Bonjour, j'ai été condamné pour coups et blessures en 2016, j'ai purgé ma peine et tout va bien aujourd'hui. "
    "Puis-je demander ma naturalisation ?",
)
ORDER_CLOSED = (
    "CAF",
    "Bonjour, l'ordonnance de protection obtenue contre le père de mon fils à cause des violences conjugales est "
    "close, il a déménagé à Nantes et je ne le vois plus. Je déclare que je vis seule, quel formulaire ?",
)
SISTER_FLED_GRIEVANCE = (
    "Impôts",
    "Ma sœur a fui un conjoint violent et vous continuez à lui réclamer ses impôts à lui. C'est scandaleux, vous êtes "
    "des incapables.",
)
KNOWS_WHERE_SHE_LIVES = (
    "CAF",
    "Je sais où habite votre conseillère. Je n'en dis pas plus. Versez mon APL avant vendredi.",
)
WHEN_YOU_LEAVE = (
    "France Travail",
    "Vous allez payer, tous. Je sais à quelle heure vous sortez de l'agence. Je n'en dis pas plus.",
)
CONVICTED_BUT_BACK = (
    "CAF",
    "Il a été condamné l'an dernier mais il est revenu hier soir, il m'a frappée et j'ai peur. Tout va bien pour les "
    "papiers mais aidez-moi.",
)
ORDER_BROKEN = (
    "Mairie",
    "L'ordonnance de protection est toujours en cours mais mon ex rôde devant chez moi et me menace. Pouvez-vous me "
    "reloger ?",
)
THREAT_AND_FEAR = (
    "Préfecture",
    "Vous allez le regretter. Mon mari me bat et j'ai peur, sans titre de séjour je ne peux pas partir.",
)
FLED_TWO_DAYS_AGO = (
    "CAF",
    "J'ai quitté mon compagnon violent il y a deux jours et vous me refusez le RSA, c'est scandaleux. Je dors dans ma "
    "voiture.",
)


def test_the_switches_state():
    # Each gains on train and validation and moves no message the other way: all three ship on.
    assert triage_violence_settled.SETTLED_RULE
    assert triage_violence_settled.GRIEVANCE_RULE
    assert triage_violence_settled.OFFICE_THREAT_GATE


@pytest.mark.parametrize("message", [CONVICTED_ABROAD, SENTENCE_SERVED, ORDER_CLOSED])
def test_a_settled_violence_is_routine_with_the_rule(monkeypatch, message):
    _set(monkeypatch, False)
    monkeypatch.setattr(triage_violence_settled, "SETTLED_RULE", True)
    assert _full(*message).labels == [TriageLabel.ROUTINE]


@pytest.mark.parametrize("message", [CONVICTED_ABROAD, SENTENCE_SERVED, ORDER_CLOSED])
def test_without_the_rule_a_settled_violence_is_distress(monkeypatch, message):
    _set(monkeypatch, False)
    assert DISTRESS in _full(*message).labels


def test_a_past_aggressor_named_in_a_grievance_is_no_distress(monkeypatch):
    _set(monkeypatch, False)
    assert DISTRESS in _full(*SISTER_FLED_GRIEVANCE).labels
    monkeypatch.setattr(triage_violence_settled, "GRIEVANCE_RULE", True)
    result = _full(*SISTER_FLED_GRIEVANCE)
    assert DISTRESS not in result.labels
    assert ABUSIVE in result.labels


@pytest.mark.parametrize("message", [KNOWS_WHERE_SHE_LIVES, WHEN_YOU_LEAVE])
def test_a_threat_at_the_office_keeps_abusive_and_loses_the_models_distress(monkeypatch, message):
    _set(monkeypatch, False)
    before = _full(*message)
    assert DISTRESS in before.learned
    monkeypatch.setattr(triage_violence_settled, "OFFICE_THREAT_GATE", True)
    after = _full(*message)
    assert DISTRESS not in after.labels
    assert ABUSIVE in after.labels


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize("message", [CONVICTED_BUT_BACK, ORDER_BROKEN, THREAT_AND_FEAR, FLED_TWO_DAYS_AGO])
def test_a_danger_of_these_days_stays_distress(monkeypatch, on, message):
    _set(monkeypatch, on)
    assert DISTRESS in _full(*message).labels


def test_the_readings():
    assert settled_hit(CONVICTED_ABROAD[1])
    assert settled_hit(ORDER_CLOSED[1])
    assert not settled_hit(CONVICTED_BUT_BACK[1])
    assert not settled_hit(ORDER_BROKEN[1])
    assert grievance_hit(SISTER_FLED_GRIEVANCE[1])
    assert not grievance_hit(FLED_TWO_DAYS_AGO[1])
    assert office_threat_hit(WHEN_YOU_LEAVE[1])
    assert not office_threat_hit(THREAT_AND_FEAR[1])


def test_the_switches_off_read_nothing(monkeypatch):
    _set(monkeypatch, False)
    assert not violence_settled(CONVICTED_ABROAD[1])
    assert not violence_settled(SISTER_FLED_GRIEVANCE[1])
