"""What `guichet.knowledge.outside` reads as a request no fiche answers, with its switches off and on (thirty-fourth
pass, engineer-r48).

    GUICHET_DATA_DIR=... PYTHONPATH=src python benchmarks/retrieval_outside.py [--corpus corpora/retrieval ...]
        [--split train,validation] [--switch READ_FILE_STATE,COUNT_WORDS]

Reads every message of the splits (`understand`, as the search does, with each item's administration), then
`outside_request` with the named switches of `guichet.knowledge.outside` off (the previous reading) and on (the
shipped one). Prints, per corpus, how many messages each reading puts outside, on the side of the messages with a gold
fiche (`fiche_ids` not empty, or `answerable` true: the cost, a draft that would say the fiches do not answer) and of
those without one (the gain), every message whose reading changed, and the CPU time of `outside_request` a message
both ways. No search is run: the ranking does not read `outside` (the drafts' coverage and
`guichet eval retrieval`'s no-gold classes do).
"""

import argparse
import os
import time
from collections import Counter

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
import django  # noqa: E402

django.setup()

from guichet.corpora import read_corpus  # noqa: E402
from guichet.knowledge import outside  # noqa: E402
from guichet.knowledge.query import understand  # noqa: E402


def _side(row: dict) -> str:
    if "fiche_ids" in row:
        return "answered" if row["fiche_ids"] else "no fiche"
    if "answerable" in row:
        return "answered" if row["answerable"] else "no fiche"
    return "?"


def _read(query, switches: list[str], value: bool) -> tuple[str, float]:
    for name in switches:
        setattr(outside, name, value)
    start = time.process_time()
    kind = outside.outside_request(query)
    return kind, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", default=["corpora/retrieval", "corpora/drafting", "corpora/answerable"])
    parser.add_argument("--split", default="train,validation")
    parser.add_argument("--switch", default="READ_FILE_STATE,COUNT_WORDS")
    args = parser.parse_args()
    switches = [name for name in args.switch.split(",") if name]
    shipped = {name: getattr(outside, name) for name in switches}
    try:
        for corpus in args.corpus:
            counts: Counter[tuple[str, bool, bool]] = Counter()
            cpu = {False: 0.0, True: 0.0}
            n = 0
            for split in args.split.split(","):
                for row in read_corpus(corpus, split=split):
                    if "message" not in row:
                        continue
                    text = f"{row.get('title', '')}\n{row['message']}".strip()
                    query = understand(text, administration=row.get("administration", ""))
                    before, spent_before = _read(query, switches, False)
                    after, spent_after = _read(query, switches, True)
                    cpu[False] += spent_before
                    cpu[True] += spent_after
                    n += 1
                    side = _side(row)
                    counts[(side, bool(before), bool(after))] += 1
                    if before != after:
                        asks = " / ".join(query.asks or [query.subject])
                        print(f"  {row['id']:<14} {side:<9} {before or '-'!r} -> {after or '-'!r} | {asks[:110]}")
            print(f"{corpus} ({args.split}, {n} messages; switches {', '.join(switches)} off -> on):")
            for side in ("answered", "no fiche"):
                total = sum(v for (s, _, _), v in counts.items() if s == side)
                off = sum(v for (s, b, _), v in counts.items() if s == side and b)
                on = sum(v for (s, _, a), v in counts.items() if s == side and a)
                print(f"  {side:<9} {total:>5} messages, outside {off} -> {on}")
            if n:
                print(f"  outside_request CPU a message: {1000 * cpu[False] / n:.3f} -> {1000 * cpu[True] / n:.3f} ms")
    finally:
        for name, value in shipped.items():
            setattr(outside, name, value)


if __name__ == "__main__":
    main()
