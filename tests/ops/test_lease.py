"""The drafting task's lease: a heartbeat keeps a long draft alive, a silent one is taken over (issue 15, item 4).

The real processes (a worker killed mid-draft) are in test_recovery.py; these check the rules in-process.
"""

import time
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from guichet.accounts.models import Administration
from guichet.inbox.drafts import draft_message
from guichet.inbox.enums import DraftTrigger
from guichet.inbox.models import Message
from guichet.inbox.tasks import (
    draft_message_task,
    enqueue_draft,
    heartbeat,
    heartbeat_s,
    lease_s,
    recover_stale_tasks,
    recovery_interval_s,
)
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def message(settings):
    settings.GUICHET_AUTO_DRAFT = False
    administration = Administration.objects.create(name="Mairie de test", short_name="Mairie", slug="mairie-test")
    return make_message(administration, title="Passeport", body="Combien coûte un passeport ? Merci.")


def running_task(message: Message, *, started_ago_s: float) -> DBTaskResult:
    enqueue_draft(message)
    row = DBTaskResult.objects.get(task_path=draft_message_task.module_path)
    row.claim("worker-elsewhere")
    DBTaskResult.objects.filter(pk=row.pk).update(started_at=timezone.now() - timedelta(seconds=started_ago_s))
    return row


def test_defaults_recover_a_dead_workers_task_within_a_minute(settings):
    settings.GUICHET_DRAFT_LEASE_S = 45.0
    assert (lease_s(), heartbeat_s(), recovery_interval_s()) == (45.0, 10.0, 5.0)
    assert lease_s() + recovery_interval_s() < 60
    settings.GUICHET_DRAFT_LEASE_S = 6.0  # a short lease keeps several beats and checks inside it
    assert heartbeat_s() == 1.5 and recovery_interval_s() == 2.0


def test_a_long_draft_with_a_fresh_heartbeat_is_left_to_its_worker(message, settings):
    settings.GUICHET_DRAFT_LEASE_S = 45.0
    row = running_task(message, started_ago_s=600)  # a model call of ten minutes, still beating
    Message.objects.filter(pk=message.pk).update(drafting_heartbeat_at=timezone.now() - timedelta(seconds=8))
    assert recover_stale_tasks() == []
    assert DBTaskResult.objects.get(pk=row.pk).status == "RUNNING"


def test_a_silent_task_is_failed_and_queued_again_once(message, settings):
    settings.GUICHET_DRAFT_LEASE_S = 45.0
    row = running_task(message, started_ago_s=600)
    Message.objects.filter(pk=message.pk).update(drafting_heartbeat_at=timezone.now() - timedelta(seconds=50))
    new_ids = recover_stale_tasks()
    assert len(new_ids) == 1
    old = DBTaskResult.objects.get(pk=row.pk)
    assert (old.status, old.exception_class_path) == ("FAILED", "guichet.inbox.tasks.WorkerLost")
    assert Message.objects.get(pk=message.pk).drafting_task_id == new_ids[0]
    assert recover_stale_tasks() == []  # a second worker checking at the same time finds nothing to take


def test_a_task_that_never_beat_is_judged_on_its_start(message, settings):
    settings.GUICHET_DRAFT_LEASE_S = 45.0
    running_task(message, started_ago_s=20)
    assert recover_stale_tasks() == []
    DBTaskResult.objects.filter(status="RUNNING").update(started_at=timezone.now() - timedelta(seconds=46))
    assert len(recover_stale_tasks()) == 1


def test_the_heartbeat_beats_while_the_draft_runs(message, settings):
    settings.GUICHET_DRAFT_LEASE_S = 1.0  # a beat every 0.25 s
    seen = set()
    with heartbeat(message.pk):
        deadline = time.monotonic() + 5
        while len(seen) < 3 and time.monotonic() < deadline:
            seen.add(Message.objects.values_list("drafting_heartbeat_at", flat=True).get(pk=message.pk))
            time.sleep(0.05)
    assert len(seen) >= 3
    last = Message.objects.values_list("drafting_heartbeat_at", flat=True).get(pk=message.pk)
    time.sleep(0.6)  # stopped with the block
    assert Message.objects.values_list("drafting_heartbeat_at", flat=True).get(pk=message.pk) == last


def test_a_second_run_of_the_same_drafting_stores_no_second_draft(message, settings):
    """A stalled worker that wakes up after its task was queued again finishes second: it stores nothing."""
    settings.GUICHET_LLM_BACKEND = "none"
    first = draft_message(message=message)
    late = draft_message(message=Message.objects.get(pk=message.pk))
    assert first is not None and late is not None and late.pk == first.pk
    assert message.drafts.filter(trigger=DraftTrigger.INTAKE).count() == 1
