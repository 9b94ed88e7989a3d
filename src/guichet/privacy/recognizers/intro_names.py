"""Names introduced in English or listed beside another name (fifty-second pass, engineer-p174e, issue 13): "Hello,
bonjour, I am Lijuan Wang", "I'm Zhou Xinyi", "I am Ahmed", "Mes colocataires sont Ankit Sharma et Daniel Mendoza",
"We are three students: Kim Min-jun, Park Ji-woo and Tanaka Haruto", "Nous sommes Chen Wei et Li Na".

The name rules read an introduction in French, German, Spanish, Portuguese and Haitian Creole ("je m'appelle", "ich
heiße", "me llamo", `name_rules_patterns._INTRO_CUE`) but not the English "I am" / "I'm", which spaCy's French
model reads as a person only now and then (in "I am Lijuan Wang." but not after "Hello, bonjour,"). A name in a list
of names is found when one of its neighbours is ("Daniel Mendoza"), the other left ("Ankit Sharma", "Tanaka Haruto",
"Li Na"). Two switches, read at call time:

- `ENGLISH_SELF`: after "I am", "I'm", "my name's", "this is", "myself", the capitalised words up to the first that
  is a French or a frequent English word, or a common word; kept when two words or more, one of which the gazetteer
  lists as a name ("Lijuan Wang": "Wang"), or a single first name the gazetteer lists that is no French nor common
  word ("I am Ahmed"). "I am Student", "I am French", "I'm Happy", "this is Paris", "this is France Travail" stay.
- `LISTED_PEERS`: a list of two to five names of two or three capitalised words each, joined by commas, "et",
  "and" or "&", where every word is a name the gazetteer lists (a two-letter one too: "Li Na") or a word of no
  language the lexicon knows, no word a common or French word of three letters or more, each name holding at least
  one word the gazetteer lists, and the list not after a place's word ("les lycées Victor Hugo et Jean Moulin",
  "rue Victor Hugo et …"): each name is masked as a person.

**Not masked**: public bodies and firms whose names hold a French word ("Bouygues Telecom et Orange", "Crédit
Agricole et Société Générale"), single words in a list ("Lyon, Lille et Paris"), English words after "I am".
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.names import ENTITY
from guichet.privacy.recognizers.base import RegexRecognizer

# Switches, read at call time; figures in docs/benchmarks.md, fifty-second pass, engineer-p174e.
ENGLISH_SELF = True
LISTED_PEERS = True

_SCORE = 0.7
# A capitalised word: a first capital then lower case, parts joined by hyphens or apostrophes ("Ji-woo", "N'Diaye"),
# or a word in capitals ("DIALLO")
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[\-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*|[A-ZÀ-ÖØ-Þ]{2,})"
_ENGLISH_CUE = re.compile(
    r"(?<![\w'’])(?:I[ \t]+am|I['’]m|my[ \t]+name['’]s|My[ \t]+name['’]s|this[ \t]+is|This[ \t]+is|myself|Myself)"
    r"[ \t]*,?[ \t]+(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3})(?![\w'’\-])"
)
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r"){1,2}"
_JOIN = r"(?:[ \t]*,[ \t]*(?:(?:et|and|&)[ \t]+)?|[ \t]+(?:et|and|&)[ \t]+)"
_LIST = re.compile(r"(?<![\w'’\-])" + _NAME + r"(?:" + _JOIN + _NAME + r"){1,4}(?![\w'’\-])")
_SPLIT = re.compile(_JOIN)
# A place's or a public body's word right before a list: its names are eponyms ("les lycées Victor Hugo et …")
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’\-])(?i:rues?|avenues?|boulevards?|bd|all[ée]es?|places?|quais?|impasses?|chemins?|square|cours|cit[ée]s?|"
    r"r[ée]sidences?|lyc[ée]es?|coll[èe]ges?|[ée]coles?|groupe[ \t]+scolaire|h[ôo]pitaux|h[ôo]pital|cliniques?|"
    r"centres?|stades?|gares?|stations?|m[ée]tro|parcs?|ponts?|salles?|espaces?|m[ée]diath[èe]ques?|"
    r"biblioth[èe]ques?|universit[ée]s?|instituts?|fondations?|associations?|prix|saint|sainte|st|ste)"
    r"[ \t]*(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])?[ \t]*\Z"
)


def _listed(word: str) -> bool:
    """A name the gazetteer lists that is no common word."""
    kind = lookup(word)
    return kind is not None and not kind.common and not is_common(word)


def _plain(word: str) -> bool:
    """A French or frequent English word, a filler or a common word: not a name's part."""
    return is_french(word) or is_filler(word) or is_common(word)


def _self_words(words: list[str]) -> list[str]:
    """The words of a name after "I am", up to the first that cannot be a name's."""
    kept: list[str] = []
    for word in words:
        if _plain(word) and not (len(word) <= 3 and _listed(word)):
            break
        kept.append(word)
    return kept


def _english_self(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _ENGLISH_CUE.finditer(text):
        words = match.group("name").split()
        kept = _self_words(words)
        if not kept:
            continue
        if len(kept) == 1:
            kind = lookup(kept[0])
            if kind is None or not kind.first or kind.common or _plain(kept[0]) or kept[0].isupper():
                continue
        elif not any(_listed(word) for word in kept):
            continue
        start = match.start("name")
        offsets = [m.end() for m in re.finditer(r"\S+", match.group("name"))]
        end = start + offsets[len(kept) - 1]
        yield start, end, _SCORE


def _peer_word(word: str) -> bool:
    if _listed(word):
        return True
    kind = lookup(word)
    if len(word) == 2 and kind is not None and not kind.common:  # "Na" of "Li Na", a name beside a listed one
        return True
    if len(word) < 3 or _plain(word):
        return False
    return all(part[:1].isupper() and not is_french(part) for part in re.split(r"[\-'’]", word) if part)


def _listed_peers(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _LIST.finditer(text):
        if _PLACE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        names: list[tuple[int, int]] = []
        position = match.start()
        for part in _SPLIT.split(match.group()):
            start = text.index(part, position)
            names.append((start, start + len(part)))
            position = start + len(part)
        words = [text[a:b].split() for a, b in names]
        if all(all(_peer_word(word) for word in name) and any(_listed(word) for word in name) for name in words):
            for start, end in names:
                yield start, end, _SCORE


class IntroNameRecognizer(RegexRecognizer):
    """A name after an English "I am" and a name in a list of names (see the module)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if ENGLISH_SELF:
            yield from _english_self(text)
        if LISTED_PEERS:
            yield from _listed_peers(text)
