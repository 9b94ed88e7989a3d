"""The cost of one page, one request at a time: in-process Django client, warm, p50/p95, queries, CPU.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/guichet_load GUICHET_DATA_DIR=$(mktemp -d) \\
        .venv/bin/python benchmarks/load/page_cost.py --requests 50 [--profile inbox|message]

Needs a database filled by `seed.py`. Logs in as `load-charge-01-2` (an agent: no password hashing, the
session is forced), then asks each page --warmup times unmeasured and --requests times measured: the inbox of the
agent's administration (default view), and the message pages of its first open messages in turn. Prints per page
the wall time (p50 / p95), the process CPU time (p50) and the number of SQL queries; --profile prints the 25 most
costly functions (cumulative) of the measured requests of one page.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from guichet.inbox.models import Message  # noqa: E402
from guichet.inbox.workflow import OPEN_STATES  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def measure(client: Client, urls: list[str], *, requests: int, warmup: int, profile: bool, dump: str = "") -> dict:
    for i in range(warmup):
        assert client.get(urls[i % len(urls)]).status_code == 200
    walls, cpus, queries = [], [], []
    profiler = cProfile.Profile() if profile else None
    for i in range(requests):
        with CaptureQueriesContext(connection) as captured:
            wall, cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            response = client.get(urls[i % len(urls)])
            if profiler:
                profiler.disable()
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        assert response.status_code == 200, response.status_code
        queries.append(len(captured))
    if profiler:
        profiler.dump_stats(dump) if dump else pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return {
        "p50": statistics.median(walls),
        "p95": percentile(walls, 95),
        "cpu": statistics.median(cpus),
        "queries": sorted(set(queries)),
        "bytes": len(response.content),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--username", default="load-charge-01-2")
    parser.add_argument("--profile", choices=["inbox", "message"], default=None)
    parser.add_argument("--pages", default="inbox,message")
    parser.add_argument("--profile-file", default="", help="write the profile there (pstats) instead of printing it")
    args = parser.parse_args(argv)
    user = get_user_model().objects.get(username=args.username)
    slug = user.memberships.select_related("administration").first().administration.slug
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    open_ids = list(
        Message.objects.filter(administration__slug=slug, status__in=OPEN_STATES)
        .order_by("-priority", "received_at")
        .values_list("pk", flat=True)[:10]
    )
    pages = {"inbox": [f"/a/{slug}/"], "message": [f"/messages/{pk}/" for pk in open_ids]}
    print(f"{Message.objects.count()} messages; load average {os.getloadavg()[0]:.1f}; {args.requests} requests/page")
    for name in args.pages.split(","):
        r = measure(
            client,
            pages[name],
            requests=args.requests,
            warmup=args.warmup,
            profile=args.profile == name,
            dump=args.profile_file,
        )
        print(
            f"  {name:8s} p50 {r['p50']:6.1f} ms  p95 {r['p95']:6.1f} ms  cpu p50 {r['cpu']:6.1f} ms"
            f"  queries {r['queries']}  {r['bytes']} bytes"
        )
    print(f"load average after {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
