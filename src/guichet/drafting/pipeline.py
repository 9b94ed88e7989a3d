"""The drafting path of one text, in the order it travels: pseudonymised text → triage → retrieval → prompt →
model (audited) → checks. One `run()` for every caller.

Drafting knows nothing of stored messages: the inbox hands it the pseudonymised title and body, the
administration's profile, the stored triage and its answer memory, and stores the draft it gets back
(`guichet.inbox.drafts`). `draft_text` is the same path for a text that is not stored (`guichet draft`,
`guichet eval drafts`): it pseudonymises first. A draft is only a proposal; nothing here can send.
"""

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.db.models import Q

from guichet.accounts.demo import shipped_identity
from guichet.accounts.models import Administration
from guichet.drafting import grounding, retrieval
from guichet.drafting.answerable import assess, nothing_to_answer
from guichet.drafting.backends import Backend, default_params
from guichet.drafting.compose import QUESTIONS, Composed, ModelAttempt, compose
from guichet.drafting.enums import TriageLabel
from guichet.drafting.memory import Remembered
from guichet.drafting.models import ModelCall
from guichet.drafting.prompts import AdministrationProfile, main_question, question_sentences
from guichet.drafting.triage import Triage, triage
from guichet.drafting.triage_batch import triage_many
from guichet.drafting.triage_scripts import other_script_injections
from guichet.privacy.pseudonymise import pseudonymise_message, restore
from guichet.text import placeholders_in

logger = logging.getLogger(__name__)

RETRIEVAL_K = 3


class DraftingError(RuntimeError):
    pass


@dataclass
class Inputs:
    """The pseudonymised title and body: the only text of the citizen that drafting reads."""

    title: str
    body: str
    placeholders: list[str] = field(default_factory=list)
    # Orders to the assistant the rules read in the raw message's passages in another script, which the
    # pseudonymiser masks whole (`triage_scripts`): reasons naming the language, never the passage's words.
    other_script: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, title: str, body: str, raw: str = "") -> "Inputs":
        """Inputs with their placeholders found in the text; `raw`, the message as written (title and body), is
        read by the rules of `triage_scripts` only and not kept."""
        return cls(
            title=title,
            body=body,
            placeholders=placeholders_in(f"{title}\n{body}"),
            other_script=other_script_injections(raw) if raw else [],
        )


@dataclass
class Run:
    """One draft made by `run()`: everything needed to store, print or score it."""

    inputs: Inputs
    triage: Triage
    composed: Composed
    timings: dict[str, float]
    calls: list[ModelCall]
    mapping: dict[str, str] = field(default_factory=dict)

    @property
    def display_text(self) -> str:
        """The draft with the placeholders restored (only when `mapping` is known: `draft_text`)."""
        return restore(self.composed.text, self.mapping)

    @property
    def prompts(self) -> list[list[dict[str, str]]]:
        """The exact messages sent to the model (or that would have been, without a model)."""
        return [a.messages for a in self.composed.attempts] or [self.composed.messages]


def triage_inputs(profile: AdministrationProfile, inputs: Inputs) -> Triage:
    """Triage a pseudonymised message written to the administration of `profile`."""
    return triage(
        title=inputs.title,
        body=inputs.body,
        administration=profile.name,
        aliases=profile.aliases,
        competences=profile.competences,
        other_script=inputs.other_script,
    )


