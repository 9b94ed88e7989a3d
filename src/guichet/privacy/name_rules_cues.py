"""Names after a cue, in any case and in lists (`cue_names`), and names spelt out letter by letter
(`spelled_names`).

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.demonyms import is_demonym
from guichet.privacy.gazetteer import NameKind, is_name, lookup
from guichet.privacy.lexicon import is_filler, is_french, is_verb_form
from guichet.privacy.name_rules_ages import _FRENCH_ENDINGS
from guichet.privacy.name_rules_patterns import (
    _AND,
    _BRIDGE_BE,
    _BRIDGE_NAMED,
    _CUE,
    _DIGIT_LABEL,
    _INTRO_CUE,
    _JOINER,
    _W,
    _WEAK_CUE,
)
from guichet.privacy.name_rules_signatures import last_words
from guichet.privacy.name_rules_words import (
    _ENGLISH,
    _NAME_MONTHS,
    _common_in,
    _is_glue,
    _plain_common,
    _short_name,
    _words,
)
from guichet.privacy.names import CLITIC_AFTER
from guichet.privacy.quoted_names import WRITTEN_BRIDGE
from guichet.privacy.scan_once import matches
from guichet.privacy.spacy_fr import STOP_WORDS

# An opening quote right after "un certain", "une dénommée" (`_CUE`): the name follows it.
_DOUBTED_QUOTE = re.compile(r"[ \t]*[«\"“][ \t]*")


_DOUBTED = re.compile(r"(?i)(?:certaine?|dénommée?|denommee?|nommée?|nommee?)[ \t]*\Z")


def cue_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Names after "moi c'est", "je m'appelle", "ma fille", "mes enfants"…, one by one in a list."""
    yield from last_words(text)
    for cue in matches(_CUE, text):
        weak = bool(_WEAK_CUE.match(cue.group()))
        intro = bool(_INTRO_CUE.match(cue.group()))
        labelled = cue.group().rstrip().endswith(":")  # a form's label: "Moi : Tharshan Sivakumar"
        english = cue.group().lower().startswith(("my ", "our ", "his ", "her ", "their "))
        named = False
        position = cue.end()
        if intro and (written := WRITTEN_BRIDGE.match(text, position)):
            position = written.end()  # "mon nom est écrit MBALLA ESSOMBA Jean" (`quoted_names`)
        if _DOUBTED.search(cue.group()) and (quote := _DOUBTED_QUOTE.match(text, position)):
            position = quote.end()  # "un certain « Kevin »": the name inside the quotes
        if labelled and not _DIGIT_LABEL.match(text, position):
            named, weak = True, False  # any words that are no common word, and the list goes on
        elif not weak and not intro:
            if bridge := _BRIDGE_NAMED.match(text, position):
                position, named = bridge.end(), True
            elif bridge := _BRIDGE_BE.match(text, position):
                position, weak = bridge.end(), True
        while True:
            match = re.compile(rf"(?P<name>{_W}(?:[ \t]+{_W}){{0,3}})").match(text, position)
            if not match:
                break
            span = _longest_name(text, match.start(), match.end(), weak=weak, intro=intro or named)
            if span is None or english and text[span[0] : span[1]].lower() in _ENGLISH:
                break  # "My mother was born…": an English verb, not the mother's name
            if all(is_demonym(word) for word in _words(text[span[0] : span[1]])):
                break  # "je suis philippine", "ma femme est mauricienne": where she comes from (`demonyms`)
            if cue.group().rstrip().endswith(",") and CLITIC_AFTER.match(text, span[1]):
                break  # "Mon fils, Paris lui plaît": the comma sets a topic apart, the word is a verb's subject
            yield span[0], span[1], 0.8
            if intro:
                break  # "je m'appelle X, ukrainien": one name
            joiner = _JOINER.match(text, span[1])
            if not joiner or english and not text[joiner.end() : joiner.end() + 1].isupper():
                break  # "my friend Chidi Eze, born in…": an English list goes on with capitals only
            position = joiner.end()


def _longest_name(text: str, start: int, end: int, *, weak: bool, intro: bool = False) -> tuple[int, int] | None:
    """The longest run of words from `start` that reads as a name (known names for a weak cue, any words that are
    not common after an introduction)."""
    words = [(start + m.start(), start + m.end()) for m in re.finditer(_W, text[start:end])]
    # a particle in lower case is no name ("de Karim"); capitalised it starts one ("AIT AHMED Karim", "Da Silva")
    while words and _is_glue(text[words[0][0] : words[0][1]]) and len(words) > 1:
        if not text[words[0][0]].isupper():
            words = words[1:]
            continue
        break
    best = None
    for count in range(1, len(words) + 1):
        span = (words[0][0], words[count - 1][1])
        value = text[span[0] : span[1]]
        tail = _words(value)[-1]
        if tail.lower() in _AND:
            break
        if _is_glue(tail):
            continue
        if _plain_common(tail) and not (tail[0].isupper() and tail.lower() in _NAME_MONTHS) and not _short_name(tail):
            break
        if _lower_name_at_end(text, value, span[1], weak=weak):
            best = span  # "ma coloc clémence.", "moi c'est léa marchand.": the name ends the phrase
            continue
        if weak and not _weak_cue_words_ok(value):
            break
        if not weak and not intro and not _cue_words_ok(value):
            break
        best = span
    return best


