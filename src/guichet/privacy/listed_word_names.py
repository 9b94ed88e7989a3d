"""First names that are also words, months or places, inside a list of people (forty-second pass, engineer-p132e).

`analyzer._listed_names` extends a found name to the first names listed with it, but never to a first name that is
also a common word, a public name or a month ("Rose", "Marine", "Sofia", "Avril"): alone such a word stays. In a
list whose other members are people the position settles it: "mes enfants : Lou, Rose et Noé", "Océane, Marine,
Gabriel et Raphaël", "Noël (6 ans) et Avril (3 ans)", "Yasmine, Adam, Sofia, Ilyes et Lina".

- `ENABLED`: in a list (words joined by commas, "et", "&", with an age or a bracket after each: "Baptiste (22 ans,
  à Rennes), Solène (20 ans)", "Colin 3, Jeanne 1") where two members or more are found names, another member that
  the gazetteer knows as a first name, or a month capitalised inside a sentence ("Juin"), is a name too. In the case
  of the list: a capitalised word beside capitalised names, a lower-case word only in a list typed in lower case
  ("les triplés mai, lys et olive").
- `MULTIPLES`: a list right after "triplés", "jumeaux", "jumelles" ("accouché de triplés, Léo, Jules et Rose",
  "les jumeaux Juin et Soleil") is a list of people even when none of its members was found.

**Not masked**: a list with fewer than two found names ("Paris, Lyon et Marseille"; "Léo et Rose" alone, left to
the other rules), a word the gazetteer does not hold as a first name ("Léo, Jules et moi", "… et Lyon"), a word
whose case differs from the list's ("Léo, Jules, mai et juin"), a kin word ("Léo, Jules et maman").
"""

import re
from collections.abc import Iterable

from guichet.privacy import gazetteer, lexicon
from guichet.privacy.spacy_fr import STOP_WORDS

ENABLED = True
MULTIPLES = True

_MONTHS = frozenset(
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre "
    "decembre".split()
)
_NOT_ITEMS = frozenset(
    "maman papa mamie mami papi papy tata tatie tonton bébé bebe fiston moi toi lui elle eux nous vous madame "
    "monsieur mme mlle merci bonjour cordialement enfants enfant fils fille filles".split()
)
# A word of the list: letters, then letters, hyphens or apostrophes ("Paul-Antoine").
_ITEM = r"[^\W\d_][\w'’\-]*"
# What may follow a member before the joiner: an age or a bracket ("(13 ans)", "(22 ans, à Rennes)", " 11", " 8 ans").
_AFTER = r"(?:[ \t]*\([^()\n]{1,30}\)|[ \t]+\d{1,2}(?:[ \t]*(?:ans?|mois))?)?"
# "…, et la petite Olive": a child's word between the joiner and the member.
_CHILD = r"(?:(?:le|la|notre|mon|ma)[ \t]+(?:petite?|dernière?|derniere?|bébé|bebe|cadette?)[ \t]+)?"
_JOIN = _AFTER + r"(?:[ \t]*,[ \t]*(?:et[ \t]+)?|[ \t]+et[ \t]+|[ \t]*&[ \t]*)" + _CHILD
_LIST = re.compile(r"(?<![\w'’\-])" + _ITEM + r"(?:" + _JOIN + _ITEM + r")+")
_MEMBER = re.compile(r"(?P<join>" + _JOIN + r")?(?P<item>" + _ITEM + r")")
# Twins and triplets before their names: "de triplés, Léo, Jules et Rose", "les jumeaux Juin et Soleil".
_MULTIPLES = re.compile(
    r"(?i)(?<![\w'’\-])(?:triplé(?:e)?s|triplets|quadruplé(?:e)?s|quintuplé(?:e)?s|jumeaux|jumelles)[ \t]*[,:]?[ \t]*"
)


def _members(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The members' spans of the list written between `start` and `end`."""
    members = []
    position = start
    while position < end:
        match = _MEMBER.match(text, position)
        if match is None or match.end() > end:
            break
        members.append((match.start("item"), match.end("item")))
        position = match.end()
    return members


def _in_sentence(text: str, start: int) -> bool:
    """Not the first word of a sentence or a line."""
    return not re.search(r"(?:^|[.!?\n])[ \t\-–•*]*\Z", text[max(0, start - 4) : start])


def _name_word(word: str, *, capital: bool, lower: bool, inside: bool) -> bool:
    """A first name the gazetteer knows (even a common word, a place or a month), or a month capitalised inside a
    sentence, in the list's case."""
    if len(word) < 3 or word.isupper() or word.lower() in STOP_WORDS or word.lower() in _NOT_ITEMS:
        return False
    if lexicon.is_filler(word):
        return False
    if word[0].isupper():
        if not capital:
            return False
    elif not lower:
        return False
    kind = gazetteer.lookup(word)
    if kind is not None and kind.first:
        return True
    return word[0].isupper() and inside and word.lower() in _MONTHS


def listed_word_names(text: str, names: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The members of a list of people that are not yet found names (see the module's docstring)."""
    if not ENABLED:
        return []
    names = sorted(names)
    cues = {match.end() for match in _MULTIPLES.finditer(text)} if MULTIPLES else set()
    if len(names) < 2 and not cues:
        return []
    found: list[tuple[int, int]] = []
    for match in _LIST.finditer(text):
        members = _members(text, match.start(), match.end())
        named = [(a, b) for a, b in members if any(start <= a and b <= end for start, end in names)]
        holders = {next(span for span in names if span[0] <= a and b <= span[1]) for a, b in named}
        cue = next((a for a, _ in members if a in cues), None)
        if len(holders) >= 2:
            cue = None  # a list of people by its found names: all its members count
        elif cue is None:
            continue
        else:
            members = [(a, b) for a, b in members if a >= cue]  # after "triplés": the members from the cue on
        words = [text[a:b] for a, b in named] or [text[a:b] for a, b in members]
        capital = cue is not None or any(word[0].isupper() for word in words)
        lower = all(word[0].islower() for word in words)
        for a, b in members:
            if (a, b) in named or any(start < b and a < end for start, end in names):
                continue
            if _name_word(text[a:b], capital=capital, lower=lower, inside=_in_sentence(text, a)):
                found.append((a, b))
    return found
