"""`guichet spotchecks`: draw the weekly spot-check samples (run it every Monday, e.g. from cron)."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from guichet.accounts.models import Administration
from guichet.accounts.services import administration_find
from guichet.insights.spotchecks import last_full_week, sample_for_week


class Command(BaseCommand):
    help = "Tire l'échantillon de réponses à contrôler de la semaine écoulée, pour chaque administration."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--administration", help="une seule administration (nom, sigle ou identifiant)")
        parser.add_argument(
            "--week", help="une semaine donnée (AAAA-MM-JJ, un jour de la semaine) ; défaut : la dernière"
        )

    def handle(self, *args, **options) -> None:
        if options.get("administration"):
            administration = administration_find(options["administration"])
            if administration is None:
                raise CommandError(f"Administration inconnue : {options['administration']}")
            administrations = [administration]
        else:
            administrations = list(Administration.objects.order_by("name"))
        try:
            week = date.fromisoformat(options["week"]) if options.get("week") else last_full_week()
        except ValueError as error:
            raise CommandError("Semaine invalide : indiquez une date AAAA-MM-JJ.") from error
        for administration in administrations:
            checks = sample_for_week(administration=administration, week=week)
            reviewers = len({c.reviewer_id for c in checks})
            self.stdout.write(
                f"{administration.name} : {len(checks)} réponse(s) tirée(s) pour {reviewers} superviseur(s)."
            )