_PHRASE_END = re.compile(r"[ \t]*(?:[.!?;,\n]|$|et\b|qui\b|dit\b|a\b|est\b|m['’])")


def _lower_name_at_end(text: str, value: str, end: int, *, weak: bool) -> bool:
    """In lower case after a relative or an introduction, a known first name that is also a word ("ma coloc
    claire", "clémence", "baptiste"), alone or with a surname the gazetteer knows ("moi c'est léa marchand"), when
    the phrase ends there; after "c'est", "je suis" the first name must be no French word ("c'est le cas,")."""
    words = [word for word in _words(value) if not _is_glue(word)]
    if not words or len(words) > 2 or not all(word.islower() and len(word) >= 3 for word in words):
        return False
    first = lookup(words[0])
    if first is None or not first.first or first.public or words[0] in STOP_WORDS:
        return False
    if weak and (first.common or is_french(words[0])):
        return False
    if len(words) == 2:
        last = lookup(words[1])
        if last is None or not last.surname or last.public or words[1] in STOP_WORDS:
            return False
    return _PHRASE_END.match(text, end) is not None


# Someone's relative or thing before a first name, which spaCy may read as a place: "la maman de Théo et de Manon".
_KIN_OF = re.compile(
    r"(?i)\b(?:maman|papa|père|pere|mère|mere|parents?|fils|filles?|enfants?|frère|frere|sœur|soeur|mari|femme|"
    r"épouse|epouse|époux|epoux|compagnon|compagne|tuteur|tutrice|nounou|chambre|dossier|classe)[ \t]+(?:de|d['’])"
    r"[ \t]*(?:[A-ZÀ-Ý][\w\-]+[ \t]*(?:,|et)[ \t]*(?:de|d['’])?[ \t]*)*$"
)


# A name spelt out letter by letter: "D-I-A-L-L-O", "M A R T I N", "B.O.U.Z.I.D", four letters at least, after a
# word of spelling or when the letters make a name the gazetteer knows (not "S.N.C.F.", "R S A").
_SPELLED = re.compile(r"(?<![\w\-.])[A-ZÀ-Ý](?P<sep>[\- .])[A-ZÀ-Ý](?:(?P=sep)[A-ZÀ-Ý]){2,}\.?(?![\w\-])")


_SPELLING_WORD = re.compile(r"(?i)\b(?:écrit|ecrit|épel\w*|epel\w*|lettres?|nom|prénom|prenom|orthographe)\b")


def spelled_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A name spelt out letter by letter (see `_SPELLED`)."""
    for match in _SPELLED.finditer(text):
        kind = lookup(match.group().rstrip(".").replace(match.group("sep"), "").capitalize())
        if (
            kind is not None
            and not kind.public
            or _SPELLING_WORD.search(text[max(0, match.start() - 40) : match.start()])
        ):
            yield match.start(), match.end(), 0.8


_NO_KIND = NameKind(first=False, surname=False, common=False, public=False)


def _weak_cue_words_ok(value: str) -> bool:
    """After "je suis", "c'est", "moi": known names, or a known first name then capitalised words."""
    words = [word for word in _words(value) if not _is_glue(word)]
    if _common_in([word for word in words if not _short_name(word)]):
        return False
    # (twenty-seventh pass, p74e) a trade that is also a surname: "je suis coursier", "c'est boulanger"
    if words and words[0].islower() and is_french(words[0]) and not (lookup(words[0]) or _NO_KIND).first:
        return False
    if all(is_name(word) or word.lower() in _NAME_MONTHS or _short_name(word) for word in words):
        return True
    return is_name(words[0], first=True) and all(w[0].isupper() for w in words[1:])


def _cue_words_ok(value: str) -> bool:
    """After a relative or an introduction: capitalised words that are not common ("Mai" and "Avril" are names
    here), or in lower case known names or one word that is no French word ("ma copine nélia")."""
    words = [word for word in _words(value) if not _is_glue(word)]
    for word in words:
        if _plain_common(word) and not (word[0].isupper() and word.lower() in _NAME_MONTHS) and not _short_name(word):
            return False
        # (twenty-ninth pass, p82e, p77) a verb after the relative, in lower case or shouted: "ma fille mange 4
        # jours", "MA MERE VIENT DE RECEVOIR", not a surname the gazetteer also holds ("Mange"); a first name stays
        if (word.islower() or word.isupper()) and is_verb_form(word) and not (lookup(word) or _NO_KIND).first:
            return False
        if word[0].islower() and not is_name(word) and not (len(words) == 1 and _unknown_lower(word)):
            return False
    return True


def _unknown_lower(word: str) -> bool:
    """A lower-case word of three letters or more that is no French word nor a message filler ("jsp", "thanks")."""
    if len(word) < 3 or not word.isalpha() or word.endswith(_FRENCH_ENDINGS):
        return False  # "mon fils polyhandicapé", "ma fille hyperactive"
    return not is_french(word) and not is_filler(word)
