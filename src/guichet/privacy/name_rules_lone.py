"""A known first name alone: a sentence's subject, a list's head, in brackets (`lone_first_names`,
`bracketed_first_names`, `subject_first_names`).

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from guichet.privacy.gazetteer import NameKind, fold, lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.name_rules_patterns import _AND, _CLOSING_WORDS, _TITLE, _W
from guichet.privacy.name_rules_places import _BRANDS, _DEPARTMENTS, _PLACE_BEFORE, _SPOKEN_TO, _TOWN_BEFORE
from guichet.privacy.name_rules_words import (
    _ENGLISH,
    _FUNCTION_WORDS,
    _SUBJECT_NOT,
    _english_sentences,
    _foreign_word,
    _plain_common,
)
from guichet.privacy.spacy_fr import STOP_WORDS

_LONE = re.compile(rf"(?<![\w'’\-])(?P<word>{_W})")


_SENTENCE_START = re.compile(r"(?:^|[.!?:…]\s*|\n\s*|[«\"(]\s*)$")


_LIST_JOIN = re.compile(r"\s*(?:,|et|&)\s*$")


_BRACKETED = re.compile(rf"(?<=\()\s*{_W}\s*\)")


def _listed_with_a_place(text: str, words: list[tuple[int, int]], index: int) -> bool:
    """The word stands in a list ("Paris, Annecy, Aix") next to a word the fiches write capitalised (a place)."""
    for other in (index - 1, index + 1):
        if not 0 <= other < len(words):
            continue
        a, b = sorted((words[index], words[other]))
        other_word = text[words[other][0] : words[other][1]]
        if not other_word[0].isupper():
            continue  # "Manon, le papa": a place is written capitalised
        kind = lookup(other_word)
        if _LIST_JOIN.match(text[a[1] : b[0]]) and kind is not None and kind.public:
            return True
    return False


# A person named with a title, then a full stop: the next sentence often starts with the first name ("Mme Kaya.
# Hülya parle très peu français", "M. Diallo. Ousmane a perdu son travail", "M. et Mme Adeyemi. Oluwaseun et…").
_AFTER_TITLED = re.compile(
    rf"(?<![\w'’\-]){_TITLE}[ \t]+(?:et[ \t]+{_TITLE}[ \t]+)?{_W}(?:[ \t]+{_W})?[ \t]*\.[ \t]+\Z"
)


_LOWER_NEXT = re.compile(r"[ \t]+(?P<next>[a-zà-ÿ][\w'’\-]*)")


# What follows a person's name as the subject of a sentence: an auxiliary or a verb people do, or "et" before another
# (not a verb that is also a noun, "reste", "part": "Nou reste chemin…" is Creole's "we live").
_SUBJECT_VERB = re.compile(
    r"(?:a|as|avait|aura|est|était|etait|sera|va|vient|doit|veut|peut|fait|vit|habite|travaille|touche|"
    r"et|ne|n['’]\w+|s['’]\w+|m['’]\w+|l['’]\w+)"
)


def _next_word(text: str, end: int) -> str:
    after = _LOWER_NEXT.match(text, end)
    return after.group("next") if after else ""


_SENTENCE_REST = re.compile(r"[^.!?\n]+")


def _first_name_subject(text: str, word: str, start: int, end: int, kind: NameKind | None) -> bool:
    """A first name (no common or public word, no elided article: "L'Aref") starting a French sentence, a lower-case
    French word after it: "Hülya parle très peu français", "Ousmane a perdu son travail" (not "My son arrived…",
    "Great, thanks"). One that is also a surname ("Ali a quitté le logement", "Lucas et Louis") is a person there
    too, unless it is a firm or a département ("Renault a rappelé", "Vienne est"); and one that is also a rare French
    word the fiches never write in lower case ("Pascale", "Clémence") only before a verb, not before "et"."""
    if "'" in word or "’" in word or kind is None or not kind.first or kind.common or kind.public:
        return False
    if kind.surname and (fold(word) in _BRANDS or fold(word) in _DEPARTMENTS):
        return False
    if kind.surname and is_french(word) and _next_word(text, end) in ("et", ""):
        return False
    if kind.surname and not _SUBJECT_VERB.fullmatch(_next_word(text, end)):
        return False  # "Nou lé 4 dans la case" (Creole): a surname's word needs a verb a person does, or "et"
    if any(part[:1].islower() for part in word.split("-")):
        return False  # "Est-ce"
    after = _LOWER_NEXT.match(text, end)
    if after is None or not is_french(after.group("next")):
        return False  # "Salam alaykoum", "Bună ziua": a greeting in another language, not a name and a verb
    sentence = _SENTENCE_REST.match(text, start)
    words = re.findall(r"[a-z']+", sentence.group().lower()) if sentence else []
    return sum(w in _ENGLISH for w in words) < 2


def _first_name_apposed(text: str, word: str, end: int, kind: NameKind | None) -> bool:
    """A first name only (no common, public or French word) starting a sentence, then a comma and what describes or
    addresses a person: "Loïc, dit Loulou, a 12 ans", "Karim, mon aîné, …", "Justine, tu peux…", "Nathan, né en
    2011" (not a list of places or firms, "Thalys, Eurostar", nor a greeting, "Obrigada, Ana")."""
    if kind is None or not kind.first or kind.common or kind.public or is_french(word) or _plain_common(word):
        return False
    return not word.isupper() and "'" not in word and "’" not in word and _APPOSITION.match(text, end) is not None


