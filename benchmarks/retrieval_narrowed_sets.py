"""The evaluation files of the thirty-seventh pass's narrower fiches (engineer-r55; docs/benchmarks.md).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_narrowed_sets.py OUT [--batches r55,v63-unseen]

Writes into OUT, for `guichet eval retrieval FILE --k 10 --json` (train + validation items only, never test):

* `BATCH-tv.jsonl`: the train + validation items of each batch of corpora/retrieval named;
* `fired-retrieval.jsonl`, `fired-drafting.jsonl`: the train + validation messages of corpora/retrieval and
  corpora/drafting on which `guichet.knowledge.narrowed_names` can change the ranking — a name the message uses
  whose fiches it orders otherwise than by the writer's situation alone, or a fiche of the index (an "F") no name
  points to that its narrowing reading lifts. A superset: every other message keeps its ranks, so start and after
  on these files are start and after on the whole splits.
"""

import argparse
import json
import os
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import narrowed_names  # noqa: E402
from guichet.knowledge.index import LoadedIndex, get_index  # noqa: E402
from guichet.knowledge.query import Query, understand  # noqa: E402
from guichet.knowledge.rerank import _situation_fit  # noqa: E402

SPLITS = ("train", "validation")


def _clean(item: dict) -> dict:
    return {key: value for key, value in item.items() if key not in ("split", "file")}


def _write(path: Path, items: list[dict]) -> None:
    path.write_text("".join(json.dumps(_clean(item), ensure_ascii=False) + "\n" for item in items), encoding="utf-8")


def _fires(index: LoadedIndex, postings: dict[str, set[int]], query: Query) -> bool:
    for found in query.vocabulary:
        fiches = found.term.fiches
        if len(fiches) >= 2:
            before = sorted(fiches, key=lambda f: _situation_fit(index, query, f))
            after = sorted(
                fiches,
                key=lambda f: (
                    *_situation_fit(index, query, f),
                    -narrowed_names.narrowing_weight(index, query, f, fiches),
                ),
            )
            if before != after:
                return True
    pointed = {
        f"v:{fiche}": ("vocabulary", found.text, 0, 1.0) for found in query.vocabulary for fiche in found.term.fiches
    }
    for core in narrowed_names.named_cores(index, query, pointed):
        for position in set.intersection(*(postings[term] for term in core.core)):
            fiche = index.fiches[position]
            if fiche["kind"] != "F" or f"v:{fiche['fiche_id']}" in pointed:
                continue
            if narrowed_names.narrowed_pointer(index, query, position, [core]):
                return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--batches", default="r55,v63-unseen,v64-unseen")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    retrieval = [item for item in read_corpus("corpora/retrieval") if item["split"] in SPLITS]
    for batch in args.batches.split(","):
        _write(args.out / f"{batch.split('-')[0]}-tv.jsonl", [i for i in retrieval if i["file"] == f"{batch}.jsonl"])
    index = get_index()
    postings: dict[str, set[int]] = defaultdict(set)
    for position, terms in enumerate(index.title_terms):
        for term in terms:
            postings[term].add(position)
    for name, items in (
        ("retrieval", retrieval),
        ("drafting", [item for item in read_corpus("corpora/drafting") if item["split"] in SPLITS]),
    ):
        fired = [
            item
            for item in items
            if "message" in item
            and _fires(
                index,
                postings,
                understand(
                    f"{item.get('title', '')}\n{item['message']}".strip(),
                    administration=item.get("administration", ""),
                ),
            )
        ]
        _write(args.out / f"fired-{name}.jsonl", fired)
        print(f"{name}: {len(fired)} of {len(items)} train + validation messages fire")


if __name__ == "__main__":
    main()
