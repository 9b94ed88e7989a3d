"""A digest of what triage says of every message of its corpus, to show that a change of layout changed nothing.

    PYTHONPATH=src .venv/bin/python benchmarks/triage_digest.py [--corpus corpora/triage] [--limit N] [--list]

For every message of `corpora/triage` (every split) and of the batches that wait in `corpora/triage/next/`, in the
order of `guichet.corpora.read_corpus`, runs `guichet.drafting.triage.triage` twice, with the rules alone
(`use_model=False`) and with the rules and the shipped model, and hashes everything each `Triage` holds (labels,
priority, distress and injection kinds, contacts, injection sentences, competent body, topic scores, evidence, the
model's scores and the labels only it set), as sorted JSON with floats in `repr`, into one SHA-256 per part and one
over both parts. Run it with two codes (one from an unpacked copy of the other's `src/`, `git archive`): equal digests
mean the same labels and scores for every message, read the same way.

The messages of `next/` wait unread for the next retrain: they are hashed, never printed, and `--list` names only
their file and its digest. `--list` prints one line per other message (its id and the first 12 hex digits of its two
results' hash) to find where two codes part. On a busy machine, `--shard K/N --save FILE` (N processes) and then
`--combine FILE…` give the same digests (a shard's file holds the results, evidence phrases among them: delete it
once combined); `--combine --sample` digests the shards given alone (`--shard 0/10`: every tenth message, every file
and every split, when there is no time for all). Thirty-fifth pass (engineer-k2): the split of `drafting/triage.py`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _float(value: Any) -> str:
    """Floats (NumPy's among them) as `repr` of a Python float, so that no rounding hides a change."""
    return repr(float(value))


def _canonical(details: dict[str, Any]) -> str:
    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {str(key): walk(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return [walk(item) for item in value]
        if isinstance(value, (str, bool, int)) or value is None:
            return value
        return _float(value)

    return json.dumps(walk(details), sort_keys=True, ensure_ascii=False)


def _result(triage: Callable[..., Any], item: dict[str, Any], use_model: bool) -> str:
    result = triage(
        title=item.get("title", ""),
        body=item["message"],
        administration=item["administration"],
        use_model=use_model,
    )
    return _canonical(result.details())


PARTS = (("rules", False), ("rules+model", True))


def _records(args: argparse.Namespace, triage: Callable[..., Any], read_corpus: Callable[..., Any]):
    """(index, where, file, id, split, {part: canonical result}) for every message in order, or for one shard's."""
    shard, shards = (int(n) for n in args.shard.split("/")) if args.shard else (0, 1)
    index = 0
    for where, folder in (("corpus", Path(args.corpus)), ("next", Path(args.corpus) / "next")):
        for number, item in enumerate(read_corpus(folder)):
            if args.limit and number >= args.limit:
                break
            if index % shards == shard:
                results = {name: _result(triage, item, use_model) for name, use_model in PARTS}
                yield index, where, item["file"], item["id"], item["split"], results
            index += 1


def _digest(records, listing: bool) -> None:
    """The digests over the records, in order; with `listing`, one line per corpus message and per next/ file."""
    parts = {name: hashlib.sha256() for name, _ in PARTS}
    both = hashlib.sha256()
    counts: Counter[str] = Counter()
    label_counts: dict[str, Counter[str]] = {name: Counter() for name in parts}
    files: dict[str, Any] = {}
    for _, where, file, item_id, split, results in records:
        line = hashlib.sha256()
        for name, _ in PARTS:
            canonical = results[name]
            record = f"{file}\x1f{item_id}\x1f{canonical}".encode() + b"\x1e"
            parts[name].update(record)
            both.update(name.encode() + b"\x1f" + record)
            line.update(record)
            if where == "corpus":
                label_counts[name].update(json.loads(canonical)["labels"])
        counts[f"{where}:{split}"] += 1
        if where == "next":
            files.setdefault(file, hashlib.sha256()).update(line.digest())
        elif listing:
            print(item_id, line.hexdigest()[:12])
    if listing:
        for file, digest in sorted(files.items()):
            print(f"next/{file}", digest.hexdigest()[:12])
    print("messages", " ".join(f"{key} {value}" for key, value in sorted(counts.items())))
    for name, digest in parts.items():
        labels = " ".join(f"{label} {count}" for label, count in sorted(label_counts[name].items()))
        print(f"{name} (corpus, not next/): {labels}")
        print(f"{name} sha256 {digest.hexdigest()}")
    print(f"all sha256 {both.hexdigest()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(ROOT / "corpora" / "triage"))
    parser.add_argument("--limit", type=int, default=0, help="the first N messages of each folder only (a trial)")
    parser.add_argument("--list", action="store_true", help="one line per message (ids and hashes, no text)")
    parser.add_argument("--shard", help="K/N: triage only every N-th message from the K-th, and --save the results")
    parser.add_argument("--save", type=Path, help="with --shard: where the shard's results go (JSON lines)")
    parser.add_argument("--combine", type=Path, nargs="+", help="the saved shards: digest them in order")
    parser.add_argument("--sample", action="store_true", help="with --combine: digest the shards given, not all")
    args = parser.parse_args()
    if args.combine:
        rows = [json.loads(line) for path in args.combine for line in path.read_text(encoding="utf-8").splitlines()]
        rows.sort(key=lambda row: row[0])
        indices = [row[0] for row in rows]
        if args.sample:
            if len(set(indices)) != len(indices):
                raise SystemExit("a message is in two shards")
            print(f"sample: {len(rows)} messages, index {indices[0]} to {indices[-1]}")
        elif indices != list(range(len(rows))):
            raise SystemExit("the shards do not cover every message once")
        _digest(rows, args.list)
        return
    if args.shard and not args.save:
        raise SystemExit("--shard needs --save")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.drafting.triage import triage
    from guichet.drafting.triage_model import shipped_model

    if shipped_model() is None:
        raise SystemExit("no shipped triage model: the rules + model part cannot be hashed")
    records = _records(args, triage, read_corpus)
    if args.shard:
        with args.save.open("w", encoding="utf-8") as out:
            for row in records:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    _digest(records, args.list)


if __name__ == "__main__":
    main()
