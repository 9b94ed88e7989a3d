"""A small closed-loop probe: C logged-in agents fetch the inbox and message pages N times; p50/p95/p99 per page.

    .venv/bin/python benchmarks/load/probe.py --base http://127.0.0.1:8000 --users 10 --requests 200

Used to choose the web server (gunicorn vs waitress) and to check a page quickly; the full scenario is the locust
file beside it. Loopback only; bounded in requests (--requests) and time (--max-seconds).
"""

import argparse
import re
import statistics
import sys
import threading
import time
from urllib.parse import urlparse

import requests

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def login(base: str, username: str, password: str) -> requests.Session:
    session = requests.Session()
    page = session.get(f"{base}/comptes/connexion/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    response = session.post(
        f"{base}/comptes/connexion/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": token.group(1) if token else ""},
        headers={"Referer": f"{base}/comptes/connexion/"},
        timeout=60,
    )
    if "sessionid" not in session.cookies:
        raise SystemExit(f"login failed for {username}: HTTP {response.status_code}")
    return session


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--requests", type=int, default=200, help="requests in all (half inbox, half message)")
    parser.add_argument("--max-seconds", type=float, default=120.0)
    parser.add_argument("--administrations", type=int, default=20)
    parser.add_argument("--password", default="charge-de-test-2026")
    args = parser.parse_args(argv)
    if urlparse(args.base).hostname not in LOOPBACK:
        raise SystemExit("loopback addresses only")
    sessions = []
    for u in range(args.users):
        slug = f"charge-{u % args.administrations + 1:02d}"
        sessions.append((slug, login(args.base, f"load-{slug}-{u // args.administrations + 2}", args.password)))
    timings: dict[str, list[float]] = {"inbox": [], "message": []}
    errors: list[str] = []
    remaining = [args.requests]
    lock = threading.Lock()
    deadline = time.monotonic() + args.max_seconds

    def agent(slug: str, session: requests.Session) -> None:
        message_ids: list[str] = []
        turn = 0
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    return
                remaining[0] -= 1
            page = "inbox" if turn % 2 == 0 or not message_ids else "message"
            url = (
                f"{args.base}/a/{slug}/"
                if page == "inbox"
                else f"{args.base}/messages/{message_ids[turn % len(message_ids)]}/"
            )
            started = time.perf_counter()
            try:
                response = session.get(url, timeout=60)
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:
                    errors.append(f"{page} {response.status_code}")
                if page == "inbox":
                    message_ids = re.findall(r'href="/messages/(\d+)/"', response.text) or message_ids
            except requests.RequestException as exc:
                elapsed = (time.perf_counter() - started) * 1000
                errors.append(f"{page} {type(exc).__name__}")
            with lock:
                timings[page].append(elapsed)
            turn += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=agent, args=s) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    done = sum(len(v) for v in timings.values())
    print(f"{done} requests in {wall:.1f} s = {done / wall:.1f} req/s, {len(errors)} errors {sorted(set(errors))[:5]}")
    for page, values in timings.items():
        if values:
            print(
                f"  {page:8s} n={len(values):4d}  p50 {percentile(values, 50):7.0f} ms"
                f"  p95 {percentile(values, 95):7.0f} ms  p99 {percentile(values, 99):7.0f} ms"
                f"  mean {statistics.fmean(values):7.0f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
