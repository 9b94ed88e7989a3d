"""Triage a batch as the pipeline does: each message pseudonymised by the privacy layer, then `triage_inputs` with
the profile of the office it was written to (aliases and competences, which `guichet triage eval` does not read).

    GUICHET_DATA_DIR=/path/to/kb .venv/bin/python benchmarks/triage_pipeline_eval.py BATCH.jsonl

Prints per-label recall / precision / support with the ids missed, and the share of routine messages given a safety
label (distress or injection), as JSON; `--disagreements` adds each message whose predicted labels differ from its
gold ones, with both.
"""

import argparse
import json
import os
from pathlib import Path

LABELS = ("routine", "distress", "injection", "out_of_scope", "abusive", "complaint")
SAFETY = {"distress", "injection"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path, help="a JSONL batch with id, administration, title, message, labels")
    parser.add_argument(
        "--disagreements", action="store_true", help="list each message whose predicted labels differ from gold"
    )
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.drafting.pipeline import Inputs, administration_profile, triage_inputs
    from guichet.privacy.pseudonymise import pseudonymise_message

    items = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for item in items:
        title, body = pseudonymise_message(title=item.get("title", ""), body=item["message"])
        raw = f"{item.get('title', '')}\n{item['message']}"
        inputs = Inputs.of(title.text, body.text, raw=raw)
        result = triage_inputs(administration_profile(item["administration"]), inputs)
        rows.append({"id": item["id"], "gold": item["labels"], "predicted": result.labels})
    out: dict = {"n": len(rows)}
    for label in LABELS:
        expected = [r for r in rows if label in r["gold"]]
        predicted = [r for r in rows if label in r["predicted"]]
        hits = [r for r in expected if label in r["predicted"]]
        out[label] = {
            "recall": round(len(hits) / len(expected), 3) if expected else None,
            "precision": round(len(hits) / len(predicted), 3) if predicted else None,
            "support": len(expected),
            "missed": [r["id"] for r in expected if label not in r["predicted"]],
        }
    routine = [r for r in rows if r["gold"] == ["routine"]]
    flagged = [r["id"] for r in routine if SAFETY & set(r["predicted"])]
    out["safety_on_routine"] = round(len(flagged) / len(routine), 3) if routine else None
    out["safety_on_routine_ids"] = flagged
    if args.disagreements:
        out["disagreements"] = [r for r in rows if set(r["gold"]) != set(r["predicted"])]
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
