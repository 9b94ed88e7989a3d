"""Run the load scenario for several web/worker process counts and print p50/p95/p99 per page, errors, throughput
and queue lag. Loopback only; every run is bounded in users and seconds.

    GUICHET_DATA_DIR=var/load DATABASE_URL=postgres://postgres@127.0.0.1:5432/guichet_load \\
        .venv/bin/python benchmarks/load/run.py --web 1,2,4 --workers 1 --users 20 --duration 60

The database must be migrated and seeded first (`seed.py`). Workers run with GUICHET_LLM_BACKEND=none unless
--model-backend says otherwise: the web figures must not depend on a model sharing the same two cores (the
model path is measured apart: `modelserver_throughput.py`). Results go to --output as CSV (locust) and JSON.

--users agents log in first (not measured: PBKDF2 by design; the login figures are reported apart), then the
pages are measured for --duration seconds (a run whose agents could not all log in within --login-timeout is
measured from then on, and says so). --locust names another locust executable (locust in its own virtualenv:
it needs none of Guichet). The load average is sampled every 5 s with the queue and reported.
"""

import argparse
import csv
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")

HERE = Path(__file__).resolve().parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
PAGES = ["inbox", "message", "save draft", "approve and send", "api submit", "login"]


def api_key() -> str:
    django.setup()
    from guichet.accounts.models import Administration, ApiKey

    administration = Administration.objects.get(slug="charge-01")
    _, raw = ApiKey.generate(administration=administration, name=f"charge {time.time():.0f}")
    return raw


def wait_http(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=3):  # noqa: S310 - loopback
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer in {timeout:.0f} s")


def warm_up(base: str, *, key: str, count: int) -> None:
    """Load what each web process loads on first use (the pseudonymiser's language model) before measuring."""

    def post(n: int) -> None:
        body = json.dumps({"message": "Bonjour, ceci est un message de préchauffage.", "external_id": f"warm-{n}"})
        request = urllib.request.Request(  # noqa: S310 - loopback
            f"{base}/api/v1/messages",
            data=body.encode(),
            headers={"X-API-Key": key, "Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=120):  # noqa: S310
                pass
        except OSError:
            pass

    threads = [threading.Thread(target=post, args=(f"{time.time_ns()}-{n}",)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=150)


TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu_s() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, CPU seconds used so far) for every process this user can read (Linux /proc)."""
    table = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        table[int(stat.parent.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS)
    return table


def tree_cpu_s(table: dict[int, tuple[int, float]], roots: list[int]) -> float:
    """CPU seconds of the processes `roots` and all their descendants (the gunicorn workers of `serve`)."""
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0.0, list(roots)
    while todo:
        pid = todo.pop()
        total += table.get(pid, (0, 0.0))[1]
        todo.extend(children.get(pid, []))
    return total


def database_backends() -> list[int]:
    """The PostgreSQL server processes serving the load test's database (not this sampler's own)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return [row[0] for row in cursor.fetchall()]


class LagSampler(threading.Thread):
    """Polls /healthz every few seconds for the queue's lag and size, the machine's load average, and the CPU
    time used so far by the web processes, the workers and the database's server processes."""

    def __init__(self, base: str, *, web: list[int], workers: list[int], every_s: float = 5.0) -> None:
        super().__init__(daemon=True)
        self.base, self.every_s, self.web, self.workers = base, every_s, web, workers
        self.samples: list[dict] = []
        self.loads: list[float] = []
        self.cpu: list[dict] = []  # {"t", "web", "workers", "db": {pid: seconds}}
        self.stop = threading.Event()

    def sample_cpu(self) -> None:
        table = process_cpu_s()
        db = {pid: table[pid][1] for pid in database_backends() if pid in table}
        web, workers = tree_cpu_s(table, self.web), tree_cpu_s(table, self.workers)
        self.cpu.append({"t": time.time(), "web": web, "workers": workers, "db": db})

    def cpu_between(self, start: float, end: float) -> dict[str, float]:
        """CPU seconds used between the samples nearest to `start` and `end`."""
        if len(self.cpu) < 2:
            return {}
        first = min(self.cpu, key=lambda c: abs(c["t"] - start))
        last = min(self.cpu, key=lambda c: abs(c["t"] - end))
        db = sum(s - first["db"].get(pid, 0.0) for pid, s in last["db"].items())
        return {
            "seconds": round(last["t"] - first["t"], 1),
            "web": round(last["web"] - first["web"], 1),
            "workers": round(last["workers"] - first["workers"], 1),
            "database": round(db, 1),
        }

    def run(self) -> None:
        while not self.stop.wait(self.every_s):
            self.loads.append(os.getloadavg()[0])
            try:
                self.sample_cpu()
            except (OSError, ValueError, IndexError) as exc:
                print(f"cpu sample failed: {exc}", file=sys.stderr)
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=10) as response:  # noqa: S310
                    queue = json.loads(response.read())["checks"]["queue"]
                self.samples.append({"lag_s": queue.get("lag_s", 0.0), "waiting": queue.get("waiting", 0)})
            except (OSError, KeyError, ValueError):
                continue


