"""Surnames in capitals (alone, before first names, as a file's name), camel case, a pasted mail's header.

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, is_name, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules_initials import in_capitals
from guichet.privacy.name_rules_places import _BRANDS, _DEPARTMENTS
from guichet.privacy.name_rules_words import _ACRONYMS, _BENEFITS, _CALENDAR, _OFFICE_WORDS, _words

_CAPITALS = re.compile(r"(?<![\w’'\-])(?P<word>[A-ZÀ-Ý]{4,}(?:-[A-ZÀ-Ý]{2,})?)(?![\w’'\-])")


def capital_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """A word in capitals anywhere that the gazetteer knows only as a surname ("HERNANDEZ", "MOREIRA"), not a French
    word, a place or an administration's acronym; in a text that is not written all in capitals."""
    letters = [char for char in text if char.isalpha()]
    if letters and sum(char.isupper() for char in letters) > 0.5 * len(letters):
        return
    for match in _CAPITALS.finditer(text):
        word = match.group("word")
        if word.lower() in _ACRONYMS or is_french(word) or is_common(word):
            continue
        kind = lookup(word)
        if kind is not None and kind.surname and not kind.common and not kind.public:
            yield match.start(), match.end(), 0.6


# A surname in capitals, then the first names in title case, as forms and foreign papers give a name: "Défunt :
# CAMBLONG Pierre Jean", "my name as WICKRAMASINGHE Pathirage Don Chaminda". The word in capitals is no French word,
# no acronym, brand or département, and a surname the gazetteer knows or no name at all; the first word after it a
# first name the gazetteer knows or a word of no language; the words after that are taken while they pass too.
_CAPITALS_THEN_NAMES = re.compile(
    r"(?<![\w’'\-])(?P<caps>[A-ZÀ-Ý]{4,}(?:-[A-ZÀ-Ý]{2,})?)"
    r"(?P<rest>(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?){1,3})(?![\w’'\-])"
)


def _given_after_capitals(word: str) -> bool:
    if is_common(word) or word.lower() in _OFFICE_WORDS or word.lower() in _CALENDAR or fold(word) in _BRANDS:
        return False
    kind = lookup(word)
    if kind is not None:
        return kind.first  # "CAMBLONG Pierre Jean": a first name, even a common or a public one
    return not is_french(word)


