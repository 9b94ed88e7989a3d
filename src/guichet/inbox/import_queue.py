"""Large imports analysed by the workers: the rows wait, encrypted, in the task queue; a message exists only once
it is pseudonymised and triaged.

`guichet import` checks every row of a file in seconds, but analysing a message (spaCy, the recognisers, triage
and its sentence embedding) costs about 20 ms of CPU in a batch: 50,000 rows are 17 minutes of one core. For a large
file the import therefore stops after the checks: the checked rows are queued in batches (`import_batch_task`, one
task per batch of 500 rows on the `import` queue), their text encrypted with the key of the personal-data mapping
(`GUICHET_PII_KEY`): the queue holds no readable personal data. Each worker (`guichet worker`, as many processes
as there are cores) takes a batch, analyses it (`bulk_intake.analyse_many`) and stores it as the bulk intake
stores any batch (`bulk_intake.messages_store`: messages pseudonymised and triaged, audit events, drafting
tasks), in one transaction with a marker event (`import.batch_stored`). So:

* nothing is lost: the import's report counts every row (queued, already present or rejected at its real line);
  a batch whose worker dies is queued again after `LEASE_S` (`recover_stale_import_tasks`), a batch that fails is
  tried again (`MAX_ATTEMPTS`), and a failed one keeps its rows (encrypted) in the queue, in the admin's task
  list;
* nothing is stored twice: a batch already stored is skipped (its marker), a row whose external id is present
  counts as a duplicate (the database's unique constraint stays the last word);
* no message is visible, searchable or drafted before it is pseudonymised and triaged: it does not exist before;
* the only change from the inline path: the import returns before the messages are in the inbox; they appear
  batch by batch as workers store them (`guichet import --wait` does the work itself and waits for the end).

Batches outrank ordinary drafting tasks (`PRIORITY`, below a distress draft's): a message must exist before it
can be drafted.
"""

import json
import logging
import multiprocessing
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, OperationalError, transaction
from django.db import models as db_models
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import task
from django_tasks_db.compat import TaskContext
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from guichet.accounts.models import Administration
from guichet.audit.models import AuditEvent
from guichet.inbox.audit import audit_log
from guichet.inbox.bulk_intake import Incoming, analyse_many, job_of, messages_store, prepare
from guichet.inbox.models import Message
from guichet.inbox.spawned import import_queue_worker
from guichet.inbox.tasks import mark_lost
from guichet.privacy.crypto import decrypt_mapping, encrypt_mapping

logger = logging.getLogger(__name__)

QUEUE = "import"
# Above an ordinary drafting task (0), below a distress draft (50).
PRIORITY = 20
# A batch of 500 rows costs about 10 s of CPU; a RUNNING batch older than this belongs to a worker that is gone
# (were it alive after all, its run is refused when it comes to store: see `store_batch`).
LEASE_S = 5 * 60
MAX_ATTEMPTS = 3
BATCH_ROWS = 500
STORED = "import.batch_stored"
_PAYLOAD_KEY = "rows"


@dataclass
class QueuedRow:
    """One checked row waiting for a worker: what intake receives, and its line in the file."""

    line: int
    item: Incoming


@dataclass
class BatchOutcome:
    created: int = 0
    duplicates: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    replaced: bool = False  # this run's lease had expired and the batch was queued again: nothing stored


# Encoding -------------------------------------------------------------------------------------------------------


def _encode_row(row: QueuedRow) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, value in row.item.fields.items():
        if isinstance(value, db_models.Model):
            fields[f"{name}_id"] = value.pk
        elif isinstance(value, datetime):
            fields[name] = {"datetime": value.isoformat()}
        else:
            fields[name] = value
    return {
        "line": row.line,
        "administration": row.item.administration.pk,
        "title": row.item.title,
        "body": row.item.body,
        "channel": row.item.channel,
        "external_id": row.item.external_id,
        "fields": fields,
    }


