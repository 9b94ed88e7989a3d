"""A name weighed against the rest of the message (`knowledge.name_weighed`, forty-third pass, r72): the messages of
corpora/retrieval's train + validation that use a name pointing to fiches and tell something else, searched with
`READ_NAME_WEIGHED` off and on; the gold's rank before and after for every message whose top 10 moves.

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_name_weighed.py [--split validation] [--only r72-]

Prints one line per moved message and a JSON summary (ranks before / after by id, for re-scoring a full eval).
"""

import argparse
import json
import os
import sys
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="corpora/retrieval")
    parser.add_argument("--split", action="append", choices=["train", "validation"])
    parser.add_argument("--only", default="", help="id prefixes, comma-separated")
    parser.add_argument("--out", default="")
    parser.add_argument("--every", type=int, default=1, help="every N-th message of each split (a shorter run)")
    parser.add_argument("--weights", default="", help="REST_WEIGHT values to compare, comma-separated")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.knowledge import name_weighed
    from guichet.knowledge.search import search, understand

    prefixes = tuple(p for p in args.only.split(",") if p)
    weights = [float(w) for w in args.weights.split(",") if w]
    shipped = name_weighed.REST_WEIGHT
    ranks: dict[str, dict] = {}
    for split in args.split or ["train", "validation"]:
        for row in list(read_corpus(Path(args.corpus), split))[:: args.every]:
            if prefixes and not row["id"].startswith(prefixes):
                continue
            text = f"{row.get('title', '')}\n{row['message']}".strip()
            name_weighed.READ_NAME_WEIGHED = True
            if name_weighed.rest_text(understand(text, administration=row.get("administration", ""))) is None:
                continue
            out = {}
            for on in ("off", "on", *weights):
                name_weighed.READ_NAME_WEIGHED = on != "off"
                name_weighed.REST_WEIGHT = on if isinstance(on, float) else shipped
                ids = [h.fiche_id for h in search(text, k=10, administration=row.get("administration", ""))]
                gold = row.get("fiche_ids", [])
                out[on] = (next((i for i, f in enumerate(ids, 1) if f in gold), None) if gold else None, ids)
            name_weighed.READ_NAME_WEIGHED, name_weighed.REST_WEIGHT = False, shipped
            ranks[row["id"]] = {
                "split": split,
                "kind": row.get("kind", ""),
                "before": out["off"][0],
                "after": out["on"][0],
                "top_moved": out["off"][1] != out["on"][1],
                **{f"w{w}": out[w][0] for w in weights},
            }
            if out["off"][1] != out["on"][1]:
                print(
                    split,
                    row["id"],
                    row.get("kind", ""),
                    out["off"][0],
                    "->",
                    out["on"][0],
                    out["off"][1][:2],
                    "->",
                    out["on"][1][:2],
                    flush=True,
                )
    moved = [r for r in ranks.values() if r["top_moved"]]
    summary = {
        "eligible": len(ranks),
        "top10_changed": len(moved),
        "gold_up": sum(1 for r in moved if (r["after"] or 99) < (r["before"] or 99)),
        "gold_down": sum(1 for r in moved if (r["after"] or 99) > (r["before"] or 99)),
    }
    with_gold = list(ranks.values())
    for key in ["before", "after", *(f"w{w}" for w in weights)]:
        at1 = sum(1 for r in with_gold if r[key] == 1)
        at5 = sum(1 for r in with_gold if r[key] is not None and r[key] <= 5)
        summary[key] = f"first {at1}, top 5 {at5}"
    print(json.dumps(summary))
    if args.out:
        Path(args.out).write_text(json.dumps(ranks, indent=1))


if __name__ == "__main__":
    sys.exit(main())
