from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from guichet.accounts.services import administration_find
from guichet.delivery.services import webhook_configure


class Command(BaseCommand):
    help = "Configure le webhook d'une administration : ses réponses envoyées y sont poussées, signées."

    def add_arguments(self, parser) -> None:
        parser.add_argument("url", help="adresse https du guichet qui reçoit les réponses")
        parser.add_argument("--administration", required=True, help="nom, sigle ou alias")
        parser.add_argument("--rotate-secret", action="store_true", help="générer un nouveau secret")
        parser.add_argument("--disable", action="store_true", help="suspendre les envois")

    def handle(self, *args, **options) -> None:
        administration = administration_find(options["administration"])
        if administration is None:
            raise CommandError(f"Administration inconnue : {options['administration']}")
        try:
            webhook, secret = webhook_configure(
                administration=administration,
                url=options["url"],
                rotate_secret=options["rotate_secret"],
                is_active=not options["disable"],
            )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        state = "actif" if webhook.is_active else "suspendu"
        self.stdout.write(f"Webhook de {administration.name} : {webhook.url} ({state}).")
        if secret:
            self.stdout.write(f"Secret de signature (affiché une seule fois) : {secret}")
