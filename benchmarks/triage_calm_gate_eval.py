"""The calm-question gate (`triage_calm_question`) measured message by message: each message triaged as the pipeline
does (`benchmarks/triage_pipeline_eval.py`) with the gate on, and again with it off where its predicate holds (it
acts nowhere else), with the model's whole-message and best-sentence distress beside (fortieth pass, engineer-dw).

    GUICHET_DATA_DIR=<a migrated data dir> .venv/bin/python benchmarks/triage_calm_gate_eval.py BATCH.jsonl OUT.jsonl \
        [--artefact OLD_triage_model.json]

`--artefact` reads an older artefact (`git show <commit>:src/guichet/drafting/data/triage_model.json`) in place of
the shipped one: on the batches that joined after it, the scores are out of sample. Writes one JSON line per message
(`id`, `gold`, `on`, `off`, `calm`, `whole`, `sentence`) and prints the counts of both settings.
"""

import argparse
import json
import os
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")

import django  # noqa: E402

django.setup()

from guichet.drafting import triage as triage_module  # noqa: E402
from guichet.drafting import triage_calm_question  # noqa: E402
from guichet.drafting.pipeline import Inputs, administration_profile, triage_inputs  # noqa: E402
from guichet.drafting.triage_model import TriageModel, administration_text, model_text, shipped_model  # noqa: E402
from guichet.privacy.pseudonymise import pseudonymise_message  # noqa: E402

SAFETY = {"distress", "injection"}


def row(model: TriageModel, item: dict) -> dict:
    """One message triaged with the gate on, and off where its predicate holds; the model's distress scores."""
    title, body = pseudonymise_message(title=item.get("title", ""), body=item["message"])
    inputs = Inputs.of(title.text, body.text, raw=f"{item.get('title', '')}\n{item['message']}")
    profile = administration_profile(item["administration"])
    calm = triage_calm_question.calm_question(model_text(inputs.title, inputs.body))
    triage_calm_question.CALM_QUESTION_GATE = True
    on = list(triage_inputs(profile, inputs).labels)
    off = on
    if calm:
        triage_calm_question.CALM_QUESTION_GATE = False
        off = list(triage_inputs(profile, inputs).labels)
        triage_calm_question.CALM_QUESTION_GATE = True
    admin = administration_text(profile.name, profile.aliases, profile.competences)
    whole = model.scores(inputs.title, inputs.body, admin)["distress"]
    sentence = model.window_scores(inputs.body, admin, ("distress",)).get("distress", (None, ""))[0]
    return {"id": item["id"], "gold": item["labels"], "on": on, "off": off, "calm": calm, "whole": whole,
            "sentence": sentence}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path, help="a JSONL batch with id, administration, title, message, labels")
    parser.add_argument("out", type=Path, help="where to write one JSON line per message")
    parser.add_argument("--artefact", type=Path, help="an older triage_model.json to read in place of the shipped one")
    args = parser.parse_args()
    model = TriageModel.load(args.artefact) if args.artefact else shipped_model()
    triage_module.shipped_model = lambda: model  # the pipeline reads the artefact through this name
    items = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    with args.out.open("w", encoding="utf-8") as out:
        for item in items:
            rows.append(row(model, item))
            out.write(json.dumps(rows[-1], ensure_ascii=False) + "\n")
    distress = [r for r in rows if "distress" in r["gold"]]
    routine = [r for r in rows if r["gold"] == ["routine"]]
    summary = {"n": len(rows), "calm_on_distress": sum(r["calm"] for r in distress)}
    for key in ("on", "off"):
        summary[key] = {
            "distress_caught": sum("distress" in r[key] for r in distress),
            "distress": len(distress),
            "distress_missed": [r["id"] for r in distress if "distress" not in r[key]],
            "routine_flagged": [r["id"] for r in routine if SAFETY & set(r[key])],
            "routine": len(routine),
        }
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
