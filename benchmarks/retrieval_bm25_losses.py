"""Items where plain BM25 ranks the gold fiche better than the hybrid search, and the stage that loses them
(fifty-eighth pass, engineer-r111, issue 14).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_bm25_losses.py [--split train,validation]
        [--save OUT.json] [--rule] [--limit N]

For every item of `corpora/retrieval` with a gold fiche in the splits, runs what `guichet.knowledge.retrieval.
run_search` runs (`understand`, `gather` with the item's administration, `rerank`, then the two post rules
`death_steps.guide_after_step` and `neighbour_fiches.tell_apart`; hybrid, no audience filter), so the first ten are
those of `guichet eval retrieval … --k 10`, and plain BM25 of the raw message over whole fiches as `--mode bm25`
does. Prints per split hit@1 / @5 / @10 of both, the items each wins (the gold ranked better in its top 10) by kind,
and for the items BM25 wins: the stage (never gathered; gathered and re-ranked below 10, 6-10 or 2-5; moved by a
post rule) and the fiche the search put first (a sibling of the gold: the same breadcrumb above the title). With
`--rule`, the effect of `guichet.knowledge.lexical_agreement.keep_near_top` (its constants as they are, switch on)
on the same rankings: hit@1 / @5 / @10 gained and items up / down.
"""

import argparse
import json
import os
from collections import Counter
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from guichet.knowledge import death_steps, lexical_agreement, neighbour_fiches, retrieval  # noqa: E402
from guichet.knowledge.baseline import bm25_whole_fiches  # noqa: E402
from guichet.knowledge.evaluation import load_items  # noqa: E402
from guichet.knowledge.index import get_index  # noqa: E402
from guichet.knowledge.query import understand  # noqa: E402
from guichet.knowledge.rerank import rerank  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "retrieval"


def _rank(ids: list[str], gold: list[str]) -> int | None:
    return next((at for at, fiche_id in enumerate(ids, 1) if fiche_id in gold), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="train,validation")
    parser.add_argument("--save", default="")
    parser.add_argument("--rule", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="the first N items of each split (a smoke run)")
    args = parser.parse_args()
    index = get_index()
    allowed = retrieval._allowed(index, None, None)
    lexical_agreement.KEEP_CLEAR_FIRST = True
    saved = []
    for split in args.split.split(","):
        rows = []
        items = load_items(CORPUS, split=split)
        for item in items[: args.limit or len(items)]:
            if not item.gold:
                continue
            query = understand(item.query, administration=item.administration)
            ranked, before, moved = [], [], []
            if not query.empty:
                with retrieval._BLAS.limit(limits=settings.GUICHET_EMBED_THREADS, user_api="blas"):
                    candidates, _, _ = retrieval.gather(
                        index, query, allowed, use_dense=True, administration=item.administration
                    )
                first = rerank(candidates)
                after = death_steps.guide_after_step(query, index.fiches, first)
                after = neighbour_fiches.tell_apart(query, index.fiches, after)
                before = [index.fiches[f]["fiche_id"] for f, _, _ in first]
                ranked = [index.fiches[f]["fiche_id"] for f, _, _ in after]
                if args.rule:
                    kept = lexical_agreement.keep_near_top(index, item.query, after)
                    moved = [index.fiches[f]["fiche_id"] for f, _, _ in kept]
            rows.append(
                {
                    "id": item.id,
                    "kind": item.kind,
                    "gold": list(item.gold),
                    "hybrid": _rank(ranked, item.gold),
                    "reranked": _rank(before, item.gold),
                    "rule": _rank(moved, item.gold) if args.rule else None,
                    "bm25": _rank(bm25_whole_fiches(item.query, k=10), item.gold),
                    "first": ranked[0] if ranked else "",
                }
            )
        report(index, split, rows, args.rule)
        saved.extend({"split": split, **row} for row in rows)
    if args.save:
        Path(args.save).write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")


def report(index, split: str, rows: list[dict], rule: bool) -> None:
    def theme(fiche_id: str) -> str:
        position = index.position.get(fiche_id)
        return str(index.fiches[position].get("theme", "")) if position is not None else ""

    def top(rank: int | None) -> int | None:
        return rank if rank is not None and rank <= 10 else None

    n = len(rows)
    for name in ("hybrid", "bm25"):
        shares = " / ".join(f"{sum(1 for r in rows if top(r[name]) and r[name] <= k) / n:.3f}" for k in (1, 5, 10))
        print(f"{split} {name}: n {n}, hit@1 / @5 / @10 {shares}")
    won, lost, stages, firsts = Counter(), Counter(), Counter(), Counter()
    for row in rows:
        hybrid, bm25 = top(row["hybrid"]), row["bm25"]
        if hybrid and (bm25 is None or hybrid < bm25):
            won[row["kind"]] += 1
        if not bm25 or (hybrid and hybrid <= bm25):
            continue
        lost[row["kind"]] += 1
        rank = row["hybrid"]
        stage = (
            "never gathered"
            if rank is None
            else "re-ranked below 10"
            if rank > 10
            else "re-ranked 6-10"
            if rank > 5
            else "re-ranked 2-5"
        )
        stages[stage + (" (a post rule moved it)" if row["reranked"] != rank else "")] += 1
        if rank is not None:
            sibling = any(theme(row["first"]) and theme(row["first"]) == theme(g) for g in row["gold"])
            firsts["a sibling first" if sibling else "another fiche first"] += 1
    print(f"{split} won by the hybrid ({sum(won.values())}): {dict(won.most_common())}")
    print(f"{split} won by BM25 ({sum(lost.values())}): {dict(lost.most_common())}")
    print(f"{split} BM25's wins by stage: {dict(stages.most_common())}; first fiche: {dict(firsts.most_common())}")
    if rule:
        gained = {}
        for k in (1, 5, 10):
            gained[f"hit@{k}"] = sum(1 for r in rows if top(r["rule"]) and r["rule"] <= k) - sum(
                1 for r in rows if top(r["hybrid"]) and r["hybrid"] <= k
            )
        up = sum(1 for r in rows if (r["rule"] or 99) < (r["hybrid"] or 99))
        down = sum(1 for r in rows if (r["rule"] or 99) > (r["hybrid"] or 99))
        print(f"{split} keep_near_top: {gained}, {up} up, {down} down")


if __name__ == "__main__":
    main()
