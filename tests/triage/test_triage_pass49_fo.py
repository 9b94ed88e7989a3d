"""Forty-ninth pass (engineer-fo): a medical emergency happening now to the writer's relative — a fall and no
getting up, a stroke, a fit that goes on, a baby's high fever with a sign it is serious — is distress
(`triage_medical_now.MEDICAL_NOW_RULE`, kind "health", the 15 or the 112), and the same events told over and
treated beside a benefit question no longer keep the model's distress (`MEDICAL_OVER_GATE`).

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; the switches flipped at run
time to show the cases they move (both ship on)."""

import pytest

from guichet.drafting import triage_medical_now
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_medical_now import medical_emergency_now, told_over

DISTRESS = TriageLabel.DISTRESS
EVIDENCE = "urgence médicale en cours"


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


def test_the_switches_ship_on():
    assert triage_medical_now.MEDICAL_NOW_RULE
    assert triage_medical_now.MEDICAL_OVER_GATE


FALL = (
    "Caisse primaire d'assurance maladie",
    "Mon père a glissé dans la douche il y a vingt minutes, il est par terre et il n'arrive pas à se relever, il dit "
    "que sa hanche lui fait très mal. Je fais quoi ?",
)
FEVER = (
    "Caisse d'allocations familiales",
    "Bonjour, mon fils de 10 mois a 40,2 de fièvre depuis ce matin et il ne boit plus son biberon. Est-ce que je peux "
    "quand même envoyer ma déclaration trimestrielle demain ?",
)
FIT = (
    "Maison départementale des personnes handicapées",
    "Ma soeur est en train de convulser sur le canapé, ça fait plus de cinq minutes, elle devient bleue. Son dossier "
    "PCH est chez vous.",
)
STROKE = (
    "Assurance retraite",
    "Bonjour, je vous écris pour ma belle-mère. Depuis ce midi elle a la bouche de travers et elle n'arrive plus à "
    "parler. Elle vit seule. Où en est sa demande de réversion ?",
)
NOW = [FALL, FEVER, FIT, STROKE]
NOW_IDS = ["fall", "fever", "fit", "stroke"]


@pytest.mark.parametrize("message", NOW, ids=NOW_IDS)
def test_an_emergency_now_is_distress_with_the_emergency_numbers(message):
    result = _full(*message)
    assert DISTRESS in result.labels
    assert EVIDENCE in result.evidence[DISTRESS]
    assert "health" in result.distress_kinds
    assert any(contact["number"].startswith("15") for contact in result.emergency_contacts)


def test_without_the_rule_a_fit_now_is_missed(monkeypatch):
    # The model reads this fit as abuse, not distress: only the rule puts it first.
    monkeypatch.setattr(triage_medical_now, "MEDICAL_NOW_RULE", False)
    assert DISTRESS not in _full(*FIT).labels


OVER = [
    (
        "Conseil départemental",
        "Bonjour, mon père est tombé dans le jardin en octobre, il a été opéré de la hanche et il va bien. Il rentre "
        "chez lui la semaine prochaine : comment obtenir des heures d'aide à domicile au titre de l'APA ?",
    ),
    (
        "Caisse d'allocations familiales",
        "Mon fils a fait un AVC à la naissance il y a six ans, il garde des séquelles et il est suivi en rééducation. "
        "Puis-je demander l'allocation journalière de présence parentale ?",
    ),
    (
        "Caisse primaire d'assurance maladie",
        "Bonjour, ma femme est tombée au travail le 3 février, fracture du poignet, elle a été plâtrée et elle est en "
        "arrêt. Les indemnités journalières sont-elles calculées comme un accident du travail ?",
    ),
]


@pytest.mark.parametrize("message", OVER, ids=["operated", "years-ago", "plastered"])
def test_an_episode_over_and_treated_is_no_emergency(message):
    assert not medical_emergency_now(message[1])
    assert DISTRESS not in _full(*message).labels


CONVULSION_OVER = (
    "Caisse primaire d'assurance maladie",
    "Ma fille a fait une crise convulsive à la crèche en novembre, les pompiers l'ont emmenée aux urgences, elle va "
    "très bien depuis. La facture de l'hôpital est-elle prise en charge à 100 % pour un enfant ?",
)


def test_the_gate_drops_the_models_distress_on_a_fit_over(monkeypatch):
    assert told_over(CONVULSION_OVER[1])
    assert DISTRESS not in _full(*CONVULSION_OVER).labels
    monkeypatch.setattr(triage_medical_now, "MEDICAL_OVER_GATE", False)
    assert DISTRESS in _full(*CONVULSION_OVER).labels


def test_a_danger_said_beside_a_past_fall_keeps_its_distress():
    # « depuis ma chute » is a state that goes on, and the card taken is the danger: the gate does not read it.
    body = (
        "Pouvez-vous m'envoyer mon relevé ? Ma fille a pris ma carte bancaire depuis ma chute et elle ne me laisse "
        "plus sortir, je n'ai plus un sou."
    )
    assert not told_over(body)
    assert DISTRESS in _full("Assurance retraite", body).labels


def test_a_pets_fit_and_a_hypothesis_are_no_emergency():
    assert not medical_emergency_now(
        "Mon chat convulse depuis une heure et ne se réveille plus, le vétérinaire est fermé. Avez-vous un numéro ?"
    )
    assert not medical_emergency_now(
        "Si mon père tombe la nuit et ne peut pas se relever, est-ce que la téléassistance appelle les pompiers ?"
    )


def test_the_rule_reads_nothing_when_its_switch_is_off(monkeypatch):
    monkeypatch.setattr(triage_medical_now, "MEDICAL_NOW_RULE", False)
    assert not medical_emergency_now(FALL[1])
    monkeypatch.setattr(triage_medical_now, "MEDICAL_OVER_GATE", False)
    assert not told_over(CONVULSION_OVER[1])
