"""Foreign names held together by an Arabic particle in lower case, and a single-word name said to be someone's
(fifty-fourth pass, engineer-p187e, issue 13): "Fatima bint Salem", "Muhammad Abd al-Qadir", "Suharto est mon
voisin".

The name rules already mask "Youssef ben Ali", "Mohamed Ould Cheikh", "João da Silva", "Pieter van der Berg",
"Klaus von Hohenberg", "NGUYEN Van Thanh", "Wang Xiuying" (own batch p187e). Two ways of writing were left, each
behind its switch, read at call time:

- `READ_ARABIC_PARTICLES`: a first name the gazetteer lists (no public name: a place, a body) then one or two
  particles of an Arabic or Maghrebi name ("bint", "bent", "ibn", "bin", "ben", "ould", "mint", "abd", "abdel",
  "abou", "abu", "ag"), any case, each before a capitalised word or one glued to "al-", "el-" ("bint Salem",
  "Abd al-Qadir", "ibn el-Hadi"). The whole chain is masked: the first name alone left "bint Salem" or "al-Qadir".
  A place that opens on a particle ("Ben Arous", "Abu Dhabi", "Bandar Seri Begawan") has no first name before it:
  left alone.
- `READ_SINGLE_NAMES`: a capitalised word at a sentence's start, then "est" / "était" and "mon", "ma", "notre" and a
  relation's word ("voisin", "ami", "collègue", "fils", "mari"…): "Suharto est mon voisin". The word is a name
  whatever it is, but never a stop word, a French word of the lexicon, a word the common-word list holds, a name the
  gazetteer holds as public (a place, a body: "Paris est ma ville" is no relation anyway) nor one under three
  letters.

**Not masked by this module**: places and foreign words that open on a particle or look like a name ("Ben Arous",
"Van Buren", "Den Haag", "Castelo Branco", "Mar del Plata", "habibi"); the start code masks several of them as a
person (see docs/benchmarks.md, fifty-fourth pass, engineer-p187e): an over-mask this module, which only adds spans,
does not remove.
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.names import ENTITY
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.spacy_fr import STOP_WORDS

# Switches, read at call time; figures in docs/benchmarks.md, fifty-fourth pass, engineer-p187e.
# READ_ARABIC_PARTICLES: train + validation, 2 leaks found (p187e-003, p187e-013), no new over-mask; fiche text: 0.
READ_ARABIC_PARTICLES = True
# READ_SINGLE_NAMES: train + validation, 1 leak found (p187e-015), no new over-mask; fiche text: 0.
READ_SINGLE_NAMES = True

_SCORE = 0.7
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[\-'’][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*"
_PARTICLE = r"(?i:bint|bent|ibn|bin|ben|ould|mint|abd|abdel|abou|abu|ag)"
_TAIL = r"(?:(?i:al|el)[\-‑]" + _CAP + r"|" + _CAP + r")"
_ARABIC = re.compile(
    r"(?<![\w'’\-])(?P<first>" + _CAP + r")(?P<rest>(?:[ \t]+" + _PARTICLE + r"[ \t]+" + _TAIL + r"){1,2})"
    r"(?![\w'’\-])"
)
_RELATION = (
    r"(?:voisine?|amie?|coll[èe]gue|fils|fille|mari|femme|[ée]poux|[ée]pouse|compagnon|compagne|fr[èe]re|"
    r"s[œo]e?ur|cousine?|oncle|tante|neveu|ni[èe]ce|p[èe]re|m[èe]re|colocataire|coloc|locataire|propri[ée]taire|"
    r"patron(?:ne)?|employeur|beau-fr[èe]re|belle-s[œo]e?ur|filleule?)"
)
_SINGLE = re.compile(
    r"(?:^|(?<=[.!?,:]\s)|(?<=\n))[ \t]*(?P<name>" + _CAP + r")[ \t]+(?:est|était|etait)[ \t]+"
    r"(?i:mon|ma|notre)[ \t]+(?i:" + _RELATION + r")(?![\w'’\-])",
    re.MULTILINE,
)


def _given(word: str) -> bool:
    """A first name the gazetteer lists, no public name (a place, a body) and no stop word."""
    kind = lookup(word)
    return word.lower() not in STOP_WORDS and kind is not None and kind.first and not kind.public


def _arabic_spans(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _ARABIC.finditer(text):
        if _given(match.group("first")):
            yield match.start(), match.end(), _SCORE


def _lone_word(word: str) -> bool:
    """A word that can be a name on its own: none of French, no common word, no public name."""
    kind = lookup(word)
    return (
        len(word) >= 3
        and word.lower() not in STOP_WORDS
        and not is_french(word)
        and not is_common(word)
        and not (kind is not None and kind.public)
    )


def _single_spans(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _SINGLE.finditer(text):
        if _lone_word(match.group("name")):
            yield match.start("name"), match.end("name"), _SCORE


class ForeignNameRecognizer(RegexRecognizer):
    """ "Fatima bint Salem", "Suharto est mon voisin": foreign names the name rules cut or miss (see the module)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if READ_ARABIC_PARTICLES:
            yield from _arabic_spans(text)
        if READ_SINGLE_NAMES:
            yield from _single_spans(text)
