"""The last check before a prompt leaves for a model: no personal value of the message may still be visible.

`guard_prompt(messages, mapping=…, citizen_texts=…)` is a pure function, called by drafting right before each
model call. It looks, in the chat messages about to be sent, for

- a value of the message's mapping (placeholder → original) still written out, whatever its case or separators
  ("AMINATA SOW", "06.41.77.32.08"): anywhere in the prompt;
- a word of a known name standing alone ("Sow"), and a gazetteer name in a signature position that intake missed
  ("…\\nCordialement\\nLou"): inside the citizen's and the agent's texts as they appear in the prompt (not in the
  fiches, where "Martin" or "Rose" are ordinary words);

- the safety net (`privacy.net`): what looks personal by its shape alone in the citizen's and the agent's texts — a
  number of three digits or more or a code of letters and digits, a date, a known first name — unless the prompt's
  fiches write the same number ("3949"); detection stays precise, the prompt gets what it might have missed. A
  citizen's sentence the prompt writes again ("Question à traiter : …") or otherwise (a passage addressed to the
  model dropped, blank lines joined) is the citizen's, never the fiches': its numbers are not public, and the values
  found in the citizen's text are replaced there too;

replaces each with its placeholder (a new one for a value that intake missed, returned in `added`), and
says what it did in `findings` (types only, never values) for the audit. If a known value is still visible after
that, `refused` is true and the caller must not send the prompt (it falls back to a draft without a model).
"""

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from guichet.privacy.analyzer import Span, known_value_spans, name_word_spans
from guichet.privacy.gazetteer import is_name
from guichet.privacy.name_rules import last_words, signature_names
from guichet.privacy.net import suspects
from guichet.privacy.pseudonymise import PLACEHOLDER, next_placeholder, placeholder_type

# Types whose values are only looked for inside the citizen's texts: a date or a short value can be an ordinary
# part of a fiche ("le 1er janvier", "Lou"), and so can a town where the writer was born (the Service central d'état
# civil is in Nantes), and so can a foreign country where the writer was born (a fiche names "l'Algérie" or "le
# Maroc" for their agreements with France; thirty-eighth pass), and so can an employer (a fiche names "La Poste",
# "la SNCF" or a pension fund's members when a writer's employer is masked: the fiche's words must stay, and the
# prompt must not be refused for them), and so can a care institution where the writer is treated (a fiche names a
# reference centre "du CHU de Bordeaux").
_CITIZEN_ONLY_TYPES = {
    "DATE",
    "DATE_NAISSANCE",
    "LIEU_NAISSANCE",
    "PAYS_NAISSANCE_ETRANGER",
    "EMPLOYEUR",
    "ETABLISSEMENT",
}
_MIN_ANYWHERE = 5
# a citizen's sentence shorter than this ("Merci beaucoup.") may be a fiche's too
_MIN_PIECE = 12


@dataclass(frozen=True)
class Finding:
    """One value replaced by the guard: how it was found and its placeholder type (never the value)."""

    kind: str  # "known_value", "name_word", "signature_name" or "shape" (the safety net)
    type: str


@dataclass
class Guarded:
    messages: list[dict[str, str]]
    findings: list[Finding] = field(default_factory=list)
    added: dict[str, str] = field(default_factory=dict)  # new placeholder → value (names intake missed)
    refused: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.findings)

    def audit(self) -> dict:
        """What the audit records: counts by kind and type, and whether the prompt was refused. No values."""
        return {
            "replaced": len(self.findings),
            "by_kind": dict(Counter(finding.kind for finding in self.findings)),
            "by_type": dict(Counter(finding.type for finding in self.findings)),
            "refused": self.refused,
        }


