"""CPU time of `understand()` per message with a query-reading switch off and on (thirty-seventh pass, engineer-r57).

    PYTHONPATH=src python benchmarks/retrieval_understand_cpu.py situations.READ_FAMILY_DISTRESS=0 [--n 2000]

Reads the first N train + validation messages of corpora/retrieval (the test split is never read), and times
`guichet.knowledge.query.understand` on each with the switch off, then on, ROUNDS times: p50 and p95 CPU ms per
message (`time.process_time`).
"""

from __future__ import annotations

import argparse
import importlib
import time

from guichet.corpora import read_corpus
from guichet.knowledge.query import understand


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("off", metavar="MODULE.NAME=VALUE")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    name, value = args.off.split("=")
    module_name, _, attribute = name.rpartition(".")
    module = importlib.import_module(f"guichet.knowledge.{module_name}")
    on = getattr(module, attribute)
    off = bool(int(value)) if isinstance(on, bool) else type(on)(value)
    rows = [r for r in read_corpus("corpora/retrieval") if r["split"] in ("train", "validation") and r.get("message")]
    rows = rows[: args.n]
    for round_ in range(1, args.rounds + 1):
        for label, setting in (("off", off), ("on", on)):
            setattr(module, attribute, setting)
            times = []
            for row in rows:
                start = time.process_time()
                understand(f"{row.get('title', '')}\n{row['message']}", administration=row.get("administration", ""))
                times.append((time.process_time() - start) * 1000)
            p50, p95 = _percentile(times, 0.5), _percentile(times, 0.95)
            print(f"round {round_} {label}: {len(rows)} messages, CPU p50 {p50:.2f} ms, p95 {p95:.2f} ms")
    setattr(module, attribute, on)


if __name__ == "__main__":
    main()
