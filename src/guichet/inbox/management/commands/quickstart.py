"""One command from a fresh machine to a running Guichet: migrate, demo data, corpus, server and worker.

The server and the worker run as child processes, each in its own process group. SIGTERM, SIGINT (Ctrl+C) or
SIGHUP stop both: SIGTERM to each group, then SIGKILL to what is left after `STOP_TIMEOUT_S`; when one child
exits on its own, the other is stopped too. No process is left behind.
"""

import os
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from guichet.accounts.demo import demo_accounts, demo_administrations
from guichet.inbox.importexport import messages_import

STOP_TIMEOUT_S = 20.0
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))
POSIX = os.name == "posix"


class _Stop(Exception):
    """Raised in the main thread by a stop signal."""


def _start(args: list[str]) -> subprocess.Popen:
    # Own process group: a terminal's Ctrl+C reaches the children through us only, and stopping a child's group
    # also stops what it forked (gunicorn's processes).
    return subprocess.Popen([sys.executable, "-m", "guichet.cli", *args], start_new_session=POSIX)


def _signal_group(process: subprocess.Popen, sig: int) -> None:
    if not POSIX:
        if process.poll() is None:
            process.terminate() if sig == signal.SIGTERM else process.kill()
        return
    try:
        os.killpg(process.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def stop_children(children: list[subprocess.Popen], *, timeout: float = STOP_TIMEOUT_S) -> None:
    """SIGTERM every child's process group, wait up to `timeout`, then SIGKILL the groups still there."""
    for child in children:
        _signal_group(child, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for child in children:
        try:
            child.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
    for child in children:
        _signal_group(
            child, getattr(signal, "SIGKILL", signal.SIGTERM)
        )  # the group may outlive its leader (forked processes)
        if child.poll() is None:
            child.kill()
        child.wait()


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
        def stop(signum: int, frame) -> None:
            raise _Stop(signum)

        previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
        connections.close_all()
        children: list[subprocess.Popen] = []
        failed = 0
        try:
            children.append(_start(["serve", "--host", host, "--port", str(port)]))
            children.append(_start(["worker"]))
            self.stdout.write(
                self.style.SUCCESS(f"5/5 Guichet est prêt : http://{host}:{port}/  (Ctrl+C pour arrêter)")
            )
            self.stdout.flush()
            while all(child.poll() is None for child in children):
                time.sleep(0.5)
            exited = next(child for child in children if child.poll() is not None)
            failed = exited.returncode or 1
            self.stderr.write(f"Un processus s'est arrêté (code {exited.returncode}) : arrêt de Guichet.")
        except _Stop:
            self.stdout.write("Arrêt de Guichet…")
        finally:
            for sig in STOP_SIGNALS:  # a second signal during the stop must not cut it short
                signal.signal(sig, signal.SIG_IGN)
            stop_children(children)
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        if failed:
            raise CommandError("Le serveur ou le travailleur s'est arrêté de lui-même ; voir les messages ci-dessus.")
