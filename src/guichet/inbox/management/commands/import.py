from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from guichet.accounts.services import administration_find
from guichet.inbox.importexport import ImportFormatError, messages_import


class Command(BaseCommand):
    help = "Importe des messages : CSV ou JSON au format open data Services Publics+, ou JSONL simple."

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", type=Path, help="fichiers .csv, .json ou .jsonl")
        parser.add_argument("--format", choices=["csv", "json", "jsonl"], help="forcer le format")
        parser.add_argument("--administration", help="rattacher tous les messages à cette administration")
        parser.add_argument(
            "--create-administrations", action="store_true", help="créer les administrations inconnues"
        )

    def handle(self, *args, **options) -> None:
        forced = None
        if options["administration"]:
            forced = administration_find(options["administration"])
            if forced is None:
                raise CommandError(f"Administration inconnue : {options['administration']}")
        failed = False
        for path in options["files"]:
            if not path.is_file():
                raise CommandError(f"Fichier introuvable : {path}")
            try:
                report = messages_import(
                    path=path,
                    fmt=options["format"],
                    administration=forced,
                    create_administrations=options["create_administrations"],
                )
            except ImportFormatError as exc:
                raise CommandError(str(exc)) from exc
            for line, reason in report.warnings:
                self.stderr.write(f"{path.name}:{line}: avertissement : {reason}")
            for line, reason in report.errors:
                self.stderr.write(self.style.ERROR(f"{path.name}:{line}: rejeté : {reason}"))
            self.stdout.write(
                f"{path.name} : {report.created} importé(s), {report.duplicates} déjà présent(s), "
                f"{len(report.errors)} rejeté(s)."
            )
            failed = failed or not report.ok
        if failed:
            raise CommandError(
                "Certaines lignes ont été rejetées (voir ci-dessus) ; les autres sont importées.", returncode=2
            )
