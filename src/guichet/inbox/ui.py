"""Pure helpers for the agent's screens: highlighting, draft annotation, edit distance, streamed restoring.

Nothing here touches the database or the request; the views pass plain data in and get plain data (or safe HTML
built from escaped pieces) back.
"""

import difflib
import re
from collections.abc import Iterable
from typing import Any

from django.forms import BoundField, ModelChoiceField
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from guichet.drafting.api import Alert, CheckResult
from guichet.inbox.privacy_bridge import PLACEHOLDER_RE, restore_text

CITATION_RE = re.compile(r"\[(?:[Ss]ource\s*)?(\d{1,3})\]")
TOKEN_RE = re.compile(r"\w+|[^\w\s]")

# Kinds of review marks, in the order they are drawn, with what a screen reader hears after the marked text.
MARK_LABELS: dict[str, str] = {
    "unsupported": "phrase non étayée par les sources",
    "number": "chiffre ou date absent des sources",
    "promise": "promesse de décision à vérifier",
    "placeholder": "texte à compléter ou à retirer",
}


# Edit distance -------------------------------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text.casefold())


def edit_distance(draft: str, final: str) -> float:
    """Word-level Levenshtein distance between the draft and the sent text, divided by the longer length (0–1).

    Words, not characters: it says how much of the reply the agent rewrote, and stays fast on long replies.
    """
    a, b = _tokens(draft), _tokens(final)
    if not a and not b:
        return 0.0
    if not a or not b:
        return 1.0
    if len(a) * len(b) > 4_000_000:  # very long texts: an approximation is enough for a statistic
        return round(1 - difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio(), 4)
    previous = list(range(len(b) + 1))
    for i, token_a in enumerate(a, start=1):
        current = [i]
        for j, token_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (token_a != token_b)))
        previous = current
    return round(previous[-1] / max(len(a), len(b)), 4)


# Personal data -------------------------------------------------------------------------------------------------


def placeholder_kind(placeholder: str) -> str:
    """ "[PERSONNE_1]" → "personne"."""
    return placeholder.strip("[]").rsplit("_", 1)[0].replace("_", " ").lower()


def highlight_pii(text: str, mapping: dict[str, str]) -> SafeString:
    """The original text with every known personal value wrapped in a <mark>."""
    kinds = {value: placeholder_kind(placeholder) for placeholder, value in mapping.items() if value and value.strip()}
    if not kinds:
        return escape(text)
    pattern = re.compile("|".join(re.escape(value) for value in sorted(kinds, key=len, reverse=True)))
    parts: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(
            format_html(
                '<mark class="guichet-pii" title="Donnée personnelle : {}">{}</mark>', kinds[match.group(0)], match[0]
            )
        )
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def highlight_placeholders(text: str) -> SafeString:
    """The pseudonymised text as the model saw it, with placeholders set apart."""
    parts: list[str] = []
    position = 0
    for match in PLACEHOLDER_RE.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(format_html('<span class="guichet-placeholder">{}</span>', match.group(0)))
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


# Draft review --------------------------------------------------------------------------------------------------


def review_marks(*, checks: dict[str, Any], alerts: list[dict[str, Any]], mapping: dict[str, str]) -> dict:
    """What to highlight in the draft, as restored strings per kind (see MARK_LABELS).

    The passages come from drafting's typed check result, plus the sentence of each alert that calls for a mark.
    """
    found = CheckResult.from_dict(checks).passages()
    for alert in map(Alert.from_dict, alerts or []):
        if alert.mark and alert.sentence.strip():
            found[alert.mark].append(alert.sentence)
    return {
        kind: sorted({restore_text(s.strip(), mapping) for s in items if s and s.strip()}, key=len, reverse=True)
        for kind, items in found.items()
    }


def _emit_runs(text: str, flags: list[set[str]]) -> str:
    out: list[str] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and flags[i] == flags[start]:
            continue
        chunk, kinds = text[start:i], flags[start]
        if not kinds:
            out.append(escape(chunk))
        else:
            ordered = [k for k in MARK_LABELS if k in kinds]
            classes = " ".join(f"guichet-mark--{k}" for k in ordered)
            out.append(format_html('<mark class="guichet-mark {}">{}</mark>', classes, chunk))
            ending = [k for k in ordered if i >= len(text) or k not in flags[i]]
            if ending:
                label = " ; ".join(MARK_LABELS[k] for k in ending)
                out.append(format_html('<span class="fr-sr-only"> ({})</span>', label))
        start = i
    return "".join(out)


