"""Draft sentences that contradict the passage they cite: deterministic, no model (principle 2, "grounded or silent").

Word overlap cannot see a contradiction: "Vous devez payer la CVEC si vous êtes en BTS" shares nearly every word
with "les étudiants en BTS ne paient pas la CVEC". So each draft sentence is aligned to the best-matching sentence of
the source(s) it cites (most of its content words in one source sentence), and the two are compared on what word
overlap ignores:

* polarity: the parity of the negations and exemptions of each ("ne … pas", "aucun", "sans", "sauf", "exonéré",
  "dispensé", "n'a pas à", "pas obligé"…), so that an exemption turned into an obligation, a negation lost or
  added, or "sauf" made "uniquement si" differ;
* comparison direction: "au moins" / "au plus", "plus de" / "moins de", "avant" / "après", "minimum" / "maximum",
  "supérieur" / "inférieur", a sentence that says one where the passage says only the other;
* numbers: a number of the sentence, with its unit, absent from the aligned passage sentence where a number of the
  same unit stands (the figure of another row, or a changed one).

`find_contradictions` returns one entry per contradicting sentence:
``{"sentence", "span", "source", "passage", "reasons"}`` (`reasons` among "polarity", "direction", "number").
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from guichet.text import content_terms, fold, sentence_spans

# Share of the draft sentence's content words that its best source sentence must hold for the two to be compared:
# below it the sentence says something else (unsupported, not contradicted) and the support check speaks.
ALIGN_MIN = 0.6
# Content words a draft sentence needs before it is compared (a greeting or a bare link says nothing).
MIN_TERMS = 3

_CITATION = re.compile(r"\[(?:Sources?\s*)?(\d+(?:\s*(?:,|et|-)\s*\d+)*)\]", re.IGNORECASE)
# A source sentence ends at . ; : or a line break (fiches list conditions one per line or after a colon).
_SOURCE_BREAK = re.compile(r"(?<=[.!?;:])\s+|\n+")

# Negations and exemptions, on folded text. "ne … pas/plus/jamais/aucun/rien/ni" counts once, "sans aucun" once.
_NEGATORS = re.compile(
    r"\b(?:ne|n')\s*(?:\w+\s+){0,3}?(?:pas|plus|jamais|aucun\w*|rien|guere|nullement)\b"
    r"|\b(?:sans aucun\w*|sans|aucun\w*|nul(?:le)?|non|sauf|hormis|excepte|exclu\w*|exoner\w*|dispens\w*|"
    r"interdi\w*|impossible|facultati\w*|ni)\b",
    re.IGNORECASE,
)
# "ne … aucun" is one negation: the "aucun" it ends with is not counted again.
_NE_AUCUN = re.compile(r"\b(?:ne|n')\s*(?:\w+\s+){0,3}?aucun\w*\b|\baucun\w*\s+(?:\w+\s+){0,3}?(?:ne|n')\b")

# Comparison markers and their opposites (folded).
_DIRECTIONS: tuple[tuple[str, str, str], ...] = (
    ("au_moins", r"\bau moins\b|\bminimum\b|\bminimale?s?\b|\bau minimum\b", "au_plus"),
    ("au_plus", r"\bau plus\b(?! tard| tot)|\bmaximum\b|\bmaximale?s?\b|\bau maximum\b|\bau-dela\b", "au_moins"),
    ("plus_de", r"\bplus d[e']|\bsuperieure?s? a\b|\bdepasse\w*|\bexcede\w*", "moins_de"),
    ("moins_de", r"\bmoins d[e']|\binferieure?s? a\b|\bn'excede\w* pas\b", "plus_de"),
    ("avant", r"\bavant\b|\bau plus tard\b", "apres"),
    ("apres", r"\bapres\b|\bau plus tot\b|\ba partir d[ue']", "avant"),
)
_DIRECTION_PATTERNS = {name: re.compile(pattern) for name, pattern, _ in _DIRECTIONS}
_OPPOSITE = {name: opposite for name, _, opposite in _DIRECTIONS}

_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
# A number and its unit family, on folded text ("21 112 €", "3 mois", "9 heures", "31 mars").
_QUANTITY = re.compile(
    r"(?<![\w,])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?\s?"
    r"(€|euros?|%|ans?\b|mois\b|jours?\b|semaines?\b|heures?\b|h\b|minutes?\b|m2|m²|km\b|kg\b|"
    r"(?:er )?(?:" + _MONTHS + r")\b)?"
)
_UNIT_FAMILY = {"euro": "€", "euros": "€", "an": "ans", "jour": "jours", "semaine": "semaines", "heure": "heures",
                "h": "heures", "minute": "minutes", "m²": "m2"}  # fmt: skip


@dataclass(frozen=True)
class Aligned:
    """The source sentence a draft sentence is compared with."""

    source: int
    text: str
    overlap: float


def _fold(text: str) -> str:
    return fold(text).replace("’", "'")


def polarity(text: str) -> int:
    """The number of negations and exemptions of a sentence (its parity is what matters)."""
    folded = _fold(text)
    count = len(_NEGATORS.findall(folded))
    # "ne … aucun" was counted once by the first branch and once for "aucun": count it once.
    return count - len(_NE_AUCUN.findall(folded))


def directions(text: str) -> set[str]:
    folded = _fold(text)
    return {name for name, pattern in _DIRECTION_PATTERNS.items() if pattern.search(folded)}


def quantities(text: str) -> set[tuple[str, str]]:
    """(value, unit) pairs of a sentence; the unit is "" for a bare number, months are their own unit."""
    out: set[tuple[str, str]] = set()
    for m in _QUANTITY.finditer(_fold(_CITATION.sub(" ", text))):
        value = re.sub(r"\D", "", m.group(1)) + (f",{m.group(2)}" if m.group(2) else "")
        unit = (m.group(3) or "").replace("er ", "")
        unit = "date" if unit and re.fullmatch(_MONTHS, unit) else _UNIT_FAMILY.get(unit, unit)
        if unit == "date":
            value = f"{value} {(m.group(3) or '').replace('er ', '')}"
        out.add((value, unit))
    return out


def source_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SOURCE_BREAK.split(text) if s and len(content_terms(s)) >= 2]


def align(sentence: str, sources: Sequence[tuple[int, Sequence[str]]]) -> Aligned | None:
    """The source sentence holding most of the draft sentence's content words (ties: the shorter one)."""
    terms = content_terms(_CITATION.sub(" ", sentence))
    if not terms:
        return None
    best: Aligned | None = None
    best_key = (0.0, 0.0)
    for n, candidates in sources:
        for candidate in candidates:
            cand_terms = content_terms(candidate)
            if not cand_terms:
                continue
            shared = len(terms & cand_terms)
            overlap = shared / len(terms)
            key = (overlap, shared / len(cand_terms))
            if key > best_key:
                best, best_key = Aligned(n, candidate, overlap), key
    return best


