from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Démarre le serveur web (waitress, multi-fils)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args, **options) -> None:
        from waitress import serve

        from guichet.wsgi import application

        self.stdout.write(f"Guichet écoute sur http://{options['host']}:{options['port']}/ (Ctrl+C pour arrêter)")
        serve(application, host=options["host"], port=options["port"], threads=options["threads"], ident="guichet")
