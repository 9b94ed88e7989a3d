"""Bulk intake: many citizen messages at once (an import), stored exactly as `inbox.intake.message_receive`
stores each one, at a fraction of the cost.

The same steps, in the same order, batch by batch: check the message (as `message_receive`: control characters
removed, empty text refused, fields validated), pseudonymise it (`personal_data.pseudonymisation_of`, spaCy run
over the batch at once), triage the pseudonymised text (`drafting.api.triage_inputs`), then one transaction per
batch: the messages in one write (`workflow.messages_create`), their audit events in one write, their drafting
tasks in one write (`tasks.enqueue_intake_drafts`). A draft is queued only for a message stored pseudonymised
and triaged, in the transaction that stores it.

The analysis (pseudonymisation and triage: pure functions, no database) may run in worker processes
(`workers=2` on a 2-core machine): the batches are analysed ahead while the parent writes the previous ones.
"""

import copy
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from guichet.accounts.models import Administration
from guichet.audit.services import audit_log_many
from guichet.drafting import api as drafting
from guichet.inbox.audit import audit_event
from guichet.inbox.models import Message
from guichet.inbox.personal_data import PseudonymisedFields, apply_pseudonymisation, pseudonymisation_of
from guichet.inbox.spawned import django_ready
from guichet.inbox.tasks import enqueue_intake_drafts, intake_task_ids
from guichet.inbox.workflow import intake_transition_event, message_received, messages_create
from guichet.privacy.analyzer import prefetch
from guichet.text import clean_text, is_blank, placeholders_in

# Messages whose texts spaCy reads in one go: title and body of each stay in the analyzer's cache (256 texts).
PREFETCH_MESSAGES = 100
# Texts per `nlp.pipe` batch: all of them (a batch of 32 texts cost about 0.5 ms more a message).
SPACY_BATCH = 2 * PREFETCH_MESSAGES
# Not checked per message: what intake computes, and the foreign keys the caller resolved from the database
# (checking them again is one query per message and field).
_EXCLUDED = [
    "pseudonymised_title",
    "pseudonymised_body",
    "status",
    "administration",
    "office",
    "assignee",
    "redirected_to",
]


@dataclass
class Incoming:
    """One message to receive: what `message_receive` takes."""

    administration: Administration
    body: str
    title: str = ""
    channel: str = "form"
    external_id: str = ""
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Analysis:
    """What intake computes from a message's text (plain data: it crosses process boundaries)."""

    pseudonymised: PseudonymisedFields
    triage: dict[str, Any] | None  # labels, priority, details; None when nothing is left to triage


@dataclass(frozen=True)
class _Job:
    title: str
    body: str
    citizen_name: str
    citizen_email: str
    profile: drafting.AdministrationProfile


def prepare(item: Incoming) -> Message:
    """The message `message_receive` would store, checked the same way; raises ValidationError (nothing stored).

    The unique external id is not checked here (the import looks for duplicates per batch, and the database
    constraint stays the last word)."""
    body, title = clean_text(item.body or ""), clean_text(item.title or "")
    if is_blank(body):
        raise ValidationError({"body": "Le message est vide."})
    fields = dict(item.fields)
    message = Message(
        administration=item.administration,
        body=body,
        title=title,
        channel=item.channel,
        external_id=item.external_id or "",
        received_at=fields.pop("received_at", None) or timezone.now(),
        **fields,
    )
    message.clean_fields(exclude=_EXCLUDED)
    message.clean()
    return message


def analyse(job: _Job) -> Analysis:
    """Pseudonymise then triage one message, as intake does (`message_pseudonymise`, `triage_and_record`)."""
    fields = pseudonymisation_of(
        title=job.title, body=job.body, citizen_name=job.citizen_name, citizen_email=job.citizen_email
    )
    if not fields.body.strip():
        return _analysis(fields, None)
    inputs = drafting.Inputs.of(fields.title, fields.body, raw=f"{job.title}\n{job.body}")
    return _analysis(fields, drafting.triage_inputs(job.profile, inputs))


def analyse_many(jobs: list[_Job]) -> list[Analysis]:
    """`analyse` for many messages, the same results: spaCy runs over a hundred messages' texts at a time
    (`nlp.pipe`), and triage embeds the messages of each administration together (`triage_inputs_many`).

    Both steps are pure functions of their inputs, so each is computed once per distinct input: a message sent
    twice (same title, body, sender and administration) is analysed once, and messages whose pseudonymised title
    and body are the same ("je suis [PERSONNE_1], allocataire [NUM_ALLOCATAIRE_1]") are triaged once. Each job
    gets its own copy of the result."""
    firsts: dict[tuple, int] = {}  # a job's inputs -> the position of its first occurrence among the distinct ones
    distinct: list[_Job] = []
    positions: list[int] = []
    for job in jobs:
        key = (job.title, job.body, job.citizen_name, job.citizen_email, id(job.profile))
        if key not in firsts:
            firsts[key] = len(distinct)
            distinct.append(job)
        positions.append(firsts[key])
    analysed = _analyse_distinct(distinct)
    seen: set[int] = set()
    results = []
    for position in positions:
        results.append(analysed[position] if position not in seen else copy.deepcopy(analysed[position]))
        seen.add(position)
    return results


