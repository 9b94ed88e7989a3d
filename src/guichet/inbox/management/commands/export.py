import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from guichet.accounts.services import administration_find
from guichet.inbox.importexport import detect_format, replies_export_records, write_records


class Command(BaseCommand):
    help = (
        "Exporte les réponses envoyées d'une ou plusieurs administrations au format Services Publics+ "
        "(textes pseudonymisés ; dans un CSV, les cellules qu'un tableur lirait comme des formules sont neutralisées)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "output", nargs="?", type=Path, help="fichier .csv, .json ou .jsonl (défaut : sortie standard)"
        )
        parser.add_argument(
            "--format", choices=["csv", "json", "jsonl"], help="format (défaut : extension, sinon csv)"
        )
        parser.add_argument(
            "--administration",
            action="append",
            required=True,
            help="administration dont exporter les réponses (obligatoire, répétable)",
        )

    def handle(self, *args, **options) -> None:
        administrations = []
        for name in options["administration"]:
            found = administration_find(name)
            if found is None:
                raise CommandError(f"Administration inconnue : {name}")
            administrations.append(found)
        output: Path | None = options["output"]
        fmt = options["format"] or (detect_format(output) if output else "csv")
        records = replies_export_records(administrations=administrations)
        if output is None:
            count = write_records(records, fmt, sys.stdout)
        else:
            tmp = output.with_name(output.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as out:
                count = write_records(records, fmt, out)
            tmp.replace(output)
        self.stderr.write(f"{count} réponse(s) exportée(s).")
