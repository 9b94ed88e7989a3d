"""False distress on calm hardship questions: how many drafting-corpus questions and complaints get the distress label.

    .venv/bin/python benchmarks/triage_hardship.py [--split validation] [--model PATH] [--json] [--list]

The drafting corpus (corpora/drafting) holds questions and complaints written by widows, single parents, sick
people, people on a low income: calm messages with a plain ask, each with a `kind` (question, complaint,
distress, out_of_scope). A distress label on a question or a complaint puts an emergency block at the top of its
draft, so this counts, per split:

* calm: the questions and complaints, and how many get the distress label (by the rules, by the model alone);
* distress: the messages of kind distress, and how many keep it (the recall this must not cost).

Use the train split of corpora/drafting for tuning only; report on validation, and on test once at the end.
"""

import argparse
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CALM_KINDS = ("question", "complaint")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="validation", choices=["train", "validation", "test", "all"])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "drafting")
    parser.add_argument("--model", type=Path, default=None, help="artefact to measure (default: the shipped one)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--list", action="store_true", help="print the flagged calm messages")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.corpora import read_corpus
    from guichet.drafting import triage_model
    from guichet.drafting.triage import triage
    from guichet.drafting.triage_training import resolve_administration

    if args.model is not None:
        triage_model._MODEL = triage_model.TriageModel.load(args.model)
        triage_model._MODEL_LOADED = True

    items = list(read_corpus(args.corpus, split=None if args.split == "all" else args.split))
    calm = {"n": 0, "flagged": 0, "by_rules": 0, "by_model_only": 0}
    distress = {"n": 0, "caught": 0}
    flagged: list[dict] = []
    for item in items:
        name, aliases, competences = resolve_administration(item["administration"])
        result = triage(
            title=item.get("title", ""),
            body=item["message"],
            administration=name,
            aliases=aliases,
            competences=competences,
        )
        has = "distress" in result.labels
        if item["kind"] == "distress":
            distress["n"] += 1
            distress["caught"] += has
        elif item["kind"] in CALM_KINDS:
            calm["n"] += 1
            if has:
                calm["flagged"] += 1
                only_model = "distress" in result.learned
                calm["by_model_only" if only_model else "by_rules"] += 1
                flagged.append(
                    {
                        "id": item["id"],
                        "score": result.scores.get("distress"),
                        "rules": result.distress_kinds,
                        "title": item.get("title", ""),
                    }
                )
    report = {
        "split": args.split,
        "calm": calm,
        "calm_flagged_rate": round(calm["flagged"] / calm["n"], 3) if calm["n"] else None,
        "distress": distress,
        "load_average": round(os.getloadavg()[0], 1),
    }
    if args.list:
        report["flagged"] = flagged
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    print(
        f"Découpage {args.split} : {calm['flagged']} / {calm['n']} questions et réclamations calmes en détresse "
        f"({calm['by_rules']} par les règles, {calm['by_model_only']} par le modèle seul) ; "
        f"détresse gardée : {distress['caught']} / {distress['n']}"
    )
    for f in flagged if args.list else []:
        print(f"  {f['id']}  modèle {f['score']}  règles {f['rules']}  {f['title']}")


if __name__ == "__main__":
    main()
