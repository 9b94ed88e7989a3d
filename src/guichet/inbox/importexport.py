"""Import citizen messages (SP+ CSV/JSON, simple JSONL) and export sent replies in the SP+ format.

Import is idempotent on the external id (`id_experience`, or `id` in JSONL; a content hash when a JSONL line
has none). Malformed rows are reported with their line number and the rest is imported. Exports carry only
pseudonymised text: personal data never leaves through an export.
"""

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from guichet.accounts.models import Administration, Office
from guichet.accounts.services import administration_find, administration_get_or_create
from guichet.inbox.enums import Channel, Sentiment, Status
from guichet.inbox.models import Message, Reply
from guichet.inbox.workflow import message_receive

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


class ImportFormatError(ValueError):
    """The file as a whole cannot be read (not a row-level problem)."""


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


@dataclass
class ImportReport:
    created: int = 0
    duplicates: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


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
        raise ImportFormatError(f"{path.name} n'est pas encodé en UTF-8 (octet {exc.start}).") from exc


def _spplus_row(line: int, record: dict[str, Any]) -> Row:
    def get(name: str) -> str:
        value = record.get(name)
        return "" if value is None else str(value).strip()

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
    )


def _jsonl_row(line: int, record: dict[str, Any]) -> Row:
    if "description" in record or "id_experience" in record:
        return _spplus_row(line, record)
    body = str(record.get("message") or "").strip()
    title = str(record.get("title") or "").strip()
    external_id = str(record.get("id") or "").strip()
    if not external_id and body:
        external_id = "sha1:" + hashlib.sha1(f"{title}\n{body}".encode()).hexdigest()[:20]
    return Row(
        line=line,
        external_id=external_id,
        administration=str(record.get("administration") or "").strip(),
        title=title,
        body=body,
        office=str(record.get("office") or "").strip(),
    )


def read_rows(path: Path, fmt: str) -> Iterator[Row | tuple[int, str]]:
    """Yield rows, or (line, error) for rows that cannot be read at all."""
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
                yield number, f"JSON invalide ({exc.msg})"
                continue
            if not isinstance(record, dict):
                yield number, "un objet JSON est attendu"
                continue
            yield _jsonl_row(number, record)
    else:
        raise ImportFormatError(f"Format inconnu : {fmt}")


def _read_csv(text: str) -> Iterator[Row | tuple[int, str]]:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = {"description"} - set(header)
    if missing:
        raise ImportFormatError(
            "En-tête CSV sans colonne « description » : colonnes attendues " + ", ".join(SPPLUS_FIELDS)
        )
    start = 2
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reader.line_num, f"ligne CSV illisible ({exc})"
            start = reader.line_num + 1
            continue
        if None in record:
            yield start, f"{len(record[None]) + len(header)} champs au lieu de {len(header)}"
        elif any(value is None for value in record.values()):
            yield start, "champs manquants"
        else:
            yield _spplus_row(start, record)
        start = reader.line_num + 1


def _read_json(text: str) -> Iterator[Row | tuple[int, str]]:
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
            yield index, "un objet JSON est attendu"
            continue
        yield _jsonl_row(index, record)


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


def messages_import(
    *,
    path: Path,
    fmt: str | None = None,
    administration: Administration | None = None,
    create_administrations: bool = False,
    actor=None,
) -> ImportReport:
    """Import a file of messages; each message goes through the normal intake (pseudonymise, triage, draft)."""
    fmt = detect_format(path, fmt)
    report = ImportReport()
    for item in read_rows(path, fmt):
        if isinstance(item, tuple):
            report.errors.append(item)
            continue
        _import_row(item, report, administration, create_administrations, actor)
    return report


def _resolve_administration(row: Row, forced: Administration | None, create: bool) -> Administration | None:
    if forced is not None:
        return forced
    if not row.administration:
        return None
    found = administration_find(row.administration)
    if found is None and create:
        found, _ = administration_get_or_create(name=row.administration)
    return found


def _import_row(row: Row, report: ImportReport, forced: Administration | None, create: bool, actor) -> None:
    if not row.body:
        report.errors.append((row.line, "message vide (champ description/message)"))
        return
    administration = _resolve_administration(row, forced, create)
    if administration is None:
        reason = (
            "administration absente" if not row.administration else f"administration inconnue « {row.administration} »"
        )
        report.errors.append((row.line, reason + " (utilisez --administration ou --create-administrations)"))
        return
    if row.external_id and Message.objects.filter(administration=administration, external_id=row.external_id).exists():
        report.duplicates += 1
        return
    try:
        published_at = _parse_when(row.published_at)
    except ValueError:
        published_at = None
        report.warnings.append((row.line, f"date de publication illisible « {row.published_at} », ignorée"))
    office = None
    if row.office:
        office, _ = Office.objects.get_or_create(administration=administration, name=row.office[:200])
    sentiment = _SENTIMENTS.get(row.sentiment.casefold(), Sentiment.UNKNOWN) if row.sentiment else Sentiment.UNKNOWN
    try:
        message = message_receive(
            administration=administration,
            title=row.title[:500],
            body=row.body,
            channel=Channel.IMPORT,
            external_id=row.external_id[:100],
            office=office,
            sentiment=sentiment,
            published_at=published_at,
            source_state=row.source_state[:100],
            received_at=published_at,
            actor=actor,
            actor_label=None if actor else "import",
        )
    except ValidationError as exc:
        report.errors.append((row.line, "; ".join(exc.messages)))
        return
    report.created += 1
    report.message_ids.append(message.pk)


def _export_text(message: Message, reply: Reply) -> tuple[str, str, str]:
    """Pseudonymised title, body and reply. Falls back to pseudonymising now; never the originals."""
    from guichet.privacy.pseudonymise import pseudonymise_known
    from guichet.privacy.services import message_mapping, message_pseudonymise

    if not message.pseudonymised_body and message.body:
        message = message_pseudonymise(message=message)
    reply_text = reply.pseudonymised_text or pseudonymise_known(reply.text, message_mapping(message))
    return message.pseudonymised_title, message.pseudonymised_body, reply_text


def replies_export_records(*, administrations: Iterable[Administration] | None = None) -> Iterator[dict[str, str]]:
    replies = Reply.objects.select_related("message__administration", "message__office").order_by("sent_at", "pk")
    replies = replies.filter(sent_at__isnull=False)
    if administrations is not None:
        replies = replies.filter(message__administration__in=list(administrations))
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


def write_records(records: Iterable[dict[str, str]], fmt: str, out: io.TextIOBase) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=SPPLUS_FIELDS, delimiter=";")
        writer.writeheader()
        for record in records:
            writer.writerow(record)
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
