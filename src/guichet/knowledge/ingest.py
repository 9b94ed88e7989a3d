"""Ingest fiches into the database: parse, compare with what is stored, write only what changed.

One run reads every source, parses each XML file (a malformed file is reported and skipped), merges the copies of
a fiche found in several audience folders (the particuliers copy wins, audiences are united), then writes in
batches: each batch is one transaction holding whole fiches, so a fiche is never half-written. A fiche whose
content hash is unchanged is not touched. A changed fiche gets a new `FicheVersion` (the previous one stays, drafts
cite it) and new chunks; a fiche that disappeared from the audiences this run covered is marked removed. Every
change is journalled in `SourceChange`.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import models, transaction
from django.utils import timezone

from guichet.knowledge.chunking import chunk_fiche
from guichet.knowledge.fiches import FicheError, ParsedFiche, parse_bytes
from guichet.knowledge.index import invalidate
from guichet.knowledge.models import Chunk, Fiche, FicheVersion, IngestRun, SourceChange
from guichet.knowledge.sources import iter_source

# A file named after the fiche it holds: "F1234.xml", or with a prefix such as "vosdroits-F1234.xml".
_NAMED_ID = re.compile(r"(?:^|[^A-Za-z0-9])([FNR]\d+)$")

logger = logging.getLogger(__name__)

AUDIENCE_ORDER = ("particuliers", "professionnels", "associations")
BATCH_SIZE = 400


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)
    run_id: int | None = None
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass
class _Collected:
    fiches: dict[str, ParsedFiche] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    rejected_ids: set[str] = field(default_factory=set)
    audiences: set[str] = field(default_factory=set)


def _rank(fiche: ParsedFiche) -> int:
    """Which copy of a fiche found in several audience folders wins: particuliers first."""
    url = fiche.url.lower()
    for index, audience in enumerate(AUDIENCE_ORDER):
        if f"/{audience}/" in url:
            return index
    return len(AUDIENCE_ORDER)


def collect(sources: Iterable[str | Path], *, on_file: Callable[[str], None] | None = None) -> _Collected:
    """Parse every XML file of every source; merge copies of one fiche across audiences."""
    collected = _Collected()
    for source in sources:
        for file in iter_source(source):
            if on_file:
                on_file(file.name)
            try:
                fiche = parse_bytes(file.data, source=file.name)
            except FicheError as error:
                collected.errors.append(str(error))
                # Keep the fiche this file stood for (named after its ID, possibly with a prefix).
                named = _NAMED_ID.search(Path(file.name.rsplit(":", 1)[-1]).stem)
                if named:
                    collected.rejected_ids.add(named.group(1))
                continue
            collected.audiences.update(fiche.audiences)
            known = collected.fiches.get(fiche.id)
            if known is None:
                collected.fiches[fiche.id] = fiche
                continue
            audiences = sorted(set(known.audiences) | set(fiche.audiences))
            winner = fiche if _rank(fiche) < _rank(known) else known
            winner.audiences = audiences
            collected.fiches[fiche.id] = winner
    return collected


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _chunks_for(version: FicheVersion, parsed: ParsedFiche) -> list[Chunk]:
    return [
        Chunk(version=version, position=c.position, heading=c.heading[:1000], kind=c.kind, text=c.text)
        for c in chunk_fiche(parsed)
    ]


def _apply_fields(fiche: Fiche, parsed: ParsedFiche) -> None:
    fiche.kind = parsed.kind
    fiche.fiche_type = parsed.type[:100]
    fiche.title = parsed.title[:500]
    fiche.url = parsed.url[:500]
    fiche.audiences = parsed.audiences
    fiche.removed_at = None
    fiche.updated_at = timezone.now()


def _write_batch(batch: list[tuple[ParsedFiche, str, Fiche | None]], run: IngestRun, report: IngestReport) -> None:
    """Write one batch of added or changed fiches in a single transaction."""
    with transaction.atomic():
        new = []
        for parsed, _, fiche in batch:
            if fiche is None:
                new.append(Fiche(fiche_id=parsed.id))
                _apply_fields(new[-1], parsed)
        Fiche.objects.bulk_create(new)
        by_id = {item.fiche_id: item for item in new}
        fiches = [fiche or by_id[parsed.id] for parsed, _, fiche in batch]
        # A fiche may come back to a content it had before: reuse that version rather than duplicate it.
        reusable = {
            (v.fiche_id, v.content_hash): v
            for v in FicheVersion.objects.filter(
                fiche__in=[f for f in fiches if f.pk], content_hash__in=[h for _, h, _ in batch]
            )
        }
        versions, to_create = [], []
        for (parsed, digest, _), fiche in zip(batch, fiches, strict=True):
            version = reusable.get((fiche.pk, digest))
            if version is None:
                version = FicheVersion(
                    fiche=fiche, content_hash=digest, date=_parse_date(parsed.date), content=parsed.to_json()
                )
                to_create.append(version)
            versions.append(version)
        FicheVersion.objects.bulk_create(to_create)
        previous = [f.current_version_id for f in fiches if f.current_version_id]
        Chunk.objects.filter(version_id__in=previous).delete()
        chunks: list[Chunk] = []
        changes: list[SourceChange] = []
        for (parsed, _, existing), fiche, version in zip(batch, fiches, versions, strict=True):
            chunks.extend(_chunks_for(version, parsed))
            if existing is None:
                kind = SourceChange.Kind.ADDED
                report.added += 1
            elif existing.removed_at is not None:
                kind = SourceChange.Kind.RESTORED
                report.added += 1
            else:
                kind = SourceChange.Kind.UPDATED
                report.updated += 1
            changes.append(
                SourceChange(
                    fiche=fiche, kind=kind, previous_version_id=fiche.current_version_id, new_version=version, run=run
                )
            )
            _apply_fields(fiche, parsed)
            fiche.current_version = version
        Chunk.objects.bulk_create(chunks, batch_size=2000)
        Fiche.objects.bulk_update(
            fiches,
            ["kind", "fiche_type", "title", "url", "audiences", "removed_at", "updated_at", "current_version"],
        )
        SourceChange.objects.bulk_create(changes)


def _remove_missing(collected: _Collected, run: IngestRun, report: IngestReport) -> None:
    """Mark removed the fiches this run should have seen (their audiences were covered) but did not."""
    seen = set(collected.fiches) | collected.rejected_ids
    gone = [
        fiche
        for fiche in Fiche.objects.active()
        .exclude(fiche_id__in=seen)
        .only("id", "fiche_id", "audiences", "current_version")
        if fiche.audiences and set(fiche.audiences) <= collected.audiences
    ]
    if not gone:
        return
    now = timezone.now()
    with transaction.atomic():
        Chunk.objects.filter(version__fiche__in=gone).delete()
        changes = []
        for fiche in gone:
            fiche.removed_at = now
            changes.append(
                SourceChange(
                    fiche=fiche,
                    kind=SourceChange.Kind.REMOVED,
                    previous_version_id=fiche.current_version_id,
                    run=run,
                )
            )
        Fiche.objects.bulk_update(gone, ["removed_at"])
        SourceChange.objects.bulk_create(changes)
    report.removed = len(gone)


def ingest(
    sources: list[str | Path],
    *,
    on_file: Callable[[str], None] | None = None,
    on_write: Callable[[int], None] | None = None,
    remove_missing: bool = True,
) -> IngestReport:
    """Ingest `sources` (URLs, zips, folders) and return what changed. Raises `SourceError` if one is unreadable."""
    started = time.perf_counter()
    collected = collect(sources, on_file=on_file)
    report = IngestReport(rejected=len(collected.errors), errors=collected.errors)
    run = IngestRun.objects.create(sources=[str(source) for source in sources])
    stored = {
        fiche.fiche_id: fiche
        for fiche in Fiche.objects.select_related("current_version").only(
            "id", "fiche_id", "removed_at", "current_version__content_hash"
        )
    }
    pending: list[tuple[ParsedFiche, str, Fiche | None]] = []
    for fiche_id, parsed in collected.fiches.items():
        digest = parsed.content_hash
        existing = stored.get(fiche_id)
        current = existing.current_version if existing else None
        if existing and existing.removed_at is None and current and current.content_hash == digest:
            report.unchanged += 1
            continue
        pending.append((parsed, digest, existing))
    for start in range(0, len(pending), BATCH_SIZE):
        batch = pending[start : start + BATCH_SIZE]
        _write_batch(batch, run, report)
        if on_write:
            on_write(len(batch))
    if remove_missing and collected.fiches:
        _remove_missing(collected, run, report)
    for error in collected.errors:
        logger.warning("Fiche rejetée : %s", error)
    run.finished_at = timezone.now()
    for name in ("added", "updated", "unchanged", "removed", "rejected"):
        setattr(run, name, getattr(report, name))
    run.errors = collected.errors
    run.save()
    if report.changed:
        invalidate()
    report.run_id = run.pk
    report.seconds = time.perf_counter() - started
    return report


def rechunk(*, on_write: Callable[[int], None] | None = None) -> int:
    """Re-derive the chunks of every current version from its stored content (after a chunker change).

    Content and versions are untouched; only chunk rows are replaced, batch by batch, each in one transaction.
    Returns the number of fiches re-chunked.
    """
    fiche_versions = list(
        FicheVersion.objects.filter(fiche__removed_at__isnull=True, fiche__current_version=models.F("id"))
        .values_list("id", flat=True)
        .order_by("id")
    )
    for start in range(0, len(fiche_versions), BATCH_SIZE):
        ids = fiche_versions[start : start + BATCH_SIZE]
        with transaction.atomic():
            versions = list(FicheVersion.objects.filter(id__in=ids))
            Chunk.objects.filter(version_id__in=ids).delete()
            chunks = [chunk for v in versions for chunk in _chunks_for(v, ParsedFiche.from_json(v.content))]
            Chunk.objects.bulk_create(chunks, batch_size=2000)
        if on_write:
            on_write(len(ids))
    invalidate()
    return len(fiche_versions)
