"""Source-change alerts: when an ingest records that a fiche changed, drafts citing it are flagged.

`guichet ingest` journals each changed fiche as a `SourceChange` of its `IngestRun`; when the run is saved as
finished (end of `knowledge.ingest.ingest`, inside the same command), `run_finished` flags every draft in progress
(latest draft of an open message) whose sources cite a changed or removed fiche, with the passages that changed.
Supervisors list the replies already sent that cited the old version (`replies_citing_changed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Max
from django.utils import timezone

from guichet.accounts.models import Administration
from guichet.inbox.draft_alerts import draft_alert_add
from guichet.inbox.models import Draft, Reply
from guichet.inbox.workflow import OPEN_STATES
from guichet.knowledge.models import FicheVersion, IngestRun, SourceChange
from guichet.text import sentences

CODE = "source_changed"
WATCHED = (SourceChange.Kind.UPDATED, SourceChange.Kind.REMOVED)
MAX_PASSAGES = 3


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _sentences_of(version: FicheVersion | None) -> list[str]:
    """The fiche's body sentences (blocks and description), in order, without duplicates."""
    if version is None:
        return []
    content = version.content or {}
    seen: dict[str, None] = {}
    for text in [content.get("description", ""), *_strings([b.get("text", "") for b in content.get("blocks", [])])]:
        for sentence in sentences(text):
            seen.setdefault(" ".join(sentence.split()), None)
    return list(seen)


@dataclass
class PassageChange:
    removed: list[str]
    added: list[str]


def passage_change(previous: FicheVersion | None, new: FicheVersion | None) -> PassageChange:
    """Sentences of the old version that are gone from the new one, and the new ones (a few of each)."""
    old, fresh = _sentences_of(previous), _sentences_of(new)
    old_set, new_set = set(old), set(fresh)
    return PassageChange(
        removed=[s for s in old if s not in new_set][:MAX_PASSAGES],
        added=[s for s in fresh if s not in old_set][:MAX_PASSAGES],
    )


def _cites(draft_sources, fiche_id: str) -> list[dict]:
    return [s for s in draft_sources or [] if isinstance(s, dict) and s.get("fiche_id") == fiche_id]


def _alert(change: SourceChange, cited: list[dict], diff: PassageChange) -> dict:
    when = timezone.localtime(change.created_at).strftime("%d/%m/%Y")
    fiche = f"la fiche {change.fiche.fiche_id} « {change.fiche.title} »"
    if change.kind == SourceChange.Kind.REMOVED:
        text = f"Source modifiée : {fiche} a été retirée de service-public.fr le {when}."
    else:
        text = f"Source modifiée : {fiche} a changé le {when}."
    cited_passages = [str(s.get("passage", "")) for s in cited if s.get("passage")]
    still_there = set(_sentences_of(change.new_version))
    touched = any(
        any(" ".join(p.split()) not in still_there for p in sentences(passage)) for passage in cited_passages
    )
    if diff.removed:
        text += " Ancien texte : « " + " ".join(diff.removed) + " »"
    if diff.added:
        text += " Nouveau texte : « " + " ".join(diff.added) + " »"
    if cited_passages and not touched and change.kind == SourceChange.Kind.UPDATED:
        text += " Les passages cités par le brouillon n'ont pas changé."
    return {
        "level": "error" if touched or change.kind == SourceChange.Kind.REMOVED else "warning",
        "code": CODE,
        "message": text,
        "fiche_id": change.fiche.fiche_id,
        "change_id": change.pk,
        "removed": diff.removed,
        "added": diff.added,
        "cited_passage_changed": touched,
    }


def drafts_flag_for_changes(changes: list[SourceChange]) -> int:
    """Flag the drafts in progress that cite one of `changes`' fiches; returns how many alerts were added."""
    changes = [c for c in changes if c.kind in WATCHED]
    if not changes:
        return 0
    by_fiche = {c.fiche.fiche_id: c for c in changes}
    latest = Draft.objects.filter(message__status__in=OPEN_STATES).values("message_id").annotate(last=Max("version"))
    flagged = 0
    candidates = Draft.objects.filter(message__status__in=OPEN_STATES).only("id", "message_id", "version", "sources")
    last_version = {row["message_id"]: row["last"] for row in latest}
    targets: list[tuple[Draft, list[str]]] = []
    for draft in candidates.iterator():  # read everything first, write after (no writes inside an open cursor)
        if last_version.get(draft.message_id) != draft.version:
            continue
        cited_ids = {s.get("fiche_id") for s in draft.sources or [] if isinstance(s, dict)}
        if cited_ids & by_fiche.keys():
            targets.append((draft, sorted(cited_ids & by_fiche.keys())))
    diffs: dict[int, PassageChange] = {}
    for draft, fiche_ids in targets:
        for fiche_id in fiche_ids:
            change = by_fiche[fiche_id]
            if change.pk not in diffs:  # versions' content is read only for fiches a draft cites
                diffs[change.pk] = passage_change(change.previous_version, change.new_version)
            alert = _alert(change, _cites(draft.sources, fiche_id), diffs[change.pk])
            flagged += draft_alert_add(draft=draft, alert=alert, key=f"{fiche_id}:{change.pk}")
    return flagged


def run_finished(run: IngestRun) -> int:
    changes = list(SourceChange.objects.filter(run=run, kind__in=WATCHED).select_related("fiche"))
    return drafts_flag_for_changes(changes)


@dataclass
class AffectedReply:
    change: SourceChange
    reply: Reply
    passages: list[str]


def replies_citing_changed(*, administration: Administration, days: int = 30) -> list[AffectedReply]:
    """Replies sent in the `days` before a change (itself in the last `days`) that cited the changed fiche.

    Such a reply stood on the version in force when it was sent, which the change replaced or withdrew.
    """
    since = timezone.now() - timedelta(days=days)
    changes = list(
        SourceChange.objects.filter(kind__in=WATCHED, created_at__gte=since)
        .select_related("fiche")
        .order_by("-created_at")
    )
    if not changes:
        return []
    replies = list(
        Reply.objects.filter(
            message__administration=administration, sent_at__gte=since - timedelta(days=days), draft__isnull=False
        )
        .select_related("message", "draft", "approved_by")
        .order_by("-sent_at")
    )
    by_fiche: dict[str, list[Reply]] = {}
    for reply in replies:
        for fiche_id in {src.get("fiche_id") for src in reply.draft.sources or [] if isinstance(src, dict)}:
            by_fiche.setdefault(fiche_id, []).append(reply)
    affected = []
    for change in changes:
        for reply in by_fiche.get(change.fiche.fiche_id, []):
            if change.created_at - timedelta(days=days) <= reply.sent_at < change.created_at:
                passages = [str(s.get("passage", "")) for s in _cites(reply.draft.sources, change.fiche.fiche_id)]
                affected.append(AffectedReply(change, reply, passages))
    return affected
