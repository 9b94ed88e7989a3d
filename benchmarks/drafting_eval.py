"""Run the drafts evaluation with every option (same code as `guichet eval drafts`).

.venv/bin/python benchmarks/drafting_eval.py ../shared/data/eval-dev/messages_dev.jsonl --no-generate
.venv/bin/python benchmarks/drafting_eval.py corpora/drafting --split train,validation --no-generate
GUICHET_LLM_MODEL=qwen2.5-1.5b .venv/bin/python benchmarks/drafting_eval.py FILE --limit 8 --json > out.json
"""

import argparse
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")


def main() -> int:
    import django

    django.setup()
    from guichet.drafting.evaluation import run_drafts_eval

    parser = argparse.ArgumentParser(description="Évalue les brouillons sur un fichier JSONL de messages.")
    parser.add_argument("file")
    parser.add_argument("--no-generate", action="store_true", help="s'arrêter avant l'appel au modèle")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--kinds", default=None, help="natures de message à garder (ex. question,distress)")
    parser.add_argument("--ids", default=None, help="identifiants à garder (ex. msg-002,msg-111)")
    parser.add_argument(
        "--split", default=None, help="pour un dossier de corpus : parties à garder (ex. train,validation ou test)"
    )
    parser.add_argument("--k", type=int, default=3, help="fiches retenues par message")
    parser.add_argument("--json", action="store_true")
    options = vars(parser.parse_args())

    class Out:
        def write(self, text: str) -> None:
            print(text, flush=True)

    run_drafts_eval(options, Out())
    return 0


if __name__ == "__main__":
    sys.exit(main())
