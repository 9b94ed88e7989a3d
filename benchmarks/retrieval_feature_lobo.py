"""Two candidate features of the re-ranking, held out batch by batch with `rerank` itself (thirty-ninth pass, r61).

    GUICHET_DATA_DIR=... nice .venv/bin/python benchmarks/retrieval_feature_lobo.py --cache FILE [--folds 0]

The two proposals of the thirty-eighth pass, measured the same way:

* `length` (engineer-r59's probe, benchmarks/retrieval_length_probe.py): the fiche's number of chunks, log, relative to
  the longest candidate's (`lexical` adds a fiche's next chunks and `whole_fiche` reads its whole text, both of which a
  long fiche collects). The probe refitted the features' weighted sum without the rules beside it; here the order is
  `guichet.knowledge.rerank.rerank`'s (weights and rules).
* `contradicted` / `not mentioned` (engineer-r58): the `mismatch` column split in two — the fiche is written for
  another public, union, document, school level, age, event or nationality than the one the writer names
  (contradicted), or for a situation the message does not mention at all (not mentioned; the `mismatch` column keeps
  these).

The candidates and features of every message of corpora/retrieval with a gold fiche (train + validation only; the test
split is never read) and of corpora/drafting (train + validation, never fitted on: a check) are gathered once with the
code as it stands and cached (`--cache`). Then each configuration is fitted as `retrieval_lobo.py` fits (the curated
rules' weights kept, the others from zero, l2 0.003, 2,000 steps), every batch ranked by weights fitted without it
(`--folds 0`: one batch at a time; `--folds 7`: seven groups), and the held-out ranks printed per group: first fiche,
top 5, MRR@10, by kind. `--optimizer lbfgs` solves the same objective by L-BFGS (the same weights to 0.01, a few
seconds a fit where 2,000 steps of gradient descent take minutes on the loaded 2-core VM), which is what makes holding
every batch out alone (116 fits a configuration) practical. `--save` writes each message's held-out rank per
configuration. Thirty-ninth pass: neither feature held (docs/benchmarks.md, engineer-r61).
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
from retrieval_lobo import CURATED, cached_candidates, fit, train_candidates
from scipy.optimize import minimize

CONFIGS = {
    # name: (extra columns, mismatch split, curated weights kept)
    "shipped-protocol": ((), False, CURATED),
    "mismatch-fitted": ((), False, CURATED.replace("mismatch,", "")),
    "split": (("contradicted",), True, CURATED.replace("mismatch,", "")),
    "length": (("length",), False, CURATED),
    "split+length": (("contradicted", "length"), True, CURATED.replace("mismatch,", "")),
}


class Listwise:
    """The listwise softmax objective of `retrieval_lobo.fit` (mean cross-entropy of the gold share over each message's
    candidates, plus l2 / 2 × the squared weights), over every message's candidates concatenated once; a fold is a
    mask of messages. Solved by L-BFGS to convergence (`--optimizer lbfgs`): the same optimum as 2,000 steps of
    gradient descent where those converge, in a fraction of the time, so that every batch can be held out alone."""

    def __init__(self, triples: list[tuple[np.ndarray, np.ndarray, object]]) -> None:
        usable = [i for i, (_, y, _) in enumerate(triples) if y.any() and not y.all()]
        self.message = np.full(len(triples), -1)
        self.message[usable] = np.arange(len(usable))
        lengths = np.array([len(triples[i][1]) for i in usable])
        self.starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        self.segment = np.repeat(np.arange(len(usable)), lengths)
        self.flat = np.concatenate([triples[i][0] for i in usable]).astype(np.float64)
        self.target = np.concatenate([triples[i][1] / triples[i][1].sum() for i in usable]).astype(np.float64)

    def fit(
        self, inside: np.ndarray, start: np.ndarray, free: np.ndarray, l2: float, initial: np.ndarray | None = None
    ) -> np.ndarray:
        """The weights fitted on the messages `inside` (a boolean mask over the triples); fixed weights stay as in
        `start`; the free ones start from `initial` (the fit on every batch: the objective is convex, so only the
        number of iterations depends on where they start)."""
        used = np.zeros(len(self.starts), dtype=bool)
        used[self.message[inside & (self.message >= 0)]] = True
        row_weight = used[self.segment].astype(np.float64) / used.sum()
        moving = free.astype(bool)

        def loss(values: np.ndarray) -> tuple[float, np.ndarray]:
            weights = start.astype(np.float64).copy()
            weights[moving] = values
            scores = self.flat @ weights
            top = np.maximum.reduceat(scores, self.starts)
            shifted = scores - top[self.segment]
            log_norm = np.log(np.add.reduceat(np.exp(shifted), self.starts))
            log_p = shifted - log_norm[self.segment]
            value = -float((row_weight * self.target * log_p).sum()) + 0.5 * l2 * float(values @ values)
            p = np.exp(log_p)
            grad = ((p - self.target) * row_weight) @ self.flat
            return value, grad[moving] + l2 * values

        result = minimize(
            loss,
            (start if initial is None else initial)[moving].astype(np.float64),
            jac=True,
            method="L-BFGS-B",
            options={"maxiter": 500, "gtol": 1e-7},
        )
        weights = start.astype(np.float64).copy()
        weights[moving] = result.x
        return weights


def contradicted(title: frozenset[str], writer: frozenset[str]) -> bool:
    """Whether a fiche title names another public, union, document or school level than the one the writer names."""
    from guichet.knowledge.rerank import PUBLICS
    from guichet.knowledge.situations import DOCUMENTS, SCHOOL_LEVELS, UNIONS

    for alternatives in (PUBLICS, UNIONS, DOCUMENTS, SCHOOL_LEVELS):
        named, own = title & alternatives, writer & alternatives
        if named and own and not named & own:
            return True
    return False


def gather_all(corpus: str, limit: int = 0) -> list[dict]:
    from guichet.knowledge.ages import age_fit
    from guichet.knowledge.analysis import fold
    from guichet.knowledge.french_abroad import FOREIGNER, employee_abroad, foreign_person_title, french_writer
    from guichet.knowledge.rerank import COLUMN, FACET_TITLE_SHARE, other_event

    out = []
    for index, row, query, candidates, fiches in train_candidates(corpus, limit):
        folded = fold(" ".join([query.subject, *query.asks, *query.context]))
        french = french_writer(folded, query.qualifiers)
        against = []
        for row_index, fiche in enumerate(fiches):
            meta = index.fiches[fiche]
            qualifiers = index.title_qualifiers[fiche]
            foreigner = french and (
                foreign_person_title(fold(meta["title"])) or employee_abroad(folded, meta.get("audiences", ()))
            )
            if foreigner:
                qualifiers = qualifiers - FOREIGNER
            features = candidates.features[row_index]
            against.append(
                bool(features[COLUMN["mismatch"]])
                and (
                    foreigner
                    or contradicted(qualifiers, query.qualifiers)
                    or age_fit(index.title_ages[fiche], query.ages, query.own_ages) is False
                    or (
                        other_event(index.title_facets[fiche], query.facets)
                        and features[COLUMN["title"]] >= FACET_TITLE_SHARE
                    )
                )
            )
        out.append(
            {
                "id": row["id"],
                "file": row["file"],
                "kind": row.get("kind", ""),
                "labels": np.array([index.fiches[f]["fiche_id"] in row["fiche_ids"] for f in fiches], dtype=bool),
                "candidates": candidates,
                "lengths": np.array([len(index.chunks_of(f)) for f in fiches], dtype=np.float64),
                "contradicted": np.array(against, dtype=bool),
            }
        )
    return out


def augmented(item: dict, extra: tuple[str, ...], split: bool):
    """The message's candidates with the configuration's columns: the extra ones appended after FEATURES."""
    from guichet.knowledge.rerank import COLUMN

    features = item["candidates"].features.astype(np.float32).copy()
    columns = []
    for name in extra:
        if name == "length":
            length = np.log1p(item["lengths"])
            columns.append(length / max(float(length.max(initial=0.0)), 1e-9))
        elif name == "contradicted":
            columns.append(item["contradicted"].astype(np.float32))
    if split:  # the mismatch column keeps what is not mentioned only
        features[item["contradicted"], COLUMN["mismatch"]] = 0.0
    if columns:
        features = np.column_stack([features, *columns]).astype(np.float32)
    return replace(item["candidates"], features=features)


def held_out_ranks(
    data: list[dict], config: str, folds: int, steps: int, optimizer: str
) -> tuple[list[int], np.ndarray, list[int]]:
    from guichet.knowledge.rerank import FEATURES, WEIGHTS, rerank

    extra, split, keep_text = CONFIGS[config]
    keep = set(keep_text.split(","))
    names = [*FEATURES, *extra]
    shipped = {name: float(w) for name, w in zip(FEATURES, WEIGHTS, strict=True)}
    start = np.array([shipped.get(name, 0.0) if name in keep else 0.0 for name in names])
    free = np.array([name not in keep for name in names], dtype=np.float64)
    cands = [augmented(item, extra, split) for item in data]
    triples = [(c.features, item["labels"].astype(np.float32), c) for c, item in zip(cands, data, strict=True)]

    def ranks_of(members: list[int], weights: np.ndarray) -> list[int]:
        out = []
        for i in members:
            labels, candidates = data[i]["labels"], cands[i]
            if not labels.any():
                out.append(10**6)
                continue
            row = {int(fiche): j for j, fiche in enumerate(candidates.fiches)}
            order = [row[f] for f, _, _ in rerank(candidates, np.asarray(weights, dtype=np.float32))]
            out.append(int(np.argmax(labels[order])))
        return out

    batches = sorted({item["file"] for item in data if item["fit"]})
    groups = [set(batches[i::folds]) for i in range(folds)] if folds else [{b} for b in batches]
    held = [10**6] * len(data)
    fitted = np.array([item["fit"] for item in data])
    files = np.array([item["file"] for item in data])
    if optimizer == "lbfgs":
        objective = Listwise(triples)
        on_all = objective.fit(fitted, start, free, l2=0.003)

        def fit_on(mask: np.ndarray) -> np.ndarray:
            return objective.fit(mask, start, free, l2=0.003, initial=on_all)
    else:

        def fit_on(mask: np.ndarray) -> np.ndarray:
            return fit([t for t, m in zip(triples, mask, strict=True) if m], start, free, l2=0.003, steps=steps)

    for group in groups:
        weights = fit_on(fitted & ~np.isin(files, list(group)))
        members = [i for i, item in enumerate(data) if item["fit"] and item["file"] in group]
        for i, rank in zip(members, ranks_of(members, weights), strict=True):
            held[i] = rank
    everything = fit_on(fitted)
    check = [i for i, item in enumerate(data) if not item["fit"]]
    for i, rank in zip(check, ranks_of(check, everything), strict=True):
        held[i] = rank  # corpora/drafting: ranked by the weights fitted on all of corpora/retrieval
    # the shipped weights, the contradicted column at the mismatch weight and the length at zero: the shipped order
    mismatch_weight = float(WEIGHTS[FEATURES.index("mismatch")])
    as_shipped = np.array([*WEIGHTS, *(mismatch_weight if name == "contradicted" else 0.0 for name in extra)])
    shipped_ranks = ranks_of(list(range(len(data))), as_shipped)
    return held, everything, shipped_ranks


def summary(data: list[dict], ranks: list[int], members: list[int]) -> str:
    n = len(members)
    first = sum(ranks[i] == 0 for i in members)
    top5 = sum(ranks[i] < 5 for i in members)
    mrr = sum(1.0 / (ranks[i] + 1) for i in members if ranks[i] < 10) / max(n, 1)
    return f"{n:>5}  {first / max(n, 1):.3f} / {top5 / max(n, 1):.3f}  ({first:>4} / {top5:>4})  MRR {mrr:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", required=True, help="the gathered candidates (written when absent)")
    parser.add_argument("--folds", type=int, default=0, help="0: one batch at a time; N: N groups of batches")
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument(
        "--optimizer", choices=("gd", "lbfgs"), default="gd", help="gd: retrieval_lobo.fit, 2,000 steps"
    )
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--limit", type=int, default=0, help="only the first N messages of each corpus (a smoke run)")
    parser.add_argument("--save", help="per-message held-out ranks, one column a configuration (TSV)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.knowledge.rerank import FEATURES

    data = cached_candidates(
        Path(args.cache),
        lambda: (
            [dict(item, fit=True) for item in gather_all("corpora/retrieval", args.limit)]
            + [dict(item, fit=False) for item in gather_all("corpora/drafting", args.limit)]
        ),
    )
    fitted = [i for i, item in enumerate(data) if item["fit"]]
    carriers = [i for i in fitted if item_has(data[i], "mismatch")]
    print(
        f"{len(fitted)} messages, {len({data[i]['file'] for i in fitted})} batches; mismatch on a candidate in "
        f"{len(carriers)}; gold fiches marked mismatch {gold_marked(data, fitted, False)}, contradicted "
        f"{gold_marked(data, fitted, True)}; other candidates marked mismatch {other_marked(data, fitted, False)}, "
        f"contradicted {other_marked(data, fitted, True)}"
    )
    results = {}
    for config in args.configs.split(","):
        began = time.time()
        held, weights, shipped = held_out_ranks(data, config, args.folds, args.steps, args.optimizer)
        results[config] = held
        names = [*FEATURES, *CONFIGS[config][0]]
        print(
            f"== {config} ({time.time() - began:.0f} s); fitted on all: "
            + ", ".join(f"{n} {w:.2f}" for n, w in zip(names, weights, strict=True))
        )
        groups: dict[str, list[int]] = defaultdict(list)
        for i, item in enumerate(data):
            if not item["fit"]:
                groups["drafting (check)"].append(i)
                continue
            groups["ALL"].append(i)
            groups[f"kind {item['kind']}"].append(i)
            if item["file"].startswith("v"):
                groups["unseen v*"].append(i)
        for name in sorted(groups):
            print(
                f"  {name:<20} held out {summary(data, held, groups[name])}"
                f"   shipped {summary(data, shipped, groups[name])}"
            )
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            out.write("id\tfile\tkind\t" + "\t".join(results) + "\n")
            for i, item in enumerate(data):
                out.write(
                    f"{item['id']}\t{item['file']}\t{item['kind']}\t"
                    + "\t".join(str(r[i]) for r in results.values())
                    + "\n"
                )


def item_has(item: dict, name: str) -> bool:
    from guichet.knowledge.rerank import COLUMN

    return bool(item["candidates"].features[:, COLUMN[name]].any())


def gold_marked(data: list[dict], members: list[int], against: bool) -> int:
    from guichet.knowledge.rerank import COLUMN

    column = COLUMN["mismatch"]
    return int(
        sum(
            (
                (data[i]["contradicted"] if against else data[i]["candidates"].features[:, column] > 0)
                & data[i]["labels"]
            ).sum()
            for i in members
        )
    )


def other_marked(data: list[dict], members: list[int], against: bool) -> int:
    from guichet.knowledge.rerank import COLUMN

    column = COLUMN["mismatch"]
    return int(
        sum(
            (
                (data[i]["contradicted"] if against else data[i]["candidates"].features[:, column] > 0)
                & ~data[i]["labels"]
            ).sum()
            for i in members
        )
    )


if __name__ == "__main__":
    main()