def _analyse_distinct(jobs: list[_Job]) -> list[Analysis]:
    results: list[Analysis] = []
    for start in range(0, len(jobs), PREFETCH_MESSAGES):
        part = jobs[start : start + PREFETCH_MESSAGES]
        prefetch([text for job in part for text in (job.body, job.title)], batch_size=SPACY_BATCH)
        fields = [
            pseudonymisation_of(
                title=job.title, body=job.body, citizen_name=job.citizen_name, citizen_email=job.citizen_email
            )
            for job in part
        ]
        # the distinct (pseudonymised title, body) to triage, by profile (one per administration), and the
        # messages that read each
        # (with the orders to the assistant the rules read in the raw message's passages in another script)
        to_triage: dict[int, dict[tuple[str, str, tuple[str, ...]], list[int]]] = {}
        for index, (job, pseudonymised) in enumerate(zip(part, fields, strict=True)):
            if pseudonymised.body.strip():
                texts = to_triage.setdefault(id(job.profile), {})
                read = drafting.Inputs.of(pseudonymised.title, pseudonymised.body, raw=f"{job.title}\n{job.body}")
                texts.setdefault((read.title, read.body, tuple(read.other_script)), []).append(index)
        triages: dict[int, drafting.Triage] = {}
        for texts in to_triage.values():
            readers = list(texts.values())
            inputs = [
                drafting.Inputs(title, body, placeholders_in(f"{title}\n{body}"), list(found))
                for title, body, found in texts
            ]
            profile = part[readers[0][0]].profile
            for indices, result in zip(readers, drafting.triage_inputs_many(profile, inputs), strict=True):
                triages.update((index, result) for index in indices)
        results += [_analysis(pseudonymised, triages.get(index)) for index, pseudonymised in enumerate(fields)]
    return results


def _analysis(fields: PseudonymisedFields, result: drafting.Triage | None) -> Analysis:
    if result is None:
        return Analysis(pseudonymised=fields, triage=None)
    return Analysis(
        pseudonymised=fields,
        triage={"labels": list(result.labels), "priority": result.priority, "details": result.details()},
    )


def job_of(message: Message, profiles: dict[int, drafting.AdministrationProfile] | None = None) -> _Job:
    """What `analyse` needs of a prepared message (`profiles`: administration profiles already built, by pk)."""
    profiles = {} if profiles is None else profiles
    administration = message.administration
    if administration.pk not in profiles:
        profiles[administration.pk] = drafting.AdministrationProfile.from_model(administration)
    return _Job(
        title=message.title,
        body=message.body,
        citizen_name=message.citizen_name,
        citizen_email=message.citizen_email,
        profile=profiles[administration.pk],
    )


def analyses(batches: Iterable[list[Message]], *, workers: int = 1) -> Iterator[tuple[list[Message], list[Analysis]]]:
    """Each batch with its analyses, in order. With `workers` > 1, worker processes analyse the batches ahead
    (all are submitted at once) while the caller writes the ones already done."""
    profiles: dict[int, drafting.AdministrationProfile] = {}
    if workers <= 1:
        for batch in batches:
            yield batch, analyse_many([job_of(message, profiles) for message in batch])
        return
    batches = list(batches)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=django_ready) as pool:
        futures = [pool.submit(analyse_many, [job_of(message, profiles) for message in batch]) for batch in batches]
        try:
            for batch, future in zip(batches, futures, strict=True):
                yield batch, future.result()
        finally:
            for future in futures:
                future.cancel()


def messages_store(
    messages: list[Message], results: list[Analysis], *, actor=None, actor_label: str | None = None
) -> list[Message]:
    """Store analysed new messages in one transaction: as `message_receive` leaves each one (pseudonymised,
    triaged, its draft queued), with the same audit events, in three writes.

    Raises IntegrityError (nothing stored) when an external id is already taken."""
    for message, result in zip(messages, results, strict=True):
        apply_pseudonymisation(message, result.pseudonymised)
        if result.triage is not None:
            message.triage_labels = result.triage["labels"]
            message.priority = result.triage["priority"]
            message.triage_details = result.triage["details"] or {}
    with transaction.atomic():
        intake_task_ids(messages)
        messages_create(messages)
        events = []
        for message, result in zip(messages, results, strict=True):
            events.append(
                audit_event(
                    action="message.received",
                    obj=message,
                    actor=actor,
                    actor_label=actor_label,
                    details={"channel": message.channel, "external_id": message.external_id},
                )
            )
            events.append(
                audit_event(
                    action="message.pseudonymised", obj=message, details={"entities": result.pseudonymised.counts}
                )
            )
            if result.triage is not None:
                events.append(
                    audit_event(
                        action="message.triaged",
                        obj=message,
                        details={"labels": result.triage["labels"], "priority": result.triage["priority"]},
                    )
                )
            transition = intake_transition_event(message)
            if transition is not None:
                events.append(transition)
        audit_log_many(events)
        enqueue_intake_drafts(messages)
        for message in messages:
            message_received.send(sender=Message, message=message)
    return messages


def messages_receive_many(
    items: list[Incoming],
    *,
    actor=None,
    actor_label: str | None = None,
    workers: int = 1,
    batch_size: int = 200,
    progress: Callable[[int, int], None] | None = None,
) -> list[Message | ValidationError]:
    """Receive many messages (one transaction per batch); for each item, the stored message or why it was refused.

    Duplicates are the caller's to find beforehand (an import checks external ids per batch)."""
    outcome: list[Message | ValidationError | None] = [None] * len(items)
    batches: list[list[Message]] = []
    positions: dict[int, int] = {}
    current: list[Message] = []
    for index, item in enumerate(items):
        try:
            message = prepare(item)
        except ValidationError as exc:
            outcome[index] = exc
            continue
        positions[id(message)] = index
        current.append(message)
        if len(current) == batch_size:
            batches.append(current)
            current = []
    if current:
        batches.append(current)
    done = 0
    for batch, results in analyses(batches, workers=workers):
        messages_store(batch, results, actor=actor, actor_label=actor_label)
        for message in batch:
            outcome[positions[id(message)]] = message
        done += len(batch)
        if progress:
            progress(done, len(items))
    return [entry for entry in outcome if entry is not None]
