"""Grounded or silent: replay `drafting.grounding` on cached retrievals of the corpora (thirty-first pass, d33).

A draft says "the fiches do not answer" (frame.NOT_COVERED, no quote) when retrieval's score-based verdict says not
covered and no sentence answers (`compose`), or, since this pass, when `grounding.judge` finds that the fiches do
not speak of what the question asks. Running the whole drafting path over the 4,743 train + validation messages of
corpora/retrieval and corpora/drafting takes an hour on the shared 2-core VM; the judgement needs only what
retrieval returned, so this script caches it once (`cache`: pseudonymise, triage, retrieve, the score verdict and
whether a sentence answers, the terms of each fiche's passages) and replays the judgement in seconds (`report`).

    export GUICHET_DATA_DIR=…   # a copy of the full knowledge base
    .venv/bin/python benchmarks/drafting_grounding.py cache corpora/retrieval,corpora/drafting train,validation tv.pkl
    .venv/bin/python benchmarks/drafting_grounding.py report tv.pkl [--at 0.85,0.9,0.95]

`report` prints, per corpus and split, the messages without a gold fiche that get "not covered" (the aim) and the
messages with one that wrongly get it (the cost), before (the score verdict alone) and after (with the judgement).
Never run it on the test split to tune.
"""

import argparse
import os
import pickle
import sys
from collections import defaultdict

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")


def cache(parts: list[str], splits: list[str], out: str) -> None:
    from guichet.corpora import read_corpus
    from guichet.drafting import pipeline, retrieval
    from guichet.drafting.answerable import assess
    from guichet.drafting.compose import QUESTIONS
    from guichet.drafting.extracts import answers_question, terms_of
    from guichet.drafting.prompts import question_sentences
    from guichet.privacy.pseudonymise import pseudonymise_message

    items = [dict(i, corpus=p) for p in parts for i in read_corpus(p) if i["split"] in splits]
    rows = []
    for n, item in enumerate(items, start=1):
        profile = pipeline.administration_profile(item["administration"])
        title, body = pseudonymise_message(title=item.get("title", ""), body=item["message"])
        inputs = pipeline.Inputs.of(title.text, body.text, raw=f"{item.get('title', '')}\n{item['message']}")
        triage = pipeline.triage_inputs(profile, inputs)
        row = {
            "id": item["id"],
            "corpus": item["corpus"],
            "split": item["split"],
            "kind": item.get("kind"),
            "gold": item.get("fiche_ids") or [],
            "out_of_scope": triage.scores.get("out_of_scope", 0.0),
            "answerable": assess(inputs.title, inputs.body, triage).answerable,
            "administration": item["administration"],
            "title": inputs.title,
            "body": inputs.body,
            "labels": list(triage.labels),
            "scores": dict(triage.scores),
            "competent": dict(triage.competent or {}),
        }
        if row["answerable"]:
            query, question = pipeline.search_texts(inputs, triage)
            hits = retrieval.retrieve(query, k=pipeline.RETRIEVAL_K, administration=profile.short_name)
            sources = retrieval.build_sources(hits, questions=question_sentences(query, limit=QUESTIONS))
            cover = retrieval.coverage(hits, question, sources)  # the score verdict, before the judgement
            questions = [*question_sentences(inputs.body, limit=QUESTIONS), inputs.title]
            row["question"] = question
            row["coverage"] = cover
            row["answered_now"] = bool(sources) and (
                cover["covered"] or answers_question(sources, questions, inputs.body)
            )
            fiches: dict[str, dict] = {}
            for s in sources:
                f = fiches.setdefault(s["fiche_id"], {"id": s["fiche_id"], "title": s["title"], "terms": set()})
                f["terms"] |= terms_of(f"{s['heading']} {s.get('extract') or s['passage']}")
            row["fiches"] = list(fiches.values())
            row["sources"] = [{k: s.get(k) for k in ("fiche_id", "title", "heading", "score")} for s in sources]
        rows.append(row)
        if n % 200 == 0:
            print(f"{n}/{len(items)}", file=sys.stderr, flush=True)
    with open(out, "wb") as fh:
        pickle.dump(rows, fh)


def report(path: str, thresholds: list[float]) -> None:
    from guichet.drafting import grounding
    from guichet.drafting.extracts import terms_of

    with open(path, "rb") as fh:
        rows = pickle.load(fh)
    for at in thresholds:
        counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
        for row in rows:
            if not row.get("answerable"):
                continue
            before = not row["coverage"]["covered"] and not row["answered_now"]
            fiches = [(f["id"], f["title"], f["terms"] | terms_of(f["title"])) for f in row["fiches"]]
            verdict = grounding.judge_fiches(
                row["question"],
                fiches,
                row["coverage"],
                out_of_scope=row.get("out_of_scope", 0.0),
                complaint=row.get("scores", {}).get("complaint", 0.0),
                redirected="out_of_scope" in row.get("labels", []) and bool(row.get("competent")),
            )
            probability = verdict["unanswered_probability"]
            after = before or (probability is not None and probability >= at)
            key = (row["corpus"].rstrip("/").rsplit("/", 1)[-1], row["split"])
            c = counts[key]
            if row["gold"]:
                c[3] += 1
                c[4] += before
                c[5] += after
            else:
                c[0] += 1
                c[1] += before
                c[2] += after
        print(f"unanswered probability ≥ {at}")
        print("  corpus, split: no gold fiche → not covered before / after ; gold fiche → not covered before / after")
        total = [0] * 6
        for key in sorted(counts):
            c = counts[key]
            total = [a + b for a, b in zip(total, c, strict=True)]
            print(f"  {key[0]}, {key[1]}: {c[1]} / {c[2]} of {c[0]} ; {c[4]} / {c[5]} of {c[3]}")
        print(f"  all: {total[1]} / {total[2]} of {total[0]} ; {total[4]} / {total[5]} of {total[3]}")


def main() -> int:
    import django

    django.setup()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("cache")
    c.add_argument("corpora", help="corpus folders, comma-separated")
    c.add_argument("splits", help="train,validation (never tune on test)")
    c.add_argument("out")
    r = sub.add_parser("report")
    r.add_argument("cache")
    r.add_argument("--at", default="", help="thresholds to compare (default: grounding.UNANSWERED_AT)")
    options = parser.parse_args()
    if options.command == "cache":
        cache(options.corpora.split(","), options.splits.split(","), options.out)
    else:
        from guichet.drafting.grounding import UNANSWERED_AT

        report(options.cache, [float(x) for x in options.at.split(",")] if options.at else [UNANSWERED_AT])
    return 0


if __name__ == "__main__":
    sys.exit(main())
