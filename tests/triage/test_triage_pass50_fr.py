"""Fiftieth pass (engineer-fr): a young parent's overload (« je suis à bout », « je craque », « au secours », « au bout
du rouleau ») told of a baby's nights before an ordinary question is no distress (`triage_young_parents`); a danger
said to the child, to the writer or at home stays distress, and so does every other rule.

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; each switch flipped at run time
to show the case it moves and the neighbours it leaves alone."""

import pytest

from guichet.drafting import triage_young_parents
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_young_parents import parent_overload, without_parent_overload

DISTRESS = TriageLabel.DISTRESS


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


SLEEPLESS_MOTHER = (
    "Mairie",
    "Je suis à bout de nerfs, notre fille de cinq mois ne fait pas ses nuits et je n'ai pas fait une nuit complète "
    "depuis des semaines. Pouvez-vous me dire quand ouvrent les inscriptions à la crèche municipale ?",
)
# « la crèche » alone, asked of a mairie, is read out of scope by the model (0.98 on the bare question with the
# fifty-second and the fifty-third pass's artefacts: private micro-crèches in the corpus); the fifty-third pass's
# retrain tipped this whole message over, so the test names the town's crèche (its intent, the overload gate, kept).
ROULEAU_FATHER = (
    "CPAM",
    "Je suis au bout du rouleau, notre fils de trois mois a des coliques toutes les nuits. La sage-femme peut-elle "
    "passer à la maison et la visite est-elle remboursée ?",
)
FRIGHT_FEVER = (
    "CPAM",
    "Dimanche notre petit de deux ans avait 40 de fièvre, j'ai eu la peur de ma vie. Le pédiatre de garde l'a soigné "
    "et il va bien maintenant. La consultation du dimanche est-elle mieux remboursée ?",
)


def test_the_switches_state():
    # The gate gains on validation and ships on; the two rules gain on train only and ship off.
    assert triage_young_parents.PARENT_OVERLOAD_GATE
    assert not triage_young_parents.PARENT_ROULEAU_RULE
    assert not triage_young_parents.FRIGHT_FIGURE_RULE


def test_a_parents_overload_before_a_question_is_routine():
    result = _full(*SLEEPLESS_MOTHER)
    assert DISTRESS not in result.labels
    assert result.labels == [TriageLabel.ROUTINE]


def test_without_the_gate_the_model_reads_the_overload_as_distress(monkeypatch):
    monkeypatch.setattr(triage_young_parents, "PARENT_OVERLOAD_GATE", False)
    result = _full(*SLEEPLESS_MOTHER)
    assert DISTRESS in result.labels
    assert DISTRESS in result.learned


def test_the_rouleau_rule_when_on_reads_a_parents_rouleau_as_no_suicide(monkeypatch):
    assert "suicide" in _full(*ROULEAU_FATHER).distress_kinds
    monkeypatch.setattr(triage_young_parents, "PARENT_ROULEAU_RULE", True)
    result = _full(*ROULEAU_FATHER)
    assert DISTRESS not in result.labels


def test_the_fright_rule_when_on_reads_the_fright_as_no_fear_for_ones_life(monkeypatch):
    assert "violence" in _full(*FRIGHT_FEVER).distress_kinds
    monkeypatch.setattr(triage_young_parents, "FRIGHT_FIGURE_RULE", True)
    result = _full(*FRIGHT_FEVER)
    assert DISTRESS not in result.labels


@pytest.mark.parametrize(
    "administration,body",
    [
        (
            "CPAM",
            "Je suis à bout. Depuis la naissance de ma fille j'ai des pensées noires et j'ai peur de lui faire du mal "
            "quand elle pleure. Est-ce que la PMI peut venir plus tôt ?",
        ),
        (
            "Mairie",
            "Au secours, le père de mon bébé me frappe quand il a bu, hier encore devant la petite. Est-ce que la "
            "crèche peut la garder jusqu'au soir ?",
        ),
        (
            "CAF",
            "Je craque, mon fils de huit mois a froid, le chauffage est coupé et il ne me reste plus rien pour "
            "acheter son lait. Quand la PAJE sera-t-elle versée ?",
        ),
    ],
    ids=["dark_thoughts", "beaten_mother", "cold_and_hungry_baby"],
)
def test_a_parent_in_danger_stays_distress(administration, body):
    assert DISTRESS in _full(administration, body).labels


@pytest.mark.parametrize(
    "administration,body",
    [
        ("CAF", "Je suis au bout du rouleau depuis que mon mari est parti. Comment demander le RSA ?"),
        ("Préfecture", "J'ai peur pour ma vie, mon ex me menace de mort depuis que je suis partie. Où aller ?"),
    ],
    ids=["rouleau_no_child", "fear_for_life"],
)
def test_the_rules_still_fire_outside_a_parents_overload(monkeypatch, administration, body):
    monkeypatch.setattr(triage_young_parents, "PARENT_ROULEAU_RULE", True)
    monkeypatch.setattr(triage_young_parents, "FRIGHT_FIGURE_RULE", True)
    assert DISTRESS in _full(administration, body).labels


def test_the_readings_are_bound_to_a_young_child_a_question_and_no_danger():
    assert parent_overload("Je craque, le bébé pleure toute la nuit. Le CMG est-il versé en avance ?")
    # No young child: the overload of a worker or a tenant is left to the other gates.
    assert not parent_overload("Je craque avec mon propriétaire. Le dossier APL est-il complet ?")
    # No question: nothing ordinary is asked.
    assert not parent_overload("Je craque, le bébé pleure toute la nuit.")
    # A danger said: never.
    assert not parent_overload("Je craque, j'ai envie de secouer le bébé. Le CMG est-il versé ?")
    taken_out = without_parent_overload("Je suis à bout, mon fils ne fait pas ses nuits. Où en est la prime ?")
    assert "à bout" not in taken_out
    assert "Où en est la prime ?" in taken_out
