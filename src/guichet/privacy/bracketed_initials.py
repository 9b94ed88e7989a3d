"""A person's initials after the word that says who they are (forty-second pass, engineer-p132e).

An employer or a parent hides a name behind its initials and still points at one person: "la DPAE de mon apprenti
(T.B.)", "notre salariée M.D. est en arrêt", "mon fils (J.-P.L.)". `name_rules_initials` reads initials on a line
of their own or before a surname; here, two or three capital letters each with its dot, in brackets or straight
after a person's word ("apprenti", "salariée", "fils", "locataire"…) said with a possessive or an article.

**Not masked**: letters without dots ("mon fils (CP)", "ma salariée en CDD"), a school class or a contract written
with dots ("mon fils (C.P.)", "un salarié (C.D.D.)"), initials after a word that is no person's ("le contrat
(T.B.)").
"""

import re
from collections.abc import Iterator

ENABLED = True

_PERSON = (
    r"apprentie?s?|salariée?s?|employée?s?|stagiaires?|intérimaires?|interimaires?|ouvri(?:er|ère|ere)s?|"
    r"collègues?|collegues?|agents?|fils|filles?|enfants?|mari|femme|épouse|epouse|époux|epoux|conjointe?|"
    r"compagnon|compagne|frère|frere|sœur|soeur|mère|mere|père|pere|neveu|nièce|niece|locataire|voisine?|"
    r"patiente?|élève|eleve|bénéficiaire|beneficiaire|protégée?|protegee?|majeure?[ \t]+protégée?"
)
_INITIALS = r"[A-ZÀ-Ý]\.(?:[ \t]?-?[ \t]?[A-ZÀ-Ý]\.){1,2}"
_AFTER_PERSON = re.compile(
    r"(?i:\b(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|un|une|le|la|l['’])[ \t]*(?:" + _PERSON + r"))"
    r"(?:[ \t]*\([ \t]*(?P<bracketed>"
    + _INITIALS
    + r")[ \t]*\)|[ \t]*,?[ \t]+(?P<initials>"
    + _INITIALS
    + r")(?![\w.]))"
)
# School classes, contracts and other abbreviations written with dots.
_NOT_INITIALS = frozenset(
    {"CP", "CE", "CM", "CDD", "CDI", "RSA", "AAH", "APL", "CAF", "BTS", "CAP", "BEP", "DUT", "RH", "AT", "MP", "PS"}
)


# (forty-third pass, p137e) two initials in a row ("M. T.", "J.-P."), which every match holds: a text without them
# is not scanned for a person's word (the same spans; `INITIALS_FIRST = False` scans every text holding a dot).
INITIALS_FIRST = True
_TWO_INITIALS = re.compile(r"[A-ZÀ-Ý]\.[ \t]?-?[ \t]?[A-ZÀ-Ý]\.")


def bracketed_initials(text: str) -> Iterator[tuple[int, int, float]]:
    """Initials after a person's word (see the module's docstring)."""
    if not ENABLED or "." not in text:
        return
    if INITIALS_FIRST and _TWO_INITIALS.search(text) is None:
        return
    for match in _AFTER_PERSON.finditer(text):
        group = "bracketed" if match.group("bracketed") else "initials"
        if re.sub(r"[^A-ZÀ-Ý]", "", match.group(group)) in _NOT_INITIALS:
            continue
        yield match.start(group), match.end(group), 0.7
