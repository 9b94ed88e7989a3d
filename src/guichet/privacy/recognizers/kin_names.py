"""A relative's or a close person's name after the word that says who they are (fifty-second pass, engineer-p176e,
issue 13): "Frère : Jordan", "Père : Sami", "mère : lorraine", "Aidant : Frédéric", "Ma fiancée : Li Na",
"ma fiancée, Li Na, est chinoise".

The name rules read a relative after "mon frère", "ma compagne", "(ma voisine)" (`name_rules_kin`,
`name_rules_patterns`), but not a form's line where the relative's word is a label and the name its value, nor a
name of two short words ("Li Na", each a word of some language the lexicon lists). Two switches, read at call time:

- `KIN_LABEL_LINES`: at the start of a line, a relative's or a close person's word as a label ("Père :", "Sœur :",
  "Ma fiancée :", "Aidant :", "Filleul :"), then the value up to the end of the line: one to four words, each a
  first name or a surname the gazetteer lists (capitalised, or in lower case a first name that is no common word:
  "lorraine", "kevin") or a capitalised word of no language the lexicon knows; no public name ("France"), no French
  word ("Père : Inconnu", "Mère : Française", "Frère : décédé" stay).
- `KIN_APPOSED_RUNS`: "mon", "ma", "notre"… and a relative's word, a comma or a colon, then two or three capitalised
  words up to a comma, a full stop or the end of the line, each a first name the gazetteer lists (a two-letter one
  too) or a word of no language the lexicon knows, none a public name nor a common word: "ma fiancée, Li Na, …".

In both, a word after the first may be a first name of two or three letters that is also a short word ("Na").

**Not masked**: a public body after a relative's sentence ("ma fille va au collège Jean Moulin": no label, no comma),
a nationality or a state after a label ("Mère : Française", "Père : inconnu").
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.names import ENTITY
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.spacy_fr import STOP_WORDS
from guichet.text import fold

# Switches, read at call time; figures in docs/benchmarks.md, fifty-second pass, engineer-p176e.
KIN_LABEL_LINES = True
KIN_APPOSED_RUNS = True

_SCORE = 0.7
_KIN = (
    r"(?:p[èe]re|m[èe]re|fr[èe]re|s[œo]e?ur|fils|fille|enfant|[ée]poux|[ée]pouse|mari|femme|conjointe?|"
    r"compagnon|compagne|concubine?|partenaire|fianc[ée]e?|grand-m[èe]re|grand-p[èe]re|oncle|tante|cousine?|"
    r"neveu|ni[èe]ce|beau-fils|belle-fille|beau-fr[èe]re|belle-s[œo]e?ur|beau-p[èe]re|belle-m[èe]re|"
    r"demi-fr[èe]re|demi-s[œo]e?ur|filleule?|parrain|marraine|tuteur|tutrice|curateur|curatrice|aidante?|"
    r"voisine?|amie?)"
)
# A capitalised word, its parts joined by hyphens or apostrophes ("Joseph-Auguste", "N'Diaye"), or in capitals
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[\-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*|[A-ZÀ-ÖØ-Þ]{2,})"
_ANY = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*"
_LABEL = re.compile(
    r"(?im)^[ \t]*(?:(?:mon|ma|notre|son|sa)[ \t]+)?" + _KIN + r"(?:[ \t]*\([^()\n]{0,20}\))?[ \t]*:[ \t]*"
    r"(?P<value>" + _ANY + r"(?:[ \t]+" + _ANY + r"){0,3})[ \t]*[.,;]?[ \t]*$"
)
_APPOSED = re.compile(
    r"(?<![\w'’\-])(?i:mon|ma|notre|son|sa|leur)[ \t]+(?i:" + _KIN + r")[ \t]*[,:][ \t]*"
    r"(?P<value>" + _CAP + r"(?:[ \t]+" + _CAP + r"){1,2})(?=[ \t]*(?:[,.;!?)\n]|$))"
)


def _public(word: str) -> bool:
    kind = lookup(word)
    return kind is not None and kind.public


def _short_name(word: str) -> bool:
    """A capitalised first name of two or three letters that is also a short word ("Na" in "Li Na"): a name's
    word only after another name's word."""
    kind = lookup(word)
    return len(word) <= 3 and word[0].isupper() and word[1:].islower() and kind is not None and kind.first


# What a form's line says when there is no one to name (« Frère : Néant », « Père : inconnu »): never a name, though
# the names list knows some of them (fifty-second pass, the lead: « Néant » was masked; the forty-eighth pass's
# `role_labels` keeps these words too).
_NO_ONE = frozenset(
    "neant aucun aucune rien personne nc sans idem moi inconnu inconnue decede decedee nul nulle non oui".split()
)


def _label_word(word: str) -> bool:
    """A word of a relative's name in a label's value (see the module)."""
    if word.lower() in STOP_WORDS or fold(word) in _NO_ONE or is_filler(word) or _public(word):
        return False
    kind = lookup(word)
    if word[0].isupper():
        if kind is not None and (kind.first or kind.surname):
            return True
        return not is_french(word) and not is_common(word)
    return kind is not None and kind.first and not kind.common


def _run_word(word: str) -> bool:
    """A word of a run of capitalised words after "ma fiancée," (see the module)."""
    if word.lower() in STOP_WORDS or is_filler(word) or _public(word) or is_common(word):
        return False
    kind = lookup(word)
    return (kind is not None and kind.first) or not is_french(word)


class RelativeNameRecognizer(RegexRecognizer):
    """ "Frère : Jordan", "ma fiancée, Li Na, …": a relative's name after their word (see the module)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if KIN_LABEL_LINES:
            for match in _LABEL.finditer(text):
                words = match.group("value").split()
                if _label_word(words[0]) and all(_label_word(word) or _short_name(word) for word in words[1:]):
                    yield match.start("value"), match.end("value"), _SCORE
        if KIN_APPOSED_RUNS:
            for match in _APPOSED.finditer(text):
                words = match.group("value").split()
                if _run_word(words[0]) and all(_run_word(word) or _short_name(word) for word in words[1:]):
                    yield match.start("value"), match.end("value"), _SCORE
