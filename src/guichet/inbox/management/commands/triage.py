"""`guichet triage train | eval | export`: the learned triage model and the agents' corrections."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from guichet.drafting.api import TRIAGE_ARTEFACT as ARTEFACT_PATH
from guichet.drafting.api import TRIAGE_PSEUDONYMISED as PSEUDONYMISED
from guichet.drafting.api import TRIAGE_READINGS as READINGS
from guichet.drafting.api import TRIAGE_TRAIN_READING as TRAIN_READING
from guichet.drafting.api import TriageModel
from guichet.drafting.api import triage_evaluate as evaluate
from guichet.drafting.api import triage_examples as load_examples
from guichet.drafting.api import triage_report_text as format_report
from guichet.drafting.api import triage_train as train
from guichet.inbox.triage_corrections import corrections_export_records

DEFAULT_CORPUS = Path("corpora/triage")


class Command(BaseCommand):
    help = (
        "Tri des messages : entraîne le modèle sur le corpus (train), le mesure (eval), "
        "exporte les corrections des agents comme nouveaux exemples (export)."
    )

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        p_train = sub.add_parser("train", help="entraîne le modèle et écrit l'artefact versionné avec le code")
        p_train.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="dossier du corpus (*.jsonl)")
        p_train.add_argument("--output", type=Path, default=ARTEFACT_PATH, help="fichier de l'artefact (JSON)")
        p_train.add_argument(
            "--check", action="store_true", help="n'écrit rien : vérifie qu'un réentraînement redonne l'artefact livré"
        )
        p_train.add_argument(
            "--reading",
            choices=READINGS,
            default=TRAIN_READING,
            help="lecture des messages : pseudonymisés comme le pipeline les trie, ou bruts (chiffres d'avant)",
        )
        p_eval = sub.add_parser("eval", help="mesure règles, modèle et combinaison sur un découpage du corpus")
        p_eval.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
        p_eval.add_argument("--split", choices=["train", "validation", "test", "all"], default="test")
        p_eval.add_argument("--model", type=Path, default=ARTEFACT_PATH, help="artefact à mesurer")
        p_eval.add_argument("--json", action="store_true", help="sortie JSON")
        p_eval.add_argument(
            "--reading",
            choices=READINGS,
            default=PSEUDONYMISED,
            help="lecture des messages : pseudonymisés comme le pipeline les trie (défaut), ou bruts",
        )
        p_export = sub.add_parser("export", help="écrit les corrections des agents en exemples étiquetés (JSONL)")
        p_export.add_argument("output", nargs="?", type=Path, help="fichier .jsonl (défaut : sortie standard)")

    def handle(self, *args, **options) -> None:
        action = options["action"]
        if action == "export":
            return self._export(options["output"])
        corpus: Path = options["corpus"]
        if not corpus.is_dir() or not any(corpus.glob("*.jsonl")):
            raise CommandError(f"Corpus introuvable ou vide : {corpus}")
        if action == "train":
            return self._train(corpus, options["output"], options["check"], options["reading"])
        return self._eval(corpus, options["model"], options["split"], options["json"], options["reading"])

    def _train(self, corpus: Path, output: Path, check: bool, reading: str) -> None:
        trained = train(corpus, log=lambda line: self.stderr.write(line), reading=reading)
        if check:
            if not output.exists():
                raise CommandError(f"Pas d'artefact à comparer : {output}")
            shipped = TriageModel.load(output)
            same = json.dumps(shipped.to_json(), sort_keys=True) == json.dumps(
                json.loads(json.dumps(trained.model.to_json())), sort_keys=True
            )
            figures_same = shipped.meta.get("figures") == json.loads(json.dumps(trained.model.meta["figures"]))
            self.stdout.write(
                f"Artefact identique : {'oui' if same else 'non'} ; mêmes chiffres : "
                f"{'oui' if figures_same else 'non'}"
            )
            if not figures_same:
                raise CommandError("Le réentraînement ne redonne pas les chiffres de l'artefact livré.")
            return
        trained.model.save(output)
        for name, report in trained.report.items():
            self.stdout.write(format_report(report, name))
            self.stdout.write("")
        self.stderr.write(f"Artefact écrit : {output} ({output.stat().st_size // 1024} Kio)")

    def _eval(self, corpus: Path, model_path: Path, split: str, as_json: bool, reading: str) -> None:
        model = TriageModel.load(model_path) if model_path.exists() else None
        if model is None:
            self.stderr.write(f"Pas d'artefact ({model_path}) : règles seules.")
        examples = load_examples(corpus, None if split == "all" else [split], reading=reading)
        report = evaluate(model, examples)
        if as_json:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=1))
        else:
            self.stdout.write(format_report(report, split))

    def _export(self, output: Path | None) -> None:
        records = list(corrections_export_records())
        lines = [json.dumps(r, ensure_ascii=False) for r in records]
        if output is None:
            sys.stdout.write("".join(f"{line}\n" for line in lines))
        else:
            tmp = output.with_name(output.name + ".part")
            tmp.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
            tmp.replace(output)
        self.stderr.write(f"{len(records)} message(s) corrigé(s) exporté(s).")
