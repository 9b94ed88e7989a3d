"""Forty-third pass (engineer-p136e): `paper_employers`' rules measured on the items where one of them fires.

    GUICHET_DATA_DIR=<dir> PYTHONPATH=src .venv/bin/python benchmarks/privacy_paper_employers.py SPLIT [OFF ...]

Each rule only adds spans, so an item where none of them fires cannot move: the script runs `corpus_leaks` on the
split's items where one fires (the switches read on), with the switches named in OFF turned off ("all" for every
one), and prints planted strings, leaks, partial leaks and over-masks by kind, and the split's words. Run it once per
setting (a fresh process: no cached result crosses settings).
"""

import os
import sys
from collections import Counter
from pathlib import Path

import django

SWITCHES = ("PAPER_FIELDS", "LETTERHEADS", "NEXT_WORKPLACE", "SIGNATURE_FIRMS", "BIRTH_ABBREVIATIONS")


def main() -> None:
    split, off = sys.argv[1], sys.argv[2:]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    django.setup()
    from guichet.privacy.evaluation import corpus_leaks, corpus_split
    from guichet.privacy.recognizers import paper_employers as rules

    items = corpus_split(Path(__file__).resolve().parent.parent / "corpora" / "privacy", split)
    words = sum(len(f"{item.get('title') or ''} {item.get('message') or ''}".split()) for item in items)
    recognizers = (
        rules.PaperEmployerRecognizer(),
        rules.AbbreviatedBirthplaceRecognizer(),
        rules.AbbreviatedBirthDateRecognizer(),
    )
    fired = [
        item
        for item in items
        if any(
            next(iter(r.spans(text)), None) is not None
            for r in recognizers
            for text in (item.get("title") or "", item.get("message") or "")
        )
    ]
    for name in SWITCHES if "all" in off else off:
        setattr(rules, name, False)
    report = corpus_leaks(fired)
    print(f"{split}: {len(items)} items, {words} words; rules fire on {len(fired)} items")
    print(f"switches off: {off or 'none'}")
    print(
        f"planted {report.total}, leaks {len(report.leaks)}, partial {len(report.partials)}, "
        f"over-masks {len(report.extra)}"
    )
    print(f"over-masks by kind: {dict(Counter(kind for _, kind in report.extra))}")
    for leak in report.leaks:
        print(f"  leak {leak['id']} {leak['category']}")
    for item_id, kind in sorted(report.extra):
        print(f"  over-mask {item_id} {kind}")


if __name__ == "__main__":
    main()