def annotate_draft(text: str, *, marks: dict[str, list[str]], sources: Iterable[dict[str, Any]]) -> SafeString:
    """The draft as HTML: citations link to their source, doubtful passages are marked (with a spoken label)."""
    titles = {int(s["n"]): str(s.get("title", "")) for s in sources if str(s.get("n", "")).isdigit()}
    flags: list[set[str]] = [set() for _ in text]
    for kind in MARK_LABELS:
        for needle in marks.get(kind, []):
            position = text.find(needle)
            while needle and position != -1:
                for i in range(position, position + len(needle)):
                    flags[i].add(kind)
                position = text.find(needle, position + len(needle))
    out: list[str] = []
    position = 0
    for match in CITATION_RE.finditer(text):
        out.append(_emit_runs(text[position : match.start()], flags[position : match.start()]))
        n = int(match.group(1))
        if n in titles:
            out.append(
                format_html(
                    '<a class="guichet-cite" href="#source-{}" title="Source {} : {}">{}</a>',
                    n,
                    n,
                    titles[n],
                    match.group(0),
                )
            )
        else:
            out.append(
                format_html(
                    '<mark class="guichet-mark guichet-mark--unsupported">{}</mark>'
                    '<span class="fr-sr-only"> (citation sans source)</span>',
                    match.group(0),
                )
            )
        position = match.end()
    out.append(_emit_runs(text[position:], flags[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped in _emit_runs / format_html


def alert_level_class(level: str) -> str:
    return {"error": "error", "warning": "warning", "info": "info"}.get(level, "info")


def _excerpt(alert: Alert, text: str) -> str:
    """The passage an alert is about: its sentence, or the span it points to in the (pseudonymised) draft."""
    if alert.sentence.strip():
        return alert.sentence
    if alert.span is not None:
        return text[alert.span[0] : alert.span[1]]
    return ""


def restored_alerts(alerts: list[dict[str, Any]], mapping: dict[str, str], text: str = "") -> list[dict[str, Any]]:
    """Alerts ready for display: French message and passage restored, most serious first."""
    shown = [
        (
            alert.rank,
            {
                "level": alert_level_class(alert.level),
                "code": alert.code,
                "message": restore_text(alert.message, mapping),
                "sentence": restore_text(_excerpt(alert, text).strip(), mapping),
            },
        )
        for alert in map(Alert.from_dict, alerts or [])
    ]
    return [item for _, item in sorted(shown, key=lambda pair: pair[0])]


def readability_view(readability: Any) -> dict[str, Any] | None:
    """The readability check in a shape the template can show (the target may be a number or a dict)."""
    if not isinstance(readability, dict) or readability.get("score") is None:
        return None
    target = readability.get("target")
    target_score = target.get("score") if isinstance(target, dict) else target
    max_words = target.get("max_sentence_words") if isinstance(target, dict) else None
    return {
        "score": readability["score"],
        "target": target_score,
        "max_words": max_words,
        "avg_sentence_words": readability.get("avg_sentence_words"),
        "ok": bool(readability.get("ok")),
    }


# Forms ---------------------------------------------------------------------------------------------------------

_FIELD_GROUPS: dict[tuple, SafeString] = {}
_FIELD_GROUPS_MAX = 256


def field_group_once(bound_field: BoundField) -> SafeString:
    """`bound_field.as_field_group()`, rendered once per process for each distinct unbound field.

    The message page repeats the same empty fields in its dialogs (send, regenerate, redirect, escalate) on every
    request; their HTML depends only on what the key holds. Bound fields (values, errors) and model choices (read
    from the database) are rendered every time.
    """
    form, field, name = bound_field.form, bound_field.field, bound_field.name
    if form.is_bound or isinstance(field, ModelChoiceField):
        return bound_field.as_field_group()
    key = (
        type(form).__module__,
        type(form).__qualname__,
        form.prefix,
        str(form.auto_id),
        name,
        type(field).__qualname__,
        type(field.widget).__qualname__,
        field.disabled,
        form.use_required_attribute,
        repr(bound_field.value()),
        repr(sorted(field.widget.attrs.items())),
        repr([(str(value), str(label)) for value, label in getattr(field, "choices", ())]),
        field.required,
        str(field.label),
        str(field.help_text),
        translation.get_language(),
    )
    html = _FIELD_GROUPS.get(key)
    if html is None:
        if len(_FIELD_GROUPS) >= _FIELD_GROUPS_MAX:
            _FIELD_GROUPS.clear()
        html = _FIELD_GROUPS[key] = bound_field.as_field_group()
    return html


# Streaming -----------------------------------------------------------------------------------------------------


class StreamRestorer:
    """Restores placeholders in a token stream without ever showing half a placeholder ("[PERS" … "ONNE_1]").

    The tail that could still become a placeholder (an unclosed bracket, or a word in capitals such as
    "PERSONNE_" waiting for its number) is held back until the next token settles it.
    """

    HOLD_MAX = 40
    _OPEN = "[({<"
    _CLOSE = "])}>"
    _CAPITALS_TAIL = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý_\\ -]*_?\d*$")

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        self.pending = ""

    def _cut(self) -> int:
        text = self.pending
        opened = max(text.rfind(c) for c in self._OPEN)
        if opened != -1 and not any(c in text[opened:] for c in self._CLOSE):
            return opened
        tail = self._CAPITALS_TAIL.search(text)
        return tail.start() if tail else len(text)

    def feed(self, token: str) -> str:
        self.pending += token
        cut = self._cut()
        if len(self.pending) - cut >= self.HOLD_MAX:
            cut = len(self.pending)
        ready, self.pending = self.pending[:cut], self.pending[cut:]
        return restore_text(ready, self.mapping)

    def flush(self) -> str:
        ready, self.pending = self.pending, ""
        return restore_text(ready, self.mapping)
