"""Background drafting on the database-backed task queue (django-tasks + django-tasks-db; `guichet worker`).

A new message enqueues `draft_message_task` once its transaction commits. The task is idempotent (a message that
already has an intake draft, or that is no longer open, is skipped), retries with exponential backoff, and a
task left RUNNING by a worker that died is found by `recover_stale_tasks` and enqueued again: a crash or kill of
the worker loses nothing.

Lease and heartbeat: while a drafting task runs (the model may take minutes), a daemon thread of its worker writes
`Message.drafting_heartbeat_at` every `heartbeat_s()` (10 s by default). A RUNNING task whose heartbeat (or start,
before the first beat) is older than the lease (`GUICHET_DRAFT_LEASE_S`, 45 s by default) belongs to a worker that
is gone: `recover_stale_tasks` marks it FAILED and queues it again. It runs when a worker starts, every
`recovery_interval_s()` in every worker (5 s by default), at each enqueue and at the start of each drafting task,
so a killed worker's message is drafting again within about a minute.

The status is visible on the message: `drafting_task_id`, `drafting_error`, and DRAFTING / DRAFT_READY.
"""

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django_tasks import task
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import normalize_json
from django_tasks_db.models import DBTaskResult, get_date_max

from guichet.inbox.drafts import draft_message
from guichet.inbox.enums import DraftTrigger, Priority
from guichet.inbox.models import Message

logger = logging.getLogger(__name__)

QUEUE = "drafting"
MAX_ATTEMPTS = 3
BACKOFF_S = 30.0  # 30 s, then 2 min: long enough for a model server to come back


def backoff_s(attempt: int) -> float:
    """Delay before attempt `attempt + 1`."""
    return BACKOFF_S * 4 ** (attempt - 1)


DEFAULT_LEASE_S = 45.0


def lease_s() -> float:
    """How long a RUNNING drafting task may go without a heartbeat before its worker is presumed dead."""
    return settings.GUICHET_DRAFT_LEASE_S or DEFAULT_LEASE_S


def heartbeat_s() -> float:
    """Seconds between two heartbeats of a running drafting task: 10 s, and at least 4 beats per lease."""
    return max(0.2, min(10.0, lease_s() / 4))


def recovery_interval_s() -> float:
    """Seconds between two `recover_stale_tasks` in a running worker: 5 s, and at least 3 per lease (so a dead
    worker's task is queued again at most lease + 5 s after its last heartbeat: under a minute by default). The
    check is one indexed query."""
    return max(0.5, min(5.0, lease_s() / 3))


def _beat(message_id: int) -> None:
    Message.objects.filter(pk=message_id).update(drafting_heartbeat_at=timezone.now())


