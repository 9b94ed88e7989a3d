"""How `guichet triage train` sets the safety thresholds: from the false alarms the model may raise, so that a
handful of new examples cannot drag them down (cross-validated scores are simulated here)."""

import numpy as np

from guichet.drafting.triage_training import false_alarm_threshold, tune_threshold


def _pool(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    negatives = 1 / (1 + np.exp(-rng.normal(-5.0, 2.0, 900)))
    positives = 1 / (1 + np.exp(-rng.normal(4.0, 2.0, 150)))
    scores = np.concatenate([negatives, positives])
    return scores, np.concatenate([np.zeros(900, dtype=int), np.ones(150, dtype=int)])


def test_the_model_alone_flags_at_most_the_allowed_share_of_negatives():
    scores, y = _pool()
    threshold = false_alarm_threshold(y, scores, 0.04)
    flagged = int((scores[y == 0] >= threshold).sum())
    assert flagged == 36  # 4 % of 900
    assert (scores[y == 0] >= threshold - 0.0001).sum() > flagged  # and the lowest such threshold (4 decimals)


def test_a_handful_of_weak_positives_does_not_drag_the_threshold_down():
    scores, y = _pool()
    before = false_alarm_threshold(y, scores, 0.04)
    recall_first_before = tune_threshold("distress", y, scores, np.zeros(len(y), dtype=bool))
    weak = np.array([0.03, 0.05, 0.08, 0.1, 0.12])  # five new distress messages the model barely sees
    scores_after = np.concatenate([scores, weak])
    y_after = np.concatenate([y, np.ones(5, dtype=int)])
    assert false_alarm_threshold(y_after, scores_after, 0.04) == before
    # What the recall-first rule did: follow the weakest new example.
    recall_first_after = tune_threshold("distress", y_after, scores_after, np.zeros(len(y_after), dtype=bool))
    assert recall_first_after <= 0.03 < recall_first_before


def test_a_handful_of_new_negatives_moves_it_only_a_few_ranks():
    scores, y = _pool()
    before = false_alarm_threshold(y, scores, 0.04)
    negatives = np.sort(scores[y == 0])[::-1]
    # Fourteen new calm messages that all score high: the threshold moves up to the next few order statistics.
    scores_after = np.concatenate([scores, np.full(14, 0.9)])
    y_after = np.concatenate([y, np.zeros(14, dtype=int)])
    after = false_alarm_threshold(y_after, scores_after, 0.04)
    assert before <= after <= negatives[36 - 14] + 0.0001
