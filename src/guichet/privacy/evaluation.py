"""Measures for the privacy targets: leaks of the annotated personal data, false positives on fiche text.

A planted string *survives* when it is still in the pseudonymised title or body (also with its spaces, dots and
dashes removed) or, for a name, when any of its words is still there as a word of its own, in the same case: "Sow"
left after "[PERSONNE_1]" is a leak of "Aminata Sow", and so is "Sow" in "attestation_Sow_2024.pdf".
"""

import json
import random
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from guichet.corpora import read_corpus
from guichet.privacy.analyzer import detect, prefetch
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.contact import EventDateRecognizer, LifeYearRecognizer

# A batch's authors name the categories of a name in their own words ("full_name", "last_name" in p27).
NAME_CATEGORIES = {"name", "first_name", "surname", "full_name", "last_name"}
# Words of a name that are not personal on their own.
_NAME_GLUE = {"de", "du", "des", "da", "do", "dos", "das", "di", "van", "von", "der", "den", "el", "al", "ben"}
_NAME_GLUE |= {"le", "la", "et", "&", "épouse", "veuve", "née", "dit", "bin", "ep", "ép"}
# ... and the words that join a married name's chain: "Riou Josiane, anciennement veuve Le Corre, née Kerjean".
_NAME_GLUE |= {"anciennement"}
# Categories whose words are a person's name (the corpora's older batches use the placeholder's type as category).
_NAME_PIECE_CATEGORIES = NAME_CATEGORIES | {"child_name", "person", "PERSONNE"}


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


@dataclass
class CorpusReport:
    """Planted strings of a corpus split, and those that survived, by category and by batch."""

    totals: Counter = field(default_factory=Counter)  # category → planted strings
    batches: Counter = field(default_factory=Counter)  # batch file → planted strings
    leaks: list[dict] = field(default_factory=list)  # id, file, category, value, how
    messages: int = 0
    words: int = 0
    # masked values that overlap no planted string: the cost of recall (over-masking in messages)
    extra: list[tuple[str, str]] = field(default_factory=list)  # (id, placeholder type)
    # planted strings counted as removed of which a distinctive piece is still in the output (see `partial_piece`)
    partials: list[dict] = field(default_factory=list)  # id, file, category, value, piece

    @property
    def extra_per_thousand_words(self) -> float:
        return 1000 * len(self.extra) / self.words if self.words else 0.0

    @property
    def total(self) -> int:
        return sum(self.totals.values())

    @property
    def recall(self) -> float:
        return 1 - len(self.leaks) / self.total if self.total else 1.0

    @property
    def partial_rate(self) -> float:
        """Share of the planted strings that count as removed while a piece of them is still there."""
        return len(self.partials) / self.total if self.total else 0.0

    def recall_of(self, category: str) -> float:
        missed = sum(1 for leak in self.leaks if leak["category"] == category)
        return 1 - missed / self.totals[category] if self.totals[category] else 1.0

    def batch_recall(self, batch: str) -> float:
        missed = sum(1 for leak in self.leaks if leak["file"] == batch)
        return 1 - missed / self.batches[batch] if self.batches[batch] else 1.0


def survives(value: str, category: str, output: str) -> str:
    """How a planted string survives in `output`: "exact", "squashed", "word" (a word of a name), or "".

    Both are compared in Unicode's composed form (NFC): pseudonymisation composes accents, and a name typed with
    combining accents must not pass for removed because its bytes changed."""
    value, output = unicodedata.normalize("NFC", value), unicodedata.normalize("NFC", output)
    if category in NAME_CATEGORIES | _NAME_PIECE_CATEGORIES:
        # a name is a whole word: "CLARA" is not left in "DÉCLARATION"
        if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", output):
            return "exact"
        if squash(value) and re.search(rf"(?<!\w){re.escape(squash(value))}(?!\w)", squash(output)):
            return "squashed"
    else:
        if value in output:
            return "exact"
        if squash(value) and squash(value) in squash(output):
            return "squashed"
    if category in NAME_CATEGORIES:
        for word in re.findall(r"[^\W\d_][\w'’\-]*", value):
            if word.lower() in _NAME_GLUE or len(word) < 2:
                continue
            # an underscore joins words in a file name: "GIRARD" is left in "acte_GIRARD_Robert.pdf"
            if re.search(rf"(?<![^\W_]|\[){re.escape(word)}(?![^\W_]|\])", output):
                return "word"
    return ""


_PLACEHOLDER = re.compile(r"\[[A-Z_]+_\d+\]")


