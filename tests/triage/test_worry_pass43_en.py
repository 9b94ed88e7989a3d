"""Forty-third pass (engineer-en): worry is no abuse (`triage_worry`). A measured worry about a benefit cut ("si vous
me coupez le RSA je ne sais pas ce que je ferai") drops the model's abusive where no abusive rule fires
(`WORRY_NOT_THREAT`); insults said to the writer and quoted are read by the model as the rules read them, without the
quotes (`REPORTED_ABUSE_GATE`). Fresh sentences, in none of the corpora, through `triage()` with the shipped artefact;
the switches flipped at run time."""

import pytest

from guichet.drafting import triage_understated, triage_worry
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_model import shipped_model

DISTRESS, ABUSIVE = TriageLabel.DISTRESS, TriageLabel.ABUSIVE

# The lead's probe of the forty-second pass: the model's abusive (0.27) stood once the worry was no longer read as
# self-harm.
LEAD_PROBE = "Si vous me coupez le RSA je ne sais pas ce que je ferai, je n'ai plus rien à manger pour les petits"


def _full(administration: str, body: str, title: str = ""):
    return triage(title=title, body=body, administration=administration, use_model=True)


def test_the_leads_probe_is_distress_and_no_abuse():
    result = _full("CAF", LEAD_PROBE)
    assert DISTRESS in result.labels
    assert ABUSIVE not in result.labels


def test_the_switch_off_gives_the_models_abusive_back(monkeypatch):
    monkeypatch.setattr(triage_worry, "WORRY_NOT_THREAT", False)
    assert ABUSIVE in _full("CAF", LEAD_PROBE).labels


WORRIES = {
    "apl_cut": "Si la CAF supprime mon APL je ne sais pas ce que je vais faire.",
    "aah_stopped": "Quand l'AAH sera arrêtée je ne sais pas ce que je ferai, mon fils dépend de moi.",
    "ass_refused": "Si vous refusez l'ASS je ne sais plus ce que je ferai, il me reste deux mois de loyer.",
}


@pytest.mark.parametrize("name", sorted(WORRIES))
def test_a_worry_about_a_cut_is_read_as_measured(name):
    assert triage_worry.worry_not_threat(fold(WORRIES[name]))


NOT_WORRIES = {
    # The unknown act after something else than a cut stays the flat-danger rule's.
    "bailiffs": "Quand ils viendront saisir la maison je ne sais pas ce que je ferai.",
    "no_act": "Vous me coupez le RSA, c'est une honte, je conteste.",
    "plan": "Je ne sais pas ce que je ferai l'an prochain, peut-être une formation.",
}


@pytest.mark.parametrize("name", sorted(NOT_WORRIES))
def test_other_unknowns_are_no_measured_worry(name):
    assert not triage_worry.worry_not_threat(fold(NOT_WORRIES[name]))


def test_the_worry_switch_is_read_at_each_call(monkeypatch):
    monkeypatch.setattr(triage_worry, "WORRY_NOT_THREAT", False)
    assert not triage_worry.worry_not_threat(fold(WORRIES["apl_cut"]))


def test_a_threat_the_rules_know_stays_abusive_beside_the_worry():
    body = "Si vous me coupez le RSA je ne sais pas ce que je ferai, mais vous allez le regretter, bande d'ordures."
    assert ABUSIVE in _full("CAF", body).labels


def test_an_insult_outside_the_quotes_stays_abusive():
    body = "La conseillère m'a dit « revenez demain ». Vous êtes des incapables et des ordures, tous autant que vous."
    assert ABUSIVE in _full("France Travail", body).labels


def test_quotes_are_emptied_as_the_rules_read_them():
    text = "Le guichetier m'a lancé « retourne dans ton pays » devant tout le monde."
    assert triage_worry.quotes_emptied(text) == "Le guichetier m'a lancé « … » devant tout le monde."
    assert triage_worry.quotes_emptied("Rien de cité ici.") == "Rien de cité ici."