def guard_prompt(
    messages: Sequence[Mapping[str, str]],
    *,
    mapping: Mapping[str, str],
    citizen_texts: Sequence[str] = (),
) -> Guarded:
    """The messages with every still-visible personal value replaced by its placeholder (see the module)."""
    mapping = dict(mapping)
    result = Guarded(messages=[dict(message) for message in messages])
    texts = [text for text in dict.fromkeys(citizen_texts) if text and text.strip()]
    # what the prompt holds besides the citizen's texts (the fiches): a number written there is public
    public = "\n".join(message.get("content", "") for message in result.messages)
    # nor are the citizen's sentences written again ("Question à traiter : …") or otherwise (a passage dropped)
    pieces = _pieces(texts)
    for text in sorted({*texts, *(piece for piece in pieces if re.search(r"\d", piece))}, key=len, reverse=True):
        public = public.replace(text, "\n")
    # 1. The citizen's texts: signature names intake missed, known values, lone words of known names, the net.
    for text in texts:
        guarded = _guard_citizen_text(text, mapping, result, public=public)
        if guarded != text:
            for message in result.messages:
                message["content"] = message.get("content", "").replace(text, guarded)
    for message in result.messages:
        message["content"] = _guard_pieces(message.get("content", ""), pieces, mapping, result)
    # 2. The whole prompt: known values long enough not to be ordinary words of a fiche.
    anywhere = {
        value: placeholder_type(placeholder)
        for placeholder, value in mapping.items()
        if len(value.strip()) >= _MIN_ANYWHERE and placeholder_type(placeholder) not in _CITIZEN_ONLY_TYPES
    }
    by_value = _by_value(mapping)
    for message in result.messages:
        content = message.get("content", "")
        spans = known_value_spans(content, anywhere)
        if spans:
            message["content"] = _replace(content, spans, by_value, result, kind="known_value")
    # 3. Nothing known may be left.
    result.refused = any(known_value_spans(message.get("content", ""), anywhere) for message in result.messages)
    return result


def _guard_citizen_text(text: str, mapping: dict[str, str], result: Guarded, *, public: str = "") -> str:
    # names in signature positions that the gazetteer knows and that are not placeholders yet
    for start, end, _ in sorted({*signature_names(text), *last_words(text)}):
        value = text[start:end]
        if PLACEHOLDER.search(value) or not any(is_name(word) for word in re.findall(r"[^\W\d_]+", value)):
            continue
        if value not in _by_value(mapping):
            placeholder = next_placeholder("PERSONNE", mapping)
            mapping[placeholder] = value
            result.added[placeholder] = value
    known = {value: placeholder_type(placeholder) for placeholder, value in mapping.items() if value.strip()}
    by_value = _by_value(mapping)
    spans = known_value_spans(text, known)
    text = _replace(text, spans, by_value, result, kind="known_value")
    names = [value for placeholder, value in mapping.items() if placeholder_type(placeholder) == "PERSONNE"]
    words = [span for span in name_word_spans(text, names) if not _inside_placeholder(text, span)]
    if words:
        for span in words:
            word = text[span.start : span.end]
            if word not in by_value:
                owner = next(
                    (v for v in names if word.lower() in (w.lower() for w in re.findall(r"[\w'’\-]+", v))), None
                )
                by_value[word] = by_value.get(owner, "") or next_placeholder("PERSONNE", mapping)
        text = _replace(text, words, by_value, result, kind="name_word")
    return _net(text, mapping, result, public=public)


def _net(text: str, mapping: dict[str, str], result: Guarded, *, public: str) -> str:
    """What the safety net finds by shape, each value with its placeholder (a new one, the same for the same value)."""
    found = suspects(text, public=public)
    if not found:
        return text
    by_value = _by_value(mapping)
    for suspect in found:
        value = text[suspect.start : suspect.end]
        if value not in by_value and _loose(value) not in by_value:
            placeholder = next_placeholder(suspect.kind, mapping)
            mapping[placeholder] = value
            result.added[placeholder] = value
            by_value[value] = placeholder
            by_value.setdefault(_loose(value), placeholder)
    spans = [Span(suspect.kind, suspect.start, suspect.end, 0.0) for suspect in found]
    return _replace(text, spans, by_value, result, kind="shape")


