"""Names as families write them, and the family's words that are no names (fiftieth pass, engineer-p167e, issue 13).

- `CAPITAL_SHORT_FORMS`: in brackets right after a found name, its short form in capitals or in lower case, the
  first letters of one of the name's words: "mon fils kevin (KEV pour ses potes)", "Maxime (MAX)", "aurélie (lili)"
  is not one (not its first letters). The capitalised short form is read by `analyzer._short_form` already.
- `FAMILY_WORDS_ALONE`: a family's word for a relative or a baby, alone, is no name, whichever recogniser found it
  ("mes enfants appellent leur grand-père Papou", "Bébé est né le 2 mars", "que nous appelons tous Mamita"): it says
  a role in the family, not who. `family_names.title_alone` drops these words when a name rule found them; the model
  and the slot rules find them too. Alone on its line it may sign a message or be a first name ("Mamy"): left.
- `SMS_CONTRACTIONS`: a pronoun glued to its verb in SMS style ("jai perdu", "jsuis", "chui", "jpeux") is no name,
  even right after a nickname ("c tonton momo, jai perdu…").

Each switch is read at call time. `CAPITAL_SHORT_FORMS` ships **off**: on train + validation it fixed one train
string (p167e-039 « KEV ») and no validation one, at no measured cost; `FAMILY_WORDS_ALONE` and `SMS_CONTRACTIONS`
ship on (validation: « Papou », « papa », « jai » no longer masked; train: ten family words).
"""

import re
from collections.abc import Iterator

from guichet.privacy import lexicon
from guichet.privacy.common_words import is_common
from guichet.text import fold

CAPITAL_SHORT_FORMS = False
FAMILY_WORDS_ALONE = True
SMS_CONTRACTIONS = True

# A family's words for a relative and for a baby, folded (no accents, lower case): what the children call a
# grandparent, an aunt, an uncle, a godparent, the baby.
_FAMILY_WORDS = frozenset(
    "mamie mamy mami mammie mamita mamina mamoune mamounette mamou mame mamette mamichou memee meme memere "
    "papi papy papou papoune papounet pape papet papichou pepe pepere nonna nonno "
    "tata tatie tatou tantine tonton tontonne marraine parrain bebe maman papa "
    "bonne-maman bon-papa grand-mere grand-pere granny".split()
)

# A pronoun glued to its verb, as SMS writes it: "jai", "jsuis", "jpeux", "chui", "javais".
_SMS_CONTRACTION = re.compile(
    r"j(?:ai|avais|aurai|aurais|étais|etais|suis|peux|vais|veux|sais|crois|arrive|attends|habite|appelle)"
    r"|chui|jsui|chuis"
)


def not_a_name(text: str, kind: str, start: int, end: int, *, person: str) -> bool:
    """A person's span that is a family's word alone or an SMS contraction: no name (see the module)."""
    if kind != person:
        return False
    value = text[start:end].strip(" \t.,;:!?")
    if SMS_CONTRACTIONS and value.islower() and _SMS_CONTRACTION.fullmatch(value):
        return True
    if not FAMILY_WORDS_ALONE or fold(value.lower()) not in _FAMILY_WORDS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip(" \t.,!") != text[start:end]


# Right after a found name: an opening bracket, then one word.
_BRACKETED_WORD = re.compile(r"[ \t]*\([ \t]*(?P<word>[^\W\d_]{3,})(?![\w'’\-])")


def capital_short_forms(text: str, names: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The short form in brackets after a found name, in capitals or in lower case (see the module)."""
    if not CAPITAL_SHORT_FORMS:
        return
    for start, end in names:
        match = _BRACKETED_WORD.match(text, end)
        if match is None:
            continue
        word = match.group("word")
        if not (word.isupper() or word.islower()) or is_common(word):
            continue
        if word.islower() and lexicon.is_french(word):
            continue  # "paul (pour info)": a word of the sentence; in capitals the shape says a short form ("GREG")
        folded = fold(word.lower())
        parts = [fold(part.lower()) for part in re.findall(r"[^\W\d_]+", text[start:end])]
        if any(len(part) > len(folded) and part.startswith(folded) for part in parts):
            yield match.start("word"), match.end("word")
