"""Regenerate a draft with the agent's instruction, streamed into the editor as Server-Sent Events.

The drafting pipeline is synchronous and reports tokens through a callback; it runs in a worker thread that feeds
a queue, and the response generator turns the queue into events. Tokens are pseudonymised: placeholders are
restored here, never half-way. Without JavaScript (or without `Accept: text/event-stream`) the same POST waits for
the new draft and redirects to the message page.
"""

import json
import logging
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.db import close_old_connections, connection
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from guichet.inbox.drafts import regenerate
from guichet.inbox.forms import RegenerateForm
from guichet.inbox.models import Message
from guichet.inbox.privacy_bridge import mapping_for
from guichet.inbox.ui import StreamRestorer
from guichet.inbox.views.common import ai_drafts_enabled, message_for_action

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _End:
    draft_id: int | None = None
    version: int | None = None
    error: str = ""


def _event(name: str, payload: dict) -> str:
    return f"event: {name}\ndata: {json.dumps(payload, ensure_ascii=False)}\n\n"


def _run(*, message: Message, actor, instruction: str, context: str, on_token: Callable[[str], None]) -> _End:
    try:
        draft = regenerate(
            message=message, actor=actor, instruction=instruction, agent_context=context, on_token=on_token
        )
    except Exception:
        logger.exception("Regeneration failed for message %s", message.pk)
        return _End(error="La régénération a échoué. Le brouillon précédent est conservé.")
    return _End(draft_id=draft.pk, version=draft.version)


def _run_in_thread(*, sink: queue.Queue, **kwargs) -> None:
    try:
        sink.put(_run(on_token=sink.put, **kwargs))
    finally:
        connection.close()  # this thread's own connection


def _stream(*, message: Message, actor, instruction: str, context: str) -> Iterator[str]:
    sink: queue.Queue = queue.Queue()
    restorer = StreamRestorer(mapping_for(message))
    worker = threading.Thread(
        target=_run_in_thread,
        kwargs={"message": message, "actor": actor, "instruction": instruction, "context": context, "sink": sink},
        daemon=True,
    )
    worker.start()
    yield _event("start", {})
    timeout = settings.GUICHET_LLM_TIMEOUT + 30
    while True:
        try:
            item = sink.get(timeout=timeout)
        except queue.Empty:
            yield _event("error", {"message": "Le modèle ne répond pas. Réessayez plus tard."})
            return
        if isinstance(item, _End):
            tail = restorer.flush()
            if tail:
                yield _event("token", {"t": tail})
            if item.error:
                yield _event("error", {"message": item.error})
            else:
                yield _event("done", {"draft_id": item.draft_id, "version": item.version})
            return
        text = restorer.feed(str(item))
        if text:
            yield _event("token", {"t": text})


@login_required
@require_POST
def draft_regenerate(request: HttpRequest, pk: int) -> HttpResponse:
    message = message_for_action(request, pk)
    form = RegenerateForm(request.POST)
    if not ai_drafts_enabled(request.user, message.administration) or not form.is_valid():
        flash.error(request, "La régénération n'est pas disponible pour ce message.")
        return redirect("message", pk=message.pk)
    instruction, context = form.cleaned_data["instruction"], form.agent_context()
    if "text/event-stream" in request.headers.get("Accept", ""):
        close_old_connections()
        response = StreamingHttpResponse(
            _stream(message=message, actor=request.user, instruction=instruction, context=context),
            content_type="text/event-stream; charset=utf-8",
        )
        response["Cache-Control"] = "no-cache"
        response["X-Accel-Buffering"] = "no"
        return response
    end = _run(message=message, actor=request.user, instruction=instruction, context=context, on_token=lambda _: None)
    if end.error:
        flash.error(request, end.error)
    else:
        flash.success(request, f"Nouveau brouillon (version {end.version}) prêt.")
    return redirect("message", pk=message.pk)
