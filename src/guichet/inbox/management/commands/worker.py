"""`guichet worker`: runs the database task queue (drafting, webhook deliveries); start as many as needed.

`--concurrency N` runs N task loops as threads of one process: they share one model (the embedded engine or the
HTTP client of a model server) and one search index in memory, each with its own database connection. A task
is claimed with a row lock, so loops and processes never run the same task twice. SIGTERM/Ctrl+C lets every
loop finish its current task (a second one stops at once); a task cut short is recovered by the next worker.
Every worker re-queues the drafting tasks of dead workers (expired lease, see inbox.tasks) and their import batches
(see inbox.import_queue) when it starts and then every `recovery_interval_s()` (5 s by default).
"""

import logging
import signal
import sys
import threading
from types import FrameType

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from guichet.inbox.import_queue import recover_stale_import_tasks
from guichet.inbox.tasks import recover_stale_tasks, recovery_interval_s

logger = logging.getLogger(__name__)


class _Loop(Worker):
    """django-tasks-db's worker loop, without its own signal handling (the command's main thread does it)."""

    def configure_signals(self) -> None:  # signals can only be set from the main thread
        pass

    def run(self) -> None:
        try:
            super().run()
        finally:
            connection.close()  # this thread's own connection


def _recover_periodically(stopping: threading.Event) -> None:
    """Re-queue the tasks of dead workers every few seconds until the worker stops (a daemon thread)."""
    try:
        while not stopping.wait(recovery_interval_s()):
            try:
                recovered = recover_stale_tasks() + recover_stale_import_tasks()
            except Exception:  # a busy or unreachable database: try again at the next round
                logger.warning("Recovery of abandoned tasks failed", exc_info=True)
                continue
            if recovered:
                logger.warning("%s abandoned task(s) queued again", len(recovered))
    finally:
        connection.close()


class Command(BaseCommand):
    help = "Démarre le travailleur de tâches de fond (file en base de données) ; plusieurs peuvent tourner."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--batch", action="store_true", help="traiter les tâches en attente puis s'arrêter")
        parser.add_argument("--interval", type=float, default=1.0, help="attente entre deux relevés de la file (s)")
        parser.add_argument("--max-tasks", type=int, default=None, help="s'arrêter après ce nombre de tâches")
        parser.add_argument(
            "--concurrency", type=int, default=1, help="tâches menées en parallèle dans ce processus (fils)"
        )

    def handle(self, *args, **options) -> None:
        concurrency = options["concurrency"]
        if concurrency < 1:
            raise CommandError("--concurrency doit valoir au moins 1.")
        level = logging.WARNING if options["verbosity"] == 0 else logging.INFO
        for name in ("django_tasks", "django_tasks_db"):  # task start/finish lines (ids and paths, no text)
            logging.getLogger(name).setLevel(level)
        recovered = recover_stale_tasks() + recover_stale_import_tasks()
        if recovered:
            self.stdout.write(f"{len(recovered)} tâche(s) abandonnée(s) par un travailleur arrêté : remises en file.")
        prefix = get_random_string(24)
        loops = [
            _Loop(
                queue_names=["*"],
                interval=options["interval"],
                batch=options["batch"],
                backend_name="default",
                startup_delay=False,
                max_tasks=options["max_tasks"],
                worker_id=f"{prefix}-{n}",
                excluded_queue_names=[],
            )
            for n in range(concurrency)
        ]
        self.stdout.write(f"Travailleur prêt : {concurrency} tâche(s) en parallèle (Ctrl+C pour arrêter).")
        self.stdout.flush()
        stopping = threading.Event()

        def stop(signum: int, frame: FrameType | None) -> None:
            if stopping.is_set():
                self.stderr.write("Arrêt immédiat.")
                sys.exit(1)
            stopping.set()
            self.stdout.write("Arrêt demandé : les tâches en cours se terminent (Ctrl+C encore pour couper).")
            for loop in loops:
                loop.running = False

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, stop)
        connection.close()  # each loop opens its own
        threads = [threading.Thread(target=loop.run, name=f"worker-{n}", daemon=True) for n, loop in enumerate(loops)]
        for thread in threads:
            thread.start()
        if not options["batch"]:
            threading.Thread(target=_recover_periodically, args=(stopping,), name="recovery", daemon=True).start()
        for thread in threads:
            while thread.is_alive():
                thread.join(timeout=0.5)
