"""Sibling columns of the re-ranking held out batch by batch with `rerank` itself (fortieth pass, engineer-r65).

    GUICHET_DATA_DIR=... nice .venv/bin/python benchmarks/retrieval_sibling_lobo.py --cache FILE [--configs …]

Engineer-r63's proposal (`general`, `narrower`) and two readings of the same breadcrumb (`sibling_general` /
`sibling_narrower`, `distinct` / `distinct_missing`, `distinct_best`), all from `retrieval_sibling_columns.py`, and
three of the re-ranking's own columns against the best sibling's (`relative_*`: `ask`, `title`, `title_dense`). The
candidates of every train + validation message of corpora/retrieval with a gold fiche, and of corpora/drafting (never
fitted on: a check), are gathered once with the code as it stands and cached with the message's analysed terms
(`Query.terms`, what the columns read). The test split is never read.

Two protocols per configuration, each batch ranked by `rerank.rerank` (weights and rules) with weights fitted without
it (`--folds 0`: one batch at a time), by L-BFGS on `retrieval_feature_lobo.Listwise`'s objective (l2 0.003):

* `added`: the shipped weights kept, only the new columns' weights fitted (what adopting the columns would ship; the
  control is the shipped order itself, held out for the new weights);
* `refit`: as engineer-r61's, the curated rules' weights kept and the others fitted from zero with the new columns;
  its control is the same refit without them (`refit-none`).

Printed: first fiche / top 5 / MRR@10 by kind, the paired gains and losses against the control, the batches up and
down, and on questions how often a sibling of the gold fiche (same breadcrumb) is ranked first.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
from retrieval_feature_lobo import Listwise
from retrieval_lobo import CURATED, cached_candidates, train_candidates
from retrieval_sibling_columns import COLUMN, SIBLING_COLUMNS, sibling_columns

CONFIGS = {
    "none": (),
    "r63": ("general", "narrower"),
    "sibling": ("sibling_general", "sibling_narrower"),
    "distinct": ("distinct", "distinct_missing"),
    "narrower": ("narrower",),
    "sibling_narrower": ("sibling_narrower",),
    "distinct_only": ("distinct",),
    "distinct_best": ("distinct_best",),
    # a candidate's column against its best sibling's (same breadcrumb), 0 without a sibling among the candidates
    "relative_ask": ("relative:ask",),
    "relative_title": ("relative:title",),
    "relative_title_dense": ("relative:title_dense",),
    "relative_three": ("relative:ask", "relative:title", "relative:title_dense"),
    "all": SIBLING_COLUMNS,
}


def gather(corpus: str, fit: bool, limit: int) -> list[dict]:
    from guichet.knowledge.analysis import analyze

    out = []
    for index, row, query, candidates, fiches in train_candidates(corpus, limit):
        out.append(
            {
                "id": row["id"],
                "file": row["file"],
                "kind": row.get("kind", ""),
                "fit": fit,
                "labels": np.array([index.fiches[f]["fiche_id"] in row["fiche_ids"] for f in fiches], dtype=bool),
                "themes": [index.fiches[f].get("theme", "") for f in fiches],
                "candidates": candidates,
                "terms": query.terms,
                "asked": frozenset(analyze(" ".join([query.subject, *query.asks, *query.expansions()]))),
            }
        )
    return out


def add_columns(data: list[dict], terms: str) -> None:
    """The sibling columns of each message's candidates, read from the message's `terms` ("terms": `Query.terms`;
    "asked": the subject's and the asks' words with the vocabulary's expansions, no story)."""
    from guichet.knowledge.index import get_index

    index = get_index()
    for item in data:
        item["siblings"] = sibling_columns(index, item[terms], [int(f) for f in item["candidates"].fiches])


def relative(item: dict, name: str) -> np.ndarray:
    """A column of the re-ranking, each candidate's value minus its best sibling's (0 without a sibling)."""
    from guichet.knowledge.rerank import COLUMN as RERANK

    values = item["candidates"].features[:, RERANK[name]]
    themes = item["themes"]
    out = np.zeros(len(values), dtype=np.float32)
    for i, theme in enumerate(themes):
        others = [values[j] for j, other in enumerate(themes) if j != i and theme and other == theme]
        if others:
            out[i] = values[i] - max(others)
    return out


def augmented(item: dict, extra: tuple[str, ...]):
    features = item["candidates"].features.astype(np.float32)
    columns = [
        relative(item, name.split(":")[1]) if name.startswith("relative:") else item["siblings"][:, COLUMN[name]]
        for name in extra
    ]
    if columns:
        features = np.column_stack([features, *columns])
    return replace(item["candidates"], features=features.astype(np.float32))


def order_of(candidates, weights: np.ndarray) -> list[int]:
    from guichet.knowledge.rerank import rerank

    row = {int(fiche): j for j, fiche in enumerate(candidates.fiches)}
    return [row[f] for f, _, _ in rerank(candidates, np.asarray(weights, dtype=np.float32))]


def held_out(data: list[dict], extra: tuple[str, ...], protocol: str) -> tuple[list[int], list[bool], np.ndarray]:
    """Each message's held-out rank of its first gold fiche, whether a sibling of the gold is first, and the weights
    fitted on every batch."""
    from guichet.knowledge.rerank import FEATURES, WEIGHTS

    names = [*FEATURES, *extra]
    if protocol == "added":
        start = np.array([*WEIGHTS, *(0.0 for _ in extra)], dtype=np.float64)
        free = np.array([name in extra for name in names], dtype=np.float64)
    else:
        keep = set(CURATED.split(","))
        shipped = dict(zip(FEATURES, WEIGHTS, strict=True))
        start = np.array([float(shipped.get(n, 0.0)) if n in keep else 0.0 for n in names])
        free = np.array([n not in keep for n in names], dtype=np.float64)
    cands = [augmented(item, extra) for item in data]
    ranks = [10**6] * len(data)
    sibling_first = [False] * len(data)
    fitted = np.array([item["fit"] for item in data])
    files = np.array([item["file"] for item in data])

    def score(members: list[int], weights: np.ndarray) -> None:
        for i in members:
            labels = data[i]["labels"]
            if not labels.any():
                continue
            order = order_of(cands[i], weights)
            ranks[i] = int(np.argmax(labels[order]))
            top = order[0]
            gold_themes = {data[i]["themes"][j] for j in np.flatnonzero(labels)}
            sibling_first[i] = bool(not labels[top] and data[i]["themes"][top] in gold_themes)

    if not free.any():
        score(list(range(len(data))), start)
        return ranks, sibling_first, start
    triples = [(c.features, item["labels"].astype(np.float32), c) for c, item in zip(cands, data, strict=True)]
    objective = Listwise(triples)
    on_all = objective.fit(fitted, start, free, l2=0.003)
    for batch in sorted(set(files[fitted])):
        weights = objective.fit(fitted & (files != batch), start, free, l2=0.003, initial=on_all)
        score([i for i in range(len(data)) if fitted[i] and files[i] == batch], weights)
    score([i for i in range(len(data)) if not fitted[i]], on_all)
    return ranks, sibling_first, on_all


def line(ranks: list[int], members: list[int], sibling_first: list[bool] | None = None) -> str:
    n = max(len(members), 1)
    first = sum(ranks[i] == 0 for i in members)
    top5 = sum(ranks[i] < 5 for i in members)
    top10 = sum(ranks[i] < 10 for i in members)
    mrr = sum(1.0 / (ranks[i] + 1) for i in members if ranks[i] < 10) / n
    text = f"{len(members):>5} {first / n:.3f} / {top5 / n:.3f} / {top10 / n:.3f} ({first:>4}/{top5:>4}) MRR {mrr:.3f}"
    if sibling_first is not None:
        text += f" sibling-first {sum(sibling_first[i] for i in members):>4}"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", required=True, help="the gathered candidates (written when absent)")
    parser.add_argument("--configs", default="r63,sibling,distinct,all")
    parser.add_argument("--protocols", default="added")
    parser.add_argument("--terms", choices=("terms", "asked"), default="terms", help="the words the columns read")
    parser.add_argument("--limit", type=int, default=0, help="only the first N messages of each corpus (a smoke run)")
    parser.add_argument("--save", help="per-message held-out ranks, one column a configuration (TSV)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.knowledge.rerank import FEATURES

    data = cached_candidates(
        Path(args.cache),
        lambda: gather("corpora/retrieval", True, args.limit) + gather("corpora/drafting", False, args.limit),
    )
    add_columns(data, args.terms)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(data):
        if not item["fit"]:
            groups["drafting (check)"].append(i)
            continue
        groups["ALL"].append(i)
        groups[f"kind {item['kind']}"].append(i)
        if item["file"].startswith("r65"):
            groups["own batch r65"].append(i)
    files = sorted({item["file"] for item in data if item["fit"]})
    results: dict[str, list[int]] = {}
    base, base_sibling, _ = held_out(data, (), "added")
    results["shipped"] = base
    print("== shipped")
    for name in sorted(groups):
        print(f"  {name:<18} {line(base, groups[name], base_sibling)}")
    controls = {"added": (base, base_sibling)}
    if "refit" in args.protocols:
        controls["refit"] = held_out(data, (), "refit")[:2]
    for protocol in args.protocols.split(","):
        for config in args.configs.split(","):
            extra = CONFIGS[config]
            if not extra:
                continue
            began = time.time()
            ranks, sibling_first, weights = held_out(data, extra, protocol)
            results[f"{protocol}:{config}"] = ranks
            control, control_sibling = controls[protocol]
            names = [*FEATURES, *extra]
            shown = ", ".join(f"{n} {w:.2f}" for n, w in zip(names, weights, strict=True) if n in extra)
            if protocol == "refit":
                shown = ", ".join(f"{n} {w:.2f}" for n, w in zip(names, weights, strict=True))
            print(f"== {protocol}:{config} ({time.time() - began:.0f} s); fitted on all: {shown}")
            for name in sorted(groups):
                members = groups[name]
                up = sum(ranks[i] == 0 and control[i] != 0 for i in members)
                down = sum(ranks[i] != 0 and control[i] == 0 for i in members)
                up5 = sum(ranks[i] < 5 <= control[i] for i in members)
                down5 = sum(control[i] < 5 <= ranks[i] for i in members)
                print(f"  {name:<18} {line(ranks, members, sibling_first)}  first +{up}/-{down}, top5 +{up5}/-{down5}")
            ups = downs = 0
            for batch in files:
                members = [i for i in groups["ALL"] if data[i]["file"] == batch]
                gain = sum(ranks[i] == 0 for i in members) - sum(control[i] == 0 for i in members)
                ups += gain > 0
                downs += gain < 0
            print(f"  batches (first fiche): {ups} up, {downs} down, {len(files) - ups - downs} the same")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            out.write("id\tfile\tkind\t" + "\t".join(results) + "\n")
            for i, item in enumerate(data):
                row = "\t".join(str(r[i]) for r in results.values())
                out.write(f"{item['id']}\t{item['file']}\t{item['kind']}\t{row}\n")


if __name__ == "__main__":
    main()
