"""A court named against a disputed body lets its recourse route come first (forty-second pass, engineer-r69).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_court_named.py [--corpus corpora/retrieval]

Every train + validation message of the corpus (the test split is never read) is understood (`query.understand`, no
search); those on which `rerank.COURT_NAMED` fires (a recourse route recognised, the court named in the subject, the
asks or the context) are searched twice, `rerank.READ_COURT_NAMED` off and on, and the rank of their best gold fiche
printed with both (left out: a route already named, "médiateur", "vers qui me tourner ?", where the rule changes
nothing). The rule changes `Candidates.route_named` only, so the other messages rank as before.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="corpora/retrieval")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.knowledge import rerank as rerank_module
    from guichet.knowledge.analysis import fold
    from guichet.knowledge.index import get_index
    from guichet.knowledge.query import understand
    from guichet.knowledge.rerank import COURT_NAMED, rerank
    from guichet.knowledge.retrieval import _allowed, gather

    index = get_index()
    allowed = _allowed(index, None, None)
    totals: Counter = Counter()
    for split in ("train", "validation"):
        for row in read_corpus(args.corpus, split):
            text = f"{row.get('title', '')}\n{row['message']}"
            if not COURT_NAMED.search(fold(text)):
                continue  # the rule reads part of this text: it cannot fire
            administration = row.get("administration", "")
            query = understand(text, administration=administration)
            told = fold(" ".join([query.subject, *query.asks, *query.context]))
            if not (query.recourse and COURT_NAMED.search(told)):
                continue
            ranks, named = [], []
            for switch in (False, True):
                rerank_module.READ_COURT_NAMED = switch
                candidates, _, _ = gather(
                    index, query, allowed, use_dense=index.dense is not None, administration=administration
                )
                named.append(candidates.route_named)
                ids = [index.fiches[f]["fiche_id"] for f, _, _ in rerank(candidates)]
                ranks.append(next((i + 1 for i, f in enumerate(ids) if f in row.get("fiche_ids", ())), None))
            rerank_module.READ_COURT_NAMED = True
            if named[0]:
                continue  # a route already named ("médiateur", "vers qui me tourner ?"): the rule changes nothing
            before, after = ranks
            totals["fires"] += 1
            totals["up"] += (after or 99) < (before or 99)
            totals["down"] += (after or 99) > (before or 99)
            totals["first before"] += before == 1
            totals["first after"] += after == 1
            mark = "" if before == after else "  MOVES"
            print(f"{row['id']:<16} {split:<10} {row.get('kind', ''):<13} gold {before} -> {after}{mark}")
    print(dict(totals))


if __name__ == "__main__":
    main()
