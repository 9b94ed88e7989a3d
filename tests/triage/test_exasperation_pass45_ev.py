"""Forty-fifth pass (engineer-ev): anger at the service is no distress (`triage_exasperation`). The model's distress
on a message that says exasperation at the delays, the calls or the office is read again without those phrases; a
danger said anywhere else keeps it. Fresh messages, in none of the corpora, through `triage()` with the shipped
artefact; the switch (shipped off) flipped at run time."""

import pytest

from guichet.drafting import triage_exasperation, triage_young_parents
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

DISTRESS = TriageLabel.DISTRESS


def _full(administration: str, body: str, title: str = ""):
    return triage(title=title, body=body, administration=administration, use_model=True)


@pytest.fixture
def gate_on(monkeypatch):
    monkeypatch.setattr(triage_exasperation, "EXASPERATION_GATE", True)


# Furious writers whose only trouble is a late file: the shipped model alone reads distress in each (gate off).
FURIOUS = {
    "calls": (
        "France Travail",
        "JE N'EN PEUX PLUS DE VOUS APPELER. Ma demande d'aide à la mobilité est partie il y a deux mois. Le "
        "conseiller ne rappelle jamais. Pouvez-vous me dire si elle est acceptée ?",
    ),
    "waiting": (
        "CAF",
        "Je n'en peux plus d'attendre. Mon dossier de prime de naissance est complet depuis mars. Personne ne répond "
        "au téléphone. Pouvez-vous regarder ?",
    ),
    "fifth": (
        "Assurance retraite",
        "Cinquième relance. Je n'en peux plus de vos délais. Mon relevé de carrière n'est toujours pas corrigé. Merci "
        "de me dire quand ce sera fait.",
    ),
}


@pytest.mark.parametrize("name", sorted(FURIOUS))
def test_exasperation_at_a_late_file_is_no_distress(gate_on, name):
    administration, body = FURIOUS[name]
    result = _full(administration, body, title="Relance")
    assert DISTRESS not in result.labels
    assert not result.distress_kinds


@pytest.mark.parametrize("name", sorted(FURIOUS))
def test_the_switch_off_gives_the_models_distress_back(monkeypatch, name):
    monkeypatch.setattr(triage_exasperation, "EXASPERATION_GATE", False)
    # Fiftieth pass (engineer-fr): the young parents' gate (`triage_young_parents`, shipped on) rightly drops the
    # model's distress on « waiting » too (a birth grant, « je n'en peux plus », a question, no danger said); it is
    # turned off here so that this test still shows the model's reading without the exasperation gate.
    monkeypatch.setattr(triage_young_parents, "PARENT_OVERLOAD_GATE", False)
    administration, body = FURIOUS[name]
    assert DISTRESS in _full(administration, body, title="Relance").labels


# Angry writers in danger: the danger is said beside the anger, and stays distress.
ANGRY_IN_DANGER = {
    # The model alone reads it (no rule fires): the gate's re-reading must keep it.
    "no_income": (
        "Assurance maladie",
        "Quatrième relance pour ma pension d'invalidité, c'est inadmissible. Je n'ai plus aucun revenu depuis "
        "octobre, j'ai peur de ne pas tenir et je pense à tout arrêter.",
    ),
    "hungry_children": (
        "CAF",
        "Je n'en peux plus de vos délais, ça fait trois mois sans RSA et mes enfants n'ont plus rien à manger ce "
        "soir.",
    ),
    "threatened": (
        "Préfecture",
        "Ça fait six mois que j'attends, c'est honteux. Mon mari me menace de me mettre dehors si je n'ai pas mes "
        "papiers.",
    ),
}


@pytest.mark.parametrize("name", sorted(ANGRY_IN_DANGER))
def test_a_danger_said_beside_the_anger_stays_distress(gate_on, name):
    administration, body = ANGRY_IN_DANGER[name]
    assert DISTRESS in _full(administration, body, title="Relance").labels


def test_the_exasperation_is_taken_out_and_the_capitals_lowered():
    text = "CINQUIÈME relance. Je n'en peux plus de vos délais. Mon dossier [NOM_1] est TOUJOURS bloqué."
    rewritten = triage_exasperation.without_exasperation(text)
    assert "relance" not in rewritten.lower()
    assert "peux plus" not in rewritten
    assert "toujours bloqué" in rewritten
    assert "[NOM_1]" in rewritten


@pytest.mark.parametrize(
    "text",
    [
        "Je n'en peux plus.",
        "Je suis à bout, je craque, je ne vois pas comment m'en sortir.",
        "Je n'en peux plus de vivre comme ça.",
    ],
)
def test_despair_said_of_oneself_is_never_taken_out(gate_on, text):
    assert not triage_exasperation.exasperated(text)
    assert triage_exasperation.without_exasperation(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "C'est la troisième fois que je vous écris.",
        "Relance n° 4 : toujours rien.",
        "Je suis épuisée de relancer vos services.",
        "On se moque de nous, c'est inadmissible !",
    ],
)
def test_exasperation_at_the_office_is_read(gate_on, text):
    assert triage_exasperation.exasperated(text)


def test_the_switch_is_read_at_each_call(monkeypatch):
    monkeypatch.setattr(triage_exasperation, "EXASPERATION_GATE", False)
    assert not triage_exasperation.exasperated("C'est la troisième fois que je vous écris.")
