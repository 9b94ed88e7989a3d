"""Birth, married and usage names told by their own words (fifty-third pass, engineer-p180e, issue 13): a form's
field of a birth or usage name inside a line ("Nom patronymique : VASSEUR. Nom marital : LECLERC."), a couple's two
birth names after « nés » ("M. et Mme ARNAUD-BLANC (nés ARNAUD et BLANC)"), a name in capitals before « épouse » and
another ("mon nom BLANC epouse NDIAYE Marie-Claire").

The name rules already read a birth name after a found name ("Morel née Vidal", `analyzer._birth_names_after`), a
birth name before a married one ("SOW épouse CAMARA", `analyzer._words_before`), a form's line whose label is a name's
and whose value runs to the line's end (`name_rules_forms.labelled_names`) and the name after "nom marital"
(`family_names.usage_names`). Three ways of telling were left, each behind its switch, read at call time:

- `INLINE_NAME_FIELDS`: a label of a birth, married or usage name ("nom patronymique", "nom de naissance", "nom de
  jeune fille", "nom d'épouse", "nom d'usage", "nom de famille", "nom marital"), a colon, then one to three
  capitalised words or words in capitals (a particle between them, a joining word "veuve", "épouse" before them)
  ended by a full stop, a semicolon, a comma, a bar or a bracket: the next field of the same line follows. The
  label says the value is a name whatever the word ("BLANC", "ROSE"); never a word that says there is none
  ("Néant", "Aucun", "Inconnu"), a stop word, a greeting or an administration's word ("Nom d'usage : Madame").
- `COUPLE_BIRTH_NAMES`: « nés » or « nées » (plural: two people), "respectivement" or not, then two names joined by
  "et", each a word in capitals, or a capitalised word the gazetteer lists as a surname, or of no language the
  lexicon knows: "nés ARNAUD et BLANC", "nées Keller et Rossi". Never a date's or a place's words ("nés le 3 mai",
  "nés à Douala", "nés en France" are in lower case), nor two places ("nés Paris et Lyon" is no French).
- `CAPITAL_NAME_CHAINS`: two words in capitals joined by a married name's word ("épouse", "epouse", "ép.",
  "veuve", "vve", "née", "divorcée"): the first is a name too, even a French word ("mon nom BLANC epouse NDIAYE
  Marie-Claire", "ROSE ép. CAMARA"), which `analyzer._words_before` leaves for a word of the sentence. Never a stop
  word, a greeting or an administration's word; in a text typed in capitals, never a French word ("MA FILLE EST
  NÉE PRÉMATURÉE", "JE SUIS VEUVE DEPUIS").

**Not masked**: "nom d'usage : je suis donc…" (lower case), "Nom de famille : néant", "nés le 12/02/2016 et le
25/09/2017", "nés en France et au Mali".
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.names import ENTITY
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.spacy_fr import STOP_WORDS

# Switches, read at call time; figures in docs/benchmarks.md, fifty-third pass, engineer-p180e.
INLINE_NAME_FIELDS = True
COUPLE_BIRTH_NAMES = True
CAPITAL_NAME_CHAINS = True

_SCORE = 0.7
# A capitalised word, its parts joined by hyphens or apostrophes ("Lefèvre-Roussel", "N'Diaye"), or in capitals
_CAP = (
    r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[\-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*|[A-ZÀ-ÖØ-Þ]{2,}(?:[\-'’][A-ZÀ-ÖØ-Þ]{2,})*)"
)
_PARTICLE = r"(?:de|De|DE|da|Da|DA|dos|Dos|DOS|do|Do|DO|el|El|EL|le|Le|LE|la|La|LA|van|Van|VAN|von|Von|VON|du|Du|DU)"
_JOINING = r"(?:veuve|Veuve|VEUVE|vve|Vve|VVE|épouse|Épouse|ÉPOUSE|epouse|ép\.|ep\.|née|nee|Née|NÉE|NEE)"
_NAME_LABEL = (
    r"(?i:nom[ \t]+(?:patronymique|de[ \t]+naissance|de[ \t]+jeune[ \t]+fille|d['’][ée]pouse|d['’][ée]poux|"
    r"d['’]usage|de[ \t]+famille|marital|de[ \t]+femme[ \t]+mariée))"
)
_INLINE_FIELD = re.compile(
    r"(?<![\w'’\-])" + _NAME_LABEL + r"[ \t]*:[ \t]*(?:" + _JOINING + r"[ \t]+)?"
    r"(?P<value>(?:" + _PARTICLE + r"[ \t]+)?" + _CAP + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _CAP + r"){0,2})"
    r"(?=[ \t]*[.;,|)(/])"
)
_PLURAL_BORN = r"(?<![\w'’\-])(?i:nés|nées|nes|nees)[ \t]+(?i:respectivement[ \t]+)?"
_COUPLE = re.compile(_PLURAL_BORN + r"(?P<a>" + _CAP + r")[ \t]+et[ \t]+(?P<b>" + _CAP + r")(?![\w'’\-])")

# What a form's field says when there is no name to give (« Nom d'usage : Néant. »): never a name.
_NO_ONE = frozenset("neant aucun aucune rien sans idem inconnu inconnue nc nul nulle non oui pareil".split())
_PARTICLES = frozenset(fold(word.lower()) for word in re.findall(r"[A-Za-zÀ-ÿ]+", _PARTICLE))


# Two names in capitals joined by a married name's word: "BLANC epouse NDIAYE", "ROSE ép. CAMARA", "PETIT née GUERIN".
_JOINED_CAPITALS = (
    r"(?:épouse|epouse|Épouse|ÉPOUSE|EPOUSE|épse|epse|ép\.|ep\.|ÉP\.|EP\.|veuve|Veuve|VEUVE|vve|Vve|VVE|"
    r"née|nee|NÉE|NEE|divorcée|divorcee|DIVORCÉE|DIVORCEE)"
)
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ]{2,}(?:[\-'’][A-ZÀ-ÖØ-Þ]{2,})*"
_CHAIN = re.compile(
    r"(?<![\w'’\-])(?P<a>" + _CAPS_WORD + r")[ \t]*,?[ \t]+" + _JOINED_CAPITALS + r"[ \t]+"
    r"(?P<b>" + _CAPS_WORD + r")(?![\w'’\-])"
)


def _shouted(text: str) -> bool:
    """Most of the text's letters are capitals: its words in capitals are sentence words too."""
    letters = [char for char in text if char.isalpha()]
    return sum(char.isupper() for char in letters) > 0.6 * len(letters) if letters else False