# A first name that heads a line of a list or follows a label's colon, then a separator or the line's end: "Noa –
# CE1" above "Liam – CE1", "- Tiago, 4 ans", "Famille Ramos : Tiago, employeuse …" (p47e, p25).
_ITEM_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?P<bullet>(?:[-–—•*·]|\d{1,2}[.)])[ \t]*)?\Z|(?P<colon>[^\W\d_][ \t]*:[ \t]*)\Z"
)


_ITEM_AFTER = re.compile(r"[ \t]*(?:[,:(–—]|-[ \t]|$)", re.MULTILINE)


_LINE_HEAD = re.compile(rf"^[ \t]*(?:[-–—•*·][ \t]*)?(?P<word>{_W})[ \t]*(?:[,:(–—]|-[ \t]|$)", re.MULTILINE)


def _first_name_itemised(text: str, start: int, end: int, kind: NameKind | None) -> bool:
    """See `_ITEM_BEFORE`: a first name only (no surname, French, common or public word); at a line's head without a
    bullet, only when a line next to it also starts with such a first name (a list, not a heading)."""
    word = text[start:end]
    if kind is None or not kind.first or kind.surname or kind.common or kind.public:
        return False
    if is_french(word) or is_filler(word) or _plain_common(word) or word.isupper() or "'" in word or "’" in word:
        return False
    before = _ITEM_BEFORE.search(text, max(0, start - 60), start)
    if before is None or _ITEM_AFTER.match(text, end) is None:
        return False
    if any(a <= start < b for a, b in _english_sentences(text)):
        return False  # "Human: Great, please put that in your reply": an English word after a label
    if before.group("bullet") or before.group("colon"):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    following = text[line_end + 1 : (text.find("\n", line_end + 1) + 1 or len(text) + 1) - 1] if line_end >= 0 else ""
    return any(_listed_line(line) for line in (previous, following))


def _listed_line(line: str) -> bool:
    match = _LINE_HEAD.match(line)
    if match is None:
        return False
    kind = lookup(match.group("word"))
    return kind is not None and kind.first and not kind.common and not kind.public


_APPOSITION = re.compile(
    r",[ \t]*(?:(?i:dit|dite|alias|mon|ma|mes|notre|son|sa|leur|tu|toi|née?)(?![\w'’\-])|\d{1,3}[ \t]*ans\b)"
)


def lone_first_names(
    text: str, *, proper_nouns: set[int] | frozenset[int] = frozenset()
) -> Iterator[tuple[int, int, float]]:
    """A known first name, capitalised, inside a sentence ("inscrire Nahil et Inès en maternelle"), with the
    capitalised words listed with it. A first name that is also a surname only when it is no French word and no
    firm ("Thomas", not "Renault" nor "Rose"); not one the fiches write capitalised ("France", "Marianne"), nor a
    common word, nor the first word of a sentence."""
    # "et" joins a list ("Nahil et Inès"): the words beside it are neighbours
    words = [(m.start(), m.end()) for m in _LONE.finditer(text) if m.group() not in _AND]
    # words already given as names: a list is walked once, not once per name in it (a long list stays linear)
    listed: set[int] = set()
    for index, (start, end) in enumerate(words):
        word = text[start:end]
        if not word[0].isupper() or word.isupper():
            continue
        kind = lookup(word)
        after_titled = _AFTER_TITLED.search(text, max(0, start - 80), start) is not None
        # "M. et Mme Adeyemi. Oluwaseun et Funmilayo ont déposé…": a foreign word in a name's place
        if not (after_titled and kind is None and _foreign_word(word)):
            opening = _SENTENCE_START.search(text[max(0, start - 3) : start]) is not None
            subject = opening and _first_name_subject(text, word, start, end, kind)
            if (
                opening
                and not _BRACKETED.match(text, start, end + 3)
                and not after_titled
                and not subject
                and not _first_name_apposed(text, word, end, kind)
                and not _first_name_itemised(text, start, end, kind)
            ):
                continue  # the first word of a sentence, unless alone between brackets ("(Rachid)") or after a name
            # a first name; one that is also a surname may be a firm or a place ("Renault", "Michelin", "Aude")
            spoken_to = _SPOKEN_TO.search(text, max(0, start - 80), start) is not None and not any(
                part[:1].islower() for part in word.split("-")
            )  # "on le demande à Fort-de-France": a place
            if kind is None or not kind.first or kind.common or kind.public and not spoken_to or _plain_common(word):
                continue
            # a French word form that spaCy reads here as a proper noun is the name ("chez Moussa", not a verb form)
            # ... and one before a verb a person does starts the sentence as its subject ("Pascale a perdu")
            french = is_french(word) and start not in proper_nouns and not subject
            if kind.surname and (
                fold(word) in _BRANDS
                or (french or _PLACE_BEFORE.search(text[max(0, start - 12) : start]))
                and not spoken_to
            ):
                continue  # a first name that is also a surname: not a French word, a firm or after "à", "de l'"
            if _TOWN_BEFORE.search(text[max(0, start - 40) : start]):
                continue  # "elle vit chez nous à Annecy", "né à Oran": a town, whatever else the word may be
            if fold(word) in _DEPARTMENTS:
                continue
            if word.lower().startswith(("saint-", "sainte-", "st-")) or _listed_with_a_place(text, words, index):
                continue
        yield start, end, 0.6
        listed.add(index)
        for step in (-1, 1):  # the names listed beside it: "Nahil et Inès", "Inès, Nahil"
            other = index + step
            while 0 <= other < len(words) and other not in listed:
                a, b = (words[other][1], words[other + 1][0]) if step < 0 else (words[other - 1][1], words[other][0])
                neighbour = text[words[other][0] : words[other][1]]
                if not _LIST_JOIN.match(text[a:b]) or not neighbour[0].isupper() or _plain_common(neighbour):
                    break
                known = lookup(neighbour)
                if is_filler(neighbour) or fold(neighbour) in _BRANDS | _DEPARTMENTS:
                    break  # "Thanks, Daniel"
                if neighbour.lower().startswith(("saint-", "sainte-", "st-")):
                    break  # "Massy, Saint-Cloud": places
                if known is None and neighbour.isupper() and len(neighbour) <= 4:
                    break  # "Emma en CP et Raphaël": a class or an acronym, not a name listed (p83e)
                if known is not None and (not known.first or known.public) or known is None and other != index + step:
                    break  # a place or a word in a list ("Paris, Nice et Tours"); one unknown word next to it only
                yield words[other][0], words[other][1], 0.6
                listed.add(other)
                other += step


