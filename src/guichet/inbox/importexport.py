"""Import citizen messages (SP+ CSV/JSON, simple JSONL) and export sent replies in the SP+ format.

Import never loses a row silently. Every record of the file (a CSV row, a JSONL line, a JSON element) ends up in
exactly one of: imported, already present (idempotent on the external id: `id_experience`, or `id` in JSONL, a
content hash when a JSONL line has none), or rejected with its real line number, an excerpt and the reason; the
report says `records == created + duplicates + rejected`. A CSV whose structure breaks (see
`guichet.inbox.csvreader`) is refused as a whole before anything is written. Every row is checked before any is
written; then the rows go through the bulk intake (`guichet.inbox.bulk_intake`: the same pseudonymisation,
triage and drafting task as `message_receive`, spaCy and the writes batched), one transaction per batch, so that
an interrupted import run again adds what is missing and nothing twice.

Exports carry only pseudonymised text: personal data never leaves through an export.
"""

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from guichet.accounts.models import Administration, Office
from guichet.accounts.services import administration_find, administration_get_or_create
from guichet.inbox.bulk_intake import Incoming, analyses, messages_store, prepare
from guichet.inbox.csvreader import CsvStructureError, excerpt, parse_csv
from guichet.inbox.enums import Channel, Sentiment, Status
from guichet.inbox.import_queue import QueuedRow, QueueProgress, enqueue_batches, new_import_id, work_through
from guichet.inbox.intake import message_receive
from guichet.inbox.models import Message, Reply
from guichet.inbox.personal_data import message_mapping, message_pseudonymise
from guichet.privacy.pseudonymise import pseudonymise_known

SPPLUS_FIELDS = [
    "id_experience",
    "titre",
    "description",
    "intitule_typologie_1",
    "intitule_structure_1",
    "reponse_structure_1",
    "ressenti_usager",
    "date_de_publication",
    "etat_de_lexperience",
]

_SENTIMENTS = {
    "positif": Sentiment.POSITIVE,
    "positive": Sentiment.POSITIVE,
    "satisfait": Sentiment.POSITIVE,
    "neutre": Sentiment.NEUTRAL,
    "neutral": Sentiment.NEUTRAL,
    "négatif": Sentiment.NEGATIVE,
    "negatif": Sentiment.NEGATIVE,
    "negative": Sentiment.NEGATIVE,
    "insatisfait": Sentiment.NEGATIVE,
}

BATCH_SIZE = 500  # rows per transaction (messages, audit events and drafting tasks: three writes)
# Above this many rows, an import queues its checked rows for the workers unless told otherwise (`import_queue`).
QUEUE_ABOVE = 1000
_EXTERNAL_ID_MAX = Message._meta.get_field("external_id").max_length
_TITLE_MAX = Message._meta.get_field("title").max_length


class ImportFormatError(ValueError):
    """The file as a whole cannot be read (not a row-level problem): nothing is imported."""


class Rejection(NamedTuple):
    """A record that was not imported (or a warning about one): its first line in the file, why, and its start."""

    line: int
    reason: str
    excerpt: str = ""


@dataclass
class Row:
    line: int
    external_id: str
    administration: str
    title: str
    body: str
    office: str = ""
    sentiment: str = ""
    published_at: str = ""
    source_state: str = ""
    excerpt: str = ""


@dataclass
class ImportReport:
    records: int = 0  # records found in the file (CSV rows, JSONL lines, JSON elements), blank lines aside
    created: int = 0  # imported (with --dry-run: would be imported)
    queued: int = 0  # checked and queued, encrypted, for the workers to analyse and store (`import_queue`)
    duplicates: int = 0  # already present (same administration and external id), or twice in the file
    errors: list[Rejection] = field(default_factory=list)
    warnings: list[Rejection] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)
    dry_run: bool = False
    import_id: str = ""  # a queued import: its batches' key, and how many there are
    batches: int = 0
    failed_batches: int = 0  # batches that failed for good (their rows stay, encrypted, in the queue)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def rejected(self) -> int:
        return len(self.errors)

    @property
    def accounted(self) -> bool:
        """Every record of the file is imported, already present or rejected: nothing lost silently."""
        return self.records == self.created + self.queued + self.duplicates + self.rejected

    def summary(self, name: str) -> str:
        verb = "à importer" if self.dry_run else "importé(s)"
        queued = f"{self.queued} en file d'analyse + " if self.queued else ""
        return (
            f"{name} : {self.records} enregistrement(s) dans le fichier = {self.created} {verb} + {queued}"
            f"{self.duplicates} déjà présent(s) + {self.rejected} rejeté(s)."
        )