def _chain_word(word: str, shouted: bool) -> bool:
    """A name in capitals of a married name's chain: no stop word, greeting or administration's word; in a text
    typed in capitals, no French word either ("MA FILLE NÉE PRÉMATURÉE")."""
    if word.lower() in STOP_WORDS or is_filler(word) or is_common(word) or fold(word.lower()) in _NO_ONE:
        return False
    return not (shouted and is_french(word))


def chain_spans(text: str) -> Iterator[tuple[int, int]]:
    """See `CAPITAL_NAME_CHAINS` in the module: the name in capitals before the joining word, which the other rules
    leave when it is a French word ("BLANC", "ROSE")."""
    shouted = _shouted(text)
    for match in _CHAIN.finditer(text):
        if _chain_word(match.group("a"), shouted) and _chain_word(match.group("b"), shouted):
            yield match.start("a"), match.end("a")


def _field_word(word: str) -> bool:
    """A word of a name field's value: no stop word, no "no one" word, no greeting or administration's word."""
    folded = fold(word.lower())
    if folded in _PARTICLES:
        return True
    return not (word.lower() in STOP_WORDS or folded in _NO_ONE or is_filler(word) or is_common(word))


def _couple_word(word: str) -> bool:
    """One of a couple's birth names: in capitals, or a listed surname, or a word of no language the lexicon
    knows; never a stop word, a common word nor a public name (a place)."""
    if word.lower() in STOP_WORDS or is_filler(word) or is_common(word):
        return False
    kind = lookup(word)
    if word.isupper():
        return len(word) >= 2
    if kind is not None:
        return kind.surname and not kind.public
    return not is_french(word)


def inline_field_spans(text: str) -> Iterator[tuple[int, int]]:
    """See `INLINE_NAME_FIELDS` in the module."""
    for match in _INLINE_FIELD.finditer(text):
        words = match.group("value").split()
        if all(_field_word(word) for word in words) and fold(words[-1].lower()) not in _PARTICLES:
            yield match.start("value"), match.end("value")


def couple_spans(text: str) -> Iterator[tuple[int, int]]:
    """See `COUPLE_BIRTH_NAMES` in the module."""
    for match in _COUPLE.finditer(text):
        if _couple_word(match.group("a")) and _couple_word(match.group("b")):
            yield match.start("a"), match.end("a")
            yield match.start("b"), match.end("b")


class MarriedNameRecognizer(RegexRecognizer):
    """ "Nom patronymique : VASSEUR.", "nés ARNAUD et BLANC": birth and usage names (see the module)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if INLINE_NAME_FIELDS:
            for start, end in inline_field_spans(text):
                yield start, end, _SCORE
        if COUPLE_BIRTH_NAMES:
            for start, end in couple_spans(text):
                yield start, end, _SCORE
        if CAPITAL_NAME_CHAINS:
            for start, end in chain_spans(text):
                yield start, end, _SCORE