# Brackets that hold only first names joined by commas and "et" name the people the sentence just spoke of: "papa de
# jumeaux (Hugo et Louis)", "nos trois enfants (Inès, Tom et Yanis)". A first name the fiches write capitalised
# ("Louis", "Tom") counts there, as the others around it are first names too; places in brackets are towns, and one
# that is no first name ("(Lyon et Villeurbanne)") or a département ("(Aude et Hérault)") leaves the brackets alone.
_BRACKETED_NAMES = re.compile(rf"\(\s*(?P<names>{_W}(?:\s*,\s*{_W})*\s+et\s+{_W})\s*\)")


def bracketed_first_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The first names listed alone between brackets (see _BRACKETED_NAMES)."""
    for match in _BRACKETED_NAMES.finditer(text):
        words = [m for m in re.finditer(_W, match.group("names")) if m.group() != "et"]
        if not all(_bracketed_first_name(word.group()) for word in words):
            continue
        for word in words:
            yield match.start("names") + word.start(), match.start("names") + word.end(), 0.6


def _bracketed_first_name(word: str) -> bool:
    kind = lookup(word)
    return (
        word[0].isupper()
        and not word.isupper()
        and kind is not None
        and kind.first
        and not kind.common
        and not _plain_common(word)
        and not is_french(word)
        and fold(word) not in _DEPARTMENTS | _BRANDS
    )


# A first name that is also a common word ("Rose", "Blanche", "Claire", "Pierre") is left to its context elsewhere;
# capitalised inside a sentence, right after a conjunction and right before a verb, it is the subject of that verb,
# a person: "est-ce que Blanche peut aller à la garderie", "si Rose a droit", "et Pierre viendront". A common noun
# there would take an article ("que la rose…"); places and bodies (spaCy's LOC and ORG) are skipped by the caller.
_SUBJECT_BEFORE = {"que", "qu'", "qu’", "si", "et", "mais", "quand", "lorsque", "comme", "car", "puisque", "ou"}


def subject_first_names(tokens: Iterable[Token]) -> Iterator[tuple[int, int, float]]:
    """A capitalised first name that is also a common word, between a conjunction and a lower-case verb."""
    tokens = list(tokens)
    for index in range(1, len(tokens) - 1):
        token = tokens[index]
        word = token.text
        if len(word) < 3 or not word[0].isupper() or not word[1:].replace("-", "").islower():
            continue
        before, after = tokens[index - 1], tokens[index + 1]
        if before.lower_ not in _SUBJECT_BEFORE or after.pos_ not in ("VERB", "AUX") or not after.text.islower():
            continue
        kind = lookup(word)
        if kind is None or not kind.first or not (kind.common or _plain_common(word)):
            continue  # a first name that is no common word has its own rules (`lone_first_names`)
        lower = word.lower()
        if lower in _FUNCTION_WORDS or lower in STOP_WORDS or lower in _CLOSING_WORDS or fold(word) in _SUBJECT_NOT:
            continue
        yield token.idx, token.idx + len(word), 0.6
