"""Drafts per hour through one model server: 1 client (one worker) against 2 concurrent clients (two workers).

    GUICHET_DATA_DIR=var/load .venv/bin/python benchmarks/load/modelserver_throughput.py --generations 6

Starts `guichet modelserver` (llama.cpp HTTP server, --parallel 2 slots) on loopback, then sends the same
drafting-sized chat (system prompt, a citizen's message, two fiche passages; --max-tokens answer) through the
`openai` backend, from one thread (one worker) and from two at once (two workers), the same number of
generations in each configuration (bounded), --rounds times in turn (1, 2, 1, 2…) so that a change in the
machine's load falls on both. Reports generations per hour and the ratio, and why: the model server's CPU time
(cores kept busy), the load average, and llama.cpp's own split of its time between reading the prompts (prefill,
compute-bound: a second slot does not make it cheaper) and writing the answers (decoding, where two slots share
each pass over the weights).
"""

import argparse
import itertools
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
django.setup()

from guichet.drafting.backends import GenerationParams  # noqa: E402
from guichet.drafting.backends.openai import CircuitBreaker, OpenAIBackend  # noqa: E402

PROMPTS = Path(__file__).resolve().parents[2] / "src" / "guichet" / "drafting" / "prompts" / "system.txt"
MESSAGE = (
    "Bonjour, je viens de déménager à Lyon avec mes deux enfants et je voudrais savoir comment mettre à jour mon "
    "adresse pour les allocations familiales et si mon aide au logement change. Merci de votre réponse."
)
PASSAGES = (
    "[1] Changement de situation : vous devez signaler votre changement d'adresse à la Caf dans votre espace "
    "Mon Compte, rubrique Mes déclarations. Le changement est pris en compte le mois suivant.\n"
    "[2] Aide personnalisée au logement : le montant dépend de vos ressources, de la composition du foyer, du "
    "loyer et de la zone géographique du logement. Une nouvelle simulation est possible sur caf.fr."
)


_numbers = itertools.count(1)


def chat() -> list[dict[str, str]]:
    """The chat of one draft. Each gets its own file number at the start of the message, as each real draft has its
    own message: llama.cpp reuses a slot's cached prompt only up to the first difference, so the shared system
    prompt is read once per slot and every message is read in full (the same chat repeated would skip it)."""
    system = PROMPTS.read_text(encoding="utf-8") if PROMPTS.exists() else "Tu es un agent du service public."
    message = f"Dossier n° {next(_numbers):05d}. {MESSAGE}"
    return [
        {"role": "system", "content": system},
        {
            "role": "user",
            "content": f"Message de l'usager :\n{message}\n\nSources :\n{PASSAGES}\n\nRédige la réponse.",
        },
    ]


def wait_ready(port: int, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the model server exited")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2):  # noqa: S310 - loopback
                return
        except OSError:
            time.sleep(1)
    raise SystemExit("model server not ready")


TICKS = os.sysconf("SC_CLK_TCK")
METRICS = ("prompt_tokens_total", "prompt_seconds_total", "tokens_predicted_total", "tokens_predicted_seconds_total")


def cpu_s(pid: int) -> float:
    """CPU seconds used so far by process `pid` and its threads (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def metrics(port: int) -> dict[str, float]:
    """llama.cpp's cumulative counters (`--metrics`): prompt and generated tokens, and the seconds spent on each."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:  # noqa: S310
        text = response.read().decode()
    found = dict(re.findall(r"^llamacpp:(\w+) ([0-9.e+-]+)$", text, flags=re.M))
    return {name: float(found.get(name, 0.0)) for name in METRICS}


def run(backend: OpenAIBackend, *, clients: int, generations: int, max_tokens: int) -> tuple[float, int]:
    """Wall time and completion tokens for `generations` spread over `clients` threads."""
    params = GenerationParams(max_tokens=max_tokens, temperature=0.1, stop=[])
    counts = [generations // clients + (1 if i < generations % clients else 0) for i in range(clients)]
    tokens = [0] * clients

    def client(i: int) -> None:
        for _ in range(counts[i]):
            result = backend.generate(chat(), params=params)
            tokens[i] += int(result.usage.get("completion_tokens", 0))

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, sum(tokens)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="qwen2.5-0.5b")
    parser.add_argument("--generations", type=int, default=6, help="per configuration (bounded: at most 40)")
    parser.add_argument("--max-tokens", type=int, default=120)
    parser.add_argument("--threads", type=int, default=2, help="model server compute threads")
    parser.add_argument("--port", type=int, default=18090)
    parser.add_argument("--rounds", type=int, default=2, help="1 then 2 workers, this many times in turn (at most 5)")
    args = parser.parse_args(argv)
    generations = min(args.generations, 40)
    rounds = max(1, min(args.rounds, 5))
    command = [sys.executable, "-m", "guichet.cli", "modelserver", "--model", args.model, "--port", str(args.port)]
    command += ["--parallel", "2", "--threads", str(args.threads), "--context", "2048"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(args.port, server)
        backend = OpenAIBackend(
            model=args.model, base_url=f"http://127.0.0.1:{args.port}/v1", breaker=CircuitBreaker(), timeout=600
        )
        run(backend, clients=1, generations=1, max_tokens=8)  # warm-up
        print(f"{os.cpu_count()} CPUs; model server: --parallel 2, --threads {args.threads}", flush=True)
        walls: dict[int, float] = {1: 0.0, 2: 0.0}
        for clients in [1, 2] * rounds:
            load, cpu_before, before = os.getloadavg()[0], cpu_s(server.pid), metrics(args.port)
            wall, tokens = run(backend, clients=clients, generations=generations, max_tokens=args.max_tokens)
            cpu, after = cpu_s(server.pid) - cpu_before, metrics(args.port)
            delta = {name: after[name] - before[name] for name in METRICS}
            walls[clients] += wall
            prefill = delta["prompt_tokens_total"] / (delta["prompt_seconds_total"] or 1)
            decode = delta["tokens_predicted_total"] / (delta["tokens_predicted_seconds_total"] or 1)
            print(
                f"{clients} worker(s): {generations} drafts in {wall:.1f} s = "
                f"{generations / wall * 3600:.0f} drafts/h, {tokens / wall:.1f} generated tokens/s; "
                f"server CPU {cpu:.0f} s = {cpu / wall:.2f} cores busy, {cpu / generations:.1f} CPU-s per draft; "
                f"llama.cpp: prompts {delta['prompt_tokens_total']:.0f} tokens "
                f"at {prefill:.0f} tokens/s of slot time, answers {delta['tokens_predicted_total']:.0f} tokens at "
                f"{decode:.1f} tokens/s of slot time; load average {load:.1f} -> {os.getloadavg()[0]:.1f}",
                flush=True,
            )
        print(f"ratio 2 workers / 1 worker over {rounds} round(s): {walls[1] / walls[2]:.2f}x")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
