"""A child's first name before its age or its class (`aged_names`).

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import fold, is_name, lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.name_rules_lone import _SENTENCE_START
from guichet.privacy.name_rules_patterns import _AGE, _CLOSING_WORDS, _W
from guichet.privacy.name_rules_places import _DEPARTMENTS, _PLACE_BEFORE
from guichet.privacy.name_rules_words import _ENGLISH, _FUNCTION_WORDS, _plain_common
from guichet.privacy.spacy_fr import STOP_WORDS

_FRENCH_ENDINGS = tuple(
    "é ée és ées ique iques iste istes ant ante ants antes ent ente eux euse aire aires ible able ment tion eur ive "
    "ifs ives".split()
)


# A school class or a childcare place between brackets after a child's first name: "Lina (CM2)", "Yanis (CE1)",
# "Awa (5ème)", "Maël (moyenne section)", "Antoni (crèche, 2 ans)", "Emir (6e, collège Jean Moulin)".
_CLASS = re.compile(
    r"[ \t]*\([ \t]*(?i:(?P<grade>cp|ce1|ce2|cm1|cm2|tps|ps|ms|gs|ulis|segpa|(?:toute[ \t]+)?petite[ \t]+section|"
    r"moyenne[ \t]+section|grande[ \t]+section|seconde|2n?de|premi[èe]re|1[èe]?re|terminale|tle|cr[èe]che|maternelle|"
    r"(?:en[ \t]+)?(?:maternelle|primaire|coll[èe]ge|lyc[ée]e)\b[^()\n]{0,30})"
    r"|(?P<ordinal>[3-6][ \t]*(?:e|è|ème|eme|ieme|ième)))(?:[ \t]*[,;/\-][^()\n]{0,40})?[ \t]*\)"
)


# Words of kinship the gazetteer also lists as first names, never one before an age.
_KIN_BEFORE_AGE = set(
    "maman mama papa mamie mamy mami papi papy tata tatie tonton bébé bebe aîné ainé aînée ainée cadet cadette".split()
)


def _lower_first_name(word: str, *, first: bool = True) -> bool:
    """A lower-case word the gazetteer knows as a first name (as a name when not `first`), even if also a common
    word, that is no stop, function, closing or filler word ("marie", not "mais", "merci")."""
    kind = lookup(word)
    return (
        kind is not None
        and (kind.first or not first)
        and len(word) >= 3
        and word not in STOP_WORDS
        and word not in _FUNCTION_WORDS
        and word not in _CLOSING_WORDS
        and word not in _ENGLISH
        and not is_filler(word)
    )


_BARE_AGE = re.compile(r"[ \t]+\d{1,2}[ \t]*ans\b")


_STAYED_BEFORE = re.compile(
    r"(?i)(?:\b(?:à|a|en|au|aux|habité|vécu|resté|travaillé|passé|séjourné|dans)|(?<!\w)(?:de|d['’]))[ \t]*\Z"
)


_FIRST_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<first>{_W})[ \t]+\Z")


def _first_name_before(text: str, start: int) -> int | None:
    """Where a capitalised first name that is no common word ends right before `start` begins, or None."""
    before = _FIRST_BEFORE.search(text[max(0, start - 30) : start])
    if before is None:
        return None
    word = before.group("first")
    if not word[0].isupper() or not is_name(word, first=True) or word.lower() in STOP_WORDS:
        return None
    return max(0, start - 30) + before.start("first")


def aged_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A first name right before an age: "Lou (3 ans)", "Noé, 6 ans"; or before a school class between brackets
    (`_CLASS`), where a first name that is also a word counts ("Jade (CP)", "Marin (CE1)") and so does a word of
    no language the lexicon knows ("Oluwaseun (CM1)"); a place before an ordinal is an arrondissement ("Paris
    (6e)")."""
    for match in re.finditer(rf"(?<![\w'’])(?P<name>{_W})(?={_AGE.pattern})", text):
        word = match.group("name")
        if word.lower() in _KIN_BEFORE_AGE:
            continue  # "maman a 80 ans", "mon aîné a 19 ans": who, not a name
        if (
            _BARE_AGE.match(text, match.end("name"))
            and is_filler(word)
            and (word.islower() or word.lower().startswith(("j", "ch")))
        ):
            continue  # "jai 23 ans", "Jai 23 ans": an SMS spelling, not a name ("Said 12 ans" is one)
        if _BARE_AGE.match(text, match.end("name")) and _STAYED_BEFORE.search(
            text[max(0, match.start() - 20) : match.start()]
        ):
            continue  # "j'ai habité Valence 3 ans": a place and a length of time
        if word.islower() and _lower_first_name(word):
            # in lower case: a first name with the surname before it ("dupont marie, 45 ans"), or one that is no
            # word ("ines, 4 ans"); not "maman a 80 ans", "la loi, 3 ans après"
            start = match.start("name")
            before = re.search(rf"(?<![\w'’])(?P<surname>{_W})[ \t]+\Z", text[max(0, start - 40) : start])
            surname = before.group("surname") if before else ""
            kind = lookup(surname) if surname.islower() else None
            if kind is not None and kind.surname and _lower_first_name(surname, first=False):
                yield max(0, start - 40) + before.start("surname"), match.end("name"), 0.7
                continue
        if is_name(word, first=True) or (word[0].isupper() and not _plain_common(word) and lookup(word) is not None):
            yield match.start("name"), match.end("name"), 0.75
        elif (
            word[0].isupper()
            and word[1:].islower()
            and (first := _first_name_before(text, match.start("name"))) is not None
        ):
            # (twenty-sixth pass, p70e) a surname that is also a word after a first name, the age after both:
            # "Mickaël Hue, 48 ans", "Sarah Petit (7 ans)"
            yield first, match.end("name"), 0.75
        elif word.islower() and _lower_first_name(word) and not is_french(word) and not lookup(word).common:
            yield match.start("name"), match.end("name"), 0.7
        elif _unknown_aged(text, match.start("name"), match.end("name")):
            yield match.start("name"), match.end("name"), 0.6
    for match in re.finditer(rf"(?<![\w'’\-])(?P<name>{_W})(?={_CLASS.pattern})", text):
        word = match.group("name")
        if word.lower() in STOP_WORDS or word.isupper() or fold(word) in _DEPARTMENTS:
            continue
        kind = lookup(word)
        grade = _CLASS.match(text, match.end("name"))
        if kind is not None and kind.first:
            if kind.public and grade is not None and grade.group("ordinal"):
                continue  # "Paris (6e)", "Lyon (3e)": an arrondissement
            yield match.start("name"), match.end("name"), 0.75
        elif kind is None and word[0].isupper() and len(word) >= 3 and not is_french(word) and not is_filler(word):
            yield match.start("name"), match.end("name"), 0.6
    for match in _IN_CLASS.finditer(text):
        word = match.group("name")
        if word.isupper() or fold(word) in _DEPARTMENTS or word.lower() in STOP_WORDS:
            continue
        kind = lookup(word)
        if kind is None or not kind.first or _PLACE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue  # "scolarisée à Nancy en CE2": a town
        listed = _CHILD_LISTED_BEFORE.search(text, max(0, match.start() - 4), match.start()) is not None
        if not listed and (kind.common or _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()])):
            continue  # "Passage en 6e", "Rose en CP" opening a sentence: no list of children around it
        yield match.start("name"), match.end("name"), 0.7


