"""Privacy benchmark: leaks of annotated personal data, false positives on fiche text, `--jsonl` throughput.

Usage: .venv/bin/python benchmarks/privacy_eval.py [--shared ../shared] [--repeat 10]
"""

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import django


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("GUICHET_SHARED_DIR", "../shared")))
    parser.add_argument("--repeat", type=int, default=10, help="copies of the dev messages for the throughput run")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    django.setup()
    from guichet.privacy.evaluation import dev_leaks, false_positives, fiche_paragraphs

    dev = args.shared / "data" / "eval-dev" / "messages_dev.jsonl"
    leaks = dev_leaks(dev)
    print(f"dev pii: {leaks.total - len(leaks.leaks)}/{leaks.total} removed (recall {leaks.recall:.1%})")
    for message_id, kind in leaks.leaks:
        print(f"  leak in {message_id} ({kind})")

    fp = false_positives(fiche_paragraphs(args.shared, count=200))
    print(
        f"fiche text: {len(fp.entities)} entities in {fp.paragraphs} paragraphs, {fp.words} words "
        f"= {fp.per_thousand_words:.2f} per 1,000 words"
    )
    for kind, text in fp.entities:
        print(f"  {kind}: {text!r}")

    rows = _distinct_copies(dev, args.repeat)
    startup, startup_cpu = _time_jsonl([])
    total, total_cpu = _time_jsonl(rows)
    print(
        f"--jsonl: {len(rows)} messages in {total:.1f} s wall ({total_cpu:.1f} s CPU), start-up {startup:.1f} s "
        f"({startup_cpu:.1f} s CPU): {len(rows) / total:.1f} messages/s end to end, "
        f"{len(rows) / (total - startup):.1f} messages/s after start-up, "
        f"{len(rows) / (total_cpu - startup_cpu):.1f} messages per CPU-second"
    )
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )


def _distinct_copies(path: Path, repeat: int) -> list[str]:
    """The messages `repeat` times, each copy a different text (trailing spaces), so that no cache helps."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    copies = []
    for copy in range(repeat):
        for row in rows:
            copies.append(json.dumps({**row, "message": row["message"] + " " * copy}, ensure_ascii=False))
    return copies


def _time_jsonl(rows: list[str]) -> tuple[float, float]:
    """Wall and CPU time of `guichet pseudonymize --jsonl` on these rows, in a fresh process."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(rows) + "\n")
    command = [sys.executable, "-m", "guichet.cli", "pseudonymize", "--jsonl", handle.name]
    try:
        cpu_before = _children_cpu()
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - start
        cpu = _children_cpu() - cpu_before
    finally:
        Path(handle.name).unlink()
    assert len(result.stdout.splitlines()) == len(rows), result.stderr
    for line in result.stdout.splitlines():
        json.loads(line)
    return elapsed, cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
