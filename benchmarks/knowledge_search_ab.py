"""A switch of the search measured both ways in one process, interleaved query by query (fair under a shared load):
CPU time per search with the switch off and on, and whether the top 10 differs.

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/knowledge_search_ab.py retrieval.SORTED_FICHE_MAX [--every 8]

Queries: every `--every`-th message of corpora/retrieval (all splits: only timed and compared, no figure of quality).
"""

import argparse
import importlib
import os
import statistics
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("switch", help="module.NAME under guichet.knowledge, a boolean constant")
    parser.add_argument("--every", type=int, default=8)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.knowledge.index import get_index
    from guichet.knowledge.search import search

    module_name, name = args.switch.rsplit(".", 1)
    module = importlib.import_module(f"guichet.knowledge.{module_name}")
    corpus = Path(__file__).resolve().parent.parent / "corpora" / "retrieval"
    queries = [f"{row.get('title', '')}\n{row['message']}" for row in read_corpus(corpus)][:: args.every]
    get_index()
    search("passeport")
    cpu: dict[bool, list[float]] = {False: [], True: []}
    differ = 0
    for number, query in enumerate(queries):
        tops = {}
        for on in (False, True) if number % 2 else (True, False):
            setattr(module, name, on)
            start = time.process_time()
            tops[on] = [hit.fiche_id for hit in search(query, k=10)]
            cpu[on].append((time.process_time() - start) * 1000)
        differ += tops[False] != tops[True]
    for on in (False, True):
        values = sorted(cpu[on])
        print(
            f"{args.switch}={on}: {len(values)} searches, CPU p50 {statistics.median(values):.1f} ms, "
            f"p95 {values[int(0.95 * (len(values) - 1))]:.1f} ms, mean {statistics.mean(values):.1f} ms"
        )
    print(f"top 10 differs on {differ} of {len(queries)}; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    sys.exit(main())
