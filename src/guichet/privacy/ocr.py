"""A normalised view of text damaged by a scan or a bad copy, that keeps where each character came from.

A scanned letter pasted into a message confuses digits and letters ("0l/03/2001", "2l04873", "B0UCHER", "J€AN")
and spaces words out or cuts them ("19 r ue des Cer isiers 67 000 Stra sbourg"). `view(text)` undoes the most
common of these: in a token of digits, O/o read as 0 and l/I/| as 1; in a word in capitals, 0 read as O, and 1 or
€ between two letters as I or E; two pieces of a word joined when together they are a French word and apart they
are not; a cut postcode joined after a street, a cut town after its postcode; text spaced out letter by letter
("L u c i e n  M a r c", "O  D  I  L  E") joined into its words. `origin[i]` is the offset in `text`
of the view's character i (and `origin[len(view)] == len(text)`), so that a span found on the view lands on the
original characters. The analyzer only keeps what the view finds over a changed place (see `analyzer.detect`).
"""

import re
from dataclasses import dataclass

from guichet.privacy import lexicon

# A token of digits with letters a scan reads for digits: "0l", "2l04873", "O9", "l5", "3O" (one digit at least,
# and no more such letters than digits).
_DIGITISH = re.compile(r"(?<![\w€])[0-9OolI|]*[0-9][0-9OolI|]*(?![\w€])")
_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
# A word in capitals with digits or a euro sign a scan reads for letters: "B0UCHER", "J€AN", "0RLEANS", "M0NSIEUR".
_LETTERISH = re.compile(r"(?<![\w€])[A-ZÀ-Ý0€1]*[0€1][A-ZÀ-Ý0€1]*(?![\w€])")
_TO_LETTER_NOT_ONE = str.maketrans({"0": "O"})
# A date in figures with a space inside its day or month, and a letter for a digit there: "4/1 l/1995" (4/11/1995).
_SPLIT_DATE = re.compile(r"(?<![\w/])[0-9lIO](?: ?[0-9lIO])?/[0-9lIO](?: ?[0-9lIO])?/(?:19|20)\d{2}(?![\w/])")
# Two pieces of one word, one space apart: "r ue", "Cer isiers", "s écurité", "Monsi eur".
_PIECES = re.compile(r"(?<![\w'’\-])([^\W\d_]+) ([^\W\d_]+)(?![\w'’\-])")
# A town cut in two after its postcode: "67000 Stra sbourg" (neither piece a French word).
_CUT_TOWN = re.compile(r"(?<![\d,.])(?:\d{5}|\d{1,4} \d{1,4}) ([A-ZÀ-Ý][^\W\d_]*) ([a-zà-ÿ]+)(?![\w'’\-])")
# A postcode cut in two before its town: "67 000 Strasbourg", "4 5000 ORLEANS" (not an office's "42 961 Saint-Étienne
# cedex", written so on purpose).
_CUT_POSTCODE = re.compile(r"(?<![\w,.])(\d{1,4}) (\d{1,4})(?= [A-ZÀ-Ý])(?![^\n,]{0,40}\b(?i:cedex)\b)")
# ... only after a street of the same address ("Plus de 20 000 Français" is a count).
_STREET = re.compile(
    r"(?i)\b\d{1,4}(?:[ \t]*(?:bis|ter|[a-d]))?,?[ \t]+(?:rue|avenue|av|bd|boulevard|impasse|allée|allee|chemin|"
    r"place|route|quai|cours|square|passage|résidence|residence|lotissement|cité|cite|hameau)\b"
)