# (twenty-ninth pass, second shift, p81) a child's first name, then "en" and the class, in a list of children after a
# colon, a comma or "et": "inscrire nos enfants à l'école de la commune : Camille en CM2 et Paul en CE1", "Louise
# en 5e, Victor en 3e"; a first name that is also a word ("Rose") only there.
_IN_CLASS = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_W})[ \t]+en[ \t]+(?i:cp|ce1|ce2|cm1|cm2|tps|ps|ms|gs|ulis|segpa|"
    r"(?:toute[ \t]+)?petite[ \t]+section|moyenne[ \t]+section|grande[ \t]+section|maternelle|seconde|2n?de|"
    r"premi[èe]re|1[èe]?re|terminale|tle|[3-6][ \t]*(?:e|è|ème|eme|ieme|ième)|sixième|cinquième|quatrième|"
    r"troisième)(?![\w'’\-])"
)


_CHILD_LISTED_BEFORE = re.compile(r"(?:[:,;][ \t]*|[ \t]et[ \t]+)\Z")


_BRACKETED_AGE = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*(?:ans?|mois)[ \t]*\)")


def _unknown_aged(text: str, start: int, end: int) -> bool:
    """A capitalised word of no language the lexicon or the gazetteer knows, before an age in brackets ("…
    Petru (6 ans) et Sopheap (1 an)"): a child's name; not a place after a preposition ("vécu à Kyiv (2 ans)")."""
    word = text[start:end]
    return (
        _BRACKETED_AGE.match(text, end) is not None
        and word[0].isupper()
        and not word.isupper()
        and len(word) >= 3
        and lookup(word) is None
        and not is_french(word)
        and not is_filler(word)
        and not _plain_common(word)
        and _PLACE_BEFORE.search(text[max(0, start - 10) : start]) is None
    )
