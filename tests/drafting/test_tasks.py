from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from guichet.drafting.models import ModelCall
from guichet.inbox.enums import DraftTrigger, Status
from guichet.inbox.models import Reply
from guichet.inbox.tasks import draft_message_task, enqueue_draft, recover_stale_tasks
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db(transaction=True)

BODY = "Bonjour, combien coûte le timbre fiscal pour un passeport d'adulte ? Merci."


def drafting_tasks():
    return DBTaskResult.objects.filter(task_path=draft_message_task.module_path)


def test_a_new_message_enqueues_its_draft_after_commit(mairie, corpus_indexed, no_model, settings):
    settings.GUICHET_AUTO_DRAFT = True
    message = make_message(mairie, title="Passeport", body=BODY)
    task = drafting_tasks().get()
    message.refresh_from_db()
    assert message.drafting_task_id == str(task.id)
    assert task.queue_name == "drafting" and task.status == "READY"


def test_distress_goes_first_in_the_queue(mairie, corpus_indexed, no_model, settings):
    settings.GUICHET_AUTO_DRAFT = True
    make_message(mairie, title="Passeport", body=BODY)
    urgent = make_message(mairie, title="Aidez-moi", body="Je dors dans ma voiture depuis une semaine. Que faire ?")
    first = drafting_tasks().order_by("-priority", "enqueued_at").first()
    assert first.args_kwargs["args"] == [urgent.pk, 1] and first.priority > 0


def test_worker_runs_the_task_and_cannot_send(mairie, corpus_indexed, no_model, settings):
    settings.GUICHET_AUTO_DRAFT = True
    message = make_message(mairie, title="Passeport", body=BODY)
    call_command("worker", "--batch", verbosity=0)
    message.refresh_from_db()
    assert drafting_tasks().get().status == "SUCCESSFUL"
    assert message.status == Status.DRAFT_READY
    assert message.drafts.get().trigger == DraftTrigger.INTAKE
    assert Reply.objects.count() == 0
    # Running it again is harmless (idempotent).
    assert draft_message_task.call(message.pk) == {"skipped": "already drafted"}


def test_failure_is_visible_and_retried_with_backoff(mairie, corpus_indexed, settings):
    settings.GUICHET_AUTO_DRAFT = False
    settings.GUICHET_LLM_BACKEND = "openai"
    settings.GUICHET_LLM_MODEL = "unreachable-for-test"
    settings.GUICHET_OPENAI_BASE_URL = "http://127.0.0.1:9/v1"  # discard port: nothing listens
    settings.GUICHET_LLM_TIMEOUT = 2
    message = make_message(mairie, title="Passeport", body=BODY)
    # An unreachable model server is not a crash: the draft falls back to extracts, and says why.
    result = draft_message_task.call(message.pk)
    draft = message.drafts.get(pk=result["draft_id"])
    assert draft.kind == "extractive"
    assert {"model_error", "extractive_fallback"} <= {a["code"] for a in draft.alerts}
    assert ModelCall.objects.for_message(message).get().error


def test_an_exception_is_retried_later_and_recorded(mairie, no_model, settings):
    settings.GUICHET_AUTO_DRAFT = False
    message = make_message(mairie, title="Passeport", body=BODY)
    settings.GUICHET_INDEX_DIR = "/proc/guichet-no-index-here"  # retrieval cannot even open its index
    with pytest.raises(Exception):  # noqa: B017 - whatever the index raises
        draft_message_task.call(message.pk, 1)
    message.refresh_from_db()
    assert message.drafting_error.startswith("Tentative 1/3")
    retry = drafting_tasks().get(id=message.drafting_task_id)
    assert retry.args_kwargs["args"] == [message.pk, 2]
    assert retry.run_after > timezone.now() + timedelta(seconds=20)
    assert message.status == Status.TRIAGED  # back from DRAFTING: nothing is left half-done


def test_a_task_left_running_by_a_dead_worker_is_picked_up_again(mairie, corpus_indexed, no_model, settings):
    settings.GUICHET_AUTO_DRAFT = False
    message = make_message(mairie, title="Passeport", body=BODY)
    enqueue_draft(message)
    row = drafting_tasks().get()
    row.claim("worker-that-will-die")
    DBTaskResult.objects.filter(pk=row.pk).update(started_at=timezone.now() - timedelta(hours=1))
    new_ids = recover_stale_tasks()
    assert len(new_ids) == 1
    assert drafting_tasks().get(pk=row.pk).status == "FAILED"
    message.refresh_from_db()
    assert message.drafting_task_id == new_ids[0]
    call_command("worker", "--batch", verbosity=0)
    message.refresh_from_db()
    assert message.status == Status.DRAFT_READY and message.drafts.count() == 1