def detect_format(path: Path, declared: str | None = None) -> str:
    if declared:
        return declared
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in {".csv", ".txt"}:
        return "csv"
    raise ImportFormatError(f"Format inconnu pour {path.name} : précisez --format csv|json|jsonl.")


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError(
            f"{path.name} n'est pas encodé en UTF-8 (ligne {line}, octet {exc.start}) : rien n'a été importé."
        ) from exc


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _spplus_row(line: int, record: dict[str, Any], raw: str = "") -> Row:
    def get(name: str) -> str:
        return _text(record.get(name))

    return Row(
        line=line,
        external_id=get("id_experience"),
        administration=get("intitule_typologie_1"),
        office=get("intitule_structure_1"),
        title=get("titre"),
        body=get("description"),
        sentiment=get("ressenti_usager"),
        published_at=get("date_de_publication"),
        source_state=get("etat_de_lexperience"),
        excerpt=excerpt(raw),
    )


def _jsonl_row(line: int, record: dict[str, Any], raw: str = "") -> Row:
    if "description" in record or "id_experience" in record:
        return _spplus_row(line, record, raw)
    body = _text(record.get("message"))
    title = _text(record.get("title"))
    external_id = _text(record.get("id"))
    if not external_id and body:
        external_id = "sha1:" + hashlib.sha1(f"{title}\n{body}".encode()).hexdigest()[:20]
    return Row(
        line=line,
        external_id=external_id,
        administration=_text(record.get("administration")),
        title=title,
        body=body,
        office=_text(record.get("office")),
        excerpt=excerpt(raw),
    )


def read_rows(path: Path, fmt: str) -> Iterator[Row | Rejection]:
    """Yield one Row or one Rejection per record of the file (raises ImportFormatError for the whole file)."""
    text = _read_text(path)
    if fmt == "csv":
        yield from _read_csv(text)
    elif fmt == "json":
        yield from _read_json(text)
    elif fmt == "jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Rejection(number, f"JSON invalide ({exc.msg})", excerpt(line))
                continue
            if not isinstance(record, dict):
                yield Rejection(number, "un objet JSON est attendu", excerpt(line))
                continue
            yield _jsonl_row(number, record, line)
    else:
        raise ImportFormatError(f"Format inconnu : {fmt}")


def _read_csv(text: str) -> Iterator[Row | Rejection]:
    try:
        parsed = parse_csv(text)
    except CsvStructureError as exc:
        raise ImportFormatError(str(exc)) from exc
    if "description" not in parsed.header:
        raise ImportFormatError(
            "En-tête CSV sans colonne « description » : colonnes attendues " + ", ".join(SPPLUS_FIELDS)
        )
    items: list[Row | Rejection] = [
        Rejection(reject.line, f"ligne CSV illisible : {reject.reason}", reject.excerpt) for reject in parsed.rejects
    ]
    for record in parsed.records:
        items.append(_spplus_row(record.line, dict(zip(parsed.header, record.fields, strict=True)), record.first_line))
    yield from sorted(items, key=lambda item: item.line)


def _read_json(text: str) -> Iterator[Row | Rejection]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"JSON invalide ligne {exc.lineno} : {exc.msg}") from exc
    if isinstance(data, dict):
        data = data.get("results") or data.get("records") or data.get("experiences") or []
    if not isinstance(data, list):
        raise ImportFormatError("Le JSON doit être une liste d'expériences.")
    for index, record in enumerate(data, start=1):
        if isinstance(record, dict) and isinstance(record.get("fields"), dict):
            record = record["fields"]  # Opendatasoft export shape
        if not isinstance(record, dict):
            yield Rejection(index, "un objet JSON est attendu", excerpt(json.dumps(record, ensure_ascii=False)))
            continue
        yield _jsonl_row(index, record, json.dumps(record, ensure_ascii=False))


