"""Research and study bodies, scholarships and programmes named after a famous person (forty-eighth pass, batch p159e,
issue 13): "le laboratoire Jacques-Louis Lions", "l'Institut Henri Poincaré", "l'Université Toulouse III - Paul
Sabatier", "la bourse Marie Skłodowska-Curie", "le programme Raman-Charpak", "la Raman-Charpak Fellowship", "la
chaire Blaise Pascal", "la cité universitaire Jean Zay", "la cité u Paul Appell".

International students and researchers name the body that hosts or funds them in almost every message; like a school
named after a famous person (`named_places`), such a name is the body's, public, and says nothing of the writer. The
name rules read it as a person's ("Paul Sabatier", "Pierre Aigrain"), which masks the very body the reply must name.
A name right after one of these kind words is left visible, and so is a name right after "Université <city> <number>
-" (the official form "Université Toulouse III - Paul Sabatier"), or a name right before an English "Fellowship",
"Scholarship" or "Programme". A name after a title ("le laboratoire du Pr Roux") or a comma is not right after a
kind word; a residence ("résidence Jean Zay") is left to the address rules (it may be where the writer lives); a
street, a hospital or a school is `named_places`' (hospitals are kept out: a hospital may be where the writer is
treated, and the corpus plants them).
"""

import functools
import re

from guichet.privacy.literal_gate import LiteralGate

# Switch, read at call time (`analyzer._brands_out`): on, a person's name inside such a body's name stays visible.
ENABLED = True
# Switch, read at call time: on, the same name written again alone in the message ("the Raman-Charpak Fellowship…
# Is the Raman-Charpak stipend taxable?") stays visible too: the message already said whose name it is.
REPEATS = False

# The name: capitalised words, joined by a particle or a hyphen ("Pierre Aigrain", "Jean-Baptiste
# Say", "Marie Skłodowska-Curie").
_NAME = r"[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:(?:de|du|des|d['’]|la|le)[ \t]*)?[A-ZÀ-Ý][\w'’\-]*){0,3}"
_BODY = re.compile(
    # a research or study body, a scholarship, a chair or a programme, then the name
    r"(?<![\w\-])(?P<kind>(?i:laboratoire|labo|institut|observatoire|chaire|bourse|programme|fellowship|fondation|"
    r"campus|centre[ \t]+de[ \t]+recherche|unité[ \t]+de[ \t]+recherche|école[ \t]+doctorale|maison[ \t]+des[ \t]+"
    r"sciences|cité[ \t]+universitaire|cite[ \t]+universitaire|cité[ \t]+u|cite[ \t]+u|cité-u))"
    r"(?:[ \t]+(?i:de[ \t]+recherche|universitaire|étudiante|etudiante|du[ \t]+crous|crous|international|"
    r"internationale|doctorale?))?"
    r"[ \t]+(?P<name>" + _NAME + r")"
    # a university's official name: its town and number, a dash, then the name ("Université Lyon 1 - Claude Bernard")
    r"|(?<![\w\-])(?i:université|universite)(?:[ \t]+(?:de[ \t]+|d['’][ \t]*)?[A-ZÀ-Ý][\w'’\-]*){1,2}"
    r"(?:[ \t]+(?:[IVX]+|\d{1,2}))?[ \t]+[-–—][ \t]+(?P<uname>" + _NAME + r")"
    # an English-style name before its kind: "Raman-Charpak Fellowship", "Eiffel Scholarship" (not "Grant" or "Chair",
    # which are surnames too: "Hugh Grant")
    r"|(?<![\w\-])(?P<ename>" + _NAME + r")[ \t]+(?:Fellowship|Scholarship|Programme|Program|Excellence[ \t]+"
    r"Scholarship)\b"
)


@functools.lru_cache(maxsize=8)
def body_stretches(text: str) -> tuple[tuple[int, int], ...]:
    """Where the names of research and study bodies, scholarships and programmes are in `text`."""
    if not ENABLED or not _GATE.may_match(text):
        return ()
    # the whole match: a span may hold the kind word too ("Fellowship Raman-Charpak", "Raman-Charpak Fellowship")
    stretches = [match.span() for match in _BODY.finditer(text)]
    # (switch `REPEATS`) the same name again elsewhere in the message, alone ("the Raman-Charpak stipend")
    if REPEATS:
        for match in list(_BODY.finditer(text)):
            name = next(match.group(g) for g in ("name", "uname", "ename") if match.group(g) is not None)
            stretches += [m.span() for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text)]
    return tuple(stretches)


def in_body_name(start: int, end: int, stretches: tuple[tuple[int, int], ...]) -> bool:
    """True when the name at `start`-`end` lies inside a research or study body's name."""
    return any(a <= start and end <= b for a, b in stretches)


# A cheap test before the pattern: one of its kinds' words is in the text.
_GATE = LiteralGate(_BODY)