def capitals_then_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_CAPITALS_THEN_NAMES`; in a text that is not written all in capitals."""
    letters = [char for char in text if char.isalpha()]
    if letters and sum(char.isupper() for char in letters) > 0.5 * len(letters):
        return
    for match in _CAPITALS_THEN_NAMES.finditer(text):
        caps = match.group("caps")
        lower = caps.lower()
        if lower in _ACRONYMS or is_french(caps) or is_common(caps) or lower in _OFFICE_WORDS:
            continue
        if fold(caps) in _BRANDS or fold(caps) in _DEPARTMENTS:
            continue
        kind = lookup(caps)
        if kind is not None and (not kind.surname or kind.common or kind.public):
            continue
        if kind is None and (len(caps) < 6 or not re.search(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ý]", caps)):
            continue  # "CGSS Guyane", "SARL Bâti-Est": an unknown word needs a name's length and a vowel
        end = match.end("caps")
        for word in re.finditer(r"\S+", match.group("rest")):
            if not _given_after_capitals(word.group()):
                break
            end = match.start("rest") + word.end()
        if end > match.end("caps"):
            yield match.start("caps"), end, 0.6


# A surname in capitals as a file's name, in a subject line or a reference: "Objet : Dossier MOREAU Logement",
# "Réf. dossier CHEVALIER Julie", "famille MARTIN". Lists of words (is_french) know many surnames ("Moreau"), so the
# word only needs to be a surname of the gazetteer; one that is also a common word ("PETIT", "CHEVALIER",
# "MARIAGE") needs a known first name after it; benefits' acronyms ("AME", "CSS") never.
_FILED = re.compile(
    r"(?<![\w’'\-])(?i:dossier|famille|fam\.|affaire|réf\.?|ref\.?|référence|reference)[ \t]*(?:n°|:|-)?[ \t]*"
    r"(?:(?P<word>[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?)|(?P<titled>[A-ZÀ-Ý][^\W\d_]{2,}(?:-[A-ZÀ-Ý][^\W\d_]+)?))(?![\w’'\-])"
    r"(?P<next>[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)?"
)


def filed_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """A surname in capitals after "dossier", "famille", "réf." (see `_FILED`), in a text not written in capitals."""
    if in_capitals(text):
        return
    for match in _FILED.finditer(text):
        if match.group("titled"):
            # capitalised: a surname that is no word of the lexicon ("TR: dossier Kowalski", not "dossier Logement")
            word = match.group("titled")
            kind = lookup(word)
            if kind is not None and kind.surname and not kind.common and not is_french(word):
                if word.lower() not in _BENEFITS:
                    yield match.start("titled"), match.end("titled"), 0.6
            continue
        word = match.group("word")
        kind = lookup(word)
        if word.lower() in _BENEFITS or kind is None or not kind.surname:
            continue
        following = (match.group("next") or "").strip()
        if kind.common and not (following and is_name(following, first=True)):
            continue
        yield match.start("word"), match.end("word"), 0.6


# Words glued in camel case, as hashtags, handles and pseudonyms write them: "#JusticePourKarim", "JeanDupont".
_CAMEL = re.compile(r"(?<![\w@./:\-])#?(?P<token>[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]*(?:[A-ZÀ-Ý][a-zà-ÿ]+)+)\d*(?![\w@\-])")


_CAMEL_PART = re.compile(r"[A-ZÀ-Ý]?[a-zà-ÿ]+")


def glued_names(text: str) -> Iterator[tuple[int, int, float]]:
    """In a camel-case word, a first name that is no word of any list ("Karim", "Lucas"), or a first name then a
    surname the gazetteer knows ("JeanDupont"); not "FranceConnect", "PayPal", "MaPrimeRénov'"."""
    for match in _CAMEL.finditer(text):
        parts = [(match.start("token") + m.start(), m.group()) for m in _CAMEL_PART.finditer(match.group("token"))]
        kinds = [lookup(part) for _, part in parts]
        for index, ((start, part), kind) in enumerate(zip(parts, kinds, strict=True)):
            if kind is None or not kind.first or kind.common or len(part) < 3 or not part[0].isupper():
                continue
            following = kinds[index + 1] if index + 1 < len(parts) else None
            if following is not None and following.surname and not following.common:
                yield start, parts[index + 1][0] + len(parts[index + 1][1]), 0.6
            elif not kind.public and not is_french(part):
                yield start, start + len(part), 0.6


# The name before an address in a pasted mail's header: "De : Rania <rania2000@hotmail.com>", "From: "Kader B."
# <…>", "À : Loïc Le Du [mailto:…]"; not an office's ("Caf de la Gironde <ne-pas-repondre@caf.fr>").
_HEADER = re.compile(
    r"(?im)^[ \t>]*(?:de|from|à|a|to|cc|cci|bcc|envoyé par|expéditeur|expediteur|destinataire)[ \t]*:[ \t]*"
    r"[\"'“]?(?P<name>[^\W\d_][^<>\n\"“”@:;\[\]]{0,60}?)[\"'”]?[ \t]*(?:<[^>\n]*@|\[mailto:)"
)


def header_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The display name of a sender or recipient in a pasted mail header (see `_HEADER`)."""
    for match in _HEADER.finditer(text):
        name = match.group("name").rstrip(" \t.,")
        words = _words(name)
        if not words or len(words) > 5 or any(word.lower() in _OFFICE_WORDS for word in words):
            continue
        if any(is_name(word) or not is_french(word) for word in words if len(word) > 1) or _all_names(words):
            yield match.start("name"), match.start("name") + len(name), 0.75


def _all_names(words: list[str]) -> bool:
    """Two or three capitalised words that the gazetteer all knows as names, even common words ("Pierre Marin",
    "Rose Petit"), the first or the last a first name ("Marchand Pierre", as mail programs write the surname first):
    in a slot that holds a person (a mail header's sender), the person."""
    kinds = [lookup(word) for word in words]
    return (
        2 <= len(words) <= 3
        and all(word[0].isupper() and kind is not None for word, kind in zip(words, kinds, strict=True))
        and (kinds[0].first or kinds[-1].first)
    )
