from django.core.management.base import BaseCommand, CommandError

from guichet.accounts.models import ApiKey
from guichet.accounts.services import administration_find


class Command(BaseCommand):
    help = "Crée une clé d'API pour une administration (affichée une seule fois)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("name", help="nom de la clé (ex. : plateforme SP+)")
        parser.add_argument("--administration", required=True)

    def handle(self, *args, **options) -> None:
        administration = administration_find(options["administration"])
        if administration is None:
            raise CommandError(f"Administration inconnue : {options['administration']}")
        _, raw = ApiKey.generate(administration=administration, name=options["name"])
        self.stdout.write(f"Clé pour {administration.name} (à conserver, elle ne sera plus affichée) :")
        self.stdout.write(raw)
