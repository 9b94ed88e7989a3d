"""Thirty-ninth pass (engineer-r61): the measurement behind the two re-ranking proposals left out.

`benchmarks/retrieval_feature_lobo.py` holds every batch out alone by solving the listwise objective of
`benchmarks/retrieval_lobo.py` with L-BFGS (seconds a fit instead of minutes): it must find the weights that 2,000
steps of the shipped gradient descent find, keep the curated weights where they are and fit a fold on its messages
only. Its `contradicted` split of the `mismatch` feature tells a fiche for another public, union or document than the
writer's from one for a situation the writer does not mention. Synthetic candidates and sentences of our own."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from retrieval_feature_lobo import Listwise, contradicted  # noqa: E402
from retrieval_lobo import fit  # noqa: E402

from guichet.knowledge.query import understand  # noqa: E402
from guichet.knowledge.situations import qualifiers_in_title  # noqa: E402


def _messages(seed: int, n: int = 60, candidates: int = 7, features: int = 4) -> list:
    """Candidates whose gold one leans on the first two features, with noise."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        x = rng.normal(size=(candidates, features)).astype(np.float32)
        scores = 1.5 * x[:, 0] - 0.8 * x[:, 1] + rng.normal(scale=1.0, size=candidates)
        labels = np.zeros(candidates, dtype=np.float32)
        labels[int(np.argmax(scores))] = 1.0
        out.append((x, labels, None))
    return out


def test_lbfgs_finds_the_weights_of_the_shipped_gradient_descent():
    data = _messages(7)
    start = np.array([0.0, 0.0, 0.0, 0.5])
    free = np.array([1.0, 1.0, 1.0, 0.0])  # the last weight kept, as the curated rules' are
    descent = fit(data, start, free, l2=0.003, steps=2000)
    lbfgs = Listwise(data).fit(np.ones(len(data), dtype=bool), start, free, l2=0.003)
    assert np.allclose(lbfgs, descent, atol=0.02)
    assert lbfgs[3] == 0.5
    assert lbfgs[0] > 0 > lbfgs[1]


def test_a_fold_is_fitted_on_its_own_messages_only():
    data = _messages(11) + _messages(12)
    start, free = np.zeros(4), np.ones(4)
    inside = np.array([True] * 60 + [False] * 60)
    fold = Listwise(data).fit(inside, start, free, l2=0.003, initial=np.ones(4))
    alone = Listwise(data[:60]).fit(np.ones(60, dtype=bool), start, free, l2=0.003)
    assert np.allclose(fold, alone, atol=1e-3)


def test_a_fiche_for_another_public_is_contradicted_one_for_an_unsaid_situation_is_not():
    civil_servant = qualifiers_in_title("disponibilite d un fonctionnaire")
    private = understand("Je suis vendeuse en CDI dans une enseigne de bricolage, puis-je partir un an ?").qualifiers
    unsaid = understand("Je voudrais m'arrêter de travailler un an pour voyager, c'est possible ?").qualifiers
    assert contradicted(civil_servant, private)
    assert not contradicted(civil_servant, unsaid)
    assert contradicted(frozenset({"passeport"}), frozenset({"carte d'identité"}))
    assert not contradicted(frozenset({"passeport"}), frozenset())
