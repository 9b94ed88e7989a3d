"""Search latency per stage on the train and validation splits of corpora/retrieval (thirty-third pass, r44).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_stages.py [--split train,validation] [--limit N]

Runs `guichet.knowledge.search.search` in-process (hybrid, k=10, each item's administration, as
`guichet eval retrieval` does) on every message of the splits, after one warm-up search, and times each stage
by wrapping the functions `guichet.knowledge.retrieval` calls (a measurement only: the wrappers add a few
microseconds a call):

* `understand`: query understanding (asks, vocabulary, register, situations, facets);
* `lexical`: the chunk and field BM25 of the whole query and of each sub-query (`_lexical`);
* `embed`: the sentence encoder (one call a search);
* `whole`: plain BM25 over whole fiches (`whole_fiche_scores`);
* `features`: the candidates' features (`Candidates.build`);
* `rerank`: the weighted sum and its rules (`rerank`);
* `hits`: the hits and their passages (`_hit`), and `outside_request`;
* `dense+gather`: what `gather` spends beyond the above (the cosine products, the candidate lists).

Prints per stage p50 / p95 / mean of wall time and of CPU time (`time.process_time`: the load of the shared VM
disturbs it less), the whole search's, and the load average.
"""

import argparse
import json
import os
import statistics
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import retrieval  # noqa: E402
from guichet.knowledge.search import search  # noqa: E402

STAGES = ("understand", "lexical", "embed", "whole", "features", "rerank", "hits")
_WALL: dict[str, float] = defaultdict(float)
_CPU: dict[str, float] = defaultdict(float)


def _timed(name, function):
    def wrapper(*args, **kwargs):
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            _WALL[name] += time.perf_counter() - start
            _CPU[name] += time.process_time() - start_cpu

    return wrapper


def _instrument() -> None:
    retrieval.understand = _timed("understand", retrieval.understand)
    retrieval._lexical = _timed("lexical", retrieval._lexical)
    retrieval.embed = _timed("embed", retrieval.embed)
    retrieval.whole_fiche_scores = _timed("whole", retrieval.whole_fiche_scores)
    retrieval.rerank = _timed("rerank", retrieval.rerank)
    retrieval._hit = _timed("hits", retrieval._hit)
    retrieval.outside_request = _timed("hits", retrieval.outside_request)
    retrieval.gather = _timed("gather", retrieval.gather)
    build = retrieval.Candidates.build.__func__
    retrieval.Candidates.build = classmethod(_timed("features", build))


def _quantiles(values: list[float]) -> tuple[float, float, float]:
    values = sorted(values)
    return statistics.median(values), values[int(0.95 * (len(values) - 1))], statistics.fmean(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="train,validation")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--json", help="write the per-message timings to this file")
    args = parser.parse_args()
    corpus = Path(__file__).resolve().parent.parent / "corpora" / "retrieval"
    items = [item for split in args.split.split(",") for item in read_corpus(corpus, split=split)]
    if args.limit:
        items = items[: args.limit]
    _instrument()
    search("passeport perdu", k=10)  # warm-up: index and embedder loaded outside the timing
    per_stage: dict[str, list[float]] = defaultdict(list)
    per_stage_cpu: dict[str, list[float]] = defaultdict(list)
    load_start = os.getloadavg()[0]
    for item in items:
        _WALL.clear()
        _CPU.clear()
        query = f"{item.get('title', '')}\n{item['message']}"
        start, start_cpu = time.perf_counter(), time.process_time()
        search(query, k=10, administration=item.get("administration", ""))
        wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        inner = sum(_WALL[s] for s in ("lexical", "embed", "whole", "features"))
        inner_cpu = sum(_CPU[s] for s in ("lexical", "embed", "whole", "features"))
        for stage in STAGES:
            per_stage[stage].append(_WALL[stage] * 1000)
            per_stage_cpu[stage].append(_CPU[stage] * 1000)
        per_stage["dense+gather"].append((_WALL["gather"] - inner) * 1000)
        per_stage_cpu["dense+gather"].append((_CPU["gather"] - inner_cpu) * 1000)
        per_stage["search"].append(wall * 1000)
        per_stage_cpu["search"].append(cpu * 1000)
    print(f"{len(items)} messages ({args.split}); load average {load_start:.1f} → {os.getloadavg()[0]:.1f}")
    print(f"{'stage':<14} {'wall p50':>9} {'p95':>7} {'mean':>7}   {'cpu p50':>8} {'p95':>7} {'mean':>7}  (ms)")
    for stage in (*STAGES, "dense+gather", "search"):
        w, c = _quantiles(per_stage[stage]), _quantiles(per_stage_cpu[stage])
        print(f"{stage:<14} {w[0]:9.2f} {w[1]:7.2f} {w[2]:7.2f}   {c[0]:8.2f} {c[1]:7.2f} {c[2]:7.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"wall": per_stage, "cpu": per_stage_cpu}))


if __name__ == "__main__":
    main()
