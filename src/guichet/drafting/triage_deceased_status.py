"""A housing status said of someone who has died (forty-seventh pass of issue 12, engineer-fd).

Social workers, relatives and neighbours write to the mairie or the CCAS to handle the death of a person who lived
on the street: "Un homme sans domicile que nous suivions est décédé à l'hôpital la semaine dernière, sans famille
connue. Qui prend en charge les obsèques ?" (tri-af-057). The homeless rule of distress (`triage_distress_rules`,
"sans domicile", "SDF", "sans abri") reads a person on the street tonight; the person it names has died, and the
writer asks how to bury them. A living person's status in the same message ("sa compagne est à la rue depuis") is
still read: only a status phrase bound to the death in one clause ("un homme sans domicile … est décédé", "un SDF
retrouvé mort", "le décès d'une femme sans abri") is blanked (`without_deceased_status`), and the rule reads the rest.

Pure functions on strings (no model, no Django).
"""

import re

# Switch, read at each call of `triage()` (measured on and off, docs/benchmarks.md, forty-seventh pass).
DECEASED_STATUS_GATE = True

_STATUS = r"(?:sans[- ](?:domicile(?: fixe| stable)?|abri|logement)|sdf)"
# A third person named by a noun: never the writer ("je suis sans domicile depuis que mon mari est décédé").
_PERSON = (
    r"(?:(?:un|une|le|la|ce|cette|notre|du|d'un|d'une) )?"
    r"(?:homme|femme|monsieur|madame|personne|jeune|usagere?|beneficiaire|residente?|monsieur|dame)"
)
_BARE = r"(?:un|une|le|la|ce|cette|notre|d'un|d'une) (?:sdf|sans-abri)"
_DIED = (
    r"(?:est|etait|a ete retrouvee?) (?:decedee?|morte?|retrouvee? morte?)"
    r"|(?:decedee?|retrouvee? morte?) (?:le|la|a|dans|en|hier|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)\b"
)
# The status bound to the death in one clause ("<person> <status> … <died>", "le décès d'<person> <status>").
_DECEASED = re.compile(
    rf"\b(?:{_PERSON} {_STATUS}|{_BARE})\b(?=[^.?!;\n]{{0,80}}\b(?:{_DIED}))"
    rf"|(?<=\bdeces d')(?:un|une) (?:homme|femme|personne|jeune) {_STATUS}\b"
)


def without_deceased_status(folded: str) -> str:
    """The (folded) text with each housing status bound to a death in its clause blanked (where
    `DECEASED_STATUS_GATE`; the text unchanged otherwise)."""
    if not DECEASED_STATUS_GATE:
        return folded
    return _DECEASED.sub(" ", folded)
