"""Time the supervisor dashboard, the transparency record and a weekly spot-check draw on a synthetic activity.

nice .venv/bin/python benchmarks/supervision_dashboard.py --replies 2000

Builds, in a temporary data directory (its own SQLite database), one administration with 20 agents (a quarter in
control), `--replies` messages received over the last 12 weeks through the real intake, each answered through the
real send path (pilot agents from an AI draft carrying alerts, with feedback), then times each page's computation
(median of `--repeat` runs). Drafting is enqueued as in production (no worker running).
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

SUBJECTS = [
    "Bonjour, comment demander une aide au logement ? Merci.",
    "Je suis mécontent, mon dossier est bloqué depuis trois mois : je fais une réclamation.",
    "Quel est le délai pour renouveler un passeport ?",
    "Ma prime d'activité a baissé sans explication, pourquoi ?",
]


def _timed(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description="Mesure le calcul du tableau de bord des superviseurs.")
    parser.add_argument("--replies", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="guichet-supervision-bench-"))
    os.environ["GUICHET_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from guichet.accounts.enums import Cohort, Role
    from guichet.accounts.models import Administration, Membership
    from guichet.inbox.intake import message_receive
    from guichet.inbox.services import FeedbackInput, reply_send_with_feedback
    from guichet.inbox.workflow import draft_add
    from guichet.insights.dashboard import Filters, dashboard
    from guichet.insights.spotchecks import sample_for_week
    from guichet.insights.transparency import record

    call_command("migrate", verbosity=0)
    caf = Administration.objects.create(name="CAF bench", slug="caf-bench")
    users = get_user_model().objects
    agents = []
    for index in range(20):
        user = users.create_user(username=f"agent{index}", password=None)
        cohort = Cohort.CONTROL if index % 4 == 0 else Cohort.PILOT
        Membership.objects.create(user=user, administration=caf, role=Role.AGENT, cohort=cohort)
        agents.append((user, cohort))
    supervisor = users.create_user(username="superviseur", password=None)
    Membership.objects.create(user=supervisor, administration=caf, role=Role.SUPERVISOR)
    rng = random.Random(7)
    now = timezone.now()
    started = time.perf_counter()
    for n in range(options.replies):
        received = now - timedelta(minutes=rng.randint(60, 12 * 7 * 24 * 60 - 60))
        message = message_receive(administration=caf, body=rng.choice(SUBJECTS), received_at=received)
        agent, cohort = agents[n % len(agents)]
        draft = None
        if cohort == Cohort.PILOT:
            alerts = [{"level": "warning", "code": rng.choice(["promise", "number_unsupported", "readability"])}]
            draft = draft_add(message=message, text=f"Brouillon {n}", alerts=alerts, sources=[{"fiche_id": "F1"}])
        reply_send_with_feedback(
            message=message,
            actor=agent,
            text=f"Brouillon {n}" if rng.random() < 0.3 else f"Réponse {n} relue",
            draft=draft,
            urgency_handled=True,
            feedback=FeedbackInput(rating="minor" if draft else "", time_on_task_s=rng.randint(30, 1800)),
        )
    built = time.perf_counter() - started
    filters = Filters.default()
    board = _timed(lambda: dashboard(administration=caf, filters=filters), options.repeat)
    public = _timed(record, options.repeat)
    started = time.perf_counter()
    drawn = sum(len(sample_for_week(administration=caf, week=filters.end - timedelta(weeks=w))) for w in range(12))
    draw = time.perf_counter() - started
    print(f"replies={options.replies} build_s={built:.0f}")
    print(f"dashboard_s={board:.3f} transparency_s={public:.3f} (median of {options.repeat})")
    print(f"spotcheck_draw_12_weeks_s={draw:.2f} drawn={drawn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
