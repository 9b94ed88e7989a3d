"""Surnames that are French words, in capitals, where the sentence makes them a person's (fifty-sixth pass,
engineer-p197e, issue 13).

A surname such as BOURGEOIS, MARCHAND, BOULANGER or MEUNIER is a word: the capital rules leave a French word in
capitals alone for fear of a heading's (« URGENT », « RELANCE », « DOSSIER INCOMPLET »). Three places make it a
person's all the same, each behind a switch read at call time:

- `READ_KIN_THEN_CAPITALS`: a kin or a care word, its « de » and a surname in capitals, as a relative is named in a
  signature block (« Sylvie⏎Fille de MEUNIER », « Lucas, petit-fils de BERGER », « fille BOURGEOIS », « le fils
  BARBIER », « pour mon père BOULANGER », « mon ex-mari (BOURGEOIS) »), particles in capitals included (« nièce de
  LE ROUX »); after a bracket, a colon or a comma too.
- `READ_FAMILY_CAPITALS`: « les » and a surname in capitals, as a family signs or is named (« Cordialement, les
  MARCHAND », « chez les BERGER »).
- `READ_GIVEN_THEN_CAPITALS`: a first name found alone, then a surname in capitals that the other rules left
  because it is a word (« c nadia BERGER », « Kevin MEUNIER »): the person found takes it; and a given name the
  gazetteer knows before a surname with its particles in capitals (« Personne 1 : Agnès LE ROUX »), which the
  other rules read apart.

The word in capitals, of four letters or more, is a surname the gazetteer knows (even a common word) or, after a
kin word only, no French word; never an acronym, an office's or a benefit's word, a calendar word, a brand or a
département, nor a word of a text typed all in capitals.
"""

import re
from collections.abc import Iterator, Sequence

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules_places import _BRANDS, _DEPARTMENTS
from guichet.privacy.name_rules_words import _ACRONYMS, _BENEFITS, _CALENDAR, _OFFICE_WORDS, _spelled_acronym

READ_KIN_THEN_CAPITALS = True
READ_FAMILY_CAPITALS = True
READ_GIVEN_THEN_CAPITALS = True

_PARTICLES = frozenset(("LE", "LA", "DE", "DU", "DES", "D'", "D’", "L'", "L’"))
_CAP_WORD = r"[A-ZÀ-Ý]{4,}(?:-[A-ZÀ-Ý]{2,})?"
# One to two particles in capitals, then the surname's word; or the word alone.
_SURNAME = r"(?P<surname>(?:(?:LE|LA|DE|DU|DES)[ \t]+|D['’]|L['’]){0,2}" + _CAP_WORD + r")(?![\w'’\-])"

_KIN = (
    r"fils|fille|petit-fils|petite-fille|arrière-petit-fils|arrière-petite-fille|neveu|nièce|niece|frère|frere|"
    r"sœur|soeur|demi-frère|demi-sœur|gendre|belle-fille|beau-fils|bru|épouse|epouse|époux|epoux|veuve|veuf|mari|"
    r"femme|compagne|compagnon|conjoint|conjointe|ex-conjointe?|ex-épouse|ex-mari|père|pere|mère|mere|maman|papa|"
    r"grand-père|grand-mère|grand-pere|grand-mere|oncle|tante|cousin|cousine|parrain|marraine|enfants|"
    r"tuteur|tutrice|curateur|curatrice|aidant|aidante|voisin|voisine"
)
# The kin word, its "de" and an optional title, then the surname; the kin word in any case.
_KIN_THEN = re.compile(
    r"(?<![\w'’\-])(?i:(?:" + _KIN + r"))(?:[ \t]*[(:,][ \t]*|[ \t]+)(?:(?i:de|du|des)[ \t]+|(?i:d)['’][ \t]*)?"
    r"(?:(?:M\.|Mr\.?|Mme|Mlle|Monsieur|Madame|feu|feue)[ \t]+)?" + _SURNAME
)
# A firm's "et Fils", "& Filles" and its legal form are no relative's name.
_FIRM_BEFORE = re.compile(r"(?:\bet|&)[ \t]+\Z")
_FIRM_FORMS = frozenset("sarl sas sasu eurl earl gaec scea scop selarl selas snc sci".split())
_FAMILY_THEN = re.compile(r"(?<![\w'’\-])(?:les|Les)[ \t]+" + _SURNAME)
# A first name found, a space, then a word in capitals: "nadia BERGER".
_CAPITAL_AFTER = re.compile(r"[ \t]+" + _SURNAME)
_GIVEN_THEN_PARTICLES = re.compile(
    r"(?<![\w'’\-])(?P<given>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+"
    r"(?P<surname>(?:(?:LE|LA|DE|DU|DES)[ \t]+|D['’]|L['’]){1,2}" + _CAP_WORD + r")(?![\w'’\-])"
)


