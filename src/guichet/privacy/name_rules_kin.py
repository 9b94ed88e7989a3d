"""Introductions ("ici Mehdi", "la maman de tom"), relatives in brackets or apposition, signatures said as
such.

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import fold, is_name, lookup
from guichet.privacy.lexicon import is_filler, is_french, is_inflected_form
from guichet.privacy.name_rules_lone import _SENTENCE_START
from guichet.privacy.name_rules_patterns import _CLOSING_WORDS, _SEQ, _TITLE, _W
from guichet.privacy.name_rules_places import _BRANDS, _DEPARTMENTS
from guichet.privacy.name_rules_words import (
    _FUNCTION_WORDS,
    _first_name_word,
    _foreign_word,
    _head,
    _plain_common,
    name_like,
)
from guichet.privacy.scan_once import AnchorGate
from guichet.privacy.spacy_fr import STOP_WORDS

# The writer says who they are to someone: "jsuis rose, la maman de tom", "c'est pierre, le fils de Mme Roux",
# "Bonsoir, ici Sophie, la fille de…"; or gives their name after a greeting: "Bonsoir, ici Mehdi", "Awa à
# l'appareil".
_WHO_TO = (
    r"(?:maman|papa|mère|mere|père|pere|fille|fils|femme|mari|épouse|epouse|compagne|compagnon|sœur|soeur|frère|"
    r"frere|grand-mère|grand-mere|grand-père|grand-pere|tante|oncle|cousine?|nièce|niece|neveu|voisine?|amie?|"
    r"tutrice|tuteur|curatrice|curateur|aidante?|assistante?|auxiliaire|nounou|belle-fille|beau-fils|petite?-fille|"
    r"petit-fils)"
)


_INTRODUCED = re.compile(
    r"(?i:\b(?:je[ \t]+suis|jsuis|chui|moi[ \t]+c['’ ]?est|moi[ \t]+c|c['’ ]?est|ici))"
    rf"[ \t]+(?P<name>{_W})[ \t]*,?[ \t]+"
    rf"(?i:(?:la|le|l['’])[ \t]*{_WHO_TO}[ \t]+(?:de|d['’]|du|des)\b)"
    rf"|(?i:\b(?:bonjour|bonsoir|salut|coucou|allô|allo|hello)[ \t]*[,!.]?[ \t]*ici)[ \t]+(?P<greeted>{_W})"
    rf"|(?<![\w'’\-])(?P<caller>{_W})[ \t]+(?i:à[ \t]+l['’][ \t]*appareil)\b"
)


# A couple named with titles, their first names between brackets: "Mr et Mme Laval (Jean-Marc et Sylvie)".
_COUPLE_FIRST_NAMES = re.compile(
    rf"(?<![\w'’\-]){_TITLE}(?:[ \t]+(?:et|&)[ \t]+{_TITLE})?[ \t]+{_W}(?:[ \t]+{_W})?"
    r"[ \t]*\((?P<inner>[^()\n]{2,60})\)"
)


# Whose mother, son, neighbour… someone is: "la maman de tom ines et…", "le fils de Paul", "la voisine d'Awa".
# A name and, in brackets, whose relative it is: "Personne à contacter : Ghislain (mon frère)", "Awa Sy (ma fille)".
_KIN_WORD = (
    r"(?i:mon|ma|notre|son|sa|leur)[ \t]+"
    rf"(?:beau-frère|beau-frere|belle-sœur|belle-soeur|beau-père|beau-pere|belle-mère|belle-mere|{_WHO_TO})"
)


_KIN_BRACKETED = re.compile(rf"(?<![\w'’\-])(?P<name>{_W}(?:[ \t]+{_W}){{0,2}})[ \t]*\({_KIN_WORD}\)")


# The same relative after a comma, the apposition ending there: "J'ai donné procuration à Martin, mon frère.",
# "Rose, ma voisine, ne parle pas français" (not "à Lyon, mon fils habite…": a verb goes on after the relative).
_KIN_APPOSED = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_W}(?:[ \t]+{_W}){{0,2}}),[ \t]*{_KIN_WORD}" r"(?=[ \t]*(?:[,.;!?)\n]|$|qui\b))"
)


# (thirty-fifth pass) both patterns start at every word: each is tried only where its bracket or comma before a
# relative is written (`scan_once.AnchorGate`)
_KIN_GATES = {_KIN_BRACKETED: AnchorGate(rf"\({_KIN_WORD}\)"), _KIN_APPOSED: AnchorGate(rf",[ \t]*{_KIN_WORD}")}


def kin_bracketed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The capitalised words before "(mon frère)", "(ma fille)", ", mon frère.": from the last function word on,
    no French word alone ("Contact (mon frère)" is none); after a comma, a first name that is also a common word
    too, inside a sentence ("…à Rose, ma voisine.")."""
    for regex in (_KIN_BRACKETED, _KIN_APPOSED):
        if not _KIN_GATES[regex].may_match(text):
            continue
        for match in regex.finditer(text):
            start = match.start("name")
            words = list(re.finditer(_W, match.group("name")))
            # keep the capitalised words at the end: "à contacter Ghislain" → "Ghislain"
            while words and not words[0].group()[0].isupper():
                words.pop(0)
            if not words or not all(word.group()[0].isupper() for word in words):
                continue
            values = [word.group() for word in words]
            inside = not _SENTENCE_START.search(text[max(0, start + words[0].start() - 3) : start + words[0].start()])
            if any(
                value.lower() in _FUNCTION_WORDS
                or value.lower() in _CLOSING_WORDS
                or _plain_common(value)
                and not (regex is _KIN_APPOSED and inside and _first_name_word(value))
                for value in values
            ):
                continue
            apposed = regex is _KIN_APPOSED and inside
            if any(is_name(value) or not is_french(value) or apposed and _first_name_word(value) for value in values):
                yield start + words[0].start(), start + words[-1].end(), 0.75


