"""How far choosing sentences better could take key-fact coverage: the ceiling of the extractive draft.

For each message with key facts, a key fact counts as reachable when the draft states it, or when one candidate
sentence of the draft's sources states it on its own (after the writer's case is chosen: what the selection could
have quoted), or, at the widest, when one retrieved passage does (what a better candidate list could have offered).
No word budget applies: the figures bound what selection can reach, whatever the length.

    GUICHET_DATA_DIR=… .venv/bin/python benchmarks/drafting_ceiling.py corpora/drafting --split train,validation
"""

import argparse
import json
import os
import statistics
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")


def main() -> int:
    import django

    django.setup()
    from guichet.drafting import retrieval
    from guichet.drafting.evaluation import evaluate_item, fact_covered, load
    from guichet.drafting.extracts import candidate_features
    from guichet.drafting.pipeline import administration_profile
    from guichet.drafting.prompts import question_sentences

    parser = argparse.ArgumentParser(description="Plafond de la couverture des faits clés par des extraits.")
    parser.add_argument("file", help="fichier JSONL ou dossier de corpus")
    parser.add_argument("--split", default=None, help="pour un dossier : parties à lire (ex. train,validation)")
    options = parser.parse_args()
    splits = options.split.split(",") if options.split else None
    items = [i for i in load(options.file, kinds=["question", "complaint"], splits=splits) if i.get("key_facts")]
    drafted, candidate, passage = [], [], []
    for n, item in enumerate(items, 1):
        facts = item["key_facts"]
        draft = evaluate_item(item, generate=False, k=3)["draft"]
        query = f"{item.get('title', '')}\n{item['message']}"
        profile = administration_profile(item["administration"])
        hits = retrieval.retrieve(query, k=3, administration=profile.short_name)
        sources = retrieval.build_sources(hits, questions=question_sentences(query, limit=5))
        found = candidate_features(sources, [*question_sentences(item["message"], limit=5)], item["message"])
        sentences = [c.sentence for c in found[0]] if found else []
        passages = [s.get("passage", "") for s in sources]
        said = [fact_covered(f, draft) for f in facts]
        quotable = [s or any(fact_covered(f, x) for x in sentences) for f, s in zip(facts, said, strict=True)]
        present = [q or any(fact_covered(f, p) for p in passages) for f, q in zip(facts, quotable, strict=True)]
        drafted.append(sum(said) / len(facts))
        candidate.append(sum(quotable) / len(facts))
        passage.append(sum(present) / len(facts))
        if n % 50 == 0:
            print(f"{n}/{len(items)}", file=sys.stderr, flush=True)
    print(
        json.dumps(
            {
                "n": len(items),
                "draft": round(statistics.mean(drafted), 3),
                "draft_or_a_candidate_sentence": round(statistics.mean(candidate), 3),
                "draft_or_a_retrieved_passage": round(statistics.mean(passage), 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
