"""`guichet serve`: the web server. Gunicorn (pre-forked processes, each with a thread pool) by default.

Why gunicorn with threads: measured on the 2-core dev VM (docs/benchmarks.md, "Scale-out"), it serves the inbox
and message pages at least as fast as waitress with one process, and it is the only one of the two that runs
several processes (one Python interpreter each: pages are CPU-bound, so threads alone stay on one core).
Both stream the Server-Sent Events of a regeneration unbuffered (each token reaches the browser as it is
written); gunicorn's threaded worker does not time a long stream out, it only checks that the process is alive.
Waitress stays available (`--server waitress`), e.g. on Windows where gunicorn does not run.
"""

import logging
import os
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from guichet.wsgi import application

logger = logging.getLogger(__name__)

SERVERS = ("gunicorn", "waitress")


def default_workers() -> int:
    """Two processes per core; GUICHET_WEB_WORKERS overrides.

    Measured with 50 agents on 2 cores (docs/benchmarks.md, "Load test, 50 agents, quiet machine"): 4 processes × 2
    threads served the pages at p95 190 ms where 2 × 4 took 340 ms. Pages are CPU-bound; in one process the threads
    share one interpreter lock, and a request that lands on a busy process waits while another process idles.
    """
    return int(os.environ.get("GUICHET_WEB_WORKERS") or 2 * max(1, os.cpu_count() or 1))


def gunicorn_options(*, host: str, port: int, workers: int, threads: int, timeout: int) -> dict[str, Any]:
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        # A worker whose main loop is stuck this long is restarted; a slow streamed answer is not "stuck".
        "timeout": timeout,
        "graceful_timeout": 30,
        "keepalive": 5,
        # Recycle a process now and then (a leak cannot grow forever); jitter keeps them from restarting together.
        "max_requests": 5000,
        "max_requests_jitter": 500,
        "proc_name": "guichet-web",
        # Several `guichet serve` on one host must not share gunicorn's control socket (one per user by default).
        "control_socket_disable": True,
        "accesslog": "-",
        "errorlog": "-",
        "logger_class": "guichet.logs.GunicornLogger",
        "forwarded_allow_ips": os.environ.get("GUICHET_FORWARDED_ALLOW_IPS", "127.0.0.1,::1"),
    }


def run_gunicorn(options: dict[str, Any]) -> None:
    # Here, not at the top: only the gunicorn server needs gunicorn (waitress serves elsewhere).
    from gunicorn.app.base import BaseApplication  # noqa: PLC0415

    class GuichetApplication(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            return application

    GuichetApplication().run()


class Command(BaseCommand):
    help = "Démarre le serveur web (gunicorn : plusieurs processus à plusieurs fils ; ou waitress)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers", type=int, default=None, help="processus web (défaut : deux par cœur, GUICHET_WEB_WORKERS)"
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=2,
            help="fils par processus (1 pour un pool réservé aux pages ; un flux de régénération occupe un fil)",
        )
        parser.add_argument(
            "--server",
            choices=SERVERS,
            default=os.environ.get("GUICHET_WEB_SERVER") or ("waitress" if sys.platform == "win32" else "gunicorn"),
            help="serveur WSGI (défaut : gunicorn ; waitress n'a qu'un processus)",
        )
        parser.add_argument(
            "--timeout", type=int, default=int(settings.GUICHET_LLM_TIMEOUT) + 60, help="processus bloqué (s)"
        )

    def handle(self, *args, **options) -> None:
        host, port, threads = options["host"], options["port"], options["threads"]
        workers = options["workers"] or default_workers()
        if workers < 1 or threads < 1:
            raise CommandError("--workers et --threads doivent valoir au moins 1.")
        server = options["server"]
        if server == "waitress" and workers > 1:
            raise CommandError("waitress n'a qu'un processus : utilisez --server gunicorn pour --workers > 1.")
        self.stdout.write(
            f"Guichet écoute sur http://{host}:{port}/ ({server}, {workers} processus × {threads} fils ; "
            "Ctrl+C pour arrêter)"
        )
        self.stdout.flush()
        connections.close_all()  # forked processes must not share the parent's connection
        if server == "waitress":
            from waitress import serve  # noqa: PLC0415 — only this branch needs waitress

            serve(application, host=host, port=port, threads=threads, ident="guichet")
            return
        run_gunicorn(
            gunicorn_options(host=host, port=port, workers=workers, threads=threads, timeout=options["timeout"])
        )
