"""A stored message's drafts: the intake draft (background task) and the agent's "regenerate" (streamed).

The inbox side of drafting: it reads the message, hands drafting its pseudonymised text, the stored triage and
the answer memory (`guichet.drafting.api.run`), then stores the draft through the workflow. Neither path can
send anything: a draft is only a proposal (see `guichet.inbox.workflow`).
"""

import time
from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from guichet.accounts.models import Membership
from guichet.drafting import api as drafting
from guichet.inbox import workflow
from guichet.inbox.enums import DraftTrigger, Status
from guichet.inbox.memory import answer_memory
from guichet.inbox.models import Draft, Message
from guichet.inbox.personal_data import message_add_guarded, message_mapping, message_pseudonymise
from guichet.privacy.pseudonymise import restore

# States in which a background draft may move the message along (DRAFTING ↔ DRAFT_READY).
AUTOMATIC_STATES = frozenset({Status.RECEIVED, Status.TRIAGED, Status.DRAFTING, Status.DRAFT_READY})
# States in which a new draft is still useful (the message is open).
OPEN_STATES = workflow.OPEN_STATES

DraftingError = drafting.DraftingError


def pseudonymised_inputs(message: Message) -> drafting.Inputs:
    """The message as models may see it. Never falls back to the original text."""
    if message.pseudonymised_at is None and not message.pseudonymised_body:
        message_pseudonymise(message=message)
        message.refresh_from_db()
    if not message.pseudonymised_body.strip():
        raise DraftingError("Le message n'a pas de texte pseudonymisé : aucun brouillon ne peut être préparé.")
    return drafting.Inputs.of(
        message.pseudonymised_title, message.pseudonymised_body, raw=f"{message.title}\n{message.body}"
    )


def profile_of(message: Message) -> drafting.AdministrationProfile:
    return drafting.AdministrationProfile.from_model(message.administration)


def message_triage(message: Message, inputs: drafting.Inputs) -> drafting.Triage:
    return drafting.triage_inputs(profile_of(message), inputs)


def triage_and_record(message: Message) -> drafting.Triage:
    """Triage a new message and store the labels and priority (RECEIVED → TRIAGED)."""
    inputs = pseudonymised_inputs(message)
    result = message_triage(message, inputs)
    workflow.message_triage_record(
        message=message, labels=result.labels, priority=result.priority, details=result.details()
    )
    return result


def stored_triage(message: Message) -> drafting.Triage | None:
    details = message.triage_details or {}
    if not details.get("labels"):
        return None
    try:
        return drafting.Triage(**details)
    except TypeError:
        return None


def _run(
    *,
    message: Message,
    triage_result: drafting.Triage,
    inputs: drafting.Inputs,
    backend: drafting.Backend | None,
    started: float,
    instruction: str = "",
    agent_context: str = "",
    on_token: Callable[[str], None] | None = None,
    reuse_memory: bool = True,
) -> drafting.Run:
    """`drafting.run` for a stored message, with its answer memory: similar approved replies as style examples,
    and the most similar one as the draft's starting point when it answered the same fiche (`reuse_memory`)."""
    query, _ = drafting.search_texts(inputs, triage_result, agent_context)
    memory = answer_memory(
        administration_id=message.administration_id, text=query, exclude_message_id=message.pk, reuse=reuse_memory
    )
    result = drafting.run(
        profile=profile_of(message),
        inputs=inputs,
        backend=backend,
        triage_result=triage_result,
        examples=[m["text"][:600] for m in memory.examples],
        instruction=instruction,
        agent_context=agent_context,
        on_token=on_token,
        message_id=message.pk,
        started=started,
        personal_data=message_mapping(message),
        memory=memory.remembered,
    )
    if memory.examples:
        result.composed.checks["memory"] = [{k: v for k, v in m.items() if k != "text"} for m in memory.examples]
    return result


