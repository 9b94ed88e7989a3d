"""Leave one batch out: the re-ranking refitted without a batch of corpora/retrieval, scored on that batch.

    GUICHET_DATA_DIR=... .venv/bin/python benchmarks/retrieval_lobo.py [--keep …] [--save FILE]

Every batch (a `*.jsonl` file of corpora/retrieval; train + validation only, the test split is never read) is ranked
by weights fitted (as `benchmarks/retrieval_rerank_fit.py --fit-validation --keep …`: the curated rules' weights kept,
the others fitted from zero) on every other batch; corpora/drafting (train + validation, other authors, never fitted
on) is ranked by the weights fitted on all of corpora/retrieval. Prints, per batch and for groups (the unseen `v*`
batches, the batches written from fiches drawn at random, distress, each kind), the first fiche / top 5 counts by the
fitted weights, beside the same counts with the shipped weights (rerank.WEIGHTS, in-sample for most batches), and the
candidate recall (gold among the re-ranking's candidates). The fit is the same listwise softmax, vectorised over the
messages' candidates concatenated. Fifteenth pass: `--folds 7` holds the batches out in 7 groups (each batch still
ranked by weights fitted without it: about 20 minutes instead of 50 at load 9), and `--against NAME=VALUE` runs a
second configuration in the same process (`--set PER_STORY=0 --against PER_STORY=15`, or a switch of another
module, `query.READ_WRONG_OFFICE=1`), printed per group against the first. Sixteenth pass: `--not-fitted r16-,…`
prints the groups again restricted to the batches the shipped weights never saw, where the shipped column is held
out too (a refit against the shipped weights on equal terms; over every batch the shipped column is in-sample).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

CURATED = "vocabulary,distress,recourse,facet,mismatch,qualifier,vocabulary_context"
# batches written from fiches drawn at random (seventeenth pass: r19, and v24, drawn with seed 2424 by its author;
# eighteenth pass: r20, random.Random(2020); nineteenth pass: r21, random.Random(2121); twentieth pass: r22,
# random.Random(2222); twenty-first pass: r23, random.Random(2323); twenty-second pass: r24, random.Random(2424);
# twenty-third pass: r25, random.Random(2525))
RANDOM_FICHES = (
    "r13-",
    "v13-",
    "r14-",
    "v14-",
    "v15-",
    "r15-",
    "v16-",
    "r16-",
    "v18-",
    "r17-",
    "r18-",
    "r19-",
    "v24-",
    "r20-",
    "r21-",
    "r22-",
    "r23-",
    "r24-",
    "r25.",
)


def train_candidates(corpus: str = "corpora/retrieval", limit: int = 0):
    """Each train + validation message of `corpus` with a gold fiche, with its query and the re-ranking's candidates
    as `retrieval.gather` builds them: (index, row, query, candidates, fiche rows); Django set up by the caller."""
    from guichet.corpora import read_corpus
    from guichet.knowledge.index import get_index
    from guichet.knowledge.query import understand
    from guichet.knowledge.retrieval import _allowed, gather

    index = get_index()
    allowed = _allowed(index, None, None)
    rows = [r for r in read_corpus(corpus) if r["split"] in ("train", "validation") and r["fiche_ids"]]
    for row in rows[: limit or None]:
        administration = row.get("administration", "")
        query = understand(f"{row.get('title', '')}\n{row['message']}", administration=administration)
        candidates, _, _ = gather(
            index, query, allowed, use_dense=index.dense is not None, administration=administration
        )
        yield index, row, query, candidates, [int(f) for f in candidates.fiches]


def cached_candidates(cache: Path, gather: Callable[[], list[dict]]) -> list[dict]:
    """The gathered candidates read from `cache` (a local pickle the run itself wrote), or gathered and written there
    when it is absent: the held-out benchmarks gather once, then refit many times."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    began = time.time()
    data = gather()
    cache.write_bytes(pickle.dumps(data))
    print(f"gathered {len(data)} messages in {time.time() - began:.0f} s")
    return data


def collect(rows, index, allowed):
    from guichet.knowledge.query import understand
    from guichet.knowledge.retrieval import gather

    data = []
    for row in rows:
        query = understand(f"{row.get('title', '')}\n{row['message']}", administration=row.get("administration", ""))
        candidates, _, _ = gather(
            index, query, allowed, use_dense=index.dense is not None, administration=row.get("administration", "")
        )
        ids = [index.fiches[f]["fiche_id"] for f in candidates.fiches]
        labels = np.array([fiche_id in row["fiche_ids"] for fiche_id in ids], dtype=np.float32)
        data.append((candidates.features, labels, candidates))
    return data


