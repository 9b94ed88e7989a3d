"""The parts of a home told around its street address: "au 3e étage du bâtiment B, escalier 2, résidence Les
Acacias, 12 rue Pasteur", "bât. D, 3e étage, porte 31, cité des Fleurs".

(thirty-fourth pass, p100e) The address recognisers mask the street and what follows it; the building, the staircase,
the floor, the door or the estate written BEFORE it were left ("bâtiment B, escalier [ADRESSE_1]"), or the door's
word kept while its number began the address ("porte [ADRESSE_1]"). Together with the address they say which flat
is the writer's, so an address found is extended over the pieces that touch it, before it and after it. Nothing is
masked where no address was found: "le bâtiment B de la préfecture" alone stays.
"""

import re

_NAME = r"[A-ZÀ-Ý][\w'’\-]*"
_ARTICLE = r"(?:(?:les|le|la|l['’]|des|du|de[ \t]+la)[ \t]*)?"
# A building, a staircase, a flat, a door: its word, then its letter, number or (for a building) its name.
_UNIT = (
    r"(?i:bâtiment|batiment|bât\.?|bat\.?|bloc|tour|immeuble|imm\.|escalier|esc\.?|entrée|entree|hall|"
    r"appartement|appart|appt\.?|apt\.?|logement|porte|chambre|villa|maison)(?![\w'’])"
)
_ID = (
    r"[ \t]*(?:(?i:n[°º]|no\.?)[ \t]*)?(?:\d{1,4}(?:[ \t]?(?i:bis|ter)|[A-Da-d])?|[A-Z]\d{0,3}"
    r"|" + _ARTICLE + _NAME + r"(?:[ \t]+" + _NAME + r"){0,2})(?![\w'’])"
)
_FLOOR = (
    r"(?:\d{1,2}[ \t]?(?i:e|è|ème|eme|ieme|ième|er|ère|ere)[ \t]+(?i:étage|etage)|(?i:étage|etage)[ \t]+\d{1,2}|"
    r"(?i:rez-de-chaussée|rez-de-chaussee|rdc))(?:[ \t]+(?i:gauche|droite|fond))?(?![\w'’])"
)
_ESTATE = (
    r"(?i:résidence|residence|cité|cite|lotissement|hameau|domaine)[ \t]+"
    + _ARTICLE
    + _NAME
    + r"(?:[ \t]+(?:(?i:de|des|du|d['’])[ \t]*)?"
    + _NAME
    + r"){0,2}"
)
_PIECE = r"(?:" + _UNIT + _ID + r"|" + _FLOOR + r"|" + _ESTATE + r")"
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]+(?i:du|de[ \t]+la|de[ \t]+l['’]|de|au)[ \t]+|[ \t]*[\-–][ \t]*|[ \t]+)"
_PIECE_BEFORE = re.compile(r"(?<![\w'’\-])" + _PIECE + _SEP + r"\Z")
# The word of a door or a flat right before an address that starts with its number: "porte 31, cité des Fleurs"
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])" + _UNIT + r"[ \t]*(?:(?i:n[°º]|no\.?)[ \t]*)?\Z")
_PIECE_AFTER = re.compile(_SEP + r"(?P<piece>" + _PIECE + r")")
_WINDOW = 90


def extend(text: str, start: int, end: int) -> tuple[int, int]:
    """The address at `text[start:end]` with the home's pieces that touch it (see the module)."""
    new_start = start
    if text[start : start + 1].isdigit() and (word := _WORD_BEFORE.search(text, max(0, start - 20), start)):
        new_start = word.start()
    while piece := _PIECE_BEFORE.search(text, max(0, new_start - _WINDOW), new_start):
        new_start = piece.start()
    new_end = end
    while (piece := _PIECE_AFTER.match(text, new_end)) and piece.start("piece") < new_end + 6:
        new_end = piece.end("piece")
    return new_start, new_end


# (forty-fourth pass, p140e) An address whose number is the last group of a number before it: "voici les nouveaux :
# 07 66 20 14 85, Résidence Les Embruns, appt 14, 2 boulevard de la Mer, 85100 …" read "85, Résidence …" as the
# address, which the phone (scored above it) then beat: the whole address stayed in the text. `BORROWED_NUMBER`
# starts the address after that number, where the phone leaves it standing.
BORROWED_NUMBER = True
_GROUP_BEFORE = re.compile(r"\d[ \t\u00a0.\-]\Z")
_BORROWED = re.compile(r"\d{1,4}[ \t]*,?[ \t]*(?=[A-Za-zÀ-ÿ])")


def without_borrowed_number(text: str, start: int, end: int) -> int | None:
    """Where the address at `text[start:end]` starts without its first number, when that number ends another
    number's run of groups (see `BORROWED_NUMBER`); None otherwise."""
    if not BORROWED_NUMBER or not _GROUP_BEFORE.search(text, max(0, start - 2), start):
        return None
    number = _BORROWED.match(text, start, end)
    if number is None or number.end() >= end:
        return None
    return number.end()


# (forty-fourth pass, p140e) A flat's or a building's word read as a name ("Appt 112, 6 place de la République":
# "Appt" capitalised at a line's start, a name for the context rules) kept the pieces out of the address and left the
# flat's number in the text. `UNIT_WORD_NAMES` lets the address take such a "name" in with its pieces: a unit's word
# alone is nobody's name.
UNIT_WORD_NAMES = True
_UNIT_WORD = re.compile(_UNIT + r"\.?")


def is_unit_word(value: str) -> bool:
    """`value` is only a building's, a staircase's, a flat's or a door's word ("Appt", "Bât.", "Escalier")."""
    return UNIT_WORD_NAMES and bool(_UNIT_WORD.fullmatch(value.strip()))
