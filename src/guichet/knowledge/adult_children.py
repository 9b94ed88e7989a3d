"""A son or a daughter who is no minor: "mon fils a 22 ans" is an adult child (forty-fourth pass, engineer-r74,
issue 14).

`situations` reads the "mineur" qualifier from a child named at all ("mon fils", "ma fille", "enfants"), so the
fiche written for a minor is lifted and the one written for an adult child is its neighbour: "Impôt sur le revenu -
Enfant mineur à charge" (F2633) above "… - Enfant majeur à charge" (F3085) for a father of a student of 20,
"Un mineur peut-il …" above "Les parents sont-ils responsables de leur enfant majeur ?" (F820) for a mother whose son
of 22 ran up debts, a minor's identity card above an adult's. When every child's age the message gives is 18 or more
and nothing else says a minor (an age under 18, "mineur", a baby, a school class), the child is read an adult:
"majeur" instead of "mineur".

Measured (`benchmarks/retrieval_qualifier_switch.py adult_children.READ_ADULT_CHILDREN`, shipped weights): 36 train +
validation messages read differently; train first fiche 15 -> 16, top 10 20 -> 22, none down; validation (11) no
rank moves. No gain on validation: shipped off.
"""

from __future__ import annotations

import re

READ_ADULT_CHILDREN = False  # on: an adult child reads "majeur" (measured: no change on validation, shipped off)
# Forty-seventh pass (engineer-r81): a child said to be an adult without an age — « ma fille majeure », « devenu
# majeur », « mon fils étudiant », « ma fille, en master à Lyon », « notre fils a eu 18 ans » — is read so too (off:
# only a child's age said in figures counts). Measured (train + validation, shipped weights): 36 messages read
# differently, validation none moved, train four up (r81-030 5 -> 2, ret-v30-059 15 -> 8, ret-v34-061 8 -> 4,
# v58-002 11 -> 10) and one down (r81-026 1 -> 2, a pension's revision under « … enfant devenu majeur »): shipped off
READ_ADULT_SIGNS = False

_CHILD = r"(fils|fille|filles|enfants?|garcons?|ado|adolescente?|gamine?|petite?.(fils|fille)|beau.fils|belle.fille)"
_CHILD_AGE = re.compile(
    r"\b" + _CHILD + r",? (de|a|qui a|agee? de|aujourd.hui age\w* de|est age\w* de) (\d{1,2}) ans\b"
    r"|\b" + _CHILD + r",? (\d{1,2}) ans\b"
)
# What says a minor beside an adult child's age: a younger one, the word itself, a baby, a pupil's class.
_MINOR_SIGNS = re.compile(
    r"\bmineure?s?\b|\bbebes?\b|\bnourrisson|\b([0-9]|1[0-7]) (ans|mois)\b|\bpetits?\b"
    r"|\b(en|au) (cp|ce1|ce2|cm1|cm2|6e|5e|4e|3e|sixieme|cinquieme|quatrieme|troisieme|seconde|premiere)\b"
    r"|\b(maternelle|creche|college)\b"
)
# A child said to be an adult in words (`READ_ADULT_SIGNS`): of age, a student in higher studies, 18 reached; the
# sign follows the child within the clause ("mon fils, qui est majeur", "ma fille est étudiante en BTS").
_ADULT_SIGN = re.compile(
    r"\b" + _CHILD + r"\b[^.?!;\n]{0,40}?\b(majeure?s?|devenue?s? majeure?s?|etudiante?s?"
    r"|en (bts|licence|master|prepa|iut|but|fac|ecole d.ingenieurs?)|a la fac|a l.universite"
    r"|a eu (1[89]|[2-9]\d) ans|vient d.avoir (1[89]|[2-9]\d) ans)\b"
)


def adult_child(folded: str) -> bool:
    """Whether the folded message's children are all said to be adults (their ages 18 or more, or, under
    `READ_ADULT_SIGNS`, of age in words; no minor beside)."""
    if READ_ADULT_SIGNS and _ADULT_SIGN.search(folded) and not _MINOR_SIGNS.search(folded):
        return True
    if not READ_ADULT_CHILDREN:
        return False
    ages = [
        int(number)
        for match in _CHILD_AGE.finditer(folded)
        for number in match.groups()
        if number and number.isdigit()
    ]
    if not ages or min(ages) < 18:
        return False
    return not _MINOR_SIGNS.search(folded)
