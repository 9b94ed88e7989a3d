"""A digest of what pseudonymisation makes of a fixed sample of texts, to show that a change of layout changed nothing.

    PYTHONPATH=src GUICHET_DATA_DIR=<dir> .venv/bin/python benchmarks/privacy_digest.py [--every 10] [--offset 0]
        [--paragraphs 300] [--shared ../shared] [--list]

The texts: every `--every`-th message of `corpora/privacy` (from the `--offset`-th, every file and every split, in
the order of `guichet.corpora.read_corpus`; the folder's `next/` is not read), then `--paragraphs` paragraphs of the
particuliers fiches (`guichet.privacy.evaluation.fiche_paragraphs`, seed 42, one per fiche). Two parts are hashed:
"pseudonymised", what `pseudonymise_message` (title and body, one mapping) or `pseudonymise` (a paragraph) returns:
the texts, the mapping and each entity's type, placeholder and place; and "name rules", the raw results of
`name_rules.ContextNameRecognizer` alone on each text with the analyzer's spaCy artefacts (start, end, score as
`repr`), before any other recogniser or the resolution hides one; and "name rules, every message", the same recogniser
without spaCy's artefacts (the text alone, a few milliseconds a text) on the title and body of every message of the
corpus, not a tenth, and on the paragraphs. One SHA-256 per part and one over all three. Run it
with two codes (the other's `src/` unpacked from `git archive`): equal digests mean the same placeholders and the
same name spans on every text. `--list` prints one line per text (its id or `fiche-N` and the first 12 hex digits of
its hash) to find where two codes part; no text is printed. Thirty-sixth pass (engineer-k3): the split of
`privacy/name_rules.py`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _canonical(value: Any) -> str:
    def walk(item: Any) -> Any:
        if isinstance(item, dict):
            return {str(key): walk(element) for key, element in item.items()}
        if isinstance(item, (list, tuple)):
            return [walk(element) for element in item]
        if isinstance(item, (str, bool, int)) or item is None:
            return item
        return repr(float(item))

    return json.dumps(walk(value), sort_keys=True, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "privacy")
    parser.add_argument("--every", type=int, default=10, help="one message in N of the corpus")
    parser.add_argument("--offset", type=int, default=0, help="the index of the first message taken")
    parser.add_argument("--paragraphs", type=int, default=300, help="fiche paragraphs (0: none)")
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("GUICHET_SHARED_DIR", "../shared")))
    parser.add_argument("--list", action="store_true", help="one line per text (its id and hash, no text)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.privacy.analyzer import nlp_artifacts
    from guichet.privacy.evaluation import fiche_paragraphs
    from guichet.privacy.name_rules import ContextNameRecognizer
    from guichet.privacy.names import ENTITY
    from guichet.privacy.pseudonymise import Pseudonymised, pseudonymise, pseudonymise_message

    recognizer = ContextNameRecognizer()

    def pseudonymised(result: Pseudonymised) -> dict[str, Any]:
        entities = [(e.type, e.placeholder, e.start, e.end) for e in result.entities]
        return {"text": result.text, "mapping": result.mapping, "entities": entities}

    def names(text: str) -> list[tuple[int, int, float]]:
        if not text.strip():
            return []
        found = recognizer.analyze(text, [ENTITY], nlp_artifacts(text))
        return sorted((r.start, r.end, r.score) for r in found)

    def alone(text: str) -> list[tuple[int, int, float]]:
        return sorted((r.start, r.end, r.score) for r in recognizer.analyze(text, [ENTITY], None)) if text else []

    texts: list[tuple[str, str, str, str]] = []  # (kind, id, title, body)
    counts: Counter[str] = Counter()
    every: list[tuple[str, str, str]] = []
    for index, item in enumerate(read_corpus(args.corpus)):
        every.append((item["id"], item.get("title", ""), item["message"]))
        if index % args.every == args.offset % args.every:
            texts.append(("message", item["id"], item.get("title", ""), item["message"]))
            counts[f"corpus:{item['split']}"] += 1
    if args.paragraphs:
        for number, paragraph in enumerate(fiche_paragraphs(args.shared, count=args.paragraphs)):
            texts.append(("fiche", f"fiche-{number}", "", paragraph))
            every.append((f"fiche-{number}", "", paragraph))
            counts["fiche"] += 1

    parts = {"pseudonymised": hashlib.sha256(), "name rules": hashlib.sha256()}
    everywhere = hashlib.sha256()
    both = hashlib.sha256()
    placeholders: Counter[str] = Counter()
    started = time.perf_counter()
    for kind, text_id, title, body in texts:
        if kind == "message":
            title_result, body_result = pseudonymise_message(title=title, body=body)
            results = {
                "pseudonymised": {"title": pseudonymised(title_result), "body": pseudonymised(body_result)},
                "name rules": {"title": names(title), "body": names(body)},
            }
            placeholders.update(e.type for e in (*title_result.entities, *body_result.entities))
        else:
            result = pseudonymise(body)
            results = {"pseudonymised": pseudonymised(result), "name rules": names(body)}
            placeholders.update(f"fiche:{e.type}" for e in result.entities)
        line = hashlib.sha256()
        for name, digest in parts.items():
            record = f"{text_id}\x1f{_canonical(results[name])}".encode() + b"\x1e"
            digest.update(record)
            both.update(name.encode() + b"\x1f" + record)
            line.update(record)
        if args.list:
            print(text_id, line.hexdigest()[:12])
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    for text_id, title, body in every:
        record = f"{text_id}\x1f{_canonical({'title': alone(title), 'body': alone(body)})}".encode() + b"\x1e"
        everywhere.update(record)
        both.update(b"name rules, every message\x1f" + record)
    alone_seconds = time.perf_counter() - started
    print("texts", " ".join(f"{key} {value}" for key, value in sorted(counts.items())), f"({seconds:.0f} s)")
    print("placeholders", " ".join(f"{key} {value}" for key, value in sorted(placeholders.items())))
    for name, digest in parts.items():
        print(f"{name} sha256 {digest.hexdigest()}")
    print(f"name rules, every message ({len(every)} texts, {alone_seconds:.0f} s) sha256 {everywhere.hexdigest()}")
    print(f"all sha256 {both.hexdigest()}")


if __name__ == "__main__":
    main()
