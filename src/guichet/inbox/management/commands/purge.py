"""guichet purge: remove the personal data of closed messages past their administration's retention period."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from guichet.inbox.personal_data import purge_expired


class Command(BaseCommand):
    help = "Supprime les données personnelles des messages clos au-delà de la durée de conservation."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Affiche ce qui serait purgé, sans rien modifier.")

    def handle(self, *args: Any, **options: Any) -> None:
        report = purge_expired(dry_run=options["dry_run"])
        verb = "à purger (simulation, rien n'est modifié)" if report.dry_run else "purgé(s)"
        for name, count in report.by_administration.items():
            self.stdout.write(f"{name} : {count} message(s) {verb}")
        self.stdout.write(f"Total : {report.count} message(s) {verb}.")
