import getpass

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from guichet.accounts.enums import Cohort, Role
from guichet.accounts.services import administration_find, agent_create


class Command(BaseCommand):
    help = "Crée un compte (ou met à jour son rôle) dans une administration."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username", help="identifiant de connexion")
        parser.add_argument("--administration", required=True, help="nom, sigle ou identifiant de l'administration")
        parser.add_argument("--role", choices=Role.values, default=Role.AGENT)
        parser.add_argument("--cohort", choices=Cohort.values, default=Cohort.PILOT)
        parser.add_argument("--email", default="")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument("--password", default="", help="mot de passe (sinon demandé ; inchangé si vide)")
        parser.add_argument("--no-input", action="store_true", help="ne rien demander")

    def handle(self, *args, **options) -> None:
        administration = administration_find(options["administration"])
        if administration is None:
            raise CommandError(f"Administration inconnue : {options['administration']}")
        password = options["password"]
        if not password and not options["no_input"]:
            password = getpass.getpass("Mot de passe (laisser vide pour ne pas le changer) : ")
        if password:
            try:
                validate_password(password)
            except ValidationError as exc:
                raise CommandError(" ".join(exc.messages)) from exc
        user, membership = agent_create(
            username=options["username"],
            password=password,
            administration=administration,
            role=options["role"],
            cohort=options["cohort"],
            email=options["email"],
            first_name=options["first_name"],
            last_name=options["last_name"],
            is_staff=options["role"] == Role.ADMIN,
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Compte « {user.get_username()} » : {membership.get_role_display()} à {administration.name} "
                f"(cohorte {membership.get_cohort_display()})."
            )
        )
