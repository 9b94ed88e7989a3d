"""Issue 15, item 1 at 50,000 rows: a large import queues its checked rows, encrypted, for the workers
(`inbox.import_queue`). Nothing is lost or doubled, no message exists before it is pseudonymised and triaged, the
queue holds no readable personal data, and what the workers store is what the inline import stores."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.compat import TaskContext
from django_tasks_db.models import DBTaskResult

from guichet.audit.models import AuditEvent
from guichet.inbox.bulk_intake import Incoming
from guichet.inbox.enums import Channel, Status
from guichet.inbox.import_queue import (
    MAX_ATTEMPTS,
    STORED,
    QueuedRow,
    import_batch_task,
    progress_of,
    recover_stale_import_tasks,
    store_batch,
    work_queue,
)
from guichet.inbox.importexport import import_wait, messages_import
from guichet.inbox.models import Message
from guichet.inbox.personal_data import message_mapping
from tests.inbox.factories import SP_CSV_HEADER, caf_administration, write_sp_csv

pytestmark = pytest.mark.django_db

HEADER = SP_CSV_HEADER


@pytest.fixture
def caf():
    return caf_administration()


def _batches() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(task_path=import_batch_task.module_path).order_by("enqueued_at"))


def test_queued_import_counts_every_row_and_stores_nothing_visible_before_analysis(tmp_path, caf, monkeypatch):
    monkeypatch.setattr("guichet.inbox.import_queue.BATCH_ROWS", 4)
    path = tmp_path / "sp.csv"
    write_sp_csv(path, 10, broken=frozenset({3}))
    report = messages_import(path=path, queue=True)
    assert (report.created, report.queued, report.rejected, report.records) == (0, 9, 1, 10) and report.accounted
    assert [error.line for error in report.errors] == [5]  # the real line of row 3 (header first)
    assert "9 en file d'analyse" in report.summary("sp.csv")
    assert Message.objects.count() == 0  # nothing visible, searchable or drafted yet
    batches = _batches()
    assert len(batches) == report.batches == 3
    queued_text = json.dumps([batch.args_kwargs for batch in batches], ensure_ascii=False)
    assert "Moreau" not in queued_text and "06 11 22 33" not in queued_text and "Question" not in queued_text
    assert AuditEvent.objects.filter(action="import.queued", details__rows=9).count() == 1

    report = import_wait(report)
    assert (report.created, report.queued, report.rejected) == (9, 0, 1) and report.accounted
    assert Message.objects.count() == 9
    assert Message.objects.filter(status=Status.TRIAGED).exclude(pseudonymised_at=None).count() == 9
    assert not Message.objects.filter(pseudonymised_body__contains="Moreau").exists()
    drafts = DBTaskResult.objects.filter(queue_name="drafting", status="READY")
    assert drafts.count() == 9  # each message's drafting task, queued with it
    assert AuditEvent.objects.filter(action="message.received", actor_label="import").count() == 9


def test_workers_store_what_the_inline_import_stores(tmp_path, caf):
    inline_path, queued_path = tmp_path / "inline.csv", tmp_path / "queued.csv"
    write_sp_csv(inline_path, 6, prefix="i")
    write_sp_csv(queued_path, 6, prefix="q")
    messages_import(path=inline_path, queue=False)
    import_wait(messages_import(path=queued_path, queue=True))
    fields = ["title", "body", "status", "priority", "triage_labels", "triage_details", "pseudonymised_title"]
    fields += ["pseudonymised_body", "pii_entities", "sentiment", "published_at", "source_state", "received_at"]
    for n in range(6):
        inline = Message.objects.get(administration=caf, external_id=f"i{n}")
        queued = Message.objects.get(administration=caf, external_id=f"q{n}")
        assert {name: getattr(queued, name) for name in fields} == {name: getattr(inline, name) for name in fields}
        assert message_mapping(queued) == message_mapping(inline)
        assert queued.office.name == "Agence de Lyon" and queued.channel == "import"


def test_a_batch_run_twice_or_a_file_queued_twice_stores_each_row_once(tmp_path, caf):
    path = tmp_path / "sp.csv"
    write_sp_csv(path, 5)
    first = messages_import(path=path, queue=True)
    second = messages_import(path=path, queue=True)  # before any worker ran: queued again
    assert first.queued == second.queued == 5
    assert work_queue() == 2
    (batch, other) = _batches()
    assert DBTaskResult.objects.get(pk=batch.pk).return_value["created"] == 5
    assert DBTaskResult.objects.get(pk=other.pk).return_value["duplicates"] == 5
    import_batch_task.enqueue(*batch.args_kwargs["args"])  # the same batch once more
    assert work_queue() == 1
    assert _batches()[-1].return_value == {"batch": batch.args_kwargs["args"][0], "skipped": "already stored"}
    second = import_wait(second)
    assert (second.created, second.duplicates, second.queued) == (0, 5, 0) and second.accounted
    assert Message.objects.count() == 5
    assert DBTaskResult.objects.filter(queue_name="drafting").count() == 5
    assert AuditEvent.objects.filter(action=STORED).count() == 2


def test_a_batch_whose_worker_died_is_queued_again_and_stored_once(tmp_path, caf):
    path = tmp_path / "sp.csv"
    write_sp_csv(path, 3)
    report = messages_import(path=path, queue=True)
    (batch,) = _batches()
    batch.claim("a-worker-killed-with-sigkill")
    DBTaskResult.objects.filter(pk=batch.pk).update(started_at=timezone.now() - timedelta(hours=1))
    assert progress_of(report.import_id, report.batches).pending == 1  # still RUNNING: not lost, not failed
    assert len(recover_stale_import_tasks()) == 1
    assert recover_stale_import_tasks() == []  # claimed once
    # had that worker been alive after all, its run would store nothing: the batch is the new run's
    late = import_batch_task.call(TaskContext(task_result=batch.task_result), *batch.args_kwargs["args"])
    assert "skipped" in late and Message.objects.count() == 0
    report = import_wait(report)
    assert report.created == 3 and report.failed_batches == 0 and Message.objects.count() == 3
    assert DBTaskResult.objects.get(pk=batch.pk).status == "FAILED"  # the dead worker's run, replaced


def test_import_command_queues_large_files_and_waits_when_asked(tmp_path, caf, monkeypatch, capsys):
    monkeypatch.setattr("guichet.inbox.importexport.QUEUE_ABOVE", 3)
    path = tmp_path / "sp.csv"
    write_sp_csv(path, 5)
    call_command("import", str(path))
    out = capsys.readouterr().out
    assert "5 en file d'analyse" in out and "aucun n'est visible avant" in out
    assert Message.objects.count() == 0
    work_queue()
    assert Message.objects.count() == 5
    small = tmp_path / "small.csv"
    small.write_text(HEADER + "\nx1;T;Un message court, signé Paul Durand.;CAF;;;;;\n", encoding="utf-8")
    call_command("import", str(small))  # under the threshold: written here
    assert "1 importé(s)" in capsys.readouterr().out and Message.objects.count() == 6
    again = tmp_path / "again.csv"
    write_sp_csv(again, 8)
    call_command("import", str(again), "--wait")
    out = capsys.readouterr().out
    assert "= 0 importé(s) + 3 en file" not in out and "3 importé(s)" in out and "5 déjà présent(s)" in out
    assert Message.objects.count() == 9


def test_a_failing_batch_is_retried_then_reported_failed_with_its_rows_kept(caf):
    unreadable = "gAAAAAB-not-a-token"
    import_batch_task.enqueue("imp1-1", unreadable, None, 1)
    assert work_queue() == 1
    (first, retry) = _batches()
    assert first.status == "FAILED" and retry.status == "READY"
    assert retry.args_kwargs["args"] == ["imp1-1", unreadable, None, 2]  # same rows, next attempt, later
    assert retry.run_after > timezone.now()
    assert progress_of("imp1", 1).pending == 1
    import_batch_task.enqueue("imp2-1", unreadable, None, MAX_ATTEMPTS)
    work_queue()
    state = progress_of("imp2", 1)
    assert (state.stored, state.pending, state.failed) == (0, 0, 1)  # given up: the command says so
    assert Message.objects.count() == 0


def test_batches_failed_for_good_are_resumed_once_the_cause_is_fixed(tmp_path, caf, monkeypatch, capsys):
    """A deployment that breaks the analysis loses no row: the batches fail three times and keep their rows, and
    `guichet import --resume IMPORT --wait` stores them once the cause is fixed."""
    monkeypatch.setattr("guichet.inbox.import_queue.BATCH_ROWS", 2)
    path = tmp_path / "sp.csv"
    write_sp_csv(path, 5)
    report = messages_import(path=path, queue=True)

    def broken(jobs):
        raise RuntimeError("artefact de tri illisible")

    monkeypatch.setattr("guichet.inbox.import_queue.analyse_many", broken)
    for _ in range(MAX_ATTEMPTS):
        DBTaskResult.objects.filter(queue_name="import", status="READY").update(run_after=timezone.now())
        work_queue()
    state = progress_of(report.import_id, report.batches)
    assert (state.stored, state.pending, state.failed) == (0, 0, 3) and Message.objects.count() == 0
    monkeypatch.undo()  # the cause is fixed
    call_command("import", "--resume", report.import_id, "--wait")
    out = capsys.readouterr().out
    assert "3 lot(s) en échec remis en file" in out and "3 / 3 lot(s) rangés (5 message(s) importé(s)" in out
    assert Message.objects.filter(status=Status.TRIAGED).count() == 5
    call_command("import", "--resume", report.import_id)
    assert "0 lot(s) en échec remis en file" in capsys.readouterr().out
    assert Message.objects.count() == 5


def test_a_batch_is_stored_in_as_many_queries_whatever_its_rows(caf):
    """No query per row: a batch of 12 rows is checked, analysed and stored with the queries of a batch of 3
    (the messages, their audit events and drafting tasks are each one write)."""

    def queries_of(key: str, count: int) -> int:
        rows = [
            QueuedRow(
                line=n + 2,
                item=Incoming(
                    administration=caf,
                    title=f"Question {n}",
                    body=f"Mon allocation {n} a baissé, signé Claire Moreau, 06 11 22 33 {n:02d}",
                    channel=Channel.IMPORT,
                    external_id=f"{key}-{n}",
                ),
            )
            for n in range(count)
        ]
        with CaptureQueriesContext(connection) as captured:
            outcome = store_batch(key, rows)
        assert outcome.created == count
        return len(captured.captured_queries)

    queries_of("warm", 2)  # the analyzers load, the administration's profile is built
    assert queries_of("small", 3) == queries_of("large", 12)
    assert Message.objects.filter(status=Status.TRIAGED).exclude(pseudonymised_at=None).count() == 17