def _decode_rows(records: list[dict[str, Any]]) -> list[QueuedRow]:
    administrations = Administration.objects.in_bulk({record["administration"] for record in records})
    rows = []
    for record in records:
        fields = {
            name: datetime.fromisoformat(value["datetime"]) if isinstance(value, dict) else value
            for name, value in record["fields"].items()
        }
        administration = administrations.get(record["administration"])
        if administration is None:
            raise ValidationError(f"administration {record['administration']} supprimée depuis l'import")
        item = Incoming(
            administration=administration,
            title=record["title"],
            body=record["body"],
            channel=record["channel"],
            external_id=record["external_id"],
            fields=fields,
        )
        rows.append(QueuedRow(line=record["line"], item=item))
    return rows


def seal(rows: list[QueuedRow]) -> str:
    """The rows as one encrypted token (Fernet, the key of the personal-data mapping)."""
    return encrypt_mapping({_PAYLOAD_KEY: json.dumps([_encode_row(row) for row in rows], ensure_ascii=False)})


def unseal(token: str) -> list[QueuedRow]:
    return _decode_rows(json.loads(decrypt_mapping(token)[_PAYLOAD_KEY]))


# Queueing -------------------------------------------------------------------------------------------------------


def new_import_id() -> str:
    return uuid.uuid4().hex


def enqueue_batches(
    rows: list[QueuedRow], *, import_id: str, actor=None, batch_rows: int | None = None, source: str = ""
) -> list[str]:
    """Queue checked rows in batches of `batch_rows` (BATCH_ROWS), in one transaction; returns the task ids."""
    batch_rows = batch_rows or BATCH_ROWS
    ids = []
    actor_id = actor.pk if actor is not None else None
    with transaction.atomic():
        for number, start in enumerate(range(0, len(rows), batch_rows), start=1):
            key = f"{import_id}-{number}"
            result = import_batch_task.enqueue(key, seal(rows[start : start + batch_rows]), actor_id, 1)
            ids.append(str(result.id))
        if rows:
            audit_log(
                action="import.queued",
                actor=actor,
                actor_label=None if actor else "import",
                details={"import": import_id, "rows": len(rows), "batches": len(ids), "file": source},
            )
    return ids


# The task -------------------------------------------------------------------------------------------------------


def batch_stored(key: str) -> bool:
    return AuditEvent.objects.filter(action=STORED, details__batch=key).exists()


@task(queue_name=QUEUE, priority=PRIORITY, takes_context=True)
def import_batch_task(
    context: TaskContext, key: str, token: str, actor_id: int | None = None, attempt: int = 1
) -> dict[str, Any]:
    """Analyse and store one queued batch of an import (runs in `guichet worker`); idempotent."""
    recover_stale_import_tasks()
    if batch_stored(key):
        return {"batch": key, "skipped": "already stored"}
    try:
        outcome = store_batch(key, unseal(token), actor_id=actor_id, task_id=str(context.task_result.id))
    except Exception as exc:
        logger.warning("Import batch %s failed (attempt %s): %s", key, attempt, type(exc).__name__)
        if attempt < MAX_ATTEMPTS:
            import_batch_task.using(run_after=timezone.now() + timedelta(seconds=30 * attempt)).enqueue(
                key, token, actor_id, attempt + 1
            )
        raise
    if outcome.replaced:
        return {"batch": key, "skipped": "queued again meanwhile (lease expired): the new run stores it"}
    return {
        "batch": key,
        "created": outcome.created,
        "duplicates": outcome.duplicates,
        "rejected": [list(item) for item in outcome.rejected],
    }