@dataclass(frozen=True)
class View:
    text: str
    origin: list[int]

    def changed(self, start: int, end: int, original: str) -> bool:
        """The view's characters start..end differ from the original ones they came from (or some were dropped)."""
        first, last = self.origin[start], self.origin[end - 1] + 1
        return original[first:last] != self.text[start:end]

    def back(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


def _digitish(token: str) -> bool:
    digits = sum(char.isdigit() for char in token)
    return 0 < len(token) - digits <= digits


def _letterish(token: str) -> bool:
    odd = sum(char in "0€1" for char in token)
    return len(token) - odd >= max(3, 2 * odd)


# Short words that stand alone (French, and English of messages): a piece that is one of them is a word of its own
# ("Martin et", "tout de", "tax is").
_SMALL_WORDS = set(
    "a à y ô o e et ou de du la le les des un une en au aux am sa son ses ma mon mes ta ton ne se ce il on "
    "to is it its of in at as an".split()
)


def _one_word(first: str, second: str) -> bool:
    if len(first) + len(second) < 3 or second.islower() and len(first) > 1 and first.isupper():
        return False  # "AR n°"
    if first.islower() and not second.islower():
        return False  # "l ARS", "a l IA"
    if second[0].isupper() and not second.isupper():
        return False  # "Jean Dupont": two words
    if any(piece.lower() in _SMALL_WORDS for piece in (first, second)):
        return False  # "Martin et", "Lou a", "mise à jour"
    if any(len(piece) > 1 and lexicon.is_french(piece) for piece in (first, second)):
        return False  # "cas sera", "elle s appelle", "Frankfurt am": a word of its own ("r ue": a letter alone)
    return lexicon.is_french(first + second)


_CLOSING = ".,;:!?)»\"'"
# five characters standing alone in a row (a quick test before the lines are cut into tokens)
_SPACED = re.compile(r"(?<!\S)\S(?:[ \t]{1,3}\S(?!\S)){4}")


def _spaced_out(text: str) -> set[int]:
    """The offsets of the spaces to drop in text spaced out letter by letter ("L u c i e n  M a r c", "O  D  I  L
    E", "3 0  m a i  1 9 7 9"): on a line, five characters or more standing alone one after the other, apart by at
    most three spaces. The narrowest gap of the run is the one inside a word (dropped), a wider one is between two
    words (one space kept). Kept as it is when its longest word would be under four characters ("il y a à")."""
    drop: set[int] = set()
    if not _SPACED.search(text):
        return drop
    for line in re.finditer(r"[^\n]+", text):
        if not _SPACED.search(line.group()):
            continue
        tokens = list(re.finditer(r"\S+", line.group()))
        first = 0
        while first < len(tokens):
            last = first
            while (
                len(tokens[last].group()) == 1
                and last + 1 < len(tokens)
                and len(tokens[last + 1].group().rstrip(_CLOSING)) == 1  # the last one may end a sentence: "4 7."
                and tokens[last + 1].start() - tokens[last].end() <= 3
            ):
                last += 1
            run = tokens[first : last + 1]
            first = last + 1
            while run and not run[0].group().isalnum():  # a colon before it, a dot after it
                run = run[1:]
            while run and not run[-1].group().rstrip(_CLOSING).isalnum():
                run = run[:-1]
            if len(run) < 5:  # "2 x 3 m"
                continue
            gaps = [(a.end(), b.start()) for a, b in zip(run, run[1:], strict=False)]
            narrow = min(end - start for start, end in gaps)
            words, longest = 1, 0
            for start, end in gaps:
                words = words + 1 if end - start == narrow else 1
                longest = max(longest, words)
            if longest < 4:
                continue
            for start, end in gaps:
                keep = 0 if end - start == narrow else 1
                drop.update(range(line.start() + start + keep, line.start() + end))
    return drop


def view(text: str) -> View:
    """The normalised view of `text` (see the module); the text itself, with `origin` the identity, when nothing
    looks damaged."""
    chars = list(text)
    for match in _DIGITISH.finditer(text):
        token = match.group()
        if token.isdigit() or not _digitish(token):
            continue
        chars[match.start() : match.end()] = token.translate(_TO_DIGIT)
    for match in _LETTERISH.finditer(text):
        token = match.group()
        if _letterish(token):
            # a 1 or a € only between two letters: "G1RARD", "J€AN", not "CE1", "NW1", "1ER" nor "€TTC"
            token = re.sub(r"(?<=[A-ZÀ-Ý0€])([1€])(?=[A-ZÀ-Ý0€])", lambda m: "I" if m[1] == "1" else "E", token)
            chars[match.start() : match.end()] = token.translate(_TO_LETTER_NOT_ONE)
    normalised = "".join(chars)
    dropped: set[int] = set()
    for match in _SPLIT_DATE.finditer(normalised):
        date = re.sub(r"[ lIO]", lambda m: "" if m[0] == " " else m[0].translate(_TO_DIGIT), match.group())
        day, month, _ = date.split("/")
        if " " in match.group() and 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            for offset, char in enumerate(match.group(), match.start()):
                if char == " ":
                    dropped.add(offset)
                elif char in "lIO":
                    chars[offset] = char.translate(_TO_DIGIT)
    normalised = "".join(chars)
    dropped |= _spaced_out(normalised)
    position = 0
    while match := _PIECES.search(normalised, position):
        if _one_word(match.group(1), match.group(2)):
            dropped.add(match.end(1))
            position = match.end()
        else:
            position = match.start(2)
    for match in _CUT_POSTCODE.finditer(normalised):
        before = "".join(normalised[i] for i in range(max(0, match.start() - 80), match.start()) if i not in dropped)
        if len(match.group(1) + match.group(2)) == 5 and _STREET.search(before):
            dropped.add(match.end(1))
    for match in _CUT_TOWN.finditer(normalised):
        pieces = match.groups()
        if len(re.sub(r"\D", "", match.group())) == 5 and not any(
            lexicon.is_french(piece) or piece.lower() in _SMALL_WORDS for piece in pieces
        ):
            dropped.add(match.end(1))
    if not dropped and normalised == text:
        return View(text, list(range(len(text) + 1)))
    origin = [i for i in range(len(text)) if i not in dropped]
    return View("".join(normalised[i] for i in origin), origin + [len(text)])
