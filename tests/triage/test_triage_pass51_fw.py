"""Fifty-first pass (engineer-fw): humour and figures of speech in a calm money question (« je suis dans la mouise,
mon compte crie famine 🥲 », « cette taxe va me tuer 😂 … ma grand-mère va me tuer ») are no distress
(`triage_money_jokes`); real money distress said soberly (the power cut, nothing left, nothing to eat) stays distress,
laugh or not, and so does a partner's « va me tuer ».

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; each switch flipped at run time
to show the case it moves and the neighbours it leaves alone."""

import pytest

from guichet.drafting import triage_money_jokes
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_money_jokes import joking_kills_only, money_joke, sober_need, without_money_joke

DISTRESS = TriageLabel.DISTRESS


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


BROKE_JOKE = (
    "France Travail",
    "haha je suis dans la mouise, mon compte crie famine 🥲 quand tombe le paiement de l'ARE ce mois-ci ?",
)
DENTIST_JOKE = (
    "CPAM",
    "Ce devis m'a donné envie de pleurer, je vais finir sous un pont 😂 quel remboursement pour un implant ?",
)
POWER_CUT = (
    "France Travail",
    "Mon paiement n'est pas arrivé, l'électricité est coupée depuis lundi et il ne me reste rien. Quand sera-t-il "
    "versé ?",
)
LAUGH_BUT_HUNGRY = (
    "CAF",
    "lol je rigole jaune 😅 mes allocations sont bloquées et on n'a plus rien à manger depuis samedi. Vous pouvez "
    "regarder ?",
)
TAX_AND_GRANNY = (
    "Impôts",
    "Cette taxe d'habitation va me tuer 😂 et ma grand-mère va me tuer aussi, c'est elle qui m'a prêté l'argent. "
    "Je peux payer en deux fois ?",
)
FINE_AND_HUSBAND = (
    "Impôts",
    "Cette amende va me tuer mdr, et mon mari va me tuer quand il verra le montant. Je peux payer en deux fois ?",
)


def test_the_switches_state():
    # The rule gains on train with no cost anywhere and ships on; the gate moves no train or validation message and
    # ships off.
    assert not triage_money_jokes.MONEY_JOKE_GATE
    assert triage_money_jokes.JOKING_KILL_RULE


@pytest.mark.parametrize("message", [BROKE_JOKE, DENTIST_JOKE])
def test_the_gate_when_on_reads_a_joking_money_question_as_routine(monkeypatch, message):
    monkeypatch.setattr(triage_money_jokes, "MONEY_JOKE_GATE", True)
    result = _full(*message)
    assert DISTRESS not in result.labels
    assert result.labels == [TriageLabel.ROUTINE]


@pytest.mark.parametrize("message", [BROKE_JOKE, DENTIST_JOKE])
def test_without_the_gate_the_model_reads_the_joke_as_distress(message):
    result = _full(*message)
    assert DISTRESS in result.labels
    assert DISTRESS in result.learned


@pytest.mark.parametrize("gate", [True, False])
@pytest.mark.parametrize("message", [POWER_CUT, LAUGH_BUT_HUNGRY])
def test_money_distress_said_soberly_stays_distress(monkeypatch, gate, message):
    monkeypatch.setattr(triage_money_jokes, "MONEY_JOKE_GATE", gate)
    assert DISTRESS in _full(*message).labels


def test_the_kill_rule_reads_a_tax_and_a_grandmother_as_figures():
    assert "suicide" not in _full(*TAX_AND_GRANNY).distress_kinds


def test_without_the_kill_rule_the_mixed_figures_keep_the_suicide_rule(monkeypatch):
    monkeypatch.setattr(triage_money_jokes, "JOKING_KILL_RULE", False)
    result = _full(*TAX_AND_GRANNY)
    assert "suicide" in result.distress_kinds
    assert DISTRESS in result.labels


def test_a_husband_who_will_kill_keeps_the_suicide_rule():
    # A partner's « va me tuer » is how a threat of violence is reported: never read as a figure.
    assert "suicide" in _full(*FINE_AND_HUSBAND).distress_kinds


def test_the_readings():
    # `money_joke` is the gate's reading, not read through its switch.
    assert money_joke(BROKE_JOKE[1])
    assert not money_joke(POWER_CUT[1])
    assert not money_joke(LAUGH_BUT_HUNGRY[1])
    # No question after the figure: nothing to read.
    assert not money_joke("Je suis ruiné lol, la majoration est tombée.")
    assert sober_need(LAUGH_BUT_HUNGRY[1]) and sober_need(POWER_CUT[1])
    assert not sober_need("j'ai rien changé dans ma déclaration, pourquoi la prime baisse ?")
    assert "mouise" not in without_money_joke(BROKE_JOKE[1])
    assert "paiement de l'ARE" in without_money_joke(BROKE_JOKE[1])
    assert joking_kills_only(fold(TAX_AND_GRANNY[1]))
    assert not joking_kills_only(fold(FINE_AND_HUSBAND[1]))
    assert not joking_kills_only(fold("Je vais me tuer, la taxe est tombée. Je peux payer en deux fois ?"))


def test_the_kill_rule_off_reads_nothing(monkeypatch):
    monkeypatch.setattr(triage_money_jokes, "JOKING_KILL_RULE", False)
    assert not joking_kills_only(fold(TAX_AND_GRANNY[1]))