def store_batch(
    key: str, rows: list[QueuedRow], *, actor_id: int | None = None, task_id: str | None = None
) -> BatchOutcome:
    """Check, analyse and store the rows of one batch, with its marker, in one transaction. With `task_id` (the
    run's task), the run stores only while its task is still RUNNING (locked): one whose lease expired and was
    queued again (`recover_stale_import_tasks`) leaves the batch to the new run."""
    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    outcome = BatchOutcome()
    prepared: list[tuple[QueuedRow, Message]] = []
    for row in rows:
        try:
            prepared.append((row, prepare(row.item)))
        except ValidationError as exc:
            outcome.rejected.append((row.line, "; ".join(exc.messages)))
    profiles: dict = {}
    results = analyse_many([job_of(message, profiles) for _, message in prepared])
    for _ in range(2):  # a concurrent import may take an external id between the check and the write
        fresh = _not_present(prepared)
        try:
            with transaction.atomic():
                running = DBTaskResult.objects.select_for_update().filter(pk=task_id, status="RUNNING")
                if task_id and not running.values_list("pk", flat=True):
                    return BatchOutcome(replaced=True)
                if batch_stored(key):
                    return BatchOutcome(duplicates=len(rows))
                messages = [message for _, message in fresh]
                messages_store(
                    messages,
                    [results[index] for index, _ in _positions(prepared, fresh)],
                    actor=actor,
                    actor_label=None if actor else "import",
                )
                outcome.created = len(messages)
                outcome.duplicates = len(prepared) - len(fresh)
                administration = prepared[0][1].administration_id if prepared else None
                audit_log(
                    action=STORED,
                    actor=actor,
                    actor_label=None if actor else "import",
                    administration=administration,
                    details={
                        "batch": key,
                        "created": outcome.created,
                        "duplicates": outcome.duplicates,
                        "rejected_lines": [line for line, _ in outcome.rejected],
                    },
                )
            return outcome
        except IntegrityError:
            for _, message in fresh:
                message.pk = None
                message._state.adding = True
            continue
    raise IntegrityError(f"import batch {key}: external ids taken concurrently twice")


def _not_present(prepared: list[tuple[QueuedRow, Message]]) -> list[tuple[QueuedRow, Message]]:
    """The prepared rows whose external id is not stored yet (nor earlier in the batch)."""
    wanted: dict[int, list[str]] = {}
    for _, message in prepared:
        if message.external_id:
            wanted.setdefault(message.administration_id, []).append(message.external_id)
    present: set[tuple[int, str]] = set()
    for administration_id, ids in wanted.items():
        found = Message.objects.filter(administration_id=administration_id, external_id__in=ids)
        present.update((administration_id, value) for value in found.values_list("external_id", flat=True))
    fresh, seen = [], set()
    for row, message in prepared:
        key = (message.administration_id, message.external_id)
        if message.external_id and (key in present or key in seen):
            continue
        seen.add(key)
        fresh.append((row, message))
    return fresh


def _positions(
    prepared: list[tuple[QueuedRow, Message]], subset: list[tuple[QueuedRow, Message]]
) -> list[tuple[int, Message]]:
    index = {id(message): position for position, (_, message) in enumerate(prepared)}
    return [(index[id(message)], message) for _, message in subset]


# Recovery and waiting -------------------------------------------------------------------------------------------


def _import_tasks(import_id: str):
    return DBTaskResult.objects.filter(
        task_path=import_batch_task.module_path, args_kwargs__args__0__startswith=f"{import_id}-"
    )


def batches_of(import_id: str) -> int:
    """How many batches an import was queued in."""
    return len(set(_import_tasks(import_id).values_list("args_kwargs__args__0", flat=True)))


def requeue_failed(import_id: str, *, actor=None) -> int:
    """Queue again, from their first attempt, the batches of an import that failed for good (their rows were kept,
    encrypted, in their failed tasks): after the cause is fixed, `guichet import --resume IMPORT_ID`. Batches
    stored, queued or running are left alone; returns how many were queued again."""
    stored = set(
        AuditEvent.objects.filter(action=STORED, details__batch__startswith=f"{import_id}-").values_list(
            "details__batch", flat=True
        )
    )
    latest: dict[str, DBTaskResult] = {}
    waiting: set[str] = set()
    for row in _import_tasks(import_id).order_by("enqueued_at"):
        key = row.args_kwargs["args"][0]
        latest[key] = row
        if row.status in {"READY", "RUNNING"}:
            waiting.add(key)
    again = [row for key, row in sorted(latest.items()) if key not in stored and key not in waiting]
    with transaction.atomic():
        for row in again:
            key, token, actor_id, *_ = row.args_kwargs["args"]
            import_batch_task.enqueue(key, token, actor_id, 1)
        if again:
            audit_log(
                action="import.requeued",
                actor=actor,
                actor_label=None if actor else "import",
                details={"import": import_id, "batches": len(again)},
            )
    return len(again)


