"""Answer memory: start a draft from a reply an agent already approved for a similar message of the same office.

Services Publics+ agents answer the same questions many times a day; a validated reply is the best first draft for
the next one, provided that (1) it answered the same fiche, (2) its facts still hold in today's fiche versions and
(3) nothing of the other citizen comes with it. This module is pure (no ORM): the inbox finds the reply
(`guichet.inbox.memory`) and hands it here as a `Remembered`; `reusable_middle` gives the part to reuse.

What is never reused: the greeting, the closing and signature, and every fixed text of the frame (emergency
contacts, condolences, redirection: `assemble` writes those again for the new message); any sentence holding a
placeholder (the other citizen's name, date, number, even pseudonymised); the old citation marks (they pointed to
the old draft's numbering: citations are attributed again against today's passages). The numbers of what is kept
are then checked against today's sources like any draft's (`compose`), and a sentence whose number no longer
appears there is dropped.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from guichet.drafting.frame import fixed_sentences
from guichet.drafting.prompts import AdministrationProfile
from guichet.text import fold, placeholders_in
from guichet.text import sentence_spans as split_sentences

# An approved reply is reused when it answered the same fiche as today's best (or second best) one.
SAME_FICHE_RANKS = 2
_CITATION = re.compile(r"\s*\[\d+(?:\s*[,;]\s*\d+)*\]")
_CLOSING = re.compile(
    r"^(?:cordialement|bien (?:cordialement|à vous)|salutations|nous vous prions|veuillez agréer|"
    r"nous restons à votre disposition|je vous prie)",
    re.I,
)
_GREETING = re.compile(r"^(?:bonjour|madame|monsieur|chère?s?)\b.{0,60},\s*$", re.I)
# Lines and sentences Guichet writes around the answer, written again for today's message and sources.
_FRAME_LINE = re.compile(r"^(?:pour faire la démarche en ligne|pour en savoir plus)\s*:", re.I)
_FRAME_SENTENCE = re.compile(
    r"^(?:l'organisme compétent est|vous pouvez passer par|votre demande concerne|vous nous demandez|"
    r"ce que prévoient les fiches)",
    re.I,
)


@dataclass(frozen=True)
class Remembered:
    """An approved reply of the same administration, pseudonymised, with the fiches its draft cited."""

    reply_id: int
    message_id: int
    similarity: float
    text: str
    approved_on: str  # ISO date of the approval
    fiches: dict[str, str] = field(default_factory=dict)  # fiche id -> version cited by the approved draft

    def summary(self) -> dict[str, Any]:
        """What the draft records of it (no text: the reply belongs to another citizen's file)."""
        return {
            "reply_id": self.reply_id,
            "message_id": self.message_id,
            "similarity": round(self.similarity, 3),
            "approved_on": self.approved_on,
            "fiches": dict(self.fiches),
        }


@dataclass
class Reuse:
    middle: str
    removed: list[str]  # sentences left out (personal data of the other citizen, fixed texts of its frame)
    changed_fiches: list[str]  # fiches cited by the approved reply whose version changed since


def same_fiche(remembered: Remembered, sources: list[dict[str, Any]]) -> bool:
    """Whether the approved reply answered one of today's best fiches."""
    best: list[str] = []
    for source in sources:
        fiche = source.get("fiche_id")
        if fiche and fiche not in best:
            best.append(fiche)
    return bool(set(best[:SAME_FICHE_RANKS]) & set(remembered.fiches))


def _body_lines(text: str, profile: AdministrationProfile) -> list[str]:
    """The reply's lines without its greeting, closing, signature and link lines."""
    closing = {line.strip() for line in f"{profile.politeness_formula}\n{profile.signature}".splitlines()}
    greeting = profile.greeting.strip()
    lines = [line.rstrip() for line in text.strip().splitlines()]
    kept: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        if stripped in closing or _CLOSING.match(stripped):
            break  # everything after the politeness formula is closing and signature
        if (i == 0 or not any(k.strip() for k in kept)) and (stripped == greeting or _GREETING.match(stripped)):
            continue
        if _FRAME_LINE.match(stripped):
            continue
        kept.append(line)
    return kept


def reusable_middle(remembered: Remembered, *, profile: AdministrationProfile, sources: list[dict[str, Any]]) -> Reuse:
    """The part of an approved reply that can start today's draft (see the module's docstring)."""
    fixed = {fold(s) for s in fixed_sentences(profile)}
    removed: list[str] = []
    out_lines: list[str] = []
    for line in _body_lines(remembered.text, profile):
        if not line.strip():
            out_lines.append("")
            continue
        line = _CITATION.sub("", line)
        bullet = re.match(r"^\s*(?:[-•*]|\d+[.)])\s+", line)
        prefix = bullet.group(0) if bullet else ""
        content = line[len(prefix) :]
        kept = []
        for _, _, sentence in split_sentences(content):
            if placeholders_in(sentence) or fold(sentence.strip()) in fixed or _FRAME_SENTENCE.match(sentence.strip()):
                removed.append(sentence.strip())
            else:
                kept.append(sentence.strip())
        if kept:
            out_lines.append(prefix + " ".join(kept))
    middle = re.sub(r"\n{3,}", "\n\n", "\n".join(out_lines)).strip()
    versions = {s.get("fiche_id"): str(s.get("version") or "") for s in sources if s.get("fiche_id")}
    changed = [
        fiche
        for fiche, version in remembered.fiches.items()
        if fiche in versions and version and versions[fiche] and versions[fiche] != version
    ]
    return Reuse(middle=middle, removed=removed, changed_fiches=sorted(changed))