def triage_inputs_many(profile: AdministrationProfile, inputs: list[Inputs]) -> list[Triage]:
    """`triage_inputs` of many pseudonymised messages to the administration of `profile` (an import): the same
    results, their sentence embeddings computed together (`triage_batch`)."""
    return triage_many(
        [(item.title, item.body) for item in inputs],
        administration=profile.name,
        aliases=profile.aliases,
        competences=profile.competences,
        other_script=[item.other_script for item in inputs],
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


def record_call(attempt: ModelAttempt, *, message_id: int | None = None) -> ModelCall:
    """Audit one model call with its pseudonymised prompt (no message for `guichet draft` and evaluations)."""
    return ModelCall.objects.create(
        message_id=message_id,
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


def attach_calls(calls: list[ModelCall], *, draft_id: int) -> None:
    """Link the audited calls of a run to the draft stored from it."""
    if calls:
        ModelCall.objects.filter(pk__in=[c.pk for c in calls]).update(draft_id=draft_id)


def _retrieve_timed(
    timings: dict,
    *,
    query: str,
    question: str,
    k: int,
    administration: str,
    asked: str = "",
    out_of_scope: float = 0.0,
    complaint: float = 0.0,
    redirected: bool = False,
) -> tuple[list[dict], dict]:
    """Sources for the prompt and the coverage verdict (decided from retrieval scores, not by the model).
    `administration` (its short name) lets the search prefer, among close fiches, those of its themes. `asked`: the
    citizen's question alone (without the agent's context), which the fiches must speak of to be quoted;
    `out_of_scope`, `complaint`: triage's scores for it; `redirected`: triage named the competent body
    (`grounding.judge`)."""
    started = time.perf_counter()
    hits = retrieval.retrieve(query, k=k, administration=administration)
    sources = retrieval.build_sources(hits, questions=question_sentences(query, limit=QUESTIONS))
    cover = grounding.grounded_coverage(
        retrieval.coverage(hits, question, sources),
        asked or question,
        sources,
        out_of_scope=out_of_scope,
        complaint=complaint,
        redirected=redirected,
    )
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


def redirected(triage_result: Triage) -> bool:
    """Whether the draft will redirect: triage read the message as another body's and named that body."""
    return triage_result.has(TriageLabel.OUT_OF_SCOPE) and bool(triage_result.competent)


def run(
    *,
    profile: AdministrationProfile,
    inputs: Inputs,
    backend: Backend | None,
    triage_result: Triage | None = None,
    examples: list[str] | None = None,
    instruction: str = "",
    agent_context: str = "",
    on_token: Callable[[str], None] | None = None,
    message_id: int | None = None,
    k: int = RETRIEVAL_K,
    timings: dict[str, float] | None = None,
    started: float | None = None,
    personal_data: Mapping[str, str] | None = None,
    memory: Remembered | None = None,
) -> Run:
    """Triage (unless a stored triage is given), retrieve, compose and check one draft; a message with nothing
    to answer once its orders to the AI are set aside (`guichet.drafting.answerable`) gets the short "nothing to
    answer" reply instead, without retrieval or model (unless the agent gave an instruction or context).

    `personal_data` is the message's mapping (placeholder → value): the privacy guard checks every prompt for it.
    `memory`: an approved reply to a similar message, which the draft starts from when it answered the same fiche.

    Every model call is audited as it happens (`ModelCall`, with `message_id` when the text is a stored message).
    `backend=None` composes without a model (extracts). `timings` and `started` let a caller count its own steps
    (pseudonymisation) in the same record; `timings["total_s"]` is set last.
    """
    started = time.perf_counter() if started is None else started
    timings = {} if timings is None else timings
    if triage_result is None:
        step = time.perf_counter()
        triage_result = triage_inputs(profile, inputs)
        timings["triage_s"] = round(time.perf_counter() - step, 3)
    if not instruction and not agent_context:
        # Nothing answerable once the orders to the AI are set aside (a pure injection, only thanks): a short
        # reply that invites the citizen to write their question, with no retrieval and no model call.
        found = assess(inputs.title, inputs.body, triage_result)
        if not found.answerable:
            step = time.perf_counter()
            composed = nothing_to_answer(profile=profile, triage=triage_result, found=found, started=step)
            timings["compose_s"] = round(time.perf_counter() - step, 3)
            timings["total_s"] = round(time.perf_counter() - started, 3)
            return Run(inputs=inputs, triage=triage_result, composed=composed, timings=timings, calls=[])
    query, question = search_texts(inputs, triage_result, agent_context)
    asked = search_texts(inputs, triage_result)[1]  # the citizen's question, without the agent's context
    sources, cover = _retrieve_timed(
        timings,
        query=query,
        question=question,
        k=k,
        administration=profile.short_name,
        asked=asked,
        out_of_scope=triage_result.scores.get("out_of_scope", 0.0),
        complaint=triage_result.scores.get("complaint", 0.0),
        redirected=redirected(triage_result),
    )
    calls: list[ModelCall] = []

    def on_attempt(attempt: ModelAttempt) -> None:
        calls.append(record_call(attempt, message_id=message_id))

    composed = _compose_timed(
        timings,
        profile=profile,
        title=inputs.title,
        body=inputs.body,
        triage=triage_result,
        sources=sources,
        coverage=cover,
        backend=backend,
        examples=examples or [],
        instruction=instruction,
        agent_context=agent_context,
        known_placeholders=inputs.placeholders,
        on_token=on_token,
        on_attempt=on_attempt,
        personal_data=personal_data,
        memory=memory,
    )
    timings["total_s"] = round(time.perf_counter() - started, 3)
    return Run(inputs=inputs, triage=triage_result, composed=composed, timings=timings, calls=calls)


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
    """The whole path for a text that is not stored as a message: pseudonymise, then `run()`.

    Model calls are audited (ModelCall without a message). Used by `guichet draft` and `guichet eval drafts`.
    """
    started = time.perf_counter()
    ps_title, ps_body = pseudonymise_message(title=title, body=body)
    inputs = Inputs.of(ps_title.text, ps_body.text, raw=f"{title}\n{body}")
    mapping = {**ps_body.mapping, **ps_title.mapping}
    timings = {"pseudonymise_s": round(time.perf_counter() - started, 3)}
    result = run(
        profile=profile,
        inputs=inputs,
        backend=backend,
        instruction=instruction,
        agent_context=agent_context,
        on_token=on_token,
        k=k,
        timings=timings,
        started=started,
        personal_data=mapping,
    )
    result.mapping = mapping
    return result


def administration_profile(name: str) -> AdministrationProfile:
    """The profile of a stored administration (by name, slug, short name or alias); else that of the shipped tenant
    the name stands for (`accounts.demo.shipped_identity`: its aliases and competences, which triage reads
    and `guichet triage train` / `eval` resolve the same way); else a bare one by name. Without the fallback a
    knowledge base with no tenants triaged "CAF" with no aliases and no competences, unlike the training."""
    found = Administration.objects.filter(Q(name__iexact=name) | Q(slug__iexact=name) | Q(short_name__iexact=name))
    administration = found.first()
    if administration is None:
        for candidate in Administration.objects.exclude(aliases=[]):
            if name.lower() in [a.lower() for a in candidate.aliases or []]:
                administration = candidate
                break
    if administration is not None:
        return AdministrationProfile.from_model(administration)
    full_name, aliases, competences = shipped_identity(name)
    return AdministrationProfile(name=full_name, aliases=aliases, competences=competences)
