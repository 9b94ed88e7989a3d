"""A short form's line that names a person by their role, then a colon (forty-eighth pass, engineer-p157e, issue 13).

Citizens copy the boxes of a form into a message: « Père : Sami », « Mère : Lorraine », « Enfant 2 : Milan »,
« Sœur : Nancy », « Épouse : Lorraine Paris née Keita », « Défunt : Robert Paris ». The value after such a label is a
person whatever the word: a first name the name rules leave alone when it is also a town, a region or a country
(« Nancy », « Lorraine », « Milan », « Jordan », « Kenya »), or a first name alone with no surname beside it.

`ENABLED`: on a line that begins with a person's role (a relative, a party to a file: « Père », « Enfant 1 »,
« Demandeur », « Titulaire », « Assurée »…) and its colon, the names of the value are masked: one to three words,
each capitalised (or, in a line typed in lower case, a word the gazetteer knows as a name and no common word), none
a French word no one bears, nor a common, an administration's or a calendar word; several names cut by commas or
« et » each count, up to the first piece that is no name (« née le … », a phone number); a bracket
(« (8 ans) », « (moi) ») is left. A value that is not only such words (« Enfants : 2 », « Titulaire : la CAF »,
« Père : inconnu ») is left whole.
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules_words import _CALENDAR, _OFFICE_WORDS

# Shipped off: on train it fixes seven strings and a partial leak at no measured cost (p142-016, p157e ×6), but
# it moves nothing on validation, and the pass's rule ships on only what validation gains (docs/benchmarks.md,
# forty-eighth pass).
ENABLED = False

# The roles of a person on a form: relatives, parties to a file. Never an employer's or a body's label.
_ROLES = (
    r"p[èe]re|m[èe]re|parents?(?:[ \t]+\d)?|fils|filles?|fr[èe]res?|s(?:œ|oe)urs?|enfants?(?:[ \t]+\d)?|b[ée]b[ée]|"
    r"[ée]poux|[ée]pouse|futur[ \t]+[ée]poux|future[ \t]+[ée]pouse|conjointe?|mari|femme|compagnon|compagne|"
    r"grand-p[èe]re|grand-m[èe]re|oncle|tante|d[ée]funte?|demandeu(?:r|se)|d[ée]clarante?(?:[ \t]+\d)?|titulaire|"
    r"b[ée]n[ée]ficiaire|allocataire|assur[ée]e?|[ée]l[èe]ve|salari[ée]e?|aidante?|contribuable|g[ée]rante?|"
    r"repr[ée]sentante?[ \t]+l[ée]gale?|responsable[ \t]+l[ée]gale?|tut(?:eur|rice)|fianc[ée]e?|moi"
)
_ROLE_LINE = re.compile(
    rf"(?im)^[ \t>*\-–•]*(?:(?:mon|ma|notre|son|sa|leur)[ \t]+)?(?:{_ROLES})(?:[ \t]*\([a-z]{{1,2}}\))?"
    r"[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t.]*$"
)
# The names of a value: cut by commas, semicolons and « et »; a bracket after a name is left out.
_CUT = re.compile(r"[ \t]*(?:[,;]|[ \t]et[ \t]|[ \t]&[ \t])[ \t]*")
_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*\Z")
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_TITLE = re.compile(r"(?:M\.|MM\.|Mme\.?|Mlle\.?|Dr\.?|Madame|Monsieur|Mademoiselle)[ \t]+")
_GLUE = {"de", "du", "des", "da", "dos", "van", "von", "el", "al", "ben", "bin", "le", "la", "née", "nee", "épouse"}


def _a_name_word(word: str, lower_line: bool, alone: bool) -> bool:
    """A capitalised word that is no common, administration's or calendar word, nor a French word no one bears
    (« Inconnu », « Décédée »), nor, alone, a French word the names list flags as common (« Néant »); in a line typed
    in lower case, a name the gazetteer knows that is no common word."""
    if is_common(word) or word.lower() in _OFFICE_WORDS or word.lower() in _CALENDAR:
        return False
    kind = lookup(word)
    if word[0].isupper():
        if not is_french(word):
            return True
        return kind is not None and not (alone and kind.common)
    return lower_line and kind is not None and (kind.first or kind.surname) and not kind.common


def _names(value: str, start: int, lower_line: bool) -> list[tuple[int, int]]:
    """Each name of the value as (start, end), from its first piece to the first piece that is no name."""
    found: list[tuple[int, int]] = []
    position = 0
    pieces = []
    for cut in _CUT.finditer(value):
        pieces.append((position, cut.start()))
        position = cut.end()
    pieces.append((position, len(value)))
    for a, b in pieces:
        bracket = _BRACKET.search(value, a, b)
        if bracket is not None:
            b = bracket.start()
        title = _TITLE.match(value, a, b)
        if title is not None:
            a = title.end()
        words = list(_WORD.finditer(value, a, b))
        if not words or re.search(r"[^\w'’\-\s]", value[a:b]):
            break
        names = [w for w in words if w.group().lower() not in _GLUE]
        if not names or len(names) > 3 or not all(_a_name_word(w.group(), lower_line, len(names) == 1) for w in names):
            break
        found.append((start + words[0].start(), start + words[-1].end()))
    return found


def role_names(text: str) -> Iterator[tuple[int, int]]:
    """See the module: the names after a role's label and its colon."""
    if not ENABLED or ":" not in text:
        return
    for match in _ROLE_LINE.finditer(text):
        value = match.group("value")
        if not value:
            continue
        line = text[match.start() : match.end()]
        names = _names(value, match.start("value"), line == line.lower())
        if names:
            yield from names
