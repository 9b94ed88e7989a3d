from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Démarre le travailleur de tâches de fond (file en base de données) ; plusieurs peuvent tourner."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--batch", action="store_true", help="traiter les tâches en attente puis s'arrêter")
        parser.add_argument("--interval", type=float, default=1.0, help="attente entre deux relevés de la file (s)")
        parser.add_argument("--max-tasks", type=int, default=None)

    def handle(self, *args, **options) -> None:
        from guichet.drafting.tasks import recover_stale_tasks

        recovered = recover_stale_tasks()
        if recovered:
            self.stdout.write(f"{len(recovered)} tâche(s) abandonnée(s) par un travailleur arrêté : remises en file.")
        args = ["--queue-name", "*", "--interval", str(options["interval"]), "--no-startup-delay", "--no-reload"]
        if options["batch"]:
            args.append("--batch")
        if options["max_tasks"]:
            args += ["--max-tasks", str(options["max_tasks"])]
        call_command("db_worker", *args, verbosity=options["verbosity"])
