"""Doubled syllables as nicknames, initials signing, nicknames in quotes, first names shouted in capitals.

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import functools
import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.name_rules_words import _ACRONYMS, _NICKNAMED
from guichet.privacy.spacy_fr import STOP_WORDS

# A syllable said twice is how French families call someone ("juju", "titi", "fanfan", "dédé"): a nickname, in any
# case, unless it is one of the words French builds that way (baby talk, kin, onomatopoeia, slang).
_DOUBLED = re.compile(
    r"(?<![\w@.’'\-])(?P<word>(?P<syllable>[^\W\d_]{2,3})(?P=syllable))(?![\w@’'\-]|\.\w)", re.IGNORECASE
)


_DOUBLED_WORDS = set(
    "papa mama tata tonton bébé bebe meme mémé pépé pepe nounou coucou haha hihi hoho hehe blabla manman doudou dodo "
    "bobo coco pipi caca tete bonbon couscous frfr lala gaga nana dada baba cancan tamtam tutu yoyo bibi joujou "
    "toutou zizi cracra froufrou glouglou pioupiou tsétsé tsetse kaka mdrmdr wawa ouaoua cucu fofolle "
    "nunu ptpt bisbis".split()
)


def doubled_nicknames(text: str) -> Iterator[tuple[int, int, float]]:
    """A syllable of two or three letters said twice, alone as a word (see `_DOUBLED`)."""
    for match in _DOUBLED.finditer(text):
        word = match.group("word")
        if word.lower() in _DOUBLED_WORDS or fold(word.lower()) in _DOUBLED_WORDS or word.isupper():
            continue
        yield match.start("word"), match.end("word"), 0.6
        # the first name listed with it in lower case, joined by "et" or a comma: "en coloc avec max et juju"
        before = _LISTED_BEFORE.search(text, max(0, match.start() - 24), match.start())
        after = _LISTED_AFTER.match(text, match.end())
        for listed in (before, after):
            if listed is not None and _lower_listed_first_name(listed.group("name")):
                yield listed.start("name"), listed.end("name"), 0.5


_LISTED_BEFORE = re.compile(r"(?<![\w’'\-])(?P<name>[a-zà-ÿ]{3,12})(?:[ \t]+et[ \t]+|[ \t]*,[ \t]*)\Z")


_LISTED_AFTER = re.compile(r"(?:[ \t]+et[ \t]+|[ \t]*,[ \t]*)(?P<name>[a-zà-ÿ]{3,12})(?![\w’'\-])")


def _lower_listed_first_name(word: str) -> bool:
    """A first name the gazetteer knows, no common word nor a word of a sentence's grammar."""
    kind = lookup(word)
    return (
        kind is not None
        and kind.first
        and not kind.common
        and not kind.public
        and not is_common(word)
        and word not in STOP_WORDS
        and word not in _DOUBLED_WORDS
    )


# A signature of initials alone on one of the last lines: "A. B.", "J.-P. M.", "M.D."; not "P.S." or "N.B.".
# "JM.R.": a compound first name's two initials before the surname's.
_INITIALS = r"[A-ZÀ-Ý]{1,2}\.(?:[ \t\-]{0,2}[A-ZÀ-Ý]\.){1,2}"


_INITIALS_LINE = re.compile(r"(?m)^[ \t]*(?P<name>" + _INITIALS + r")[ \t]*$")


# The same after the closing thanks on the last line, before the end, a phone or a placeholder: "… merci. JM.R. (06
# 03 58 19 72)" (p77-054), "Cordialement, A.B."
_SIGNED_INITIALS = re.compile(
    r"(?i:\b(?:merci(?: d'avance| beaucoup)?|cordialement|salutations|bien à vous|bonne (?:journée|soirée)))"
    r"[ \t]*[.,!]+[ \t]*(?P<name>" + _INITIALS + r")(?=[ \t]*(?:$|[(\[+\d]))"
)


_NOT_INITIALS = {"PS", "NB", "PJ", "SVP", "RAS", "AR"}


def initials_lines(text: str) -> Iterator[tuple[int, int, float]]:
    """Initials alone on a line among the last four lines that hold something, or after the thanks of the last
    line: the writer's signature."""
    lines = list(re.finditer(r"(?m)^.*\S.*$", text))
    for line in lines[-4:]:
        match = _INITIALS_LINE.match(text, line.start(), line.end()) or (
            _SIGNED_INITIALS.search(text, line.start(), line.end()) if line is lines[-1] else None
        )
        if match and re.sub(r"[^A-ZÀ-Ý]", "", match.group("name")) not in _NOT_INITIALS:
            yield match.start("name"), match.end("name"), 0.7


def nicknamed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A first name, a nickname in quotes and a surname, as one name (see above)."""
    for match in _NICKNAMED.finditer(text):
        first = match.group("first")
        kind = lookup(first)
        if kind is None or not kind.first or kind.public or not first[0].isupper() or is_common(first):
            continue
        end = None
        for word in re.finditer(r"\S+", match.group("last")):
            value = word.group()
            if not value[0].isupper() or is_common(value) or value.lower() in STOP_WORDS:
                break
            end = match.start("last") + word.end()
        if end is not None:
            yield match.start("first"), end, 0.8


@functools.lru_cache(maxsize=64)
def in_capitals(text: str) -> bool:
    """A message typed in capitals ("JE VIS EN COLOC AVEC …"): four letters of five or more are capitals."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 20 and sum(char.isupper() for char in letters) >= 0.8 * len(letters)


_SHOUTED = re.compile(r"(?<![\w'’\-])[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?(?![\w'’\-])")


def shouted_first_names(text: str) -> Iterator[tuple[int, int, float]]:
    """In a message typed in capitals, where case tells nothing, a word the gazetteer knows only as a first name
    (never a common word, a place, a public figure, an acronym nor a French word form): "JE DORS CHEZ MOUSSA",
    "MERCI\nFATOU"."""
    if not in_capitals(text):
        return
    for match in _SHOUTED.finditer(text):
        word = match.group()
        lower = word.lower()
        kind = lookup(word)
        if kind is None or not kind.first or kind.common or kind.public:
            continue
        if lower in _ACRONYMS or lower in STOP_WORDS or is_common(word) or is_french(lower) or is_filler(lower):
            continue
        yield match.start(), match.end(), 0.6
