"""`guichet draft`: the whole drafting path for one message, synchronously, in the terminal."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from guichet.drafting.backends import get_backend
from guichet.drafting.pipeline import administration_profile, draft_text


class Command(BaseCommand):
    help = "Prépare un brouillon de réponse pour un message, de bout en bout (tri, sources, brouillon, vérifications)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--administration", required=True, help="Administration destinataire (nom ou sigle).")
        parser.add_argument("--title", default="", help="Objet du message.")
        parser.add_argument("--message-file", required=True, help="Fichier texte du message ('-' : entrée standard).")
        parser.add_argument("--instruction", default="", help="Consigne (« plus court », « plus simple »…).")
        parser.add_argument("--no-model", action="store_true", help="Sans modèle : brouillon d'extraits des fiches.")
        parser.add_argument("--stream", action="store_true", help="Afficher le texte du modèle au fil de l'eau.")
        parser.add_argument("--json", action="store_true", help="Sortie JSON.")

    def handle(self, *args, **options) -> None:
        path = options["message_file"]
        if path == "-":
            body = sys.stdin.read()
        else:
            try:
                body = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise CommandError(f"Impossible de lire {path} : {exc}") from exc
        profile = administration_profile(options["administration"])
        backend = None if options["no_model"] else get_backend()
        on_token = None
        if options["stream"] and not options["json"]:

            def on_token(piece: str) -> None:
                self.stdout.write(piece, ending="")
                self.stdout.flush()

        run = draft_text(
            profile=profile,
            title=options["title"],
            body=body,
            backend=backend,
            instruction=options["instruction"],
            on_token=on_token,
        )
        c = run.composed
        payload = {
            "administration": profile.name,
            "triage": {
                "labels": run.triage.labels,
                "priority": run.triage.priority,
                "emergency_contacts": run.triage.emergency_contacts,
                "competent": run.triage.competent,
                "injection_kinds": run.triage.injection_kinds,
            },
            "sources": [
                {
                    **{k: s[k] for k in ("n", "fiche_id", "title", "url", "version", "heading")},
                    "in_prompt": s.get("in_prompt", True),
                }
                for s in c.sources
            ],
            "kind": c.kind,
            "model": c.model_name,
            "draft": run.display_text,
            "alerts": c.alerts,
            "checks": c.checks,
            "timings": run.timings,
        }
        if options["json"]:
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        if on_token:
            self.stdout.write("\n")
        w = self.stdout.write
        w(f"Tri : {', '.join(run.triage.labels)} (priorité {run.triage.priority})")
        w("Sources :")
        for s in payload["sources"]:
            quoted = "" if s["in_prompt"] else " (extrait recopié, non lu par le modèle)"
            w(f"  [{s['n']}] {s['fiche_id']} v{s['version']} — {s['title']} — {s['heading']}{quoted}")
            w(f"      {s['url']}")
        w(f"\nBrouillon ({c.kind}{', ' + c.model_name if c.model_name else ''}) :\n")
        w(run.display_text)
        w("\nAlertes :")
        for a in c.alerts:
            w(f"  [{a['level']}] {a['message']}")
        read = c.checks.get("readability", {})
        w(f"\nLisibilité : {read.get('score')} ; {read.get('avg_sentence_words')} mots par phrase")
        w("Durées (s) : " + ", ".join(f"{k} {v}" for k, v in run.timings.items()))
