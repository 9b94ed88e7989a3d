"""A surname alone that names a family or a child (issue 13, forty-second pass, engineer-p133e).

Carers, nurses and home helpers call the people they look after by their surname only, after the article of a
family or of a child: "je passe chez les Marchand", "les Fontaine n'ont pas internet", "Ses parents, les Lebrun,
…", "le kiné du petit Boulanger", "la petite Colin", "le jeune Perrin". A capital after a lower-case "les",
"le petit", "la petite", "le jeune", "la jeune" is a proper noun; the rule keeps it when the gazetteer knows it as a
surname, even one that is a common word (Marchand, Boulanger, Petit, Fontaine, Mercier: what the other rules leave
for fear of the word).

- **A family** (`FAMILIES`): "les" and a surname, capitalised "Les" only at a sentence's or a line's start. Left
  alone: a place, a body or a brand (the gazetteer's public words, départements, countries: "les Ulis", "les
  Vosges"), a word in the plural ("les Tilleuls", "les Halles": a family's name takes no s), a longer proper noun
  ("les Restos du Cœur", "les Compagnons d'Emmaüs", "les Marchand Frères"), a building's, a street's or a place's
  name ("résidence Les Lilas", "EHPAD Les Glycines", "lieu-dit Les Fontaine"). A shop's name is a family's after
  "les" ("chez Boulanger" is the shop, "chez les Boulanger" a family).
- **A child** (`CHILDREN`): "le petit", "la petite", "le jeune", "la jeune", "le p'tit" and a surname or a first name
  the gazetteer knows ("le petit Garnier", "la petite Nguyen"), never a public word ("le petit Paris"), nor one
  followed by another capitalised word (a title: "le Petit Prince" has its capital on "Petit" and stays anyway).

- **A family named in any of its languages** (`FAMILY_WORD`, forty-third pass, engineer-p137e): "famille",
  "family", "Familie", "familia" and a capitalised or hyphenated surname ("at family Walter-Kern", "chez la famille
  Lemaire-Dufresne"): each part a name the gazetteer knows or no French word, never a public word, and never "famille
  d'accueil" (a foster family, lower case) nor a longer proper noun; a word in capitals only in a message not typed in
  capitals ("LIVRET DE FAMILLE PERDU").

`FAMILIES = False`, `CHILDREN = False` or `FAMILY_WORD = False` turns each rule off at run time.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules import _BRANDS
from guichet.privacy.name_rules_initials import in_capitals
from guichet.privacy.word_names import _name_word

FAMILIES = True
CHILDREN = True
FAMILY_WORD = True

SCORE = 0.6

_WORD = r"[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?"
# After the name: not another capitalised word, nor "de", "du", "des", "d'" and one (a longer proper noun).
_LONGER = r"(?![\w'’\-])(?![ \t]+(?:(?:de|du|des|de[ \t]+la)[ \t]+|d['’])?[A-ZÀ-Ý])"
_FAMILY = re.compile(
    r"(?:(?<![\w'’\-])les|(?:\A|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))[ \t]*Les)[ \t]+(?P<name>"
    + _WORD
    + r")"
    + _LONGER
)
_CHILD = re.compile(
    r"(?<![\w'’\-])(?i:le|la|l['’]|du|au)[ \t]*(?:petit|petite|p['’]tit|p['’]tite|jeune)[ \t]+(?P<name>"
    + _WORD
    + r")"
    + _LONGER
)
_FAMILY_WORD = re.compile(
    r"(?<![\w'’\-])(?i:famille|family|familie|familia)[ \t]+(?P<name>"
    + _WORD
    + r"|[A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})?)"
    + _LONGER
)
_FAMILY_GATE = re.compile(r"(?i)famil")
# A building's, a street's or a place's word right before "les": its name follows, no family.
# What follows "le petit" and is no child: a tale's or a book's title, a dictionary.
_NOT_CHILDREN = frozenset(("prince", "princesse", "poucet", "chaperon", "robert", "larousse", "nicolas"))
_PLACE_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:résidence|residence|ehpad|lotissement|cité|cite|quartier|domaine|hameau|lieu-dit|"
    r"lieudit|rue|chemin|allée|allee|avenue|impasse|place|route|square|foyer|maison|école|ecole|collège|college|"
    r"lycée|lycee|centre|clinique|village|camping|club|association|restaurant|hôtel|hotel|magasin|boutique|"
    r"ferme|moulin|château|chateau|bâtiment|batiment|immeuble|zone|zac|zi|za|parc|jardins?|crèche|creche|"
    r"halte-garderie|salle|stade|gymnase|mjc|ccas|ssiad|esat|ime|accueil[ \t]+de[ \t]+jour)[ \t]*[«\"“]?[ \t]*\Z"
)


def _family_name(word: str) -> bool:
    """A surname the gazetteer knows (even a common word), no plural, no public word (a place, a body)."""
    kind = lookup(word)
    if kind is None or not kind.surname:
        return False
    # a shop's name is no family's ("chez Boulanger" is the shop, "chez les Boulanger" a family)
    if not _name_word(word, surname_only=True) and fold(word) not in _BRANDS:
        return False
    if word[-1] in "sx" and is_french(word):
        return False  # "les Tilleuls", "les Rameaux": a word in the plural, no family's name
    return not (kind.public and not kind.first)


def _child_name(word: str) -> bool:
    """A surname or a first name the gazetteer knows, no public word."""
    return _name_word(word, surname_only=False)


# (forty-third pass, p137e) what every match holds, looked for first: "les"/"Les" before a capital, and "petit",
# "p'tit" or "jeune" before one (the same spans; `WORDS_FIRST = False` scans every text with both patterns).
WORDS_FIRST = True
_FAMILY_WORDS = re.compile(r"[Ll]es[ \t]+[A-ZÀ-Ý]")
_CHILD_WORDS = re.compile(r"(?:petit|p['’]tit|jeune)e?[ \t]+[A-ZÀ-Ý]")


def _family_part(word: str) -> bool:
    """A part of a family's name: a name the gazetteer knows, or no French word; no public word."""
    kind = lookup(word)
    if kind is not None:
        return (
            (kind.surname or kind.first)
            and not (kind.public and not kind.first)
            and _name_word(word, surname_only=False)
        )
    return not is_french(word)


def family_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """See the module's docstring; each switch read now."""
    families = FAMILIES and not (WORDS_FIRST and _FAMILY_WORDS.search(text) is None)
    children = CHILDREN and not (WORDS_FIRST and _CHILD_WORDS.search(text) is None)
    if families:
        for match in _FAMILY.finditer(text):
            name = match.group("name")
            if _PLACE_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
                continue
            if all(_family_name(part) for part in name.split("-")):
                yield match.start("name"), match.end("name"), SCORE
    if FAMILY_WORD and _FAMILY_GATE.search(text):
        for match in _FAMILY_WORD.finditer(text):
            name = match.group("name")
            if name.isupper() and in_capitals(text):
                continue  # "LIVRET DE FAMILLE PERDU": a message typed in capitals
            if all(_family_part(part) for part in name.split("-")):
                yield match.start("name"), match.end("name"), SCORE
    if children:
        for match in _CHILD.finditer(text):
            name = match.group("name")
            if fold(name) in _NOT_CHILDREN:
                continue
            if all(_child_name(part) for part in name.split("-")):
                yield match.start("name"), match.end("name"), SCORE