def _parse_when(value: str) -> datetime | None:
    if not value:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        day = parse_date(value[:10])
        if day is None:
            for fmt in ("%d/%m/%Y", "%d/%m/%Y %H:%M"):
                try:
                    parsed = datetime.strptime(value, fmt)
                    break
                except ValueError:
                    continue
        else:
            parsed = datetime(day.year, day.month, day.day)
    if parsed is None:
        raise ValueError(value)
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


class _Importer:
    """One import run: resolves administrations and offices once, finds duplicates per batch, writes in batches."""

    def __init__(
        self,
        *,
        report: ImportReport,
        forced: Administration | None,
        create: bool,
        actor,
        dry_run: bool,
        workers: int = 1,
        progress: Callable[[int, int], None] | None = None,
        queue: bool = False,
        source: str = "",
    ):
        self.report = report
        self.queue = queue
        self.source = source
        self.workers = workers
        self.progress = progress
        self.forced = forced
        self.create = create
        self.actor = actor
        self.dry_run = dry_run
        self.administrations: dict[str, Administration | None] = {}
        self.offices: dict[tuple[int, str], Office] = {}
        self.seen: set[tuple[Any, str]] = set()

    def reject(self, row: Row, reason: str) -> None:
        self.report.errors.append(Rejection(row.line, reason, row.excerpt))

    def administration(self, row: Row) -> Administration | None:
        if self.forced is not None:
            return self.forced
        name = row.administration
        if not name:
            return None
        if name not in self.administrations:
            found = administration_find(name)
            if found is None and self.create and not self.dry_run:
                found, _ = administration_get_or_create(name=name)
            self.administrations[name] = found
        return self.administrations[name]

    def run(self, rows: list[Row]) -> None:
        """Check every row first (nothing written), then analyse and write the messages batch by batch (or queue
        them, encrypted, for the workers: `queue`)."""
        batches: list[list[tuple[Row, Message]]] = []
        queued: list[QueuedRow] = []
        for start in range(0, len(rows), BATCH_SIZE):
            batch = [(row, self.check(row)) for row in rows[start : start + BATCH_SIZE]]
            batch = [(row, administration) for row, administration in batch if administration is not None]
            existing = self.existing(batch)
            prepared = []
            for row, administration in batch:
                key = (administration.pk if administration.pk else administration.name, row.external_id)
                if row.external_id and (key in self.seen or (administration.pk, row.external_id) in existing):
                    self.report.duplicates += 1
                    continue
                self.seen.add(key)
                incoming = self.incoming(row, administration)
                try:
                    prepared.append((row, prepare(incoming)))
                except ValidationError as exc:
                    self.reject(row, "; ".join(exc.messages))
                    continue
                if self.queue and not self.dry_run:
                    queued.append(QueuedRow(line=row.line, item=incoming))
            if self.dry_run:
                self.report.created += len(prepared)
            elif prepared and not self.queue:
                batches.append(prepared)
        if queued:
            self.enqueue(queued)
        total, done = sum(len(batch) for batch in batches), 0
        by_message = {id(message): row for batch in batches for row, message in batch}
        for messages, results in analyses([[m for _, m in batch] for batch in batches], workers=self.workers):
            try:
                messages_store(messages, results, actor=self.actor, actor_label=None if self.actor else "import")
            except IntegrityError:
                # An external id taken meanwhile by a concurrent import: this batch again, row by row.
                for message in messages:
                    self.write(by_message[id(message)], message.administration)
            else:
                self.report.created += len(messages)
                self.report.message_ids += [message.pk for message in messages]
            done += len(messages)
            if self.progress:
                self.progress(done, total)

    def enqueue(self, rows: list[QueuedRow]) -> None:
        """Queue the checked rows for the workers (one transaction): they are counted as queued."""
        import_id = new_import_id()
        ids = enqueue_batches(rows, import_id=import_id, actor=self.actor, source=self.source)
        self.report.import_id, self.report.batches = import_id, len(ids)
        self.report.queued += len(rows)

    def incoming(self, row: Row, administration: Administration) -> Incoming:
        """What intake receives for this row (a warning when its publication date cannot be read)."""
        try:
            published_at = _parse_when(row.published_at)
        except ValueError:
            published_at = None
            self.report.warnings.append(
                Rejection(row.line, f"date de publication illisible « {row.published_at} », ignorée", row.excerpt)
            )
        sentiment = (
            _SENTIMENTS.get(row.sentiment.casefold(), Sentiment.UNKNOWN) if row.sentiment else Sentiment.UNKNOWN
        )
        office = None if self.dry_run or administration.pk is None else self.office(administration, row.office)
        return Incoming(
            administration=administration,
            title=row.title[:_TITLE_MAX],
            body=row.body,
            channel=Channel.IMPORT,
            external_id=row.external_id,
            fields={
                "office": office,
                "sentiment": sentiment,
                "published_at": published_at,
                "source_state": row.source_state[:100],
                "received_at": published_at,
            },
        )

    def check(self, row: Row) -> Administration | None:
        """Row-level checks that need no write; returns the administration, or None when the row is rejected."""
        if not row.body:
            self.reject(row, "message vide (champ description/message)")
            return None
        if len(row.external_id) > _EXTERNAL_ID_MAX:
            self.reject(row, f"identifiant externe de {len(row.external_id)} caractères (maximum {_EXTERNAL_ID_MAX})")
            return None
        administration = self.administration(row)
        if administration is None:
            if row.administration and self.create and self.dry_run:
                return Administration(name=row.administration)  # would be created
            reason = (
                "administration absente"
                if not row.administration
                else f"administration inconnue « {row.administration} »"
            )
            self.reject(row, reason + " (utilisez --administration ou --create-administrations)")
            return None
        return administration

    def existing(self, batch: list[tuple[Row, Administration]]) -> set[tuple[int, str]]:
        by_administration: dict[int, list[str]] = {}
        for row, administration in batch:
            if row.external_id and administration.pk:
                by_administration.setdefault(administration.pk, []).append(row.external_id)
        found: set[tuple[int, str]] = set()
        for pk, ids in by_administration.items():
            query = Message.objects.filter(administration_id=pk, external_id__in=ids)
            found.update((pk, external_id) for external_id in query.values_list("external_id", flat=True))
        return found

    def office(self, administration: Administration, name: str) -> Office | None:
        if not name:
            return None
        key = (administration.pk, name[:200])
        if key not in self.offices:
            self.offices[key], _ = Office.objects.get_or_create(administration=administration, name=key[1])
        return self.offices[key]

    def write(self, row: Row, administration: Administration) -> None:
        """One row through `message_receive` (the fallback when a batch meets a concurrent import)."""
        incoming = self.incoming(row, administration)
        try:
            with transaction.atomic():
                message = message_receive(
                    administration=administration,
                    title=incoming.title,
                    body=incoming.body,
                    channel=incoming.channel,
                    external_id=incoming.external_id,
                    actor=self.actor,
                    actor_label=None if self.actor else "import",
                    **incoming.fields,
                )
        except ValidationError as exc:
            if (
                row.external_id
                and Message.objects.filter(administration=administration, external_id=row.external_id).exists()
            ):
                self.report.duplicates += 1  # imported meanwhile by a concurrent import
                return
            self.reject(row, "; ".join(exc.messages))
            return
        except IntegrityError:
            self.report.duplicates += 1  # same external id imported meanwhile by a concurrent import
            return
        self.report.created += 1
        self.report.message_ids.append(message.pk)


