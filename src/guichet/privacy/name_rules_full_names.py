"""Full names (`full_names`), pairs of capitalised words (`word_pair_names`), a name and who the person is
(`apposed_names`), a surname alone after an uncontracted "de Le" (`uncontracted_surnames`).

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import fold, is_name, lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.name_rules_patterns import _CLOSING_WORDS, _W
from guichet.privacy.name_rules_words import (
    _FUNCTION_WORDS,
    _NOT_SHORT_NAMES,
    _english_sentences,
    _foreign_word,
    _plain_common,
    _words,
)
from guichet.privacy.spacy_fr import STOP_WORDS

_FULL = re.compile(rf"(?<![\w'’\-])(?P<first>{_W})(?P<rest>(?:[ \t]+{_W}){{1,2}})")
# one word of `_FULL`'s rest, compiled once (thirty-sixth pass, p109e: it ran through `re`'s cache for every match)
_WORD = re.compile(_W)


def full_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A known first name and a surname after it, or a surname in capitals and a known first name after it."""
    position = 0
    english = _english_sentences(text)
    while (match := _FULL.search(text, position)) is not None:
        span = _full_name(text, match)
        if span and text[span[0] : span[1]].islower() and any(a <= span[0] < b for a, b in english):
            span = None  # "my card": English, not a first name and a surname
        if span:
            yield span[0], span[1], 0.7
            position = span[1]
        else:
            position = match.end("first")


_SAINT = {"st", "ste", "saint", "sainte"}


def _full_name(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    first = match.group("first")
    rest = [(match.start("rest") + m.start(), match.start("rest") + m.end()) for m in _WORD.finditer(match["rest"])]
    second = text[rest[0][0] : rest[0][1]]
    if _two_letter_surname(text, first, second, rest[0][1]):
        return match.start("first"), rest[0][1]
    if _plain_common(first) or _plain_common(second):
        return None
    if fold(first) in _SAINT:
        return None  # a town named after a saint, as a message types it: "j'habite st louis", "Saint Avold"
    lower = first.islower() and second.islower()
    if first[0].isupper() and is_name(first, first=True) and (second[0].isupper() or second.isupper()):
        if not _surname_like(second):
            return None
        kind = lookup(second)
        if first.isupper() and not second.isupper() and is_french(second) and not (kind is not None and kind.first):
            # a name in capitals, then a word of a subject line, no first name: "Plainte LAMBERT Gravats"
            return match.start("first"), match.end("first")
    elif first.isupper() and len(first) > 1 and second[0].isupper() and is_name(second, first=True):
        if not _surname_like(first):
            return None
    elif lower and is_name(first, first=True) and _known_surname(second):
        pass
    elif first[0].isupper() and _known_surname(first) and second[0].isupper() and is_name(second, first=True):
        kind = lookup(first)
        if kind is None or kind.public:
            return None  # "Nguyen-Lefebvre Hélène", the surname first; not "Paris Hélène"
    else:
        return None
    end = rest[0][1]
    if len(rest) > 1:
        third = text[rest[1][0] : rest[1][1]]
        if not _plain_common(third) and (third[0].isupper() if not lower else _known_surname(third)):
            end = rest[1][1]
    return match.start("first"), end


# A first name that is also a word or a place, capitalised inside a sentence, and a capitalised word after it:
# "j'ai rencontré Rose Marseille", "c'est Blanche Rivière qui…" (a French noun is not capitalised mid-sentence).
_PAIR = r"(?P<first>[A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+(?P<second>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w'’\-])"


_WORD_PAIR = re.compile(r"(?<=[a-zà-ÿ,'’][ \t])" + _PAIR)


# The same pair after a label's colon ("Mes informations : Claire Vandenbussche"), searched apart so that a pair
# it rejects never hides one of `_WORD_PAIR`'s.
_LABEL_PAIR = re.compile(r"(?<=:[ \t])" + _PAIR)


# Words before a place or an institution named after someone: "rue Victor Hugo", "lycée Jules Ferry".
_NAMED_AFTER = re.compile(
    r"(?i)\b(?:rue|avenue|av|boulevard|bd|place|allée|impasse|quai|cours|chemin|route|square|lycée|lycee|collège|"
    r"college|école|ecole|hôpital|hopital|clinique|centre|résidence|residence|gare|stade|parc|station|métro|metro|"
    r"université|universite|fondation|institut|association|maison|salle|espace|cité|cite|pont|port|loi|prix|"
    r"plan|programme|dispositif|bâtiment|batiment|quartier|ehpad|crèche|creche|gymnase|médiathèque|mediatheque)"
    r"[ \t]+$"
)


_KIN_WORDS = (
    r"fils|fille|enfant|bébé|bebe|mari|femme|épouse|epouse|époux|epoux|compagnon|compagne|conjointe?|copain|copine|"
    r"sœur|soeur|frère|frere|mère|mere|père|pere|maman|papa|cousine?|nièce|niece|neveu|grand-mère|grand-père|"
    r"voisine?|amie?|tante|oncle|coloc|colocataire|collègue|tuteur|tutrice|curateur|curatrice|belle-mère|beau-père|"
    r"belle-sœur|beau-frère|ex|petite?-fille|petit-fils|filleule?|aide à domicile|auxiliaire de vie|assistante sociale"
)


# A name and, after a comma, who the person is to the writer: "je vis avec Fleur, ma compagne", "Blanche Rivière,
# notre voisine".
_APPOSED = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)?),[ \t]+"
    r"(?i:mon|ma|notre|son|sa|leur)[ \t]+(?:[\w\-]+[ \t]+)?(?i:" + _KIN_WORDS + r")\b"
)


