"""Reversible pseudonymisation: personal data becomes typed, numbered placeholders such as [PERSONNE_1].

Pure functions on plain data, no database. The mapping (placeholder → original value) is what makes the text
reversible; it never leaves the server unencrypted (see `guichet.privacy.crypto`). The same value keeps its
placeholder across a message's title and body when the same mapping is passed to both calls.
"""

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from guichet.privacy.analyzer import Span, detect
from guichet.privacy.names import ENTITY as PERSON
from guichet.text import PLACEHOLDER

# Placeholder types, as they appear between brackets: [PERSONNE_1], [NIR_1]…
ENTITY_TYPES: dict[str, str] = {
    "PERSONNE": "nom de personne",
    "ADRESSE": "adresse postale",
    "TELEPHONE": "numéro de téléphone",
    "EMAIL": "adresse électronique",
    "NIR": "numéro de sécurité sociale",
    "IBAN": "IBAN",
    "ALLOCATAIRE": "numéro d'allocataire",
    "NUMERO_FISCAL": "numéro fiscal",
    "FRANCE_TRAVAIL": "identifiant France Travail",
    "SIRET": "SIRET",
    "SIREN": "SIREN",
    "DATE_NAISSANCE": "date de naissance",
    "LIEU_NAISSANCE": "lieu de naissance",
    "PAYS_NAISSANCE_ETRANGER": "pays de naissance (étranger)",
    "EMPLOYEUR": "employeur",
    "ETABLISSEMENT": "établissement de soins",
    "DATE": "date d'un événement personnel",
    "PASSEPORT": "numéro de passeport",
    "CNI": "numéro de carte d'identité",
    "PERMIS": "numéro de permis de conduire",
    "PLAQUE": "plaque d'immatriculation",
    "REFERENCE": "référence de dossier",
}
# What a model may do to "[PERSONNE_1]": change the case or the brackets, add spaces, escape it for Markdown,
# put an accent on TÉLÉPHONE, or drop the brackets.
_LOOSE_PLACEHOLDER = re.compile(
    r"\\?[\[({<]{1,2}\s*(?P<type>[^\W\d_]+(?:(?:\\?_|[ \-])[^\W\d_]+)*?)\s*(?:\\?_|[ \-])\s*"
    r"(?P<n>\d+)\s*\\?[\])}>]{1,2}"
    r"|\b(?P<bare_type>[A-Z]+(?:_[A-Z]+)*)_(?P<bare_n>\d+)\b"
)


@dataclass
class Entity:
    """One replaced value: its type, its placeholder and where the placeholder sits in the pseudonymised text."""

    type: str
    placeholder: str
    start: int
    end: int


@dataclass
class Pseudonymised:
    text: str
    mapping: dict[str, str] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)


def pseudonymise(text: str, *, mapping: Mapping[str, str] | None = None) -> Pseudonymised:
    """Replace the personal data in `text` with placeholders.

    `mapping` (placeholder → original), from an earlier call on the same message, is extended, not changed: a
    value it already holds keeps its placeholder, and the words of names it holds are masked here too.
    """
    return _pseudonymise(text, dict(mapping or {}), flexible=False)


def pseudonymise_message(
    *, title: str, body: str, mapping: Mapping[str, str] | None = None
) -> tuple[Pseudonymised, Pseudonymised]:
    """Title and body with one shared mapping. The body goes first (signatures are there), then the title; the
    body is done again if the title brought a new name, so that its words are masked in the body too.

    `mapping` seeds values known beforehand (the sender's name and e-mail from the form or the import).
    """
    body_result = pseudonymise(body, mapping=mapping)
    title_result = pseudonymise(title, mapping=body_result.mapping)
    new_names = {
        placeholder
        for placeholder in title_result.mapping.keys() - body_result.mapping.keys()
        if placeholder_type(placeholder) == "PERSONNE"
    }
    if new_names:
        body_result = pseudonymise(body, mapping=title_result.mapping)
        title_result.mapping = body_result.mapping
    return title_result, body_result


def pseudonymise_known(text: str, mapping: Mapping[str, str]) -> str:
    """Pseudonymise a text written from the message (the agent's final reply, before it is exported or logged).

    Known values are found whatever their case or separators ("06.41.77.32.08" for "06 41 77 32 08"), then any
    new personal data is detected and gets a new placeholder.
    """
    return _pseudonymise(text, dict(mapping), flexible=True).text