def messages_import(
    *,
    path: Path,
    fmt: str | None = None,
    administration: Administration | None = None,
    create_administrations: bool = False,
    actor=None,
    dry_run: bool = False,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
    queue: bool | None = False,
) -> ImportReport:
    """Import a file of messages; each message goes through the normal intake (pseudonymise, triage, draft).

    The whole file is read and checked before anything is written (a broken file raises ImportFormatError and
    writes nothing). `dry_run` writes nothing and reports what would be imported, already present or rejected.
    `queue`: the checked rows are queued, encrypted, for the workers to analyse and store (`import_queue`), and
    counted as queued; `import_wait` then does the work here and waits for the end. `queue=None`: queued when
    the file holds more than QUEUE_ABOVE records.
    """
    fmt = detect_format(path, fmt)
    report = ImportReport(dry_run=dry_run)
    rows: list[Row] = []
    for item in read_rows(path, fmt):
        report.records += 1
        if isinstance(item, Rejection):
            report.errors.append(item)
        else:
            rows.append(item)
    importer = _Importer(
        report=report,
        forced=administration,
        create=create_administrations,
        actor=actor,
        dry_run=dry_run,
        workers=workers,
        progress=progress,
        queue=len(rows) > QUEUE_ABOVE if queue is None else queue,
        source=path.name,
    )
    importer.run(rows)
    report.errors.sort(key=lambda rejection: rejection.line)
    return report


