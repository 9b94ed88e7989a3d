"""Triage training, twenty-first pass of issue 12: the distress threshold is set on the false alarms triage would
raise once the corroboration gate has spoken (a weak whole-message score stands only with a sentence, a warning
sign or a sign of hardship behind it), not on the raw held-out scores; and new warning-sign families (a will and the
family spared every step, goodbyes said one by one, the family said to suffer because of the writer) add up to a
distress rule.

Every message here was written for these tests (none is in a corpus)."""

import numpy as np

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_signs import signs_make_a_rule, warning_signs
from guichet.drafting.triage_training import (
    DISTRESS_THRESHOLD_FLOOR,
    Example,
    distress_stands,
    false_alarm_threshold,
    gated_false_alarm_threshold,
)


def test_negatives_the_gate_drops_do_not_spend_the_false_alarm_budget():
    # 100 negatives: ten score 0.40-0.49 but none of them would stand the gate; five positives at 0.30-0.34.
    y = np.array([0] * 100 + [1] * 5)
    scores = np.concatenate([np.linspace(0.40, 0.49, 10), np.full(90, 0.01), np.linspace(0.30, 0.34, 5)])
    stands = np.array([False] * 10 + [True] * 90 + [True] * 5)
    raw = false_alarm_threshold(y, scores, 0.04)
    gated = gated_false_alarm_threshold(y, scores, stands, 0.04)
    assert raw > 0.4  # the raw quantile leaves every positive under it
    assert gated <= 0.3  # once the dropped negatives no longer count, they are all over it
    assert gated >= 0.01


def test_a_negative_that_stands_still_counts():
    y = np.array([0] * 50 + [1])
    scores = np.concatenate([np.full(3, 0.6), np.full(47, 0.02), [0.5]])
    stands = np.ones(51, dtype=bool)
    assert gated_false_alarm_threshold(y, scores, stands, 0.04) == false_alarm_threshold(y, scores, 0.04)


def _example(message: str) -> Example:
    return Example(
        id="t",
        split="train",
        administration="CAF",
        admin_text="CAF",
        title="",
        message=message,
        labels={"routine"},
    )


def test_the_gate_is_read_as_triage_reads_it():
    one_sentence = _example(
        "Bonjour, quel est le montant de la prime de naissance cette année pour un premier enfant ?"
    )
    calm = _example(
        "Bonjour, je change de banque le mois prochain. Comment vous donner mon nouveau relevé d'identité bancaire ?"
    )
    signed = _example(
        "Bonjour, je ne vois plus l'intérêt de continuer. Comment faire suspendre le versement de mes allocations ?"
    )
    stands = distress_stands([one_sentence, calm, signed, calm], np.array([0.2, 0.2, 0.2, 0.7]), np.zeros(4))
    assert stands.tolist() == [True, False, True, True]


def test_the_floor_is_the_lowest_threshold_ever_shipped():
    assert 0.1 <= DISTRESS_THRESHOLD_FLOOR <= 0.15


def test_a_will_and_goodbyes_said_one_by_one_add_up():
    body = (
        "Bonjour, j'ai rédigé mon testament hier et je suis allé voir mes petits-enfants pour leur dire au revoir. "
        "Qui prévenir à la CAF pour l'allocation logement ?"
    )
    signs = warning_signs(body)
    assert {"affairs_in_order", "farewell"} <= set(signs)
    assert signs_make_a_rule(body, signs)
    result = triage(title="allocation", body=body, administration="CAF")
    assert TriageLabel.DISTRESS in result.labels


def test_the_family_said_to_suffer_because_of_the_writer_is_a_sign():
    body = "Mes filles ont trop souffert à cause de moi. Je voudrais que tout soit réglé pour elles avant l'été."
    assert {"burden", "affairs_in_order"} <= set(warning_signs(body))


def test_a_calm_will_alone_or_a_sign_off_makes_no_rule():
    will = "Bonjour, j'ai fait mon testament chez le notaire. Faut-il le déclarer aux impôts ? Au revoir."
    signs = warning_signs(will)
    assert not signs_make_a_rule(will, signs)
