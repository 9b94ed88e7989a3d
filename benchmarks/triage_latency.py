"""Triage latency benchmark: artefact load time, first call (encoder start-up), then p50 / p95 / max per message.

    .venv/bin/python benchmarks/triage_latency.py [--split test] [--repeat 3] [--json]

Messages: the triage corpus (corpora/triage, one split), i.e. real lengths from one line to long letters. Each
timing is one full `guichet.drafting.triage.triage` call (rules, sentence embedding, n-grams, decision), as wall
time and as CPU time (the encoder runs on one thread, so CPU time is what an unloaded core would take).
"""

import argparse
import json
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="test", choices=["train", "validation", "test"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.drafting.triage import triage
    from guichet.drafting.triage_model import TriageModel
    from guichet.knowledge.index import embedder

    started = time.perf_counter()
    TriageModel.load()
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    embedder()
    encoder_load_s = time.perf_counter() - started

    items = list(read_corpus(ROOT / "corpora" / "triage", split=args.split))
    started = time.perf_counter()
    triage(title=items[0]["title"], body=items[0]["message"], administration=items[0]["administration"])
    first_s = time.perf_counter() - started

    timings: list[float] = []
    cpu: list[float] = []
    for _ in range(args.repeat):
        for item in items:
            started, started_cpu = time.perf_counter(), time.process_time()
            triage(title=item["title"], body=item["message"], administration=item["administration"])
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
    quantiles = statistics.quantiles(timings, n=100, method="inclusive")
    cpu_quantiles = statistics.quantiles(cpu, n=100, method="inclusive")
    result = {
        "artefact_load_s": round(load_s, 3),
        "encoder_load_s": round(encoder_load_s, 3),
        "first_call_s": round(first_s, 3),
        "calls": len(timings),
        "p50_ms": round(quantiles[49], 1),
        "p95_ms": round(quantiles[94], 1),
        "max_ms": round(max(timings), 1),
        # CPU time of the call (one BLAS thread): what one free core would take, whatever the machine's load.
        "cpu_p50_ms": round(cpu_quantiles[49], 1),
        "cpu_p95_ms": round(cpu_quantiles[94], 1),
        "load_average": round(os.getloadavg()[0], 1),
        "median_chars": int(statistics.median(len(i["title"]) + len(i["message"]) for i in items)),
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:>16}: {value}")


if __name__ == "__main__":
    main()
