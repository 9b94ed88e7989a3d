"""The word lists and word tests the name rules share: the glue of acronyms, common words that are names, function,
calendar, title and office words, English sentences, a word of no language, a public figure.

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import functools
import re

from guichet.privacy import adverbs
from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, is_name, lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.lower_not_names import is_lower_not_name
from guichet.privacy.name_rules_patterns import _AND, _CLOSING_LEAD, _CLOSING_WORDS, _PARTICLES, _TITLE, _TRAILER, _W
from guichet.privacy.spacy_fr import EN_STOP_WORDS, STOP_WORDS

# The words an acronym skips: "Caisse pour l'avenir des enfants (CAE)", "Caisse nationale d'assurance vieillesse".
_ACRONYM_GLUE = {
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "pour",
    "à",
    "a",
    "et",
    "en",
    "au",
    "aux",
    "sur",
    "of",
    "the",
    "and",
}


def _spelled_acronym(text: str, start: int, end: int) -> bool:
    """A word in capitals between brackets whose letters are the initials of the words right before it: the
    institution's acronym, spelled out ("La Caisse pour l'avenir des enfants (CAE) m'a envoyé…", read as a name
    after "enfants"), never a person (p73)."""
    value = text[start:end]
    if not (2 <= len(value) <= 6 and value.isalpha() and value.isupper()):
        return False
    if not (text[:start].rstrip(" \t").endswith("(") and text[end:].lstrip(" \t").startswith(")")):
        return False
    before = text[max(0, start - 160) : start].rstrip(" \t")[:-1]
    words = [re.sub(r"^\w['’]", "", word) for word in re.findall(r"[\w'’\-]+", before.split("\n")[-1])]
    words = [word for word in words if word and word.lower() not in _ACRONYM_GLUE]
    initials = "".join(word[0] for word in words[-len(value) :]).upper()
    return len(words) >= len(value) and fold(initials) == fold(value)


# `_W` compiled once (thirty-sixth pass, p109e: `_words` ran through `re`'s cache for every word)
_WORD = re.compile(_W)


def _words(value: str) -> list[str]:
    return _WORD.findall(value)


def _is_glue(word: str) -> bool:
    return word.lower() in _PARTICLES or word.lower() in _AND


_ELIDED = re.compile(r"(?i)^(?:j|qu|m|t|s|c|jusqu|lorsqu|puisqu)['’]")
# (fortieth pass, p124e) a West African surname whose "M'" is no pronoun: "M'Baye", "M'Bala" (the gazetteer's)
_ELIDED_NAME = re.compile(r"M['’][A-ZÀ-Ý][a-zà-ÿ]")


def _plain_common(word: str) -> bool:
    """A common word, a closing word, a word with an elided pronoun or conjunction ("J'ai", "qu'il"), or a word in
    lower case that is never a name ("pa", "sai", "chalet": `lower_not_names`)."""
    if _ELIDED_NAME.match(word) and lookup(word) is not None:
        return False
    return (
        is_common(word)
        or word.lower() in _CLOSING_WORDS
        or bool(_ELIDED.match(word))
        or is_lower_not_name(word)
        or adverbs.is_adverb(word)
    )


# Common words that are also given names ("Vo Mai", "Avril Durand"): names when capitalised beside a known name.
_NAME_MONTHS = {"mai", "avril"}


# Two-letter words that are never a name, even capitalised after "je m'appelle" or alone on the last line.
_NOT_SHORT_NAMES = set(
    "le la de du un en et au ce se sa ma ta ou où il on ne je tu me te ni si ça va as ai es lu vu eu pu su nu là "
    "ah oh eh hé ok mr dr me st cc ps nb".split()
)


def _short_name(word: str) -> bool:
    """A known two-letter name, capitalised ("Ho", "Ly", "Bo"): a name only where the position says so."""
    return (
        len(word) == 2
        and word[0].isupper()
        and word[1].islower()
        and word.lower() not in _NOT_SHORT_NAMES
        and lookup(word) is not None
    )


def _common_in(words: list[str]) -> bool:
    """A word of the group is common, except a capitalised "Mai" or "Avril" next to a known name."""
    known = any(is_name(word) for word in words)
    return any(
        _plain_common(word) and not (known and word[0].isupper() and word.lower() in _NAME_MONTHS) for word in words
    )


# Stop words that are also in the name lists but never a name in a name's place ("Tout", "Avec", "Même").
_FUNCTION_WORDS = set(
    "pour avec sans dans sous chez tout tous toute toutes mais donc puis alors très tres bien plus moins aussi même "
    "meme comme quand encore voici voilà voila cela ceci celle celui leur leurs notre votre nous vous elle elles "
    "depuis avant après apres entre vers selon pendant".split()
)


def _lower_names_alone(core: list[str]) -> bool:
    """One or two lower-case words on a signature line: a first name the gazetteer knows (even a common word), then
    perhaps a surname it knows; no closing, function or stop word ("merci", "bonne", "voilà")."""
    if not 1 <= len(core) <= 2 or not all(word.islower() and len(word) >= 3 for word in core):
        return False
    for index, word in enumerate(core):
        kind = lookup(word)
        if (
            kind is None
            or kind.public
            or word in _CLOSING_WORDS
            or word in _FUNCTION_WORDS
            or word in STOP_WORDS
            or is_filler(word)
            or (index == 0 and not kind.first)
        ):
            return False
    return True


def _names_in_place(core: list[str]) -> bool:
    """Capitalised words in a name's place (the signature line, after a title) that are all names the gazetteer
    knows, even if also common words ("Juste Marie", "Coralie Juste", "Pierre Dimanche"), or initials; not a
    closing word nor a word only common ("Bonne Journée")."""
    if not all(word[0].isupper() for word in core):
        return False
    named = 0
    for word in core:
        if len(word) == 1:
            continue  # an initial: "P. Dimanche"
        kind = lookup(word)
        lower = word.lower()
        if (
            _ELIDED.match(word)
            or "'" in word
            and lower[:2] not in ("d'", "n'", "o'")
            or lower in _CLOSING_WORDS
            or lower in _FUNCTION_WORDS
            or kind is None
            or lower in STOP_WORDS
            and len(word) < 4
        ):
            return False
        named += 1
    return named > 0


def name_like(value: str, *, strong_position: bool) -> bool:
    """Words that can be a person's name: none common, a known name among them, or (in a strong position: after a
    closing formula, on the last line, after a title) capitalised words."""
    words = _words(value)
    core = [word for word in words if not _is_glue(word)]
    if not core or len(core) > 5 or _is_glue(words[0]) and words[0][0].islower() or words[-1].lower() in _AND:
        return False
    if (
        len(core) == 1
        and strong_position
        and (core[0].istitle() and core[0].lower() in _NAME_MONTHS or _short_name(core[0]))
    ):
        return True  # "Mai" or "Ho" alone on the signature line
    if strong_position and _lower_names_alone(core):
        return True  # "merci⏎rose", "cordialement⏎claire martin": a first name that is also a word, alone
    if _common_in(core) and not (strong_position and _names_in_place(core)):
        return False
    known = [is_name(word) for word in core]
    if any(known):
        # unknown lower-case words next to a known one: only if most words are known
        unknown_lower = [w for w, k in zip(core, known, strict=True) if not k and w[0].islower()]
        return len(unknown_lower) <= len(core) // 2
    capitalised = all(word[0].isupper() for word in core)
    if capitalised and strong_position:
        kinds = [lookup(word) for word in core]
        # a lone capitalised word that the gazetteer knows as a common word needs more than the position
        return not (len(core) == 1 and kinds[0] is not None and kinds[0].common and core[0].isupper())
    return False


def _line_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def _head(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The part of a line before its contact details, without a leading dash or title; whether a title was there."""
    line = text[start:end]
    # (a dash after the closing word too: "merci — Pascale", "Cordialement - Inès")
    lead = re.match(rf"[\s\-–—]*(?:{_CLOSING_LEAD}(?:[\s,.!:\-–—]+|$))?(?:(?P<title>{_TITLE})\s+)?", line)
    head_start = start + lead.end()
    trailer = _TRAILER.search(text, head_start, end)
    head_end = trailer.start() if trailer else end
    while head_end > head_start and text[head_end - 1] in " \t.,;:!":
        head_end -= 1
    return head_start, head_end, bool(lead.group("title"))


