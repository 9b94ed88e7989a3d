"""Form fields and invoices that hold a name, pairs of first names, a name in apposition, a child a place in
care is asked for.

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules_full_names import _known_surname
from guichet.privacy.name_rules_lone import _bracketed_first_name
from guichet.privacy.name_rules_patterns import _W
from guichet.privacy.name_rules_places import _BRANDS
from guichet.privacy.name_rules_words import (
    _CALENDAR,
    _FUNCTION_WORDS,
    _OFFICE_WORDS,
    _foreign_word,
    _is_glue,
    _plain_common,
    _public,
    _words,
)

# A form's label of a person's name, whoever's it is ("Nom de l'enfant : Petit Marin", "Prénom du conjoint :
# Blanche", "NOM ET PRÉNOM DU DEMANDEUR : ROSE Pierre"): the value, on the label's line, is a name whatever the word.
_LABELLED = re.compile(
    r"(?im)^[ \t>*\-–•]*(?:nom|noms|prénoms?|prenoms?|nom[ \t]+(?:et|/)[ \t]+prénoms?|prénoms?[ \t]+(?:et|/)[ \t]+nom|"
    r"nom[ \t]+(?:de[ \t]+naissance|d['’]usage|de[ \t]+famille|de[ \t]+jeune[ \t]+fille|marital|patronymique))"
    r"(?P<whose>[ \t]+(?:de[ \t]+l['’]|de[ \t]+la|du|des|de|d['’])[ \t]*[^\W\d_][\w\-]*(?:[ \t]+[^\W\d_][\w\-]*)?)?"
    r"[ \t]*\*?[ \t]*:[ \t]*(?P<value>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3})[ \t.]*$"
)


_NOT_WHOSE = re.compile(
    r"(?i)\b(?:commune|ville|organisme|établissement|etablissement|école|ecole|société|societe|entreprise|banque|"
    r"rue|voie|fichier|caisse|mutuelle|structure|association|pays|département|departement|logiciel|service)\b"
)


def labelled_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_LABELLED`: each word of the value capitalised or in capitals, no administration's word."""
    for match in _LABELLED.finditer(text):
        if match.group("whose") and _NOT_WHOSE.search(match.group("whose")):
            continue
        words = _words(match.group("value"))
        if not words or any(not word[0].isupper() for word in words if not _is_glue(word)):
            continue
        if any(is_common(word) or word.lower() in _OFFICE_WORDS for word in words if not _is_glue(word)):
            continue
        yield match.start("value"), match.end("value"), 0.7


# The client of an invoice or a quote the writer copies ("Client : Vasseur, 4 rue …", "Cliente : Mme Ouvrard⏎…"):
# the capitalised words after the label, a title before them or not, up to a comma, a dash or the line's end.
_INVOICE_CLIENT = re.compile(
    r"(?m)(?<![\w'’])(?i:client|cliente|clients)[ \t]*:[ \t]*"
    r"(?:(?:M\.|Mme|Mlle|Mr|Monsieur|Madame|M\.[ \t]+et[ \t]+Mme|M\.[ \t]+ou[ \t]+Mme)[ \t]+)?"
    r"(?P<value>[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){0,2})(?=[ \t]*(?:[,;–—]|[ \t]-[ \t]|$))"
)