def _shouting(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) > 0.5 * len(letters)


def _a_surname(words: str, *, known: bool = False) -> bool:
    """The last word of `words` (after its particles) is a surname in capitals: known to the gazetteer as a
    surname, even a common word, or (unless `known`) no French word; never an acronym, an office's, a benefit's or
    a calendar word, a brand or a département."""
    word = re.split(r"[ \t'’]+", words)[-1]
    lower = word.lower()
    if len(word) < 4 or lower in _FIRM_FORMS or lower in _ACRONYMS or lower in _OFFICE_WORDS:
        return False
    if lower in _BENEFITS or lower in _CALENDAR:
        return False
    if fold(word) in _BRANDS or fold(word) in _DEPARTMENTS:
        return False
    kind = lookup(word)
    if kind is not None:
        return kind.surname and not kind.public
    return not known and not is_french(word) and not is_common(word)


def kin_then_capitals(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each surname in capitals after a kin or a care word (`READ_KIN_THEN_CAPITALS`)."""
    if not READ_KIN_THEN_CAPITALS or _shouting(text):
        return
    for match in _KIN_THEN.finditer(text):
        if _FIRM_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue  # "Garage Poulain et Fils, SARL": a firm's name
        if _spelled_acronym(text, match.start("surname"), match.end("surname")):
            continue  # « l'Office … des enfants (ONAFE) »: the acronym of the words before it
        if _a_surname(match.group("surname")):
            yield match.start("surname"), match.end("surname")


def family_capitals(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each surname in capitals after « les » (`READ_FAMILY_CAPITALS`)."""
    if not READ_FAMILY_CAPITALS or _shouting(text):
        return
    for match in _FAMILY_THEN.finditer(text):
        surname = match.group("surname")
        if surname.endswith("S") and not surname.endswith(("ES", "IS", "OIS", "US", "AS")):
            continue  # "les TILLEULS"-like plurals; a family's name takes no s
        if _a_surname(surname, known=True):
            yield match.start("surname"), match.end("surname")


def given_then_capitals(text: str, people: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each one-word person found followed by a surname in capitals, the two together
    (`READ_GIVEN_THEN_CAPITALS`)."""
    if not READ_GIVEN_THEN_CAPITALS or _shouting(text):
        return
    for start, end in people:
        if len(text[start:end].split()) != 1:
            continue
        match = _CAPITAL_AFTER.match(text, end)
        if match and _a_surname(match.group("surname"), known=True):
            yield start, match.end("surname")
    # a given name the gazetteer knows, then a surname with its particles in capitals: "Personne 1 : Agnès LE ROUX"
    for match in _GIVEN_THEN_PARTICLES.finditer(text):
        given = lookup(match.group("given"))
        if given is not None and given.first and not given.common and not is_french(match.group("given")):
            if _a_surname(match.group("surname"), known=True):
                yield match.start(), match.end("surname")


def spans(text: str, people: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each surname in capitals the three readings find, the switched-off ones left out."""
    return [*kin_then_capitals(text), *family_capitals(text), *given_then_capitals(text, people)]