def _foreign_word(word: str) -> bool:
    """A capitalised word of three letters or more that is no French word, filler nor common word: in a name's
    place, a first name of any origin the gazetteer lacks."""
    return (
        word[0].isupper()
        and not word.isupper()
        and len(word) >= 3
        and not is_french(word)
        and not is_filler(word)
        and not _plain_common(word)
        and word.lower() not in STOP_WORDS
        and all(part[:1].isupper() and not is_french(part) for part in word.split("-"))  # not "Est-ce"
    )


_SUBJECT_NOT = {"france", "dieu", "etat", "internet", "paris"}


_ENGLISH = frozenset(EN_STOP_WORDS) - frozenset(STOP_WORDS) - {"a", "i"} | {"i", "english", "please", "help", "sorry"}


_SENTENCE = re.compile(r"[^.!?\n]+")
_ENGLISH_WORD = re.compile(r"[a-z']+")


def _english_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences with three English function words or more ("my english is not good"): their lower-case words
    are English, not names."""
    return list(_english_spans(text))


@functools.lru_cache(maxsize=4)
def _english_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`_english_sentences`, kept for the latest texts: three name rules read it for the same message (thirty-sixth
    pass, p109e)."""
    spans = []
    for match in _SENTENCE.finditer(text):
        words = _ENGLISH_WORD.findall(match.group().lower())
        if sum(word in _ENGLISH for word in words) >= 3:
            spans.append(match.span())
    return tuple(spans)


