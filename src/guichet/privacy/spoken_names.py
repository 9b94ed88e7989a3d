"""Names said as one speaks them (forty-seventh pass, engineer-p153e): a second nickname after « ou », a name the
writer corrects, a name spelt with words.

- `OR_NICKNAMES`: after a found name, « ou » and a second name the person also goes by: "Maxime, Max ou Maxou à la
  maison", "Jo ou Jojo pour ses copines". The second word is masked when it is a short or pet form of a found name
  (its first letters), a first name the gazetteer knows (not a common or public word), or a capitalised word no list
  knows; never a word followed by another capitalised word ("Léa ou France Travail"), a French word, a country.
- `CORRECTIONS`: a name the writer corrects with "enfin", "pardon", "plutôt", "je veux dire": "Marie, enfin
  Marie-Ange", "Dupuis, enfin Dupuy". When one side is a found name, the other side is masked if it is a short form
  of it, or a name the gazetteer knows; when neither side was found, both are masked if the two words are one letter
  apart or share their first four letters and the gazetteer knows one as a name (a spelling corrected), unless
  a preposition of place stands before them ("parti à Marseille, enfin Marseillan").
- `SPELLED_WITH_WORDS`: a name spelt letter by letter with words, as one does on the telephone: "W comme Wagon, O, J
  comme Jacques, C, I, K", "B comme Bernard, I comme Irène…": three letters or more, at least one "comme", masked
  from the first letter to the last (the words after "comme" say the name's letters).

`OR_NICKNAMES` and `SPELLED_WITH_WORDS` ship **off**: on train + validation the first moved nothing and the second
fixed two train strings only (p153e-013, -045), no validation one; `CORRECTIONS` and `SURNAME_FIRST_AFTER_NOM` ship on.
- `SURNAME_FIRST_AFTER_NOM`: "mon nom Petit Loïc", "nom : Boulanger Inès": after "nom", the surname said before a
  found first name, even when it is a word ("Petit", "Blanche"), as forms and registers write it (p147-032).
"""

import re
from collections.abc import Iterable

from guichet.privacy import gazetteer, lexicon
from guichet.privacy.common_words import is_common
from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.text import fold

OR_NICKNAMES = False
CORRECTIONS = True
SPELLED_WITH_WORDS = False
SURNAME_FIRST_AFTER_NOM = True

_NAME = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
_OR = re.compile(r"[ \t]+ou[ \t]+(?P<word>" + _NAME + r")(?![\w'’\-])(?![ \t]+[A-ZÀ-Ý])")
_CORRECTION = r"(?:enfin|pardon|plutôt|plutot|ou[ \t]+plutôt|ou[ \t]+plutot|je[ \t]+veux[ \t]+dire)"
_CORRECTED = re.compile(
    r"(?<![\w'’\-])(?P<first>" + _NAME + r")[ \t]*,?[ \t]+" + _CORRECTION + r"[ \t]*,?[ \t]+(?P<second>" + _NAME + r")"
    r"(?![\w'’\-])"
)
# a preposition of place right before the first word
_PLACE_BEFORE = re.compile(r"(?i:(?<![\w'’\-])(?:à|a|de|en|vers|sur|près[ \t]+de|depuis)[ \t]+|(?<![\w'’\-])d['’])\Z")
_LETTER = r"[A-ZÀ-Ý](?:[ \t]+comme[ \t]+[A-ZÀ-Ý][a-zà-ÿ\-]+)?"
_SPELLED = re.compile(r"(?<![\w'’\-])" + _LETTER + r"(?:[ \t]*,[ \t]*" + _LETTER + r"){2,}(?![\w'’\-])")