def reasons(sentence: str, passage: str) -> list[str]:
    """Why `sentence` contradicts `passage` (its aligned source sentence), or [] when nothing does."""
    found: list[str] = []
    if polarity(sentence) % 2 != polarity(passage) % 2:
        found.append("polarity")
    said, stated = directions(sentence), directions(passage)
    if any(_OPPOSITE[d] in stated and d not in stated for d in said):
        found.append("direction")
    own, theirs = quantities(sentence), quantities(passage)
    units = {unit for _, unit in theirs if unit}
    if any(unit in units and (value, unit) not in theirs for value, unit in own if unit):
        found.append("number")
    return found


def _cited(sentence: str) -> set[int]:
    return {int(n) for m in _CITATION.finditer(sentence) for n in re.findall(r"\d+", m.group(1))}


def source_texts(sources: Sequence[dict[str, Any]]) -> list[tuple[int, list[str]]]:
    """Each numbered source with its sentences (passage and verbatim extract)."""
    out: list[tuple[int, list[str]]] = []
    for i, s in enumerate(sources, start=1):
        text = "\n".join(str(s.get(k) or "") for k in ("passage", "extract"))
        out.append((int(s.get("n") or i), source_sentences(text)))
    return out


def find_contradictions(
    text: str, sources: Sequence[dict[str, Any]], *, skip: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """The sentences of `text` that contradict the source sentence they align with (cited sources first)."""
    numbered = source_texts(sources)
    if not any(sentences for _, sentences in numbered):
        return []
    skip_folded = {_fold(s).strip() for s in skip if s.strip()}
    out: list[dict[str, Any]] = []
    for start, end, sentence in sentence_spans(text):
        folded = _fold(sentence).strip()
        if folded in skip_folded or any(folded in s for s in skip_folded):
            continue
        if len(content_terms(_CITATION.sub(" ", sentence))) < MIN_TERMS:
            continue
        cited = _cited(sentence)
        candidates = [(n, sents) for n, sents in numbered if n in cited] or numbered
        aligned = align(sentence, candidates)
        if aligned is None or aligned.overlap < ALIGN_MIN:
            continue
        why = reasons(sentence, aligned.text)
        if why:
            out.append(
                {
                    "sentence": sentence,
                    "span": [start, end],
                    "source": aligned.source,
                    "passage": aligned.text,
                    "reasons": why,
                }
            )
    return out