_TITLE_WORDS = {
    "monsieur",
    "madame",
    "mademoiselle",
    "messieurs",
    "mesdames",
    "mme",
    "mlle",
    "docteur",
    "maître",
    "maitre",
}


_ACRONYMS = set(
    "caf cpam urssaf carsat cnav msa mdph aah aspa apl als alf rsa ants ofii ofpra anah sncf ratp agirc arrco "
    "cerfa ircantec cnracl siret siren iban swift fiscal cedex bis ter".split()
)


_BENEFITS = _ACRONYMS | set("ame css ald cmu pch dalo aeeh ars asf paje cmg prepare are ass ada".split())


_OFFICE_WORDS = _BENEFITS | set(
    "service services mairie préfecture prefecture équipe equipe accueil agence caisse centre direction bureau "
    "assurance maladie retraite france travail impots impôts département conseil ne pas répondre repondre noreply "
    "no-reply notification notifications contact support info".split()
)


def _first_name_word(word: str) -> bool:
    """A word the gazetteer knows as a first name, even a common word ("Rose"), that no closing or stop word is."""
    kind = lookup(word)
    return (
        kind is not None
        and kind.first
        and word.lower() not in STOP_WORDS
        and not _ELIDED.match(word)
        and fold(word) not in _SUBJECT_NOT
    )


# A full name with a nickname in quotes inside it: 'Sébastien "Seb" Morel', "Jean-Marc « Jeannot » Lefebvre",
# "Marie-Thérèse “Maïté” DURAND". The first word is a known first name (not a place nor a public figure), the
# nickname one or two words, the surname one or two capitalised words of no common kind.
_NICKNAMED = re.compile(
    rf"(?<![\w'’\-])(?P<first>{_W})[ \t]+(?:\"|«[ \t\u00a0]*|“|‘|')(?P<nick>{_W}(?:[ \t]{_W})?)"
    rf"(?:\"|[ \t\u00a0]*»|”|’|')[ \t]+(?P<last>{_W}(?:[ \t]+{_W})?)"
)


_CALENDAR = set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril mai juin juillet août "
    "aout septembre octobre novembre décembre decembre".split()
)


def _public(word: str) -> bool:
    kind = lookup(word)
    return kind is not None and kind.public
