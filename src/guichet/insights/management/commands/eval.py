"""`guichet eval retrieval FILE.jsonl` and `guichet eval drafts …`: offline evaluations on a JSONL set."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from guichet.drafting.evaluation import run_drafts_eval
from guichet.knowledge.evaluation import run_retrieval_eval


class Command(BaseCommand):
    help = "Évalue la recherche (retrieval) ou les brouillons (drafts) sur un jeu d'évaluation."

    def add_arguments(self, parser):
        targets = parser.add_subparsers(dest="target", required=True, metavar="{retrieval,drafts}")
        retrieval = targets.add_parser("retrieval", help="hit@k et MRR de la recherche de fiches.")
        retrieval.add_argument("file", help="Fichier JSONL (messages ou questions) ou dossier de corpus.")
        retrieval.add_argument("--k", type=int, default=5, help="Nombre de fiches par requête (défaut 5).")
        retrieval.add_argument(
            "--mode",
            choices=["hybrid", "lexical", "dense", "bm25"],
            default="hybrid",
            help="bm25 : la référence, BM25 simple sur les fiches entières avec le message brut.",
        )
        retrieval.add_argument(
            "--split", choices=["train", "validation", "test"], help="Pour un dossier de corpus : une seule partie."
        )
        retrieval.add_argument("--kinds", help="Ne garder que ces natures de message (ex. question,complaint).")
        retrieval.add_argument("--json", action="store_true", help="Résultats détaillés en JSON.")
        drafts = targets.add_parser("drafts", help="Qualité des brouillons (voir guichet.drafting.evaluation).")
        drafts.add_argument("file", help="Fichier JSONL de messages.")
        drafts.add_argument("--json", action="store_true", help="Résultats détaillés en JSON.")
        drafts.add_argument("--limit", type=int, default=None, help="Nombre maximal de messages.")
        drafts.add_argument("--kinds", help="Ne garder que ces natures de message.")
        drafts.add_argument("--k", type=int, default=3, help="Nombre de fiches sources par message (défaut 3).")
        drafts.add_argument(
            "--no-generate", action="store_true", help="Sans modèle : recherche, couverture et contrôles seulement."
        )

    def handle(self, *args, **options):
        if options["target"] == "retrieval":
            kinds = options["kinds"].split(",") if options.get("kinds") else None
            run_retrieval_eval(
                options["file"],
                options["k"],
                options["mode"],
                options["json"],
                self.stdout,
                kinds=kinds,
                split=options.get("split"),
            )
        else:
            run_drafts_eval(options, self.stdout)