_KIN_OF_NAMES = re.compile(rf"(?i:\b(?:la|le|l['’])[ \t]*{_WHO_TO}[ \t]+(?:de|d['’])[ \t]*)")


def _kin_of_name(word: str) -> bool:
    """A first name the gazetteer knows after "la maman de": capitalised, even a public name ("Paul"); in lower
    case, no common or French word ("tom", "ines", not "famille", "mon")."""
    if word.lower() in STOP_WORDS or is_filler(word) or word.isupper() or _plain_common(word):
        return False
    kind = lookup(word)
    if kind is None or not kind.first:
        return False
    if word[0].isupper():
        return fold(word) not in _DEPARTMENTS | _BRANDS and word.lower() not in {"france", "marianne"}
    # a first name the lexicon holds only as a headword of its index, never as a form of its lookup table, is
    # the name here ("la maman de lina", "le papa de julie"); "la mère de rose" (a common word) is not
    return not kind.common and not (is_french(word) and not kind.public and is_inflected_form(word))


def introduced_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_INTRODUCED` and `_COUPLE_FIRST_NAMES`: a first name the gazetteer knows, even a common word ("rose")
    when the writer says whose mother she is; after a greeting's "ici" or before "à l'appareil", a known first
    name that is no common word, or a capitalised word of no language the lexicon knows."""
    for match in _INTRODUCED.finditer(text):
        group = "name" if match.group("name") else "greeted" if match.group("greeted") else "caller"
        word = match.group(group)
        kind = lookup(word)
        if word.lower() in STOP_WORDS or is_filler(word) or kind is not None and kind.public and not kind.first:
            continue
        if kind is not None and kind.first and (group == "name" or not kind.common):
            yield match.start(group), match.end(group), 0.7
        elif kind is None and _foreign_word(word):
            yield match.start(group), match.end(group), 0.6
    for match in _KIN_OF_NAMES.finditer(text):
        position = match.end()
        for _ in range(6):  # "la maman de tom ines et le petit yanis": the names listed after the first
            word = re.compile(_W).match(text, position)
            if word is None or not _kin_of_name(word.group()):
                break
            yield word.start(), word.end(), 0.6
            joiner = re.compile(r"[ \t]*(?:,|et\b|&)?[ \t]*").match(text, word.end())
            position = joiner.end() if joiner else word.end()
    for match in _COUPLE_FIRST_NAMES.finditer(text):
        inner = match.start("inner")
        for word in re.finditer(_W, match.group("inner")):
            kind = lookup(word.group())
            if word.group()[0].isupper() and kind is not None and kind.first:
                yield inner + word.start(), inner + word.end(), 0.7


# A signature said as such, even on a one-line message: "Signé : Dédé (le voisin du dessus)", "… merci. Signé
# Ousmane K." (at the start of a line or a sentence; "j'ai signé le bail" is neither).
_SIGNED = re.compile(
    r"(?im)(?:^|(?<=[.!?…]))[ \t]*(?:sign[ée]e?(?:[ \t]+par)?|signature)[ \t]*(?::[ \t]*|[ \t]+)(?=[^\W\d_])"
)


def signed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The name after "Signé :", "Signature :", "Signé par", in the position of a signature."""
    for match in _SIGNED.finditer(text):
        line_end = text.find("\n", match.end())
        head_start, head_end, _ = _head(text, match.end(), len(text) if line_end < 0 else line_end)
        head = text[head_start:head_end]
        if head and _SEQ.fullmatch(head) and name_like(head, strong_position=True):
            yield head_start, head_end, 0.8
