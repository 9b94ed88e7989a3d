"""`guichet search "texte"`: the fiches that best answer a text, with their best passages."""

from __future__ import annotations

import json
from dataclasses import asdict

from django.core.management.base import BaseCommand

from guichet.knowledge.search import MODES, search, understand


class Command(BaseCommand):
    help = "Cherche les fiches qui répondent à un texte."

    def add_arguments(self, parser):
        parser.add_argument("text", help="Le texte (question ou message).")
        parser.add_argument("--k", type=int, default=5, help="Nombre de fiches (défaut 5).")
        parser.add_argument("--audience", choices=["particuliers", "professionnels", "associations"])
        parser.add_argument("--type", action="append", dest="types", help="F, N, R ou un type de fiche (répétable).")
        parser.add_argument("--mode", choices=MODES, default="hybrid")
        parser.add_argument("--administration", default="", help="Le service destinataire (nom court : CAF, CPAM…).")
        parser.add_argument(
            "--explain", action="store_true", help="Montre comment le message est lu (questions, contexte, bruit)."
        )
        parser.add_argument("--json", action="store_true", help="Sortie JSON.")

    def handle(self, *args, **options):
        hits = search(
            options["text"],
            k=options["k"],
            audience=options["audience"],
            fiche_types=options["types"],
            mode=options["mode"],
            administration=options["administration"],
        )
        if options["json"]:
            self.stdout.write(json.dumps([asdict(hit) for hit in hits], ensure_ascii=False, indent=2))
            return
        if options["explain"]:
            self._explain(options["text"], options["administration"])
        if not hits:
            self.stdout.write("Aucune fiche trouvée.")
        for rank, hit in enumerate(hits, 1):
            self.stdout.write(f"{rank}. {hit.fiche_id} – {hit.title}  (score {hit.score:.4f})")
            self.stdout.write(f"   {hit.url}")
            if hit.reasons:
                self.stdout.write(f"   pourquoi : {' ; '.join(hit.reasons)}")
            for passage in hit.passages:
                excerpt = " ".join(passage.text.split())[:200]
                self.stdout.write(f"   · {passage.heading} : {excerpt}")

    def _explain(self, text: str, administration: str = "") -> None:
        query = understand(text, administration=administration)
        self.stdout.write(f"Objet : {query.subject or '—'}")
        for label, sentences in (("Demande", query.asks), ("Contexte", query.context), ("Écarté", query.noise)):
            for sentence in sentences:
                self.stdout.write(f"{label} : {sentence}")
        for found in query.vocabulary:
            self.stdout.write(
                f"Vocabulaire : « {found.text} » → {found.term.expansion or '—'} {' '.join(found.term.fiches)}"
            )
        for hit in query.distress:
            self.stdout.write(f"Situation : {hit.name} → {' '.join(hit.fiches)} ({hit.reason})")
        for route in query.recourse:
            self.stdout.write(f"Recours : {route.name} → {' '.join(route.fiches)} ({route.reason})")
        for sub in query.sub_queries():
            self.stdout.write(f"Sous-requête : {' / '.join(sub.splitlines())}")
        self.stdout.write("")