def invoice_clients(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_INVOICE_CLIENT`: no common word, no administration's word ("Client : Mairie de Lodève" stays), not only
    French words that are no one's name."""
    for match in _INVOICE_CLIENT.finditer(text):
        words = _words(match.group("value"))
        words = [word for word in words if not _is_glue(word)]
        if not words or any(is_common(word) or word.lower() in _OFFICE_WORDS for word in words):
            continue
        if all(is_french(word) and lookup(word) is None for word in words):
            continue  # "Client : Particulier", "Cliente : Comptant": a French word no one bears
        yield match.start("value"), match.end("value"), 0.7


# A form's field of first names, several after one label and commas, the field ended by a bar, a wide gap or the
# line's end: "Prénom(s) : Christiane, Marie, Louise      NOM : …", "Nombre: Milagros | Apellidos: …", "Vorname:
# Anna, Maria". Each word a first name the gazetteer knows or a word of no language the lexicon knows; none common.
_FIRST_NAMES_FIELD = re.compile(
    r"(?im)(?:^|[|/][ \t]*|[ \t]{2,})(?:prénom\(s\)|prenom\(s\)|prénoms?|prenoms?|nombres?|first[ \t]+names?|"
    r"given[ \t]+names?|vornamen?|prenome|nome[ \t]+próprio)[ \t]*:[ \t]*"
    r"(?P<names>[A-ZÀ-Ý][\w'’\-]*(?:[ \t]*,[ \t]*[A-ZÀ-Ý][\w'’\-]*){0,5})(?=[ \t]*(?:$|\||[ \t]{2,}|/))"
)


def first_names_field(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_FIRST_NAMES_FIELD`."""
    for match in _FIRST_NAMES_FIELD.finditer(text):
        start = match.start("names")
        words = list(re.finditer(r"[^\s,]+", match.group("names")))
        ok = []
        for word in words:
            value = word.group()
            kind = lookup(value)
            if is_common(value) or value.lower() in _OFFICE_WORDS or value.lower() in _CALENDAR:
                ok = []
                break
            if (kind is not None and kind.first) or (kind is None and not is_french(value)):
                ok.append((start + word.start(), start + word.end()))
            else:
                ok = []
                break
        for span in ok:
            yield *span, 0.7


# Two first names joined by "et" inside a sentence: "avec Jade et Louis", "pour Rose et Marin" - a pair of people,
# even when each word alone could be a thing or a place.
_PAIR = re.compile(
    r"(?<=[a-zà-ÿ,:][ \t])(?P<a>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+et[ \t]+"
    r"(?P<b>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w’'\-])"
)


def paired_first_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_PAIR`: both words first names the gazetteer knows, no common word nor a function or calendar word,
    and not both a place's or a public figure's name."""
    for match in _PAIR.finditer(text):
        words = [match.group("a"), match.group("b")]
        kinds = [lookup(word) for word in words]
        if any(kind is None or not kind.first for kind in kinds):
            continue
        if any(_plain_common(w) or w.lower() in _FUNCTION_WORDS or w.lower() in _CALENDAR for w in words):
            continue
        if all(kind.public or kind.common for kind in kinds):
            continue
        hyphened = [part for word in words if "-" in word for part in word.split("-")]
        placed = any(word.startswith("Saint") for word in words) or any(_public(part) for part in hyphened)
        if placed or text[max(0, match.start() - 6) : match.start()].rstrip().endswith("Saint"):
            continue  # "Saint-Barthélemy et Saint-Martin", "Paris-Orly et Paris", "Saint Christophe et Niévès"
        yield match.start("a"), match.end("a"), 0.6
        yield match.start("b"), match.end("b"), 0.6


# A full name set off by commas, a given name the gazetteer lacks then a surname it knows: "étudiant en master à
# Lille, Babajide Okonkwo, numéro allocataire…". The given names of many countries are missing from the list while
# their surnames are there; between commas, a capitalised word no French one, then a surname (no common, public or
# French word), is how one gives one's own or a relative's name in apposition.
_APPOSED_PAIR = re.compile(rf"(?<=,)[ \t]*(?P<a>{_W})[ \t]+(?P<b>{_W})[ \t]*(?=,)")


def apposed_full_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_APPOSED_PAIR`."""
    for match in _APPOSED_PAIR.finditer(text):
        given, family = match.group("a"), match.group("b")
        if not given[0].isupper() or not family[0].isupper() or given.isupper() or family.isupper():
            continue
        if not _foreign_word(given) or len(given) < 4 or lookup(given) is not None:
            continue
        if not _known_surname(family) or _public(family) or is_french(family) or fold(family) in _BRANDS:
            continue
        yield match.start("a"), match.end("b"), 0.6


# The child a place in care is asked for: "une place en crèche pour Tom", "inscrire à la cantine pour Louis". A first
# name the fiches write capitalised ("Tom", "Louis") counts after "pour" there: a crèche or a school is asked for a
# child, never for a town ("la crèche de Nancy" has "de", not "pour").
_CHILD_CARE_FOR = re.compile(
    rf"(?i:crèche|creche|nounou|assistante?s? maternelles?|garderie|cantine|périscolaire|centre de loisirs|"
    rf"halte-garderie|maternelle|école|ecole)(?:[^.!?\n]{{0,40}}?)[ \t]pour[ \t]+(?P<name>{_W})(?![\w'’\-])"
)


def child_care_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_CHILD_CARE_FOR`: a first name (no common or French word, no département) after "pour"."""
    for match in _CHILD_CARE_FOR.finditer(text):
        word = match.group("name")
        if _bracketed_first_name(word):
            yield match.start("name"), match.end("name"), 0.6
