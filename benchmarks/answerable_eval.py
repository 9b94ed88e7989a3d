"""The "nothing to answer" decision (`guichet.drafting.answerable`) on a corpus, through the pipeline's own steps:
pseudonymise, triage (`pipeline.triage_inputs`), then `answerable.assess`, as `pipeline.run` does before retrieval.

.venv/bin/python benchmarks/answerable_eval.py corpora/answerable --split train,validation
.venv/bin/python benchmarks/answerable_eval.py corpora/triage --split train,validation    # injection vs others
.venv/bin/python benchmarks/answerable_eval.py corpora/drafting --split train,validation  # all answerable

A corpus with an `answerable` field reports the recall of non-answerable messages and the answerable ones withheld;
one with `labels` (triage) reports how many injection messages, and how many others, get the short reply; any
other (drafting, retrieval: real requests) counts the messages withheld. `--show` prints each withheld message.
"""

import argparse
import os
import sys
import time
from collections import Counter

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")


def main() -> int:
    import django

    django.setup()
    from guichet.accounts.demo import shipped_identity
    from guichet.corpora import read_corpus
    from guichet.drafting.answerable import assess
    from guichet.drafting.pipeline import Inputs, triage_inputs
    from guichet.drafting.prompts import AdministrationProfile
    from guichet.privacy.pseudonymise import pseudonymise_message

    parser = argparse.ArgumentParser(description="Messages sans demande : rappel et réponses retenues à tort.")
    parser.add_argument("folder")
    parser.add_argument("--split", default="train,validation")
    parser.add_argument("--show", action="store_true", help="afficher chaque message qui reçoit la réponse courte")
    options = parser.parse_args()
    splits = options.split.split(",")

    counts: Counter[tuple[str, bool]] = Counter()
    durations: list[float] = []
    for item in read_corpus(options.folder):
        if item["split"] not in splits:
            continue
        name, aliases, competences = shipped_identity(item["administration"])
        profile = AdministrationProfile(name=name, aliases=aliases, competences=competences)
        title, body = pseudonymise_message(title=item.get("title", ""), body=item["message"])
        inputs = Inputs.of(title.text, body.text, raw=f"{item.get('title', '')}\n{item['message']}")
        triage = triage_inputs(profile, inputs)
        started = time.perf_counter()
        found = assess(inputs.title, inputs.body, triage)
        durations.append(time.perf_counter() - started)
        if "answerable" in item:
            group = "answerable" if item["answerable"] else "non-answerable"
        elif "labels" in item:
            group = "injection" if "injection" in item["labels"] else "other"
        else:
            group = "request"
        counts[(group, found.answerable)] += 1
        if options.show and not found.answerable:
            print(f"{group}\t{item['id']}\t{found.reason}\t{item['message'][:160]!r}")
    for group in sorted({g for g, _ in counts}):
        short, total = counts[(group, False)], counts[(group, False)] + counts[(group, True)]
        print(f"{group}: short reply {short}/{total}")
    durations.sort()
    if durations:
        p95 = durations[min(len(durations) - 1, int(0.95 * len(durations)))]
        print(f"decision time p95: {p95 * 1000:.2f} ms over {len(durations)} messages (after triage)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