def restore(text: str, mapping: Mapping[str, str]) -> str:
    """Put the original values back for display to the agent; unknown placeholders are left as they are."""
    if not mapping:
        return text

    def replace(match: re.Match[str]) -> str:
        kind = match.group("type") or match.group("bare_type")
        number = match.group("n") or match.group("bare_n")
        key = f"[{_normalise_type(kind)}_{int(number)}]"
        return mapping.get(key, match.group(0))

    return _LOOSE_PLACEHOLDER.sub(replace, text)


def placeholder_type(placeholder: str) -> str:
    """ "[PERSONNE_2]" → "PERSONNE"."""
    match = PLACEHOLDER.fullmatch(placeholder)
    return match.group(1) if match else ""


def _normalise_type(kind: str) -> str:
    plain = unicodedata.normalize("NFKD", kind.replace("\\", "")).encode("ascii", "ignore").decode()
    return re.sub(r"[ \-]+", "_", plain).upper()


def _pseudonymise(text: str, mapping: dict[str, str], *, flexible: bool) -> Pseudonymised:
    # one form for accented letters: "Thảo" typed with combining accents (NFD, as some phones and PDFs write it)
    # would otherwise be cut into pieces by every word pattern
    text = unicodedata.normalize("NFC", text)
    known = {value: placeholder_type(placeholder) for placeholder, value in mapping.items()}
    spans = _merge_adjacent(text, detect(text, known=known, flexible=flexible))
    if not spans:
        return Pseudonymised(text=text, mapping=mapping, entities=[])
    by_value = {value: placeholder for placeholder, value in mapping.items()}
    if flexible:
        by_value.update({_loose_key(value): placeholder for placeholder, value in mapping.items()})
    placeholders: dict[str, str] = {}
    for span in spans:
        value = text[span.start : span.end]
        key = _loose_key(value) if flexible else value
        if key not in by_value:
            by_value[key] = _next_placeholder(span.type, mapping)
            mapping[by_value[key]] = value
        placeholders[value] = by_value[key]
    result = _anonymizer().anonymize(
        text=text,
        analyzer_results=[RecognizerResult(s.type, s.start, s.end, s.score) for s in spans],
        operators={"DEFAULT": OperatorConfig("custom", {"lambda": placeholders.__getitem__})},
    )
    entities = sorted(
        (
            Entity(type=item.entity_type, placeholder=item.text, start=item.start, end=item.end)
            for item in result.items
        ),
        key=lambda entity: entity.start,
    )
    return Pseudonymised(text=result.text, mapping=mapping, entities=entities)


@functools.cache
def _anonymizer() -> AnonymizerEngine:
    return AnonymizerEngine()


def next_placeholder(kind: str, mapping: Mapping[str, str]) -> str:
    """The first unused placeholder of this type: "[PERSONNE_3]" when the mapping holds 1 and 2."""
    return _next_placeholder(kind, mapping)


def _next_placeholder(kind: str, mapping: Mapping[str, str]) -> str:
    used = [int(m.group(2)) for m in map(PLACEHOLDER.fullmatch, mapping) if m and m.group(1) == kind]
    return f"[{kind}_{max(used, default=0) + 1}]"


def _loose_key(value: str) -> str:
    """The value without case, spaces, dots or dashes: how the same value is recognised in another text."""
    return re.sub(r"[\s.\-]+", "", value).casefold()


def _merge_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """Join spans of the same type separated by spaces only (Presidio's anonymizer would merge them anyway). Names
    never across a line break: the name signed and the lieu-dit on the line below ("Odile Vermorel⏎Lasbordes, 46100
    Figeac") are two values, and one placeholder for both would swallow the line; an address's lines are one."""
    merged: list[Span] = []
    for span in spans:
        previous = merged[-1] if merged else None
        gap = text[previous.end : span.start] if previous else ""
        if previous and previous.type == span.type and gap.isspace() and ("\n" not in gap or span.type != PERSON):
            merged[-1] = Span(span.type, previous.start, span.end, max(previous.score, span.score))
        else:
            merged.append(span)
    return merged
