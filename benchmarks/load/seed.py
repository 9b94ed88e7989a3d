"""Fill a database for the load test: administrations, agents, messages (with drafts) in bulk.

    GUICHET_DATA_DIR=$(mktemp -d) DATABASE_URL=postgres://postgres@127.0.0.1:5432/guichet_load \\
        .venv/bin/guichet migrate
    ... .venv/bin/python benchmarks/load/seed.py --messages 100000 --administrations 20 --agents 3

Messages are written with bulk inserts (the intake pipeline — pseudonymisation, triage — would take hours on two
cores and is not what the load test measures): texts are the demo messages with a number, already "pseudonymised"
(they hold no personal data), 70 % of them finished (sent/closed) and 30 % open, one draft on every open message.
Accounts: `load-<slug>-<n>` (agents) with the password given by --password (one hash for all, computed once).
Idempotent per administration: an administration that already has messages is left alone.
"""

import argparse
import json
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from guichet.accounts.enums import Role  # noqa: E402
from guichet.accounts.models import Administration, Membership  # noqa: E402
from guichet.inbox.enums import DraftKind, Status  # noqa: E402
from guichet.inbox.guards import workflow_scope  # noqa: E402
from guichet.inbox.models import Draft, Message  # noqa: E402

DEMO = Path(__file__).resolve().parents[2] / "src" / "guichet" / "inbox" / "demo" / "messages.jsonl"
OPEN = [Status.RECEIVED, Status.DRAFT_READY, Status.DRAFT_READY, Status.IN_REVIEW, Status.ESCALATED]
FINISHED = [Status.SENT, Status.CLOSED]
LABELS = [["question"], ["question"], ["complaint"], ["question", "complaint"], ["distress"], ["out_of_scope"]]
DEFAULT_PASSWORD = "charge-de-test-2026"  # noqa: S105 - a throwaway account on a loopback test database


def texts() -> list[dict[str, str]]:
    return [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_accounts(administration: Administration, *, agents: int, password_hash: str) -> None:
    User = get_user_model()
    for n in range(1, agents + 1):
        username = f"load-{administration.slug}-{n}"
        user, created = User.objects.get_or_create(
            username=username, defaults={"password": password_hash, "first_name": "Agent", "last_name": str(n)}
        )
        if not created and user.password != password_hash:
            user.password = password_hash
            user.save(update_fields=["password"])
        role = Role.SUPERVISOR if n == 1 else Role.AGENT
        Membership.objects.get_or_create(user=user, administration=administration, defaults={"role": role})


def seed_messages(administration: Administration, *, count: int, rng: random.Random, batch: int = 2000) -> int:
    if Message.objects.filter(administration=administration).exists():
        return 0
    demo = texts()
    now = timezone.now()
    made = 0
    while made < count:
        size = min(batch, count - made)
        rows = []
        for i in range(size):
            n = made + i
            item = demo[n % len(demo)]
            status = rng.choice(OPEN) if rng.random() < 0.3 else rng.choice(FINISHED)
            labels = rng.choice(LABELS)
            title = f"{item['title']} ({n})"
            body = item["message"]
            rows.append(
                Message(
                    administration=administration,
                    external_id=f"load-{administration.slug}-{n}",
                    title=title,
                    body=body,
                    pseudonymised_title=title,
                    pseudonymised_body=body,
                    pseudonymised_at=now,
                    received_at=now - timedelta(minutes=rng.randint(1, 60 * 24 * 365)),
                    status=status,
                    priority=3 if "distress" in labels else rng.choice([1, 1, 1, 2]),
                    triage_labels=labels,
                    closed_at=now if status in FINISHED else None,
                )
            )
        with transaction.atomic(), workflow_scope():
            created = Message.objects.bulk_create(rows)
            drafts = [
                Draft(
                    message=m,
                    version=1,
                    kind=DraftKind.GENERATED,
                    text=f"{administration.greeting}\n\nVous pouvez faire votre demande en ligne [1].\n\nCordialement",
                    sources=[
                        {"n": 1, "fiche_id": "F12006", "title": "Fiche", "url": "https://www.service-public.fr/"}
                    ],
                    model_name="seed",
                )
                for m in created
                if m.status in OPEN
            ]
            Draft.objects.bulk_create(drafts)
        made += size
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=100_000, help="messages in all (spread evenly)")
    parser.add_argument("--administrations", type=int, default=20)
    parser.add_argument("--agents", type=int, default=3, help="accounts per administration (the first supervises)")
    parser.add_argument("--password", default=DEFAULT_PASSWORD)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    password_hash = make_password(args.password)
    per_admin = args.messages // args.administrations
    started = time.perf_counter()
    total = 0
    for a in range(1, args.administrations + 1):
        administration, _ = Administration.objects.get_or_create(
            slug=f"charge-{a:02d}", defaults={"name": f"Administration de charge {a:02d}", "short_name": f"AC{a:02d}"}
        )
        seed_accounts(administration, agents=args.agents, password_hash=password_hash)
        total += seed_messages(administration, count=per_admin, rng=rng)
        print(f"{administration.slug}: {Message.objects.filter(administration=administration).count()} messages")
    print(f"{total} messages written in {time.perf_counter() - started:.0f} s")
    if connection.vendor == "postgresql":  # what autovacuum would do in time: planner statistics, visibility map
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        print("VACUUM ANALYZE done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