def read_result(path: Path, prefix: Path) -> dict:
    """The measured window written by the locustfile; locust's own CSV (whole run, logins included) otherwise."""
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    stats = read_stats(prefix)
    return {"pages": stats, "total": stats.get("Aggregated", {}), "login": None, "all_logged_in": False}


def read_stats(prefix: Path) -> dict[str, dict]:
    rows = {}
    with (prefix.parent / f"{prefix.name}_stats.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows[row["Name"]] = {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "p50_ms": float(row["50%"] or 0),
                "p95_ms": float(row["95%"] or 0),
                "p99_ms": float(row["99%"] or 0),
                "rps": round(float(row["Requests/s"] or 0), 2),
            }
    return rows


def one_run(args, *, web: int, workers: int, key: str, output: Path) -> dict:
    env = {**os.environ, "GUICHET_LOG_LEVEL": "WARNING", "GUICHET_LLM_BACKEND": args.model_backend}
    base = f"http://127.0.0.1:{args.port}"
    processes: list[subprocess.Popen] = []
    logs = output / f"web{web}-workers{workers}.log"
    with logs.open("w") as log:
        serve = [sys.executable, "-m", "guichet.cli", "serve", "--workers", str(web), "--threads", str(args.threads)]
        processes.append(subprocess.Popen([*serve, "--port", str(args.port)], env=env, stdout=log, stderr=log))
        for _ in range(workers):
            worker = [sys.executable, "-m", "guichet.cli", "worker", "--interval", "0.5", "--verbosity", "0"]
            processes.append(subprocess.Popen(worker, env=env, stdout=log, stderr=log))
        try:
            wait_http(f"{base}/livez")
            warm_up(base, key=key, count=2 * web + 2)
            sampler = LagSampler(base, web=[processes[0].pid], workers=[p.pid for p in processes[1:]], every_s=2.0)
            sampler.start()
            prefix = output / f"web{web}-workers{workers}"
            result_file = output / f"web{web}-workers{workers}.json"
            result_file.unlink(missing_ok=True)
            bound = args.duration + args.login_timeout
            command = [
                *args.locust, "-f", str(HERE / "locustfile.py"), "--headless", "-H", base,
                "-u", str(args.users + 1), "-r", str(args.spawn_rate), "-t", f"{bound}s",
                "--stop-timeout", "10", "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING",
            ]  # fmt: skip
            locust_env = {**env, "LOAD_API_KEY": key, "LOAD_API_INTERVAL": str(args.api_interval)}
            locust_env.update(
                LOAD_AGENTS_TOTAL=str(args.users), LOAD_MEASURE_S=str(args.duration), LOAD_RESULT_FILE=str(result_file)
            )
            subprocess.run(command, env=locust_env, timeout=bound + 120, check=False, stdout=log, stderr=log)
            sampler.stop.set()
            measured = read_result(result_file, prefix)
            stats = measured["pages"]
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    process.kill()
    lags = [s["lag_s"] for s in sampler.samples] or [0.0]
    waiting = [s["waiting"] for s in sampler.samples] or [0]
    loads = sampler.loads or [os.getloadavg()[0]]
    total = measured.get("total", {})
    cpu = sampler.cpu_between(measured.get("started_at") or 0, measured.get("ended_at") or time.time())
    if cpu and total.get("requests"):  # what a request costs, whatever the machine's other load
        cpu["web_ms_per_request"] = round(1000 * cpu["web"] / total["requests"], 1)
        cpu["database_ms_per_request"] = round(1000 * cpu["database"] / total["requests"], 1)
    return {
        "web_processes": web,
        "threads": args.threads,
        "workers": workers,
        "users": args.users,
        "duration_s": args.duration,
        "measured_s": measured.get("measured_s"),
        "all_logged_in": measured.get("all_logged_in"),
        "login": measured.get("login"),
        "pages": {name: stats[name] for name in PAGES if name in stats},
        "total": total,
        "cpu_s": cpu,
        "queue": {"max_lag_s": round(max(lags), 1), "max_waiting": max(waiting), "samples": len(sampler.samples)},
        "load_average": {"min": min(loads), "median": sorted(loads)[len(loads) // 2], "max": max(loads)},
        "cpus": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--web", default="1,2", help="web process counts to compare, e.g. 1,2,4")
    parser.add_argument("--workers", default="1", help="worker process counts to compare, e.g. 1,2")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--users", type=int, default=20, help="simulated agents (plus one front office)")
    parser.add_argument("--spawn-rate", type=float, default=5)
    parser.add_argument("--duration", type=int, default=60, help="seconds per run (bounded: at most 600)")
    parser.add_argument("--api-interval", type=float, default=2.0, help="seconds between two API submissions")
    parser.add_argument("--port", type=int, default=18800)
    parser.add_argument("--model-backend", default="none")
    parser.add_argument("--output", type=Path, default=Path("var/load"))
    parser.add_argument("--login-timeout", type=int, default=300, help="seconds the agents have to log in")
    parser.add_argument("--locust", default="", help="locust executable (default: this Python's locust module)")
    args = parser.parse_args(argv)
    args.locust = [args.locust] if args.locust else [sys.executable, "-m", "locust"]
    database = os.environ.get("DATABASE_URL", "")
    if not database or urlparse(database).hostname not in LOOPBACK:
        raise SystemExit("DATABASE_URL must point at a PostgreSQL on 127.0.0.1 (seeded with seed.py)")
    args.duration = min(args.duration, 600)
    args.users = min(args.users, 200)
    args.output.mkdir(parents=True, exist_ok=True)
    key = api_key()
    results = []
    for workers in [int(w) for w in args.workers.split(",")]:
        for web in [int(w) for w in args.web.split(",")]:
            result = one_run(args, web=web, workers=workers, key=key, output=args.output)
            results.append(result)
            pages = ", ".join(
                f"{name} p50/p95/p99 {p['p50_ms']:.0f}/{p['p95_ms']:.0f}/{p['p99_ms']:.0f} ms ({p['failures']} err)"
                for name, p in result["pages"].items()
                if name in {"inbox", "message", "api submit"}
            )
            total, load, login = result["total"], result["load_average"], result["login"] or {}
            print(
                f"web {web} x {args.threads} threads, workers {workers}, {args.users} agents "
                f"(all logged in: {result['all_logged_in']}, login p50 {login.get('p50_ms', '?')} ms), "
                f"{result['measured_s']} s measured: "
                f"{total.get('rps', 0)} req/s, {total.get('failures', 0)} errors / {total.get('requests', 0)}; "
                f"{pages}; queue max lag {result['queue']['max_lag_s']} s; "
                f"load average {load['min']:.1f}-{load['max']:.1f} (median {load['median']:.1f}), "
                f"{result['cpus']} CPUs; CPU used {result['cpu_s']}",
                flush=True,
            )
    (args.output / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
