"""The drafting path of one message, in the order it travels: pseudonymised text → triage → retrieval and answer
memory → prompt → model (audited) → checks → stored draft.

`draft_message` is what the background task runs; `regenerate` is what the agent's "regenerate" button calls
(synchronous, streamed). Neither can send anything: a draft is only a proposal (see inbox.workflow).
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from guichet.accounts.models import Membership
from guichet.drafting import retrieval
from guichet.drafting.backends import Backend, default_params, get_backend
from guichet.drafting.compose import QUESTIONS, Composed, ModelAttempt, compose
from guichet.drafting.models import ModelCall
from guichet.drafting.prompts import AdministrationProfile, main_question, question_sentences
from guichet.drafting.triage import Triage, triage
from guichet.inbox import workflow
from guichet.inbox.enums import DraftTrigger, Status
from guichet.inbox.models import Draft, Message

logger = logging.getLogger(__name__)

# States in which a background draft may move the message along (DRAFTING ↔ DRAFT_READY).
AUTOMATIC_STATES = frozenset({Status.RECEIVED, Status.TRIAGED, Status.DRAFTING, Status.DRAFT_READY})
# States in which a new draft is still useful (the message is open).
OPEN_STATES = workflow.OPEN_STATES
RETRIEVAL_K = 3


class DraftingError(RuntimeError):
    pass


@dataclass
class Inputs:
    """The pseudonymised title and body: the only text of the citizen that drafting reads."""

    title: str
    body: str
    placeholders: list[str] = field(default_factory=list)


def pseudonymised_inputs(message: Message) -> Inputs:
    """The message as models may see it. Never falls back to the original text."""
    from guichet.privacy.pseudonymise import PLACEHOLDER

    if message.pseudonymised_at is None and not message.pseudonymised_body:
        from guichet.privacy.services import message_pseudonymise

        message_pseudonymise(message=message)
        message.refresh_from_db()
    if not message.pseudonymised_body.strip():
        raise DraftingError("Le message n'a pas de texte pseudonymisé : aucun brouillon ne peut être préparé.")
    title, body = message.pseudonymised_title, message.pseudonymised_body
    placeholders = sorted({m.group() for m in PLACEHOLDER.finditer(f"{title}\n{body}")})
    return Inputs(title=title, body=body, placeholders=placeholders)


def message_triage(message: Message, inputs: Inputs) -> Triage:
    profile = AdministrationProfile.from_model(message.administration)
    return triage(
        title=inputs.title,
        body=inputs.body,
        administration=profile.name,
        aliases=profile.aliases,
        competences=profile.competences,
    )


def search_texts(inputs: Inputs, triage_result: Triage, agent_context: str = "") -> tuple[str, str]:
    """What to search with (the message without the sentences aimed at the AI, plus the agent's context) and
    what coverage is judged on (subject and question sentences)."""
    body = inputs.body
    for sentence in triage_result.injection_sentences:
        body = body.replace(sentence, " ")
    query = f"{inputs.title}\n{body}\n{agent_context}".strip()
    question = f"{inputs.title} {main_question(inputs.title, body)} {agent_context}".strip()
    return query, question


def triage_and_record(message: Message) -> Triage:
    """Triage a new message and store the labels and priority (RECEIVED → TRIAGED)."""
    inputs = pseudonymised_inputs(message)
    result = message_triage(message, inputs)
    workflow.message_triage_record(
        message=message, labels=result.labels, priority=result.priority, details=result.details()
    )
    return result


def stored_triage(message: Message) -> Triage | None:
    details = message.triage_details or {}
    if not details.get("labels"):
        return None
    try:
        return Triage(**details)
    except TypeError:
        return None


def _record_call(message: Message | None, attempt: ModelAttempt) -> ModelCall:
    """Audit one model call with its pseudonymised prompt (no message for `guichet draft` and evaluations)."""
    return ModelCall.objects.create(
        message=message,
        backend=attempt.backend,
        model_name=attempt.model,
        parameters=attempt.parameters,
        prompt=attempt.messages,
        prompt_hash=attempt.prompt_hash,
        output=attempt.output,
        usage=attempt.usage,
        timings=attempt.timings,
        error=attempt.error,
    )


def _retrieve_timed(timings: dict, *, query: str, question: str, k: int) -> tuple[list[dict], dict]:
    """Sources for the prompt and the coverage verdict (decided from retrieval scores, not by the model)."""
    started = time.perf_counter()
    hits = retrieval.retrieve(query, k=k)
    sources = retrieval.build_sources(hits, questions=question_sentences(query, limit=QUESTIONS))
    cover = retrieval.coverage(hits, question, sources)
    timings["retrieval_s"] = round(time.perf_counter() - started, 3)
    return sources, cover


def _compose_timed(timings: dict, **kwargs) -> Composed:
    """Compose (model call, checks, fallback) and add its durations and token counts to `timings`."""
    started = time.perf_counter()
    composed = compose(params=default_params(), **kwargs)
    timings["compose_s"] = round(time.perf_counter() - started, 3)
    generation = [a.timings for a in composed.attempts if a.timings]
    if generation:
        timings["model_s"] = round(sum(t.get("total_s", 0.0) for t in generation), 3)
        for key in ("prompt_tokens", "completion_tokens", "first_token_s"):
            if key in generation[-1]:
                timings[key] = generation[-1][key]
    return composed


def build(
    *,
    message: Message,
    triage_result: Triage,
    inputs: Inputs,
    backend: Backend | None,
    instruction: str = "",
    agent_context: str = "",
    on_token: Callable[[str], None] | None = None,
    calls: list[ModelCall] | None = None,
) -> tuple[Composed, dict[str, float]]:
    """Retrieval, answer memory and composition for a message; every model call is audited as it happens."""
    timings: dict[str, float] = {}
    query, question = search_texts(inputs, triage_result, agent_context)
    sources, cover = _retrieve_timed(timings, query=query, question=question, k=RETRIEVAL_K)
    memory = retrieval.similar_replies(
        administration_id=message.administration_id, text=query, exclude_message_id=message.pk
    )
    examples = [m["text"][:600] for m in memory]
    recorded = calls if calls is not None else []

    def on_attempt(attempt: ModelAttempt) -> None:
        recorded.append(_record_call(message, attempt))

    composed = _compose_timed(
        timings,
        profile=AdministrationProfile.from_model(message.administration),
        title=inputs.title,
        body=inputs.body,
        triage=triage_result,
        sources=sources,
        coverage=cover,
        backend=backend,
        examples=examples,
        instruction=instruction,
        agent_context=agent_context,
        known_placeholders=inputs.placeholders,
        on_token=on_token,
        on_attempt=on_attempt,
    )
    if memory:
        composed.checks["memory"] = [{k: v for k, v in m.items() if k != "text"} for m in memory]
    return composed, timings


def _store(
    *,
    message: Message,
    composed: Composed,
    timings: dict[str, float],
    trigger: str,
    actor: Any,
    instruction: str,
    agent_context: str,
    calls: list[ModelCall],
) -> Draft:
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
        timings=timings,
        instruction=instruction,
        agent_context=agent_context,
    )
    if calls:
        ModelCall.objects.filter(pk__in=[c.pk for c in calls]).update(draft=draft)
    return draft


def draft_message(
    *,
    message: Message,
    backend: Backend | None = None,
    use_model: bool = True,
    on_token: Callable[[str], None] | None = None,
) -> Draft | None:
    """Prepare the intake draft of a message (background task). Returns None when there is nothing to do."""
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
        backend = get_backend()
    calls: list[ModelCall] = []
    try:
        composed, timings = build(
            message=message,
            triage_result=triage_result,
            inputs=inputs,
            backend=backend if use_model else None,
            on_token=on_token,
            calls=calls,
        )
    except Exception:
        if automatic:
            workflow.message_transition(message=message, to=Status.TRIAGED, actor_label="drafting")
        raise
    timings["total_s"] = round(time.perf_counter() - started, 3)
    with transaction.atomic():
        draft = _store(
            message=message,
            composed=composed,
            timings=timings,
            trigger=DraftTrigger.INTAKE,
            actor=None,
            instruction="",
            agent_context="",
            calls=calls,
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
    calls: list[ModelCall] = []
    composed, timings = build(
        message=message,
        triage_result=triage_result,
        inputs=inputs,
        backend=get_backend() if message.administration.ai_enabled else None,
        instruction=instruction,
        agent_context=agent_context,
        on_token=on_token,
        calls=calls,
    )
    timings["total_s"] = round(time.perf_counter() - started, 3)
    return _store(
        message=message,
        composed=composed,
        timings=timings,
        trigger=DraftTrigger.REGENERATE,
        actor=actor,
        instruction=instruction,
        agent_context=agent_context,
        calls=calls,
    )


def display_text(draft: Draft) -> str:
    """The draft as the agent sees it: placeholders restored (never stored that way)."""
    from guichet.privacy.pseudonymise import restore
    from guichet.privacy.services import message_mapping

    return restore(draft.text, message_mapping(draft.message))


@dataclass
class Run:
    """A draft made outside the inbox (CLI, evaluation): everything needed to print or score it."""

    inputs: Inputs
    mapping: dict[str, str]
    triage: Triage
    composed: Composed
    timings: dict[str, float]
    calls: list[ModelCall]

    @property
    def display_text(self) -> str:
        from guichet.privacy.pseudonymise import restore

        return restore(self.composed.text, self.mapping)

    @property
    def prompts(self) -> list[list[dict[str, str]]]:
        """The exact messages sent to the model (or that would have been, without a model)."""
        return [a.messages for a in self.composed.attempts] or [self.composed.messages]


def draft_text(
    *,
    profile: AdministrationProfile,
    title: str,
    body: str,
    backend: Backend | None,
    instruction: str = "",
    agent_context: str = "",
    on_token: Callable[[str], None] | None = None,
    k: int = RETRIEVAL_K,
) -> Run:
    """The whole path for a text that is not stored as a message: pseudonymise, triage, retrieve, compose, check.

    Model calls are audited (ModelCall without a message). Used by `guichet draft` and `guichet eval drafts`.
    """
    from guichet.privacy.pseudonymise import PLACEHOLDER
    from guichet.privacy.services import pseudonymise_message_text

    started = time.perf_counter()
    ps_title, ps_body = pseudonymise_message_text(title=title, body=body)
    mapping = {**ps_body.mapping, **ps_title.mapping}
    inputs = Inputs(
        title=ps_title.text,
        body=ps_body.text,
        placeholders=sorted({m.group() for m in PLACEHOLDER.finditer(f"{ps_title.text}\n{ps_body.text}")}),
    )
    timings = {"pseudonymise_s": round(time.perf_counter() - started, 3)}
    step = time.perf_counter()
    result = triage(
        title=inputs.title,
        body=inputs.body,
        administration=profile.name,
        aliases=profile.aliases,
        competences=profile.competences,
    )
    timings["triage_s"] = round(time.perf_counter() - step, 3)
    query, question = search_texts(inputs, result, agent_context)
    sources, cover = _retrieve_timed(timings, query=query, question=question, k=k)
    calls: list[ModelCall] = []

    def on_attempt(attempt: ModelAttempt) -> None:
        calls.append(_record_call(None, attempt))

    composed = _compose_timed(
        timings,
        profile=profile,
        title=inputs.title,
        body=inputs.body,
        triage=result,
        sources=sources,
        coverage=cover,
        backend=backend,
        instruction=instruction,
        agent_context=agent_context,
        known_placeholders=inputs.placeholders,
        on_token=on_token,
        on_attempt=on_attempt,
    )
    timings["total_s"] = round(time.perf_counter() - started, 3)
    return Run(inputs=inputs, mapping=mapping, triage=result, composed=composed, timings=timings, calls=calls)


def administration_profile(name: str) -> AdministrationProfile:
    """The profile of a stored administration (by name, slug, short name or alias), or a bare one by name."""
    from django.db.models import Q

    from guichet.accounts.models import Administration

    found = Administration.objects.filter(Q(name__iexact=name) | Q(slug__iexact=name) | Q(short_name__iexact=name))
    administration = found.first()
    if administration is None:
        for candidate in Administration.objects.exclude(aliases=[]):
            if name.lower() in [a.lower() for a in candidate.aliases or []]:
                administration = candidate
                break
    return AdministrationProfile.from_model(administration) if administration else AdministrationProfile(name=name)
