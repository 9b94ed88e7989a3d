"""Forty-seventh pass (engineer-fd): hard facts told calmly — an eviction procedure under way, a homeless person who
has died — are no distress by their words alone (`triage_calm_eviction`, `triage_deceased_status`).

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; each switch flipped at run time
to show the case it moves and the neighbour it leaves alone (the three switches ship on)."""

import pytest

from guichet.drafting import triage_calm_eviction, triage_deceased_status
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold

DISTRESS = TriageLabel.DISTRESS


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


def test_the_switches_ship_on():
    assert triage_calm_eviction.CALM_EVICTION_GATE
    assert triage_calm_eviction.CALM_EVICTION_MODEL_GATE
    assert triage_deceased_status.DECEASED_STATUS_GATE


# --- An eviction procedure under way, told calmly ------------------------------------------------------------------

FSL_BEFORE_JUDGMENT = (
    "Préfecture",
    "Bonjour, mon bailleur a lancé une procédure d'expulsion pour des loyers impayés, l'audience est fixée au 9 juin. "
    "Est-ce que je peux demander une aide du FSL avant le jugement ?",
)
APL_DURING_DELAY = (
    "CAF",
    "Bonjour, le juge a prononcé mon expulsion le 4 février pour une dette de loyer. Est-ce que mon aide au logement "
    "continue d'être versée à mon bailleur pendant le délai qu'il m'a accordé ? Merci.",
)


@pytest.mark.parametrize("message", [FSL_BEFORE_JUDGMENT, APL_DURING_DELAY], ids=["fsl", "apl_delay"])
def test_a_calm_eviction_procedure_is_routine(message):
    result = _full(*message)
    assert DISTRESS not in result.labels
    assert "homeless" not in result.distress_kinds


@pytest.mark.parametrize("message", [FSL_BEFORE_JUDGMENT, APL_DURING_DELAY], ids=["fsl", "apl_delay"])
def test_without_the_gate_the_homeless_rule_reads_the_word(monkeypatch, message):
    monkeypatch.setattr(triage_calm_eviction, "CALM_EVICTION_GATE", False)
    result = _full(*message)
    assert DISTRESS in result.labels
    assert "homeless" in result.distress_kinds
    assert "expulsion" in result.evidence[DISTRESS]


def test_an_eviction_tomorrow_with_children_and_nowhere_to_go_stays_distress():
    result = _full(
        "Préfecture",
        "Bonjour, une procédure d'expulsion est en cours contre nous, l'audience est demain et j'ai deux enfants, "
        "nous n'avons nulle part où aller. Que pouvons-nous faire ?",
    )
    assert DISTRESS in result.labels
    assert "homeless" in result.distress_kinds


def test_the_other_homeless_phrases_still_fire_beside_a_calm_procedure():
    # A night in the car is read whatever the procedure's words: only "expulsion" is set aside, and only where the
    # message is calm (a cut heating and a car are not).
    result = _full(
        "Préfecture",
        "Bonjour, il y a une procédure d'expulsion contre moi, audience en septembre. En attendant je dors dans ma "
        "voiture. Est-ce que le DALO est possible ?",
    )
    assert DISTRESS in result.labels
    assert "dors dans ma voiture" in result.evidence[DISTRESS]


LONE_TENANT = (
    "Préfecture",
    "Bonjour, procédure d'expulsion en cours contre moi pour impayés, audience le 3 juillet, je suis seul. Comment "
    "faire une demande de logement social ? merci",
)


def test_the_model_gate_drops_the_weak_whole_message_distress():
    result = _full(*LONE_TENANT)
    assert DISTRESS not in result.labels


def test_without_the_model_gate_the_model_keeps_it(monkeypatch):
    monkeypatch.setattr(triage_calm_eviction, "CALM_EVICTION_MODEL_GATE", False)
    result = _full(*LONE_TENANT)
    assert DISTRESS in result.labels
    assert DISTRESS in result.learned
    assert not result.distress_kinds


def test_what_the_predicate_reads():
    calm = triage_calm_eviction.eviction_told_calmly
    assert calm("Je suis menacée d'expulsion, le jugement sera rendu en octobre. Puis-je déposer un recours DALO ?")
    # An eviction already carried out, a date of days, children, no income: not calm.
    assert not calm("Nous avons été expulsés hier après la procédure d'expulsion. Où pouvons-nous dormir ?")
    assert not calm("Procédure d'expulsion en cours, audience dans trois semaines. Que faire ?")
    assert not calm("Procédure d'expulsion en cours avec mes trois enfants. Comment demander le DALO ?")
    assert not calm("Procédure d'expulsion en cours et aucune indemnité versée depuis mars. Que faire ?")
    # No procedure named, or no question asked: the rule reads as before.
    assert not calm("Je vais être expulsé, comment faire ?")
    assert not calm("Il y a une procédure d'expulsion contre moi pour impayés.")


# --- A housing status said of someone who has died ------------------------------------------------------------------

FUNERAL_OF_A_HOMELESS_MAN = (
    "Mairie",
    "Bonjour, je suis éducateur de rue. Un monsieur sans abri que nous accompagnions depuis trois ans est décédé "
    "samedi à l'hôpital, sans proche connu. Qui organise les obsèques et quels documents faut-il vous transmettre ?",
)


def _rules(administration: str, body: str):
    return triage(title="Question", body=body, administration=administration, use_model=False)


def test_a_dead_mans_status_is_no_distress_of_the_rules():
    # The gate narrows the rule only: the learned model still reads the message (it may flag this one by itself).
    assert DISTRESS not in _rules(*FUNERAL_OF_A_HOMELESS_MAN).labels
    assert "homeless" not in _full(*FUNERAL_OF_A_HOMELESS_MAN).distress_kinds


def test_without_the_gate_the_homeless_rule_reads_it(monkeypatch):
    monkeypatch.setattr(triage_deceased_status, "DECEASED_STATUS_GATE", False)
    result = _rules(*FUNERAL_OF_A_HOMELESS_MAN)
    assert DISTRESS in result.labels
    assert "homeless" in result.distress_kinds


def test_a_living_persons_status_beside_a_death_is_still_read():
    result = _rules(
        "Mairie",
        "Bonjour, mon frère est décédé le mois dernier. Sa compagne, elle est à la rue avec leurs deux enfants. "
        "Comment obtenir une copie de l'acte de décès ?",
    )
    assert DISTRESS in result.labels
    assert "homeless" in result.distress_kinds


def test_what_the_blanking_reads():
    blank = triage_deceased_status.without_deceased_status
    assert "sans domicile" not in blank(fold("Un homme sans domicile que nous suivions est décédé mardi."))
    assert "sdf" not in blank(fold("Un SDF retrouvé mort hier devant la gare."))
    # The writer's own status, or a status bound to no death, stays.
    assert "sans domicile" in blank(fold("Je suis sans domicile depuis que mon mari est décédé."))
    assert "sans domicile" in blank(fold("Mon frère est décédé et sa femme est sans domicile depuis."))