def _count(piece: str, text: str, *, digits: bool) -> int:
    """Occurrences of `piece` in `text` as a whole digit run, or as a whole word (letters only, folded)."""
    if digits:
        return len(re.findall(rf"(?<!\d){piece}(?!\d)", text))
    return len(re.findall(rf"(?<![^\W\d_]){re.escape(piece)}(?![^\W\d_])", text))


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def partial_piece(value: str, category: str, source: str, output: str) -> str:
    """A distinctive piece of a planted string that the metric counts as removed, still in `output`: a run of 3
    digits or more of its number ("0928" of "0928714" after "0928[ALLOCATAIRE_1]"), or a word of 3 letters or more
    of a name in any case or accent ("HOARAU", "hoarau" of "Seb Hoarau"); "" if none.

    `source` is the message without any of its planted strings: a piece counts only where the output holds it more
    often than the rest of the message did ("2018" of a file number is no leak when the writer also wrote "depuis
    2018"; "petit" of "Ange Petit" none when "un petit logement" stays). Placeholders are set aside first."""
    output = _folded(_PLACEHOLDER.sub(" ", unicodedata.normalize("NFC", output)))
    source = _folded(unicodedata.normalize("NFC", source))
    digits = "".join(re.findall(r"\d", value))
    if len(digits) >= 3:
        for run in sorted(set(re.findall(r"\d{3,}", output)), key=len, reverse=True):
            if run in digits and _count(run, output, digits=True) > _count(run, source, digits=True):
                return run
    if category in _NAME_PIECE_CATEGORIES:
        glue = {_folded(word) for word in _NAME_GLUE}
        for word in re.findall(r"[^\W\d_]+", value):
            # a name's words are capitalised, or all of it is in lower case: not "tiret" or "comme" of a spelled name
            if len(word) < 3 or _folded(word) in glue or not (word[0].isupper() or value.islower()):
                continue
            word = _folded(word)
            if _count(word, output, digits=False) > _count(word, source, digits=False):
                return word
    return ""


def corpus_leaks(items: Iterable[dict]) -> CorpusReport:
    """Pseudonymise each item's title and message; every `pii` string that survives is a leak."""
    items = list(items)
    prefetch(text for item in items for text in (item.get("message") or "", item.get("title") or ""))
    report = CorpusReport(messages=len(items))
    for item in items:
        title, body = pseudonymise_message(title=item.get("title") or "", body=item.get("message") or "")
        output = f"{title.text}\n{body.text}"
        report.words += len(f"{item.get('title') or ''} {item.get('message') or ''}".split())
        planted = item.get("pii") or []
        source = f"{item.get('title') or ''}\n{item.get('message') or ''}"
        for value in sorted(planted, key=len, reverse=True):
            source = source.replace(value, " ")
        for placeholder, value in (body.mapping | title.mapping).items():
            if not any(value in pii or pii in value for pii in planted):
                report.extra.append((item["id"], placeholder_type(placeholder)))
        for value, category in zip(planted, item.get("categories") or [], strict=True):
            report.totals[category] += 1
            report.batches[item.get("file", "")] += 1
            how = survives(value, category, output)
            if how:
                report.leaks.append(
                    {"id": item["id"], "file": item.get("file", ""), "category": category, "value": value, "how": how}
                )
            elif piece := partial_piece(value, category, source, output):
                report.partials.append(
                    {
                        "id": item["id"],
                        "file": item.get("file", ""),
                        "category": category,
                        "value": value,
                        "piece": piece,
                    }
                )
    return report


def corpus_split(folder: Path, split: str) -> list[dict]:
    """The items of a corpus split ("train+validation" joins two, "all" is every item)."""
    if split == "all":
        return list(read_corpus(folder))
    return [item for name in split.split("+") for item in read_corpus(folder, split=name)]


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


def _fiche_spans(
    shared: Path, recogniser: RegexRecognizer, pattern: re.Pattern[str], *, fiches: int, seed: int
) -> tuple[int, list[str]]:
    """How many `pattern` matches the paragraphs of `fiches` particuliers fiches hold, and the spans `recogniser`
    takes there for a person's, each with the 80 characters before it."""
    files = sorted((shared / "data" / "service-public" / "particuliers").glob("*.xml"))
    random.Random(seed).shuffle(files)
    total, flagged = 0, []
    for path in files[:fiches]:
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        for paragraph in root.iter("Paragraphe"):
            text = " ".join("".join(paragraph.itertext()).split())
            total += len(pattern.findall(text))
            flagged += [
                f"{text[max(0, start - 80) : start]}<<{text[start:end]}>>" for start, end, _ in recogniser.spans(text)
            ]
    return total, flagged


def fiche_dates(shared: Path, *, fiches: int = 3000, seed: int = 42) -> tuple[int, list[str]]:
    """Every date written in the paragraphs of `fiches` particuliers fiches (most are dates of rules: "depuis le
    1er janvier 2024"), and those the event-date recogniser takes for a person's, each with the words before it."""
    recogniser = EventDateRecognizer()
    pattern = recogniser.compiled[0][0]  # any day and month, with or without a year
    return _fiche_spans(shared, recogniser, pattern, fiches=fiches, seed=seed)


def fiche_years(shared: Path, *, fiches: int = 3000, seed: int = 42) -> tuple[int, list[str]]:
    """Every year written in the paragraphs of `fiches` particuliers fiches ("depuis 2024", "nés entre 1955 et
    1960"), and those the life-year recogniser takes for a person's, each with the words before it."""
    return _fiche_spans(shared, LifeYearRecognizer(), _YEAR_WORD, fiches=fiches, seed=seed)


_YEAR_WORD = re.compile(r"(?<![\w/.,\-])(?:19[2-9]\d|20[0-4]\d)(?![\w/]|[.,]\d)")


def false_positives(paragraphs: list[str]) -> FalsePositiveReport:
    entities = [(s.type, text[s.start : s.end]) for text in paragraphs for s in detect(text)]
    return FalsePositiveReport(
        paragraphs=len(paragraphs), words=sum(len(p.split()) for p in paragraphs), entities=entities
    )
