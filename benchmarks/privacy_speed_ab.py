"""`guichet pseudonymize --jsonl` CPU time of two codes, interleaved: start-up and throughput after start-up.

    GUICHET_DATA_DIR=<dir> .venv/bin/python benchmarks/privacy_speed_ab.py SRC_A SRC_B [--split validation]
        [--repeat 1] [--rounds 3]

SRC_A and SRC_B are two `src/` folders (one unpacked from `git archive`). Each round runs, in fresh processes, A's
start-up (an empty file), B's, then A on the split's messages (`privacy_eval.py`'s input: id, title, message, each
copy a different text), then B (A and B swap places every other round, so that neither always runs first). CPU time
is the children's user + system time (`getrusage`), the load average is read after each run. Messages per
CPU-second after start-up = messages / (run CPU − the same round's start-up CPU). Thirty-seventh pass (p113e).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("codes", type=Path, nargs=2, help="two src/ folders")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "privacy")
    parser.add_argument("--split", default="validation")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from guichet.corpora import read_corpus

    items = [item for name in args.split.split("+") for item in read_corpus(args.corpus, split=name)]
    rows = [
        json.dumps({"id": i["id"], "title": i["title"], "message": i["message"] + " " * copy}, ensure_ascii=False)
        for copy in range(args.repeat)
        for i in items
    ]
    with tempfile.TemporaryDirectory() as folder:
        empty, full = Path(folder) / "empty.jsonl", Path(folder) / "rows.jsonl"
        empty.write_text("", encoding="utf-8")
        full.write_text("\n".join(rows) + "\n", encoding="utf-8")
        for round_ in range(args.rounds):
            order = [0, 1] if round_ % 2 == 0 else [1, 0]
            startup = {index: _cpu(args.codes[index], empty, 0) for index in order}
            for index in order:
                cpu, load = _cpu(args.codes[index], full, len(rows))
                start_cpu, start_load = startup[index]
                print(
                    f"round {round_ + 1} code {'AB'[index]} ({args.codes[index]}): start-up {start_cpu:.2f} s CPU "
                    f"(load {start_load:.1f}); {len(rows)} messages {cpu:.1f} s CPU (load {load:.1f}): "
                    f"{len(rows) / (cpu - start_cpu):.1f} messages per CPU-second after start-up",
                    flush=True,
                )


def _cpu(src: Path, source: Path, expected: int) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(src.resolve())}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [sys.executable, "-m", "guichet.cli", "pseudonymize", "--jsonl", str(source)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert len(result.stdout.splitlines()) == expected, result.stderr[-2000:]
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return cpu, os.getloadavg()[0]


if __name__ == "__main__":
    main()
