"""Re-score recorded model answers through the current composition code, without the model.

A drafts evaluation with the 1.5B model takes about 15 minutes on 2 cores; most changes to what Guichet adds
around the model's answer (key points, links, checks, sentence dropping) do not change the prompt, so the model's
answers of a recorded run (`drafting_eval.py --json`) can be replayed through the new code in seconds. The key-fact
coverage it prints is the one a new run would give when the prompts are unchanged (it reproduced a recorded run
exactly); when a change alters the prompt (sources the model reads, prompt text), run `drafting_eval.py` again.

    .venv/bin/python benchmarks/drafting_replay.py drafts.json ../shared/data/eval-dev/messages_dev.jsonl
    .venv/bin/python benchmarks/drafting_replay.py drafts.json corpora/drafting --split train,validation
"""

import argparse
import json
import os
import re
import statistics
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")

# Lines of a recorded draft that Guichet writes itself (greeting aside): not the model's answer.
FIXED_STARTS = (
    "Pour des raisons de confidentialité",
    "Nous ne pouvons pas vous aider",
    "Votre demande ne relève pas",
    "Nous avons bien lu votre message",
    "Si vous avez besoin d'aide",
    "Pour en savoir plus",
    "Pour faire la démarche",
    "Service en ligne",
    "Votre demande concerne",
    "Vous nous demandez :",
    "Les fiches officielles",
    "Nous vous présentons",
    "Nous sommes sincèrement",
    "Nous sommes désolés",
    "Nous comprenons que",
)


def model_answer(draft: str, head: str) -> str:
    """The model's part of a recorded generated draft: after the greeting, before the key points."""
    paragraphs = draft.split(head)[0].split("\n\n")[1:]
    lines = [line for p in paragraphs for line in p.split("\n")]
    fixed = [line for line in lines if line.startswith(FIXED_STARTS) or re.match(r"- \d", line)]  # contacts
    return "\n".join(line for line in lines if line.strip() and line not in fixed)


def main() -> int:
    import django

    django.setup()
    from guichet.drafting.backends.base import Backend, Generation
    from guichet.drafting.compose import KEY_POINTS_HEAD
    from guichet.drafting.evaluation import body_words, key_fact_coverage, load, percentile
    from guichet.drafting.pipeline import administration_profile, draft_text

    class Replay(Backend):
        """Answers with the recorded text (an empty answer makes compose fall back, as the recorded run did)."""

        name = "replay"

        def __init__(self, text: str) -> None:
            super().__init__(model="replay")
            self.text = text

        def generate(self, messages, *, params, on_token=None) -> Generation:
            return Generation(text=self.text, model=self.model, finish_reason="stop", timings={})

    parser = argparse.ArgumentParser(description="Rejoue les réponses enregistrées du modèle dans le code actuel.")
    parser.add_argument("recorded", help="sortie JSON de drafting_eval.py")
    parser.add_argument("file", help="le fichier d'évaluation (messages_dev.jsonl) ou un dossier de corpus")
    parser.add_argument("--split", default=None, help="pour un dossier de corpus : parties (ex. train,validation)")
    options = parser.parse_args()
    with open(options.recorded, encoding="utf-8") as fh:
        recorded = {item["id"]: item for item in json.load(fh)["items"]}
    scores, words, line = [], [], []
    for item in load(options.file, splits=options.split.split(",") if options.split else None):
        before = recorded.get(item["id"])
        if before is None:
            continue
        if before["draft_kind"] == "generated":
            backend = Replay(model_answer(before["draft"], KEY_POINTS_HEAD))
        else:
            backend = None if before["coverage"].get("covered") is False else Replay("")
        run = draft_text(
            profile=administration_profile(item["administration"]),
            title=item.get("title", ""),
            body=item["message"],
            backend=backend,
        )
        score = key_fact_coverage(item.get("key_facts") or [], run.composed.text)
        if score is not None:
            scores.append(score)
            line.append(f"{item['id']}:{score:.2f}")
        words.append(body_words(run.composed.text, administration_profile(item["administration"])))
    print(" ".join(line))
    print(f"Couverture des faits clés (réponses rejouées) : {statistics.mean(scores):.3f} sur {len(scores)} messages")
    print(
        f"Longueur du corps des brouillons : médiane {statistics.median(words):.0f} mots, p90 {percentile(words, 90)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
