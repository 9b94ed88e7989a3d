"""`guichet modelserver`: the packaged model behind llama.cpp's OpenAI-compatible HTTP server (xllamacpp).

Workers then share one model process through `GUICHET_LLM_BACKEND=openai` and
`GUICHET_OPENAI_BASE_URL=http://127.0.0.1:8080/v1`, exactly as they would share vLLM or Albert API. `--parallel`
is the number of slots (requests decoded together); each slot gets `--context` tokens. Loopback by default.
"""

import signal
import threading
from types import FrameType

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from guichet.drafting.backends.embedded import resolve_model, threads
from guichet.drafting.modelfiles import ModelUnavailable


class Command(BaseCommand):
    help = "Sert le modèle embarqué par HTTP (API compatible OpenAI, llama.cpp) pour tous les travailleurs."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8080)
        parser.add_argument(
            "--model", default=None, help="modèle embarqué ou fichier .gguf (défaut : GUICHET_LLM_MODEL)"
        )
        parser.add_argument("--parallel", type=int, default=2, help="requêtes traitées ensemble (emplacements)")
        parser.add_argument("--threads", type=int, default=None, help="fils de calcul (défaut : tous les cœurs)")
        parser.add_argument("--context", type=int, default=None, help="jetons de contexte par emplacement")
        parser.add_argument("--api-key", default=None, help="clé exigée des clients (défaut : GUICHET_OPENAI_API_KEY)")

    def handle(self, *args, **options) -> None:
        try:  # an optional extra (guichet[local] or guichet[light]), as in the embedded backend
            import xllamacpp  # noqa: PLC0415
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise CommandError("xllamacpp n'est pas installé : pip install 'guichet[light]'.") from exc

        model = options["model"] or settings.GUICHET_LLM_MODEL
        try:
            path = resolve_model(model)
        except ModelUnavailable as exc:
            raise CommandError(str(exc)) from exc
        parallel = max(1, options["parallel"])
        context = options["context"] or settings.GUICHET_LLM_CONTEXT
        n_threads = options["threads"] or threads()
        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.model_alias = model
        params.n_parallel = parallel
        params.n_ctx = context * parallel  # llama.cpp splits the context between the slots
        params.cpuparams.n_threads = n_threads
        params.cpuparams_batch.n_threads = n_threads
        params.hostnames = [options["host"]]
        params.port = options["port"]
        params.endpoint_metrics = True
        params.verbosity = -1
        api_key = options["api_key"] if options["api_key"] is not None else settings.GUICHET_OPENAI_API_KEY
        if api_key:
            params.api_keys = [api_key]
        self.stdout.write(
            f"Chargement de {path.name} ({parallel} emplacement(s) × {context} jetons, {n_threads} fils)…"
        )
        self.stdout.flush()
        server = xllamacpp.Server(params)
        self.stdout.write(
            f"Serveur de modèle prêt sur {server.listening_address}/v1 (GUICHET_LLM_BACKEND=openai, "
            f"GUICHET_OPENAI_BASE_URL={server.listening_address}/v1) ; Ctrl+C pour arrêter."
        )
        self.stdout.flush()
        stop = threading.Event()

        def on_signal(signum: int, frame: FrameType | None) -> None:
            stop.set()

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, on_signal)
        while not stop.wait(1.0):
            pass
        self.stdout.write("Serveur de modèle arrêté.")
        del server