def apposed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_APPOSED`: the first word a first name the gazetteer knows, even a common word, never a public name; or
    a capitalised word of no language the lexicon knows."""
    for match in _APPOSED.finditer(text):
        first = _words(match.group("name"))[0]
        kind = lookup(first)
        known = kind is not None and kind.first and not kind.public
        if not known and not _apposed_unknown(text, match):
            continue
        if first.lower() not in _CLOSING_WORDS:
            yield match.start("name"), match.end("name"), 0.6


def _apposed_unknown(text: str, match: re.Match[str]) -> bool:
    """A name of no language the lexicon knows before who the person is ("avec Oluwafemi, mon cousin"), inside a
    sentence, not after a preposition of place ("au Sénégal, mon époux"), not a greeting ("Buongiorno, mon père"),
    and not when a name follows the relative ("…, mon père Giuseppe Russo")."""
    before = text[max(0, match.start() - 12) : match.start()]
    return (
        all(_foreign_word(word) for word in _words(match.group("name")))
        and bool(re.search(r"[a-zà-ÿ][ \t]+$", before))
        and not re.search(r"(?i)\b(?:au|aux|en|du|des|à|a|de|vers|depuis|pour)[ \t]+$", before)
        and not re.match(r"[ \t]+[A-ZÀ-Ý]", text[match.end() :])
    )


# A form's field that holds a place, before its colon: the words after it are a place's ("adresse : Hay El Qods").
_PLACE_LABEL = re.compile(
    r"(?i)\b(?:adresse|domicile|lieu|ville|commune|quartier|r[ée]sidence|localit[ée]|pays|objet)\b"
    r"[^:\n]{0,20}:[ \t]*\Z"
)


def word_pair_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_WORD_PAIR`: the first word a first name the gazetteer knows, even a common word, a public name only
    before a known surname ("Marine Toulon"); the second no function word; not after a word of a street or an
    institution named after someone."""
    for match in (*_WORD_PAIR.finditer(text), *_LABEL_PAIR.finditer(text)):
        first, second = match.group("first"), match.group("second")
        kind, other = lookup(first), lookup(second)
        surname = other is not None and other.surname and not other.public and not other.common
        if kind is None or not kind.first or kind.public and not surname:
            continue  # "Marine Toulon" (a surname after it), not "France Travail"
        lower = second.lower()
        if lower in STOP_WORDS or lower in _FUNCTION_WORDS or lower in _CLOSING_WORDS or is_filler(second):
            continue
        if _NAMED_AFTER.search(text, max(0, match.start() - 20), match.start()):
            continue
        if _PLACE_LABEL.search(text, max(0, match.start() - 40), match.start()):
            continue  # "adresse : Hay El Qods rue 12": a place's field, not a person's
        if re.match(r"[ \t]+(?:[A-ZÀ-Ý]|(?:de|du|des|d['’])[ \t]*[A-ZÀ-Ý])", text[match.end() :]):
            continue  # "Harmonie Fonction Publique", "Caisse Nationale de…": an institution's capitalised words
        yield match.start(), match.end(), 0.6


# "de" or "à" before the article "Le" contracts ("du Havre", "au Mans"): left whole, "Le" is a surname's particle,
# a Breton surname alone ("c'est le bateau de Le Bris", "j'ai vendu à Le Gall"). Not a French word after it ("de Le
# Monde", "à Le Havre", a newspaper or a town miswritten).
_UNCONTRACTED = re.compile(
    r"(?<![\w'’\-])(?:de|à|a)[ \t]+"
    r"(?P<name>Le[ \t]+(?P<word>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?))(?![\w'’\-])"
)


def uncontracted_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_UNCONTRACTED`: "Le" and a capitalised word that is no French word, after "de" or "à"."""
    for match in _UNCONTRACTED.finditer(text):
        if not is_french(match.group("word")):
            yield match.start("name"), match.end("name"), 0.6


_LINE_OR_CLAUSE_END = re.compile(r"[ \t]*(?:$|[\n,.;:!?)–—]|-[ \t])", re.MULTILINE)


def _two_letter_surname(text: str, first: str, second: str, end: int) -> bool:
    """A known first name and a two-letter surname the gazetteer knows: "Clémence Ho", "Emma Ly". One that is also
    a French word ("Sandrine Ma", "Julie Le") only at the end of its line or clause, not "Sandrine. Ma fille…"."""
    if not (len(second) == 2 and second[0].isupper() and second[1].islower()):
        return False
    if second.lower() in _NOT_SHORT_NAMES and not _LINE_OR_CLAUSE_END.match(text, end):
        return False
    kind = lookup(second)
    if kind is None or not kind.surname:
        return False
    return first[0].isupper() and not first.isupper() and not _plain_common(first) and is_name(first, first=True)


def _surname_like(word: str) -> bool:
    """A capitalised word that may be a surname: not a common word, and not known only as a common word."""
    kind = lookup(word)
    return not _plain_common(word) and not (kind is not None and kind.common and not kind.surname)


def _known_surname(word: str) -> bool:
    kind = lookup(word)
    return kind is not None and kind.surname and not kind.common and not _plain_common(word)