@contextmanager
def heartbeat(message_id: int) -> Iterator[None]:
    """Keep the lease of the drafting of `message_id` while the block runs (a daemon thread: dies with the worker)."""
    _beat(message_id)
    stop = threading.Event()

    def run() -> None:
        try:
            while not stop.wait(heartbeat_s()):
                try:
                    _beat(message_id)
                except Exception:  # a busy database must not kill the draft; the next beat tries again
                    logger.warning("Heartbeat of message %s not written", message_id, exc_info=True)
        finally:
            connection.close()  # this thread's own connection

    thread = threading.Thread(target=run, name=f"heartbeat-{message_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=heartbeat_s() + 5)


@task(queue_name=QUEUE)
def draft_message_task(message_id: int, attempt: int = 1) -> dict[str, Any]:
    """Prepare the intake draft of one message (runs in `guichet worker`)."""
    recover_stale_tasks()
    message = Message.objects.filter(pk=message_id).first()
    if message is None:
        return {"skipped": "message deleted"}
    if message.drafts.filter(trigger=DraftTrigger.INTAKE).exists():
        return {"skipped": "already drafted"}
    try:
        with heartbeat(message_id):
            draft = draft_message(message=message)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"[:2000]
        logger.warning("Drafting failed for message %s (attempt %s): %s", message_id, attempt, error)
        task_id = ""
        if attempt < MAX_ATTEMPTS:
            task_id = enqueue_draft(message, attempt=attempt + 1, delay_s=backoff_s(attempt))
        note = f"Tentative {attempt}/{MAX_ATTEMPTS} échouée : {error}"
        fields: dict[str, Any] = {"drafting_error": note}
        if task_id:
            fields["drafting_task_id"] = task_id
        Message.objects.filter(pk=message_id).update(**fields)
        raise
    if draft is None:
        return {"skipped": "message closed or AI disabled"}
    return {"draft_id": draft.pk, "version": draft.version, "kind": draft.kind}


def enqueue_draft(message: Message, *, attempt: int = 1, delay_s: float = 0.0, urgent: bool = False) -> str:
    """Queue the drafting of `message` and record the task id on it; returns the task id."""
    recover_stale_tasks()
    task_id = _enqueue(message, attempt=attempt, delay_s=delay_s, urgent=urgent)
    message.drafting_task_id = task_id
    return task_id


def mark_lost(row: DBTaskResult, cutoff: datetime, why: str) -> bool:
    """Mark a task row RUNNING since before `cutoff` as FAILED because its worker vanished (`WorkerLost`), once:
    False when another worker got there first or the task finished meanwhile. Call it inside the transaction that
    queues the task again."""
    claimed = (
        DBTaskResult.objects.running()
        .filter(pk=row.pk, started_at__lt=cutoff)
        .update(
            status="FAILED",
            finished_at=timezone.now(),
            exception_class_path="guichet.inbox.tasks.WorkerLost",
            traceback=why,
        )
    )
    return bool(claimed)


def recover_stale_tasks(*, lease: float | None = None) -> list[str]:
    """Re-enqueue drafting tasks RUNNING with no heartbeat for longer than the lease (their worker crashed or was
    killed).

    A task started before the cutoff whose message's heartbeat is recent is alive (a long model call) and left
    alone. The stale row is marked FAILED (so no one else picks it up twice) and a new task is queued for the same
    message. Returns the new task ids. Cheap: one indexed query when nothing is stale.
    """
    cutoff = timezone.now() - timedelta(seconds=lease if lease is not None else lease_s())
    path = draft_message_task.module_path
    new_ids: list[str] = []
    stale = DBTaskResult.objects.running().filter(task_path=path, started_at__lt=cutoff)
    for row in stale.order_by("started_at")[:100]:
        args = row.args_kwargs.get("args", [])
        if args and Message.objects.filter(pk=args[0], drafting_heartbeat_at__gte=cutoff).exists():
            continue  # its worker is alive and drafting
        with transaction.atomic():
            why = "Le travailleur a disparu pendant la tâche (arrêt ou plantage) : tâche relancée."
            if not mark_lost(row, cutoff, why):
                continue
            args = row.args_kwargs.get("args", [])
            if not args:
                continue
            message = Message.objects.filter(pk=args[0]).first()
            if message is None:
                continue
            attempt = int(args[1]) if len(args) > 1 else 1
            new_ids.append(_enqueue(message, attempt=attempt))
    return new_ids


def _enqueue(message: Message, *, attempt: int, delay_s: float = 0.0, urgent: bool = False) -> str:
    """Queue one drafting task (distress first) and record its id on the message."""
    urgent = urgent or message.priority >= Priority.URGENT
    options: dict[str, Any] = {"priority": 50 if urgent else 0}
    if delay_s:
        options["run_after"] = timezone.now() + timedelta(seconds=delay_s)
    result = draft_message_task.using(**options).enqueue(message.pk, attempt)
    Message.objects.filter(pk=message.pk).update(drafting_task_id=str(result.id))
    return str(result.id)


class WorkerLost(RuntimeError):
    """Recorded on a task whose worker disappeared while running it."""


def enqueue_intake_draft(message: Message) -> None:
    """Intake: queue the draft once the message is committed (distress first), when auto-drafting is on.

    Called by `message_receive` after pseudonymisation and triage, so the priority is already the triage's.
    """
    if not (settings.GUICHET_AUTO_DRAFT and message.administration.ai_enabled):
        return
    urgent = message.priority >= Priority.URGENT
    transaction.on_commit(lambda: enqueue_draft(message, urgent=urgent))


def _bulk_backend() -> DatabaseBackend | None:
    backend = draft_message_task.get_backend()
    return backend if isinstance(backend, DatabaseBackend) else None


def intake_task_ids(messages: list[Message]) -> None:
    """Bulk intake (an import), before the messages are stored: give each message that will be drafted the id of
    its future drafting task (`drafting_task_id`), so that `enqueue_intake_drafts` needs no update afterwards.
    Only with the database queue (the default); other backends get their ids when each task is queued."""
    backend = _bulk_backend()
    if backend is None or not settings.GUICHET_AUTO_DRAFT:
        return
    new_id = backend.id_function or DBTaskResult._meta.pk.default
    for message in messages:
        if message.administration.ai_enabled:
            message.drafting_task_id = str(new_id())


def enqueue_intake_drafts(messages: list[Message]) -> None:
    """Bulk intake, once the messages are stored (with their pk), in the same transaction: queue their drafts as
    `enqueue_intake_draft` queues one's (distress first; when GUICHET_AUTO_DRAFT and the administration uses AI).

    With the database queue, the same rows `enqueue_draft` writes are inserted in one write, in the caller's
    transaction (a worker sees them when the messages are committed); with another backend, each task is queued
    on commit, one by one.
    """
    if not settings.GUICHET_AUTO_DRAFT:
        return
    if _bulk_backend() is None:
        for message in messages:
            enqueue_intake_draft(message)
        return
    rows = []
    for message in messages:
        if not message.drafting_task_id:
            continue
        urgent = message.priority >= Priority.URGENT
        queued = draft_message_task.using(priority=50 if urgent else 0)
        rows.append(
            DBTaskResult(
                id=message.drafting_task_id,
                args_kwargs=normalize_json({"args": (message.pk, 1), "kwargs": {}}),
                priority=queued.priority,
                task_path=queued.module_path,
                queue_name=queued.queue_name,
                run_after=queued.run_after or get_date_max(),  # what django_tasks_db's pre_save sets
                backend_name=queued.backend,
            )
        )
    if rows:
        recover_stale_tasks()
        DBTaskResult.objects.bulk_create(rows, batch_size=1000)
