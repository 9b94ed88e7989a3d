"""One command from a fresh machine to a running Guichet: migrate, demo data, corpus, server and worker."""

import subprocess
import sys
from importlib import resources
from pathlib import Path

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

from guichet.accounts.demo import demo_accounts, demo_administrations
from guichet.inbox.importexport import messages_import


class Command(BaseCommand):
    help = "Prépare tout (base, comptes de démonstration, fiches, messages) puis démarre le serveur et le travailleur."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--corpus",
            action="append",
            help="fiches à intégrer : URL, zip ou dossier (défaut : archives officielles de la DILA)",
        )
        parser.add_argument("--skip-corpus", action="store_true", help="ne pas intégrer de fiches")
        parser.add_argument("--no-serve", action="store_true", help="préparer sans démarrer le serveur")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args, **options) -> None:
        self.stdout.write("1/5 Base de données…")
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("2/5 Administrations et comptes de démonstration…")
        demo_administrations()
        accounts = demo_accounts()
        self._print_accounts(accounts)
        self.stdout.write("3/5 Fiches service-public.fr…")
        if not options["skip_corpus"]:
            self._ingest(options["corpus"])
        self.stdout.write("4/5 Messages de démonstration…")
        demo_file = Path(str(resources.files("guichet.inbox") / "demo" / "messages.jsonl"))
        report = messages_import(path=demo_file, fmt="jsonl")
        self.stdout.write(f"    {report.created} message(s) ajouté(s), {report.duplicates} déjà présent(s).")
        if options["no_serve"]:
            self.stdout.write(self.style.SUCCESS("Prêt. Démarrez avec : guichet serve & guichet worker"))
            return
        self._serve(options["host"], options["port"])

    def _print_accounts(self, accounts) -> None:
        new = [a for a in accounts if a.password]
        if not new:
            self.stdout.write(
                "    Comptes de démonstration déjà créés (mots de passe affichés au premier lancement ; "
                "pour en changer : guichet createagent NOM --administration CAF --password …)."
            )
            return
        self.stdout.write(
            self.style.WARNING("    Comptes créés — notez ces mots de passe, ils ne seront plus affichés :")
        )
        for account in new:
            self.stdout.write(f"      {account.username:<12} {account.password:<20} {account.role}")

    def _ingest(self, corpus: list[str] | None) -> None:
        if "ingest" not in get_commands():
            self.stdout.write("    (module de connaissances absent : étape ignorée)")
            return
        sources = corpus or list(settings.GUICHET_CORPUS_URLS)
        try:
            call_command("ingest", *sources)
        except (CommandError, OSError) as exc:
            self.stderr.write(
                self.style.WARNING(
                    f"    Les fiches n'ont pas pu être intégrées ({exc}).\n"
                    "    Sans accès réseau, indiquez une copie locale, par exemple :\n"
                    "      make run CORPUS=../shared/data/service-public\n"
                    "    Guichet démarre quand même (brouillons sans sources)."
                )
            )

    def _serve(self, host: str, port: int) -> None:
        worker = subprocess.Popen([sys.executable, "-m", "guichet.cli", "worker"])
        self.stdout.write(self.style.SUCCESS(f"5/5 Guichet est prêt : http://{host}:{port}/  (Ctrl+C pour arrêter)"))
        try:
            call_command("serve", host=host, port=port)
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()
