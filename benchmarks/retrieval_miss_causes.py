"""Why a gold fiche is not in the top 5: never gathered, or gathered and ranked down (fortieth pass, engineer-r66).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_miss_causes.py FILE.jsonl [--save OUT.json]

Runs, for every message of FILE with a gold fiche, what `guichet.knowledge.retrieval.run_search` runs (`understand`,
`gather` with the message's administration, `rerank`; hybrid, no audience filter), so the ranks are those of
`guichet eval retrieval FILE --k 10` (the same order over all candidates, not only the first 10). Prints hit@1 / @5 /
@10 per kind and, for the messages whose gold is not in the top 5, a count by cause: the gold never among the
candidates (a vocabulary gap, or the query built from the wrong sentences), or gathered and ranked 6th to 10th or
below 10th by the re-ranker; each split again by the first fiche: a sibling of the gold (the same breadcrumb above
its title), a guide, or a fiche of another breadcrumb. Write FILE with `guichet.corpora.write_items` from the
train and validation splits only. `--save` keeps each message's rank and first five fiches (to compare two codes).
"""

import argparse
import json
import os
import time
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from guichet.knowledge import retrieval  # noqa: E402
from guichet.knowledge.index import LoadedIndex, get_index  # noqa: E402
from guichet.knowledge.query import understand  # noqa: E402
from guichet.knowledge.rerank import rerank  # noqa: E402

GUIDE_TITLES = ("J'", "Je ", "Comment faire si", "Recherche guidée")


def ranked_ids(index: LoadedIndex, row: dict, allowed) -> list[str]:
    """Every candidate's fiche id, best first, as the search orders them."""
    text = f"{row.get('title', '')}\n{row['message']}".strip()
    administration = row.get("administration", "")
    query = understand(text, administration=administration)
    with retrieval._BLAS.limit(limits=settings.GUICHET_EMBED_THREADS, user_api="blas"):
        candidates, _, _ = retrieval.gather(index, query, allowed, use_dense=True, administration=administration)
    return [index.fiches[fiche]["fiche_id"] for fiche, _, _ in rerank(candidates)]


def parent(index: LoadedIndex, fiche_id: str) -> str:
    position = index.position.get(fiche_id)
    if position is None:
        return ""
    return str(index.fiches[position].get("theme", ""))  # the breadcrumb between the home page and the title


def cause(index: LoadedIndex, rank: int | None, first: str, gold: list[str]) -> tuple[str, str]:
    stage = "never gathered" if rank is None else ("ranked 6-10" if rank <= 10 else "ranked below 10")
    title = index.fiches[index.position[first]]["title"] if first in index.position else ""
    if any(parent(index, first) and parent(index, first) == parent(index, g) for g in gold):
        return stage, "a sibling first"
    return stage, "a guide first" if title.startswith(GUIDE_TITLES) else "another breadcrumb first"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    index = get_index()
    allowed = retrieval._allowed(index, None, None)
    rows = [json.loads(line) for line in Path(args.file).read_text(encoding="utf-8").splitlines() if line.strip()]
    start = time.process_time()
    kept, ranks, causes = [], defaultdict(list), Counter()
    for row in rows:
        if not row.get("fiche_ids"):
            continue
        ids = ranked_ids(index, row, allowed)
        rank = next((at for at, fiche_id in enumerate(ids, 1) if fiche_id in row["fiche_ids"]), None)
        ranks[row.get("kind", "?")].append(rank)
        ranks["all"].append(rank)
        if rank is None or rank > 5:
            causes[cause(index, rank, ids[0] if ids else "", row["fiche_ids"])] += 1
        kept.append({"id": row["id"], "kind": row.get("kind", ""), "rank": rank, "top5": ids[:5]})
    print(f"{'kind':<13} {'n':>5}  hit@1 / hit@5 / hit@10")
    for kind, values in sorted(ranks.items(), key=lambda kv: -len(kv[1])):
        hits = [sum(1 for r in values if r is not None and r <= cut) / len(values) for cut in (1, 5, 10)]
        print(f"{kind:<13} {len(values):>5}  " + " / ".join(f"{h:.3f}" for h in hits))
    print(f"\nnot in the top 5: {sum(causes.values())}")
    for (stage, first), count in sorted(causes.items()):
        print(f"  {stage:<16} {first:<26} {count:>4}")
    print(f"\nCPU {time.process_time() - start:.1f} s, load {os.getloadavg()[0]:.1f}")
    if args.save:
        Path(args.save).write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
