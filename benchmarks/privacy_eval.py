"""Privacy benchmark: leaks of annotated personal data, false positives on fiche text, `--jsonl` throughput.

Usage: .venv/bin/python benchmarks/privacy_eval.py [--split test] [--paragraphs 1000] [--shared ../shared]

Recall is measured on a split of corpora/privacy/ (tune on train+validation, report test), string by string and per
category, with beside it the partial leaks (a string counted as removed while 3+ digits of its number or 3+ letters
of a name's word are still there); false positives on one paragraph of each of `--paragraphs` particuliers fiches;
the dates of all paragraphs of `--fiches` fiches that the event-date rules read as a person's (most fiche dates
are rules'); throughput of `guichet pseudonymize --jsonl` on the split's messages repeated `--repeat` times.
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
from collections import Counter
from pathlib import Path

import django


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("GUICHET_SHARED_DIR", "../shared")))
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "corpora" / "privacy")
    parser.add_argument("--split", default="test", help="test, validation, train, train+validation or all")
    parser.add_argument("--batch", action="append", help="only these batch files (p3.jsonl…)")
    parser.add_argument("--paragraphs", type=int, default=1000, help="fiche paragraphs for the false positives")
    parser.add_argument("--repeat", type=int, default=5, help="copies of the split's messages for the throughput run")
    parser.add_argument("--show-leaks", action="store_true", help="print the surviving strings (corpus data only)")
    parser.add_argument("--fiches", type=int, default=3000, help="fiches whose dates are read (part fiche-dates)")
    parser.add_argument(
        "--only", choices=["recall", "fp", "fiche-dates", "speed"], action="append", help="run only these parts"
    )
    args = parser.parse_args()
    parts = set(args.only or ["recall", "fp", "fiche-dates", "speed"])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    django.setup()
    from guichet.privacy.evaluation import (
        corpus_leaks,
        corpus_split,
        false_positives,
        fiche_dates,
        fiche_paragraphs,
        fiche_years,
    )

    items = corpus_split(args.corpus, args.split)
    if args.batch:
        items = [item for item in items if item["file"] in args.batch]
    if "recall" in parts:
        report = corpus_leaks(items)
        print(
            f"{args.split}: {report.messages} messages, {report.total - len(report.leaks)}/{report.total} planted "
            f"strings removed (recall {report.recall:.4f})"
        )
        partial = Counter(leak["category"] for leak in report.partials)
        print(
            f"  partial leaks: {len(report.partials)}/{report.total} strings counted as removed with a piece of them "
            f"left (3+ digits of a number, 3+ letters of a name; {report.partial_rate:.4f}; "
            f"{dict(partial.most_common())})"
        )
        extra = Counter(kind for _, kind in report.extra)
        print(
            f"  over-masking: {len(report.extra)} masked values match no planted string "
            f"({report.extra_per_thousand_words:.1f} per 1,000 message words; {dict(extra.most_common())})"
        )
        for category in sorted(report.totals):
            print(f"  {category:<17} {report.totals[category]:>4}  recall {report.recall_of(category):.3f}")
        for batch in sorted(report.batches):
            print(f"  batch {batch:<11} {report.batches[batch]:>4}  recall {report.batch_recall(batch):.3f}")
        if args.show_leaks:
            for leak in report.leaks:
                print(f"  leak {leak['id']} {leak['category']} ({leak['how']}): {leak['value']!r}")
            for leak in report.partials:
                print(f"  partial {leak['id']} {leak['category']}: {leak['value']!r} left {leak['piece']!r}")

    if "fp" in parts:
        fp = false_positives(fiche_paragraphs(args.shared, count=args.paragraphs))
        print(
            f"fiche text: {len(fp.entities)} entities in {fp.paragraphs} paragraphs, {fp.words} words "
            f"= {fp.per_thousand_words:.2f} per 1,000 words"
        )
        for kind, text in fp.entities:
            print(f"  {kind}: {text!r}")

    if "fiche-dates" in parts:
        total, flagged = fiche_dates(args.shared, fiches=args.fiches)
        print(
            f"fiche dates: {len(flagged)} of {total} dates in all paragraphs of {args.fiches} fiches read as personal"
        )
        for context in flagged:
            print(f"  {context}")
        total, flagged = fiche_years(args.shared, fiches=args.fiches)
        print(
            f"fiche years: {len(flagged)} of {total} years in all paragraphs of {args.fiches} fiches read as a "
            "person's"
        )
        for context in flagged:
            print(f"  {context}")

    if "speed" not in parts:
        return
    rows = _distinct_copies(items, args.repeat)
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


def _distinct_copies(items: list[dict], repeat: int) -> list[str]:
    """The messages `repeat` times, each copy a different text (trailing spaces), so that no cache helps."""
    rows = [{"id": item["id"], "title": item["title"], "message": item["message"]} for item in items]
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
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode:
            raise SystemExit(f"guichet pseudonymize --jsonl failed:\n{result.stderr[-2000:]}")
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
