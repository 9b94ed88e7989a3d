"""Each switch of `privacy.club_registers` off and on, on a privacy corpus split (forty-ninth pass, engineer-p162e).

Usage: PYTHONPATH=src .venv/bin/python benchmarks/privacy_club_registers.py validation [--show]

Only the messages where one of the module's patterns matches can move (its readings act on nothing else), so only
those are pseudonymised: every switch off, then each switch on alone, then all on, then all on but one (the lines
"all, X off" give what turning X on adds to the others on). For each configuration: the planted strings that survive
(leaks), those removed with a piece left (partial), and the masked values that match no planted string (over-masks),
as `privacy_eval.py --only recall` counts them; then the gain and cost, item by item. Never run it on the test split
to tune.
"""

import os
import sys
from pathlib import Path

import django

SWITCHES = (
    "RNA_ACRONYM_RULE",
    "RNA_NUMBER_RULE",
    "CLUB_FORMS_RULE",
    "REGISTERED_NAME_RULE",
    "QUOTED_NAME_RULE",
    "OFFICER_FIRST_NAME_RULE",
)


def main() -> None:
    split, show = sys.argv[1], "--show" in sys.argv
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    django.setup()
    from guichet.privacy import club_registers as module
    from guichet.privacy.analyzer import prefetch
    from guichet.privacy.evaluation import corpus_split, partial_piece, survives
    from guichet.privacy.pseudonymise import pseudonymise_message

    patterns = (
        module._RNA_VALUE,
        module._CLUB_FORMS,
        module._REGISTERED,
        module._OFFICER,
        module._CLOSING,
        module._QUOTED,
    )
    items = [
        item
        for item in corpus_split(Path(__file__).resolve().parent.parent / "corpora" / "privacy", split)
        if any(p.search(f"{item.get('title') or ''}\n{item.get('message') or ''}") for p in patterns)
    ]
    prefetch(text for item in items for text in (item.get("message") or "", item.get("title") or ""))

    def run(on: set[str]) -> set[tuple]:
        for name in SWITCHES:
            setattr(module, name, name in on)
        module._stretches.cache_clear()
        module._about_a_body.cache_clear()
        rows = set()
        for item in items:
            title, body = pseudonymise_message(title=item.get("title") or "", body=item.get("message") or "")
            output = f"{title.text}\n{body.text}"
            planted = item.get("pii") or []
            source = f"{item.get('title') or ''}\n{item.get('message') or ''}"
            for value in sorted(planted, key=len, reverse=True):
                source = source.replace(value, " ")
            for value in (body.mapping | title.mapping).values():
                if not any(value in pii or pii in value for pii in planted):
                    rows.add(("over-mask", item["id"], value))
            for value, category in zip(planted, item.get("categories") or [], strict=True):
                if survives(value, category, output):
                    rows.add(("leak", item["id"], value))
                elif piece := partial_piece(value, category, source, output):
                    rows.add(("partial", item["id"], f"{value} ({piece})"))
        return rows

    def counts(rows: set[tuple]) -> str:
        return ", ".join(f"{kind} {sum(r[0] == kind for r in rows)}" for kind in ("leak", "partial", "over-mask"))

    print(f"{split}: {len(items)} messages where a pattern of club_registers matches")
    off = run(set())
    print(f"  all off: {counts(off)}")
    configurations = [(name, {name}, off) for name in SWITCHES]
    everything = run(set(SWITCHES))
    configurations += [("all", set(SWITCHES), off)]
    # each switch's own share with the others on: all on against all on but that one
    configurations += [(f"all, {name} off", set(SWITCHES) - {name}, None) for name in SWITCHES]
    for label, on_set, base in configurations:
        on = run(on_set)
        if base is None:  # the share of the switch left off: what all on gains over this configuration
            on, base = everything, on
        gained, lost = sorted(base - on), sorted(on - base)
        print(f"  {label:<36} {counts(on)}  gain {len(gained)}  cost {len(lost)}")
        if show:
            for row in gained:
                print(f"      + {row}")
            for row in lost:
                print(f"      - {row}")


if __name__ == "__main__":
    main()
