"""Privacy benchmark: leaks of annotated personal data, false positives on fiche text, `--jsonl` throughput.

Usage: .venv/bin/python benchmarks/privacy_eval.py [--shared ../shared] [--repeat 10]
"""

import argparse
import json
import os
import platform
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

    rows = [line for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()] * args.repeat
    startup = _time_jsonl([])
    total = _time_jsonl(rows)
    rate = len(rows) / (total - startup)
    print(
        f"--jsonl: {len(rows)} messages in {total:.1f} s including {startup:.1f} s start-up "
        f"= {len(rows) / total:.1f} messages/s end to end, {rate:.1f} messages/s after start-up"
    )
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )


def _time_jsonl(rows: list[str]) -> float:
    """Wall time of `guichet pseudonymize --jsonl` on these rows, in a fresh process (models loaded once)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(rows) + "\n")
    command = [sys.executable, "-m", "guichet.cli", "pseudonymize", "--jsonl", handle.name]
    try:
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - start
    finally:
        Path(handle.name).unlink()
    assert len(result.stdout.splitlines()) == len(rows), result.stderr
    for line in result.stdout.splitlines():
        json.loads(line)
    return elapsed


if __name__ == "__main__":
    main()