def import_wait(
    report: ImportReport, *, workers: int = 1, progress: Callable[[QueueProgress], None] | None = None
) -> ImportReport:
    """Analyse and store the batches a queued import left in the queue, in `workers` processes (beside any running
    `guichet worker`), until each is stored or failed for good; the report then counts them as imported."""
    if not report.import_id:
        return report
    state = work_through(report.import_id, report.batches, workers=workers, progress=progress)
    done = state.outcome
    report.created += done.created
    report.duplicates += done.duplicates
    report.errors += [Rejection(line, reason) for line, reason in done.rejected]
    report.errors.sort(key=lambda rejection: rejection.line)
    report.queued -= done.created + done.duplicates + len(done.rejected)
    report.failed_batches = state.failed
    return report


def _export_text(message: Message, reply: Reply) -> tuple[str, str, str]:
    """Pseudonymised title, body and reply. Falls back to pseudonymising now; never the originals."""
    if not message.pseudonymised_body and message.body:
        message = message_pseudonymise(message=message)
    reply_text = reply.pseudonymised_text or pseudonymise_known(reply.text, message_mapping(message))
    return message.pseudonymised_title, message.pseudonymised_body, reply_text


def replies_export_records(*, administrations: Iterable[Administration]) -> Iterator[dict[str, str]]:
    """The sent replies of the named administrations (never "all tenants" by default)."""
    administrations = list(administrations)
    if not administrations:
        raise ImportFormatError("Nommez au moins une administration à exporter.")
    replies = Reply.objects.select_related("message__administration", "message__office").order_by("sent_at", "pk")
    replies = replies.filter(sent_at__isnull=False, message__administration__in=administrations)
    for reply in replies:
        message = reply.message
        title, body, reply_text = _export_text(message, reply)
        yield {
            "id_experience": message.external_id or f"guichet-{message.pk}",
            "titre": title,
            "description": body,
            "intitule_typologie_1": message.administration.name,
            "intitule_structure_1": message.office.name if message.office else "",
            "reponse_structure_1": reply_text,
            "ressenti_usager": message.get_sentiment_display() if message.sentiment else "",
            "date_de_publication": (message.published_at or message.received_at).date().isoformat(),
            "etat_de_lexperience": message.source_state or Status.SENT.label,
        }


# A spreadsheet reads a cell starting with one of these as a formula (CSV injection): `=HYPERLINK(…)` in a
# citizen's message must stay text when an agent opens the export.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """`value`, prefixed with an apostrophe when a spreadsheet would run it as a formula."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def write_records(records: Iterable[dict[str, str]], fmt: str, out: io.TextIOBase) -> int:
    """Write records as CSV (formula-like cells neutralised), JSONL or JSON; returns how many."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=SPPLUS_FIELDS, delimiter=";")
        writer.writeheader()
        for record in records:
            writer.writerow({key: neutralise_cell(value) for key, value in record.items()})
            count += 1
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        items = list(records)
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        count = len(items)
    else:
        raise ImportFormatError(f"Format inconnu : {fmt}")
    return count