def test_the_reported_gate_keeps_the_models_abusive_when_the_quotes_are_not_what_gave_it():
    model = shipped_model()
    body = "Vous êtes des ordures et des parasites. La voisine a dit « bonjour » ce matin."
    kept = triage_worry.without_reported_abuse(model, [ABUSIVE], [], "", body, "Mairie")
    assert kept == [ABUSIVE]


def test_the_reported_gate_never_reads_a_rules_label_again(monkeypatch):
    model = shipped_model()
    body = "Elle m'a dit « espèce de fainéante » au guichet."
    assert triage_worry.without_reported_abuse(model, [ABUSIVE], [ABUSIVE], "", body, "CAF") == [ABUSIVE]
    monkeypatch.setattr(triage_worry, "REPORTED_ABUSE_GATE", False)
    assert triage_worry.without_reported_abuse(model, [ABUSIVE], [], "", body, "CAF") == [ABUSIVE]


# The end of a right is a cut too (`triage_understated.RIGHTS_END_WORRY`).
RIGHTS_END = {
    "permit": "Si mon titre n'est pas renouvelé je ne sais pas ce que je ferai, mon patron me garde jusqu'en juin.",
    "reversion": "Si la réversion est supprimée je ne sais pas ce que je ferai, je suis veuve depuis mars.",
    "rights": "Quand mes droits s'arrêteront je ne sais pas ce que je ferai, il me reste un mois de loyer.",
}


@pytest.mark.parametrize("name", sorted(RIGHTS_END))
def test_the_end_of_a_right_is_a_measured_worry(name):
    assert triage_worry.worry_not_threat(fold(RIGHTS_END[name]))


def test_the_rights_switch_off_reads_the_end_of_a_right_as_before(monkeypatch):
    monkeypatch.setattr(triage_understated, "RIGHTS_END_WORRY", False)
    assert not triage_worry.worry_not_threat(fold(RIGHTS_END["permit"]))
    result = triage(title="", body=RIGHTS_END["permit"], administration="Préfecture", use_model=False)
    assert DISTRESS in result.labels


def test_a_reversion_worry_alone_is_no_distress_with_the_gate_on(monkeypatch):
    body = "Si la réversion est supprimée je ne sais pas ce que je ferai, je suis veuve depuis mars et seule."
    monkeypatch.setattr(triage_worry, "WORRY_DISTRESS_GATE", True)
    assert DISTRESS not in _full("Assurance retraite", body).labels


def test_the_worry_distress_gate_ships_off_and_keeps_the_models_distress():
    body = "Si la réversion est supprimée je ne sais pas ce que je ferai, je suis veuve depuis mars et seule."
    assert not triage_worry.WORRY_DISTRESS_GATE
    assert DISTRESS in _full("Assurance retraite", body).labels


DANGER_BESIDE_THE_WORRY = {
    # Hunger for the children: a distress rule.
    "hunger": ("CAF", LEAD_PROBE),
    # Pills kept aside, said quietly: the model's distress stands.
    "pills_kept": (
        "CAF",
        "Si vous me coupez le RSA je ne sais pas ce que je ferai. J'ai gardé les médicaments de ma mère, ce sera plus "
        "simple pour tout le monde.",
    ),
    # Worn out: a distress rule.
    "worn_out": (
        "CAF",
        "Si vous me coupez le RSA je ne sais pas ce que je ferai. Je suis fatiguée de tout, je n'ai plus la force de "
        "continuer.",
    ),
}


@pytest.mark.parametrize("name", sorted(DANGER_BESIDE_THE_WORRY))
def test_a_danger_said_beside_the_worry_stays_distress(name):
    administration, body = DANGER_BESIDE_THE_WORRY[name]
    assert DISTRESS in _full(administration, body).labels


def test_the_unknown_act_is_said_as_a_plain_worry():
    assert triage_worry.plain_worry("Je ne sais pas ce que je ferai, vraiment.") == "je suis inquiet, vraiment."
    assert triage_worry.plain_worry("Je sais ce que je ferai.") == "Je sais ce que je ferai."