def spoken_spans(text: str, people: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the three rules (see the module); `people` are the spans of the names found."""
    people = list(people)
    found: list[tuple[int, int]] = []
    if OR_NICKNAMES and " ou " in text:
        found += _or_nicknames(text, people)
    if CORRECTIONS:
        found += _corrections(text, people)
    if SPELLED_WITH_WORDS and " comme " in text:
        found += [
            (m.start(), m.end()) for m in _SPELLED.finditer(text) if "comme" in m.group() and len(_letters(m)) >= 3
        ]
    if SURNAME_FIRST_AFTER_NOM and "nom" in text:
        found += _surnames_first(text, people)
    return found


_AFTER_NOM = re.compile(
    r"(?i:(?<![\w'’\-])nom(?:[ \t]+de[ \t]+famille)?(?:[ \t]+(?:est|c['’]est|c['’]|c))?[ \t]*:?[ \t]*)"
    r"(?P<word>[A-ZÀ-Ý][a-zà-ÿ]+|[A-ZÀ-Ý]{2,})[ \t]+\Z"
)


def _surnames_first(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found = []
    for start, end in people:
        if " " in text[start:end].strip():
            continue  # a full name found already
        match = _AFTER_NOM.search(text, max(0, start - 40), start)
        if match is None:
            continue
        kind = gazetteer.lookup(match.group("word"))
        if kind is not None and kind.surname:
            found.append((match.start("word"), match.end("word")))
    return found


def _letters(match: re.Match[str]) -> list[str]:
    return re.findall(r"(?<![\w'’\-])[A-ZÀ-Ý](?![\w'’\-])", match.group())


def _name_words(text: str, people: list[tuple[int, int]]) -> list[str]:
    return [word for start, end in people for word in re.findall(r"[^\W\d_]+", text[start:end])]


def _pet_form(word: str, names: list[str]) -> bool:
    """`word` starts as a found name does: its first three letters, or all of a name of two or three ("Jojo" of
    "Jo", "Maxou" of "Max", "Marie" of "Marie-Ange")."""
    folded = gazetteer.fold(word).lower()
    for name in names:
        other = gazetteer.fold(name).lower()
        if other == folded or len(other) < 2:
            continue
        head = other[:3] if len(other) >= 3 else other
        if folded.startswith(head) or (len(folded) >= 3 and other.startswith(folded[:3])):
            return True
    return False


def _a_name(word: str) -> bool:
    """A first name or surname the gazetteer knows that is no common or public word, or a word no list knows."""
    if fold(word) in COUNTRIES or is_common(word):
        return False
    kind = gazetteer.lookup(word)
    if kind is None:
        return len(word) >= 3 and not lexicon.is_french(word)
    return (kind.first or kind.surname) and not kind.common and not kind.public


def _or_nicknames(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    names = _name_words(text, people)
    found = []
    for _start, end in people:
        match = _OR.match(text, end)
        if match is None:
            continue
        word = match.group("word")
        if lexicon.is_french(word) and not _pet_form(word, names):
            continue
        if _pet_form(word, names) or _a_name(word):
            found.append((match.start("word"), match.end("word")))
    return found


def _corrections(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not any(word in text for word in ("enfin", "pardon", "plut", "veux dire")):
        return []
    names = _name_words(text, people)
    covered = {i for start, end in people for i in range(start, end)}
    found = []
    for match in _CORRECTED.finditer(text):
        first, second = match.group("first"), match.group("second")
        first_found = match.start("first") in covered
        second_found = match.start("second") in covered
        if first_found and second_found:
            continue
        if first_found or second_found:
            other, group = (second, "second") if first_found else (first, "first")
            if _pet_form(other, names) or _a_name(other):
                found.append((match.start(group), match.end(group)))
            continue
        if _PLACE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "parti à Marseille, enfin Marseillan": two places
        a, b = gazetteer.fold(first).lower(), gazetteer.fold(second).lower()
        close = _one_apart(a, b) or (len(a) >= 4 and a[:4] == b[:4])
        if close and (_a_name(first) or _a_name(second)):
            found += [(match.start("first"), match.end("first")), (match.start("second"), match.end("second"))]
    return found


def _one_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