def fit(data, start: np.ndarray, free: np.ndarray, *, l2: float, steps: int = 2000, rate: float = 0.5) -> np.ndarray:
    """The listwise softmax fit over every message's candidates, concatenated: the sums of the former padded tensor
    without its masked padding (same weights to 1e-15 on a synthetic check; no faster on the loaded 2-core VM)."""
    usable = [(f, y) for f, y, _ in data if y.any() and not y.all()]
    n = len(usable)
    lengths = np.array([len(y) for _, y in usable])
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    segment = np.repeat(np.arange(n), lengths)
    flat = np.concatenate([f for f, _ in usable]).astype(np.float64)
    target = np.concatenate([y / y.sum() for _, y in usable]).astype(np.float64)
    weights = start.astype(np.float64).copy()
    for _ in range(steps):
        scores = flat @ weights
        p = np.exp(scores - np.maximum.reduceat(scores, starts)[segment])
        p /= np.add.reduceat(p, starts)[segment]
        grad = l2 * weights + (p - target) @ flat / n
        weights -= rate * grad * free
    return weights


def ranks(data, weights) -> list[int]:
    """Per message: the rank of its first gold fiche in the re-ranking's order (10**6 when not a candidate)."""
    from guichet.knowledge.rerank import rerank

    out = []
    for _, labels, candidates in data:
        if not labels.any():
            out.append(10**6)
            continue
        row = {int(fiche): i for i, fiche in enumerate(candidates.fiches)}
        order = [row[fiche] for fiche, _, _ in rerank(candidates, np.asarray(weights, dtype=np.float32))]
        out.append(int(np.argmax(labels[order] > 0)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--check", default="corpora/drafting")
    parser.add_argument("--keep", default=CURATED)
    parser.add_argument("--l2", type=float, default=0.003)
    parser.add_argument(
        "--folds",
        type=int,
        default=0,
        help="hold out batches in this many groups (the sorted batches dealt in turn) instead of one at a time: "
        "each batch is still ranked by weights fitted without it, on less data, in a fraction of the time",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a constant of guichet.knowledge.retrieval (PER_STORY=15, RERANK_DEPTH=50) or of another module "
        "of guichet.knowledge (query.READ_WRONG_OFFICE=0) for this run",
    )
    parser.add_argument(
        "--ablate",
        action="append",
        default=[],
        metavar="FEATURE,…",
        help="also run leave one batch out with these features kept at their shipped weights",
    )
    parser.add_argument(
        "--against",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="also gather the candidates with these constants changed (after --set) and run leave one batch out on "
        "them: printed per group against the first run, in one process (the same folds, the same load)",
    )
    parser.add_argument(
        "--not-fitted",
        default="",
        metavar="PREFIX,…",
        help="batches (file name prefixes: r16-,v18-) the shipped weights were not fitted on: the summary groups are "
        "also printed restricted to them, where the shipped column is held out too (elsewhere it is in-sample)",
    )
    parser.add_argument(
        "--save", help="write per-message ranks (id, batch, kind, lobo rank, shipped rank[, --against's lobo]) as TSV"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.knowledge import retrieval
    from guichet.knowledge.index import get_index
    from guichet.knowledge.rerank import FEATURES, WEIGHTS
    from guichet.knowledge.retrieval import _allowed

    def apply(specs: list[str]) -> list[str]:
        """Set constants of guichet.knowledge.retrieval (or of another module of guichet.knowledge:
        "query.READ_WRONG_OFFICE=0"); returns the specs that restore them."""
        previous = []
        for spec in specs:
            name, value = spec.split("=")
            module, _, attribute = name.rpartition(".")
            target = importlib.import_module(f"guichet.knowledge.{module}") if module else retrieval
            current = getattr(target, attribute)
            previous.append(f"{name}={int(current) if isinstance(current, bool) else current}")
            setattr(target, attribute, bool(int(value)) if isinstance(current, bool) else type(current)(value))
        return previous

    apply(args.set)

    index = get_index()
    allowed = _allowed(index, None, None)

    def rows_of(corpus):
        return [r for r in read_corpus(corpus) if r["split"] in ("train", "validation") and r["fiche_ids"]]

    rows = rows_of(args.corpus)
    data = collect(rows, index, allowed)
    check_rows = rows_of(args.check) if args.check else []
    check = collect(check_rows, index, allowed)
    if args.against:
        restore = apply(args.against)
        data_against, check_against = collect(rows, index, allowed), collect(check_rows, index, allowed)
        apply(restore)

    def leave_one_out(keep: set[str], data=data) -> tuple[list[int], np.ndarray]:
        start = np.array([WEIGHTS[i] if name in keep else 0.0 for i, name in enumerate(FEATURES)])
        free = np.array([name not in keep for name in FEATURES], dtype=np.float64)
        lobo = [0] * len(rows)
        batches = sorted({r["file"] for r in rows})
        folds = [set(batches[i :: args.folds]) for i in range(args.folds)] if args.folds else [{b} for b in batches]
        for held in folds:
            inside = [i for i, r in enumerate(rows) if r["file"] in held]
            weights = fit(
                [d for d, r in zip(data, rows, strict=True) if r["file"] not in held], start, free, l2=args.l2
            )
            for i, rank in zip(inside, ranks([data[i] for i in inside], weights), strict=True):
                lobo[i] = rank
        return lobo, fit(data, start, free, l2=args.l2)

    keep = {name for name in args.keep.split(",") if name}
    lobo, everything = leave_one_out(keep)
    shipped = ranks(data, WEIGHTS)
    print("fitted on all:", ", ".join(f"{n} {w:.2f}" for n, w in zip(FEATURES, everything, strict=True)))
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        name = r["file"].removesuffix(".jsonl")
        for group in (name, "ALL", "unseen v*" if name.startswith("v") else None):
            if group:
                groups[group].append(i)
        if r["file"].startswith(RANDOM_FICHES):
            groups["random fiches"].append(i)
        if r.get("kind") == "distress":
            groups["distress"].append(i)
        groups[f"kind {r.get('kind', '')}"].append(i)

    def line(name, members, a, b, cand):
        n = len(members)
        return (
            f"{name:<22} {n:>5}  lobo {sum(a[i] == 0 for i in members):>5} / {sum(a[i] < 5 for i in members):>5}"
            f"   shipped {sum(b[i] == 0 for i in members):>5} / {sum(b[i] < 5 for i in members):>5}"
            f"   candidates {sum(cand[i] for i in members):>5}"
        )

    cand = [bool(d[1].any()) for d in data]
    for name in [*sorted(g for g in groups if g[0] in "rv" and g != "random fiches"), "unseen v*"]:
        if name in groups and name != "unseen v*":
            print(line(name, groups[name], lobo, shipped, cand))
    summary = ("unseen v*", "random fiches", "distress", *sorted(g for g in groups if g.startswith("kind ")), "ALL")
    for name in summary:
        print(line(name, groups[name], lobo, shipped, cand))
    if prefixes := tuple(p for p in args.not_fitted.split(",") if p):
        unfitted = {i for i, r in enumerate(rows) if r["file"].startswith(prefixes)}
        print(f"-- batches the shipped weights were not fitted on ({', '.join(prefixes)}): both columns held out")
        for name in summary:
            print(line(name, [i for i in groups[name] if i in unfitted], lobo, shipped, cand))
    against = None
    if args.against:
        against, weights = leave_one_out(keep, data_against)
        print("fitted on all:", ", ".join(f"{n} {w:.2f}" for n, w in zip(FEATURES, weights, strict=True)))
        print(f"-- with {' '.join(args.against)} (lobo) against the first run (lobo in the 'shipped' column):")
        cand_against = [bool(d[1].any()) for d in data_against]
        for name in [*sorted(g for g in groups if g[0] in "rv" and g != "random fiches"), *summary]:
            print(line(name, groups[name], against, lobo, cand_against))
        check_cand = [bool(d[1].any()) for d in check_against]
        print(
            line(
                "drafting (check)",
                list(range(len(check))),
                ranks(check_against, weights),
                ranks(check, everything),
                check_cand,
            )
        )
    for extra in args.ablate:
        ablated, weights = leave_one_out(keep | set(extra.split(",")))
        print(f"-- with {extra} kept at its shipped weight (lobo) against the fit above:")
        for name in ("unseen v*", "random fiches", "distress", "ALL"):
            print(line(name, groups[name], ablated, lobo, cand))
        print(
            line(
                "drafting (check)",
                list(range(len(check))),
                ranks(check, weights),
                ranks(check, everything),
                [bool(d[1].any()) for d in check],
            )
        )
    check_fit, check_shipped = ranks(check, everything), ranks(check, WEIGHTS)
    check_cand = [bool(d[1].any()) for d in check]
    print(line("drafting (check)", list(range(len(check))), check_fit, check_shipped, check_cand))
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            for i, r in enumerate(rows):
                extra = f"\t{against[i]}" if against else ""
                out.write(f"{r['id']}\t{r['file']}\t{r.get('kind', '')}\t{lobo[i]}\t{shipped[i]}{extra}\n")


if __name__ == "__main__":
    main()
