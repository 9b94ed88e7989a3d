"""Search latency benchmark: p50 / p95 / max of `guichet.knowledge.search.search` in-process.

Run after an ingest (the index is loaded once, outside the timing):

    GUICHET_DATA_DIR=... .venv/bin/python benchmarks/knowledge_search.py [--mode hybrid] [--repeat 3]

Queries: the messages of corpora/retrieval/ and the messages (title + body) and questions of
../shared/data/eval-dev/, i.e. realistic lengths. Reports the CPU time per search beside the wall time (on a
machine shared with other jobs the wall time measures the neighbours too; with one BLAS thread, CPU time is what
an idle core would take), the load average, and the peak resident memory of the process (index and embedder
loaded, all searches done).
"""

import argparse
import json
import os
import resource
import statistics
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", default="hybrid", choices=["hybrid", "lexical", "dense"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--every", type=int, default=1, help="every N-th query only (a shorter run on a loaded VM)")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from django.conf import settings

    from guichet.corpora import read_corpus
    from guichet.knowledge.index import get_index
    from guichet.knowledge.search import search

    corpus = Path(__file__).resolve().parent.parent / "corpora" / "retrieval"
    queries = [f"{row.get('title', '')}\n{row['message']}" for row in read_corpus(corpus)]
    eval_dir = Path(settings.SHARED_DIR) / "data" / "eval-dev"
    queries += [
        f"{row['title']}\n{row['message']}"
        for row in map(json.loads, (eval_dir / "messages_dev.jsonl").read_text().splitlines())
    ]
    queries += [
        row["question"] for row in map(json.loads, (eval_dir / "spf_questions_dev.jsonl").read_text().splitlines())
    ]

    queries = queries[:: args.every]
    started = time.perf_counter()
    index = get_index()
    search("passeport", k=args.k, mode=args.mode)  # warm-up: loads the embedder too
    load_seconds = time.perf_counter() - started
    timings, cpu = [], []
    for _ in range(args.repeat):
        for query in queries:
            start, start_cpu = time.perf_counter(), time.process_time()
            search(query, k=args.k, mode=args.mode)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    timings.sort()
    cpu.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(
        f"{args.mode}: {len(timings)} searches over {index.n_fiches} fiches / {len(index.chunk_ids)} chunks; "
        f"index load + warm-up {load_seconds:.1f} s; p50 {statistics.median(timings):.1f} ms, "
        f"p95 {p95:.1f} ms, max {timings[-1]:.1f} ms; peak memory {peak_mb:.0f} MB; CPU time per search "
        f"p50 {statistics.median(cpu):.1f} ms, p95 {cpu[int(0.95 * (len(cpu) - 1))]:.1f} ms (one thread: the wall "
        "time of an idle core); load average at the end {:.1f}".format(os.getloadavg()[0])
    )


if __name__ == "__main__":
    main()