def _store(
    *, message: Message, result: drafting.Run, trigger: str, actor: Any, instruction: str, agent_context: str
) -> Draft:
    composed = result.composed
    if composed.added_personal_data:
        message_add_guarded(message=message, added=composed.added_personal_data)
    draft = workflow.draft_add(
        message=message,
        text=composed.text,
        kind=composed.kind,
        trigger=trigger,
        actor=actor,
        actor_label=None if actor else "drafting",
        sources=composed.sources,
        model_name=composed.model_name,
        parameters=composed.parameters,
        prompt_hash=composed.prompt_hash,
        checks=composed.checks,
        alerts=composed.alerts,
        timings=result.timings,
        instruction=instruction,
        agent_context=agent_context,
    )
    drafting.attach_calls(result.calls, draft_id=draft.pk)
    return draft


def draft_message(
    *,
    message: Message,
    backend: drafting.Backend | None = None,
    use_model: bool = True,
    on_token: Callable[[str], None] | None = None,
) -> Draft | None:
    """Prepare the intake draft of a message (background task). Returns None when there is nothing to do.

    The triage made at intake is reused; a message stored without one (older installs) is triaged here.
    """
    started = time.perf_counter()
    message = Message.objects.select_related("administration").get(pk=message.pk)
    if message.status not in OPEN_STATES:
        return None
    triage_result = stored_triage(message)
    if triage_result is None or message.status == Status.RECEIVED:
        triage_result = triage_and_record(message)
        message.refresh_from_db()
    if not message.administration.ai_enabled:
        return None
    inputs = pseudonymised_inputs(message)
    automatic = message.status in AUTOMATIC_STATES
    if automatic and message.status != Status.DRAFTING:
        workflow.message_transition(message=message, to=Status.DRAFTING, actor_label="drafting")
    if use_model and backend is None:
        backend = drafting.get_backend()
        use_model = drafting.drafts_with_model(backend)  # the small embedded model: the extractive draft does better
    try:
        result = _run(
            message=message,
            triage_result=triage_result,
            inputs=inputs,
            backend=backend if use_model else None,
            on_token=on_token,
            started=started,
        )
    except Exception:
        if automatic:
            workflow.message_transition(message=message, to=Status.TRIAGED, actor_label="drafting")
        raise
    with transaction.atomic():
        # Under the row lock: a task queued again while a stalled worker was still drafting stores no second draft.
        Message.objects.select_for_update().filter(pk=message.pk).values_list("pk", flat=True).first()
        existing = message.drafts.filter(trigger=DraftTrigger.INTAKE).order_by("version").first()
        if existing is not None:
            return existing
        draft = _store(
            message=message, result=result, trigger=DraftTrigger.INTAKE, actor=None, instruction="", agent_context=""
        )
        message.refresh_from_db()
        if message.status == Status.DRAFTING:
            workflow.message_transition(message=message, to=Status.DRAFT_READY, actor_label="drafting")
        Message.objects.filter(pk=message.pk).update(drafting_error="")
    return draft


def regenerate(
    *,
    message: Message,
    actor: Any,
    instruction: str = "",
    agent_context: str = "",
    on_token: Callable[[str], None] | None = None,
) -> Draft:
    """A new draft version on the agent's request, streamed through `on_token` (pseudonymised text).

    Synchronous; does not change the message's status (the agent is working on it).
    """
    started = time.perf_counter()
    message = Message.objects.select_related("administration").get(pk=message.pk)
    if not Membership.objects.active().filter(user=actor, administration=message.administration).exists():
        raise PermissionDenied("Seul un agent de cette administration peut régénérer le brouillon.")
    inputs = pseudonymised_inputs(message)
    triage_result = stored_triage(message) or message_triage(message, inputs)
    result = _run(
        message=message,
        triage_result=triage_result,
        inputs=inputs,
        backend=drafting.get_backend() if message.administration.ai_enabled else None,
        instruction=instruction,
        agent_context=agent_context,
        on_token=on_token,
        started=started,
        reuse_memory=False,  # the agent asks for another draft than the one the memory gave
    )
    return _store(
        message=message,
        result=result,
        trigger=DraftTrigger.REGENERATE,
        actor=actor,
        instruction=instruction,
        agent_context=agent_context,
    )


def display_text(draft: Draft) -> str:
    """The draft as the agent sees it: placeholders restored (never stored that way)."""
    return restore(draft.text, message_mapping(draft.message))
