"""Each leak, partial leak and over-mask of a privacy corpus split, one by one, as JSON (thirty-eighth pass, p117e).

Usage: PYTHONPATH=src .venv/bin/python benchmarks/privacy_overmasks.py train+validation OUT.json [BATCH.jsonl …]

The same figures as `privacy_eval.py --only recall` (`privacy.evaluation.corpus_leaks`), kept row by row: an
over-mask (a masked value that matches no planted string) with its placeholder's type, the recognisers whose raw
spans hold it (empty when a later step — a name's words again, an extension — made it) and 50 characters of context;
a leak with how it survives; a partial leak with the piece left. Two codes' files diff by (kind, id, type, value).
Prints the counts by type and by type and recogniser. Never run it on the test split to tune.
"""

import json
import os
import sys
from collections import Counter
from pathlib import Path

import django


def main() -> None:
    split, out, batches = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    django.setup()
    from guichet.privacy.analyzer import LANGUAGE, analyzer, nlp_artifacts, prefetch
    from guichet.privacy.evaluation import corpus_split, partial_piece, survives
    from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message

    items = corpus_split(Path(__file__).resolve().parent.parent / "corpora" / "privacy", split)
    if batches:
        items = [item for item in items if item["file"] in batches]
    prefetch(text for item in items for text in (item.get("message") or "", item.get("title") or ""))
    rows: list[dict] = []
    for item in items:
        title, body = pseudonymise_message(title=item.get("title") or "", body=item.get("message") or "")
        output = f"{title.text}\n{body.text}"
        planted = item.get("pii") or []
        text = f"{item.get('title') or ''}\n{item.get('message') or ''}"
        source = text
        for value in sorted(planted, key=len, reverse=True):
            source = source.replace(value, " ")
        raw: list[tuple[str, str]] | None = None
        for placeholder, value in (body.mapping | title.mapping).items():
            if any(value in pii or pii in value for pii in planted):
                continue
            if raw is None:
                raw = [
                    (part[r.start : r.end], r.recognition_metadata.get("recognizer_name", ""))
                    for part in (item.get("message") or "", item.get("title") or "")
                    if part.strip()
                    for r in analyzer().analyze(text=part, language=LANGUAGE, nlp_artifacts=nlp_artifacts(part))
                ]
            at = text.find(value)
            rows.append(
                {
                    "kind": "extra",
                    "id": item["id"],
                    "file": item["file"],
                    "type": placeholder_type(placeholder),
                    "value": value,
                    "recs": sorted({name for span, name in raw if value in span or span in value}),
                    "ctx": text[max(0, at - 50) : at + len(value) + 30] if at >= 0 else "",
                }
            )
        for value, category in zip(planted, item.get("categories") or [], strict=True):
            row = {"id": item["id"], "file": item["file"], "type": category, "value": value}
            if how := survives(value, category, output):
                rows.append({"kind": "leak", **row, "how": how})
            elif piece := partial_piece(value, category, source, output):
                rows.append({"kind": "partial", **row, "piece": piece})
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    extra = [row for row in rows if row["kind"] == "extra"]
    print(f"{len(items)} messages: {sum(r['kind'] == 'leak' for r in rows)} leaks, {len(extra)} over-masks")
    print(f"  by type: {dict(Counter(row['type'] for row in extra).most_common())}")
    for (kind, recs), count in Counter((row["type"], ", ".join(row["recs"])) for row in extra).most_common(30):
        print(f"  {count:>5}  {kind:<16} {recs or '(a later step)'}")


if __name__ == "__main__":
    main()