def recover_stale_import_tasks(*, lease: float = LEASE_S) -> list[str]:
    """Queue again the batches RUNNING for longer than the lease (their worker was killed); returns the new ids."""
    cutoff = timezone.now() - timedelta(seconds=lease)
    stale = DBTaskResult.objects.running().filter(task_path=import_batch_task.module_path, started_at__lt=cutoff)
    new_ids = []
    for row in stale.order_by("started_at")[:100]:
        with transaction.atomic():
            if mark_lost(row, cutoff, "Le travailleur a disparu pendant le lot d'import : lot remis en file."):
                args = row.args_kwargs.get("args", [])
                new_ids.append(str(import_batch_task.enqueue(*args).id))
    return new_ids


def work_queue(worker_id: str = "", *, after_each: Callable[[], None] | None = None) -> int:
    """Run the import queue in this process until no batch is ready (claimed as `guichet worker` claims a task:
    an exclusive transaction, a row lock), calling `after_each` after each batch; returns how many were run."""
    worker_id = worker_id or f"import-{get_random_string(16)}"
    ran = 0
    while True:
        ready = DBTaskResult.objects.ready().filter(queue_name=QUEUE, task_path=import_batch_task.module_path)
        try:
            with exclusive_transaction(ready.db):
                row = ready.get_locked()
                if row is not None:
                    row.claim(worker_id)
        except OperationalError as exc:
            if not is_locked_database_exception(exc):
                raise
            time.sleep(0.5)  # another process holds the queue for a moment
            continue
        if row is None:
            return ran
        arguments = row.args_kwargs
        try:
            context = TaskContext(task_result=row.task_result)
            value = import_batch_task.call(context, *arguments.get("args", []), **arguments.get("kwargs", {}))
            row.set_successful(value)
        except Exception as exc:  # recorded on the task (and retried by the task itself)
            row.set_failed(exc)
        ran += 1
        if after_each:
            after_each()


@dataclass
class QueueProgress:
    stored: int  # batches stored
    total: int  # batches queued
    pending: int  # batches still queued or running
    outcome: BatchOutcome  # what the stored batches did

    @property
    def failed(self) -> int:
        """Batches neither stored nor waiting: they failed MAX_ATTEMPTS times (their rows stay in the queue)."""
        return self.total - self.stored - self.pending


def progress_of(import_id: str, batches: int) -> QueueProgress:
    """How far the batches of an import are, from their markers and their tasks."""
    outcome, stored = BatchOutcome(), set()
    markers = AuditEvent.objects.filter(action=STORED, details__batch__startswith=f"{import_id}-")
    for details in markers.values_list("details", flat=True):
        if details["batch"] in stored:
            continue
        stored.add(details["batch"])
        outcome.created += details.get("created", 0)
        outcome.duplicates += details.get("duplicates", 0)
        outcome.rejected += [(line, "rejeté à l'analyse") for line in details.get("rejected_lines", [])]
    tasks = _import_tasks(import_id).filter(status__in=["READY", "RUNNING"])
    waiting = set(tasks.values_list("args_kwargs__args__0", flat=True)) - stored
    return QueueProgress(stored=len(stored), total=batches, pending=len(waiting), outcome=outcome)


def work_through(
    import_id: str,
    batches: int,
    *,
    workers: int = 1,
    progress: Callable[[QueueProgress], None] | None = None,
    poll_s: float = 2.0,
) -> QueueProgress:
    """Analyse queued batches here, in `workers` processes (beside any running `guichet worker`), until every
    batch of the import is stored or has failed for good."""
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=import_queue_worker, name=f"import-worker-{n}") for n in range(max(0, workers - 1))
    ]
    for process in processes:
        process.start()

    def report() -> None:
        if progress:
            progress(progress_of(import_id, batches))

    try:
        while True:
            work_queue(after_each=report)
            state = progress_of(import_id, batches)
            if progress:
                progress(state)
            if not state.pending:
                return state
            time.sleep(poll_s)  # a batch run by another worker, or a retry waiting for its time
    finally:
        for process in processes:
            process.join()
