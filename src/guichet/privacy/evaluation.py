"""Measures for the privacy targets: leaks of the annotated personal data, false positives on fiche text."""

import json
import random
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from guichet.privacy.analyzer import detect
from guichet.privacy.pseudonymise import pseudonymise_message


@dataclass
class LeakReport:
    total: int = 0
    leaks: list[tuple[str, str]] = field(default_factory=list)  # (message id, type of leak), never the value

    @property
    def recall(self) -> float:
        return 1 - len(self.leaks) / self.total if self.total else 1.0


@dataclass
class FalsePositiveReport:
    paragraphs: int
    words: int
    entities: list[tuple[str, str]]  # (type, text): fiche text is public

    @property
    def per_thousand_words(self) -> float:
        return 1000 * len(self.entities) / self.words if self.words else 0.0


def squash(text: str) -> str:
    """Without spaces, dots and dashes: "06 41 77 32 08" and "06.41.77.32.08" compare equal."""
    return re.sub(r"[\s.\-]", "", text)


def dev_leaks(path: Path) -> LeakReport:
    """Every `pii` string of a JSONL file (messages_dev.jsonl) that is still in the pseudonymised title or body."""
    report = LeakReport()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        title, body = pseudonymise_message(title=row.get("title") or "", body=row.get("message") or "")
        output = f"{title.text}\n{body.text}"
        for pii in row.get("pii") or []:
            report.total += 1
            if pii in output or squash(pii) in squash(output):
                report.leaks.append((row["id"], "exact" if pii in output else "squashed"))
    return report


def fiche_paragraphs(shared: Path, *, count: int = 200, seed: int = 42, min_words: int = 5) -> list[str]:
    """`count` Paragraphe texts of the particuliers fiches, one per fiche, fiches in a seeded random order."""
    files = sorted((shared / "data" / "service-public" / "particuliers").glob("*.xml"))
    rng = random.Random(seed)
    rng.shuffle(files)
    paragraphs: list[str] = []
    for path in files:
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        texts = [" ".join("".join(p.itertext()).split()) for p in root.iter("Paragraphe")]
        texts = [text for text in texts if len(text.split()) >= min_words]
        if texts:
            paragraphs.append(rng.choice(texts))
        if len(paragraphs) == count:
            break
    return paragraphs


def false_positives(paragraphs: list[str]) -> FalsePositiveReport:
    entities = [(s.type, text[s.start : s.end]) for text in paragraphs for s in detect(text)]
    return FalsePositiveReport(
        paragraphs=len(paragraphs), words=sum(len(p.split()) for p in paragraphs), entities=entities
    )