def _pieces(texts: Sequence[str]) -> list[str]:
    """The sentences and lines of the citizen's texts long enough not to be a fiche's words, longest first."""
    pieces = {
        piece.strip()
        for text in texts
        for piece in re.split(r"(?<=[.!?…])[ \t]+|\n", text)
        if len(piece.strip()) >= _MIN_PIECE
    }
    return sorted(pieces, key=len, reverse=True)


def _guard_pieces(content: str, pieces: list[str], mapping: Mapping[str, str], result: Guarded) -> str:
    """Where a sentence or a line of the citizen is written again elsewhere in the prompt, or written otherwise
    around it (a passage dropped, fences removed), the message's values and the words of its names are replaced
    there too."""
    known = {value: placeholder_type(placeholder) for placeholder, value in mapping.items() if value.strip()}
    names = [value for placeholder, value in mapping.items() if placeholder_type(placeholder) == "PERSONNE"]
    by_value = _by_value(mapping)
    for piece in pieces:
        if piece not in content:
            continue
        guarded = _replace(piece, known_value_spans(piece, known), by_value, result, kind="known_value")
        words = [span for span in name_word_spans(guarded, names) if not _inside_placeholder(guarded, span)]
        guarded = _replace(guarded, words, by_value, result, kind="name_word")
        if guarded != piece:
            content = content.replace(piece, guarded)
    return content


def _by_value(mapping: Mapping[str, str]) -> dict[str, str]:
    """Value → placeholder, also by the value's loose form (no case, spaces, dots or dashes)."""
    by_value: dict[str, str] = {}
    for placeholder, value in mapping.items():
        by_value.setdefault(value, placeholder)
        by_value.setdefault(_loose(value), placeholder)
    return by_value


def _loose(value: str) -> str:
    return re.sub(r"[\s.\-]+", "", value).casefold()


def _inside_placeholder(text: str, span: Span) -> bool:
    return any(m.start() <= span.start and span.end <= m.end() for m in PLACEHOLDER.finditer(text))


def _replace(text: str, spans: list[Span], by_value: dict[str, str], result: Guarded, *, kind: str) -> str:
    """Replace non-overlapping spans (longest first where they overlap) by their values' placeholders."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= other.start or span.start >= other.end for other in chosen):
            chosen.append(span)
    for span in sorted(chosen, key=lambda s: s.start, reverse=True):
        value = text[span.start : span.end]
        placeholder = by_value.get(value) or by_value.get(_loose(value))
        if not placeholder:
            continue
        found = "signature_name" if placeholder in result.added and kind != "shape" else kind
        result.findings.append(Finding(found, placeholder_type(placeholder)))
        text = text[: span.start] + placeholder + text[span.end :]
    return text


def mask_known(text: str, values: Mapping[str, str]) -> tuple[str, int]:
    """`text` with the values of `values` (placeholder → value) replaced by their placeholders, whatever their case
    or separators, and, for a name, each of its words standing alone; and how many were replaced.

    For stored texts written from a message (drafts, prompt logs) once an agent marks a value that intake missed.
    """
    if not text or not values:
        return text, 0
    result = Guarded(messages=[])
    known = {value: placeholder_type(placeholder) for placeholder, value in values.items() if value.strip()}
    by_value = _by_value(values)
    text = _replace(text, known_value_spans(text, known), by_value, result, kind="known_value")
    names = [value for placeholder, value in values.items() if placeholder_type(placeholder) == "PERSONNE"]
    words = [span for span in name_word_spans(text, names) if not _inside_placeholder(text, span)]
    for span in words:
        word = text[span.start : span.end]
        owner = next((v for v in names if word.lower() in (w.lower() for w in re.findall(r"[\w'’\-]+", v))), None)
        # a word one letter away from a name's word (another spelling) takes the placeholder of the first name
        by_value.setdefault(word, by_value[owner] if owner else by_value[names[0]])
    text = _replace(text, words, by_value, result, kind="name_word")
    return text, len(result.findings)
