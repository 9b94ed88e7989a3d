"""A degree held is no student's (forty-eighth pass, engineer-r82).

The "étudiant ou apprenti" qualifier (`situations`) is read from a degree's name ("master", "licence", "BTS"), which
a student says of the course they follow ("je suis en master", "en BTS à Lille") and a graduate of the degree they
hold ("j'ai un master en droit international", "titulaire d'un BTS", "diplômée d'une licence"). A graduate looking
for a job or a volunteer post abroad is no student: the student's fiches (« Un étudiant européen peut-il travailler en
France ? ») were read as theirs (ret-v35-077: a Spanish graduate asking about the VIA). The degree held is set aside
and the qualifier kept only when the rest of the message still reads a student.
"""

from __future__ import annotations

import re
from collections.abc import Callable

READ_GRADUATE = True  # off: the degree held reads a student, as before the forty-eighth pass (a measurement switch)

STUDENT = "étudiant ou apprenti"
_HELD = re.compile(
    r"\b(j.ai|il a|elle a|nous avons|on a|j.avais|titulaire d.(un|une)|diplomee?s? d.(un|une)"
    r"|(j.ai|\ba|avons|ont) (eu|fini|termine|valide|decroche|obtenu) (un|une|mon|ma|son|sa|leur))"
    r"( \w+)? (master|bts|licence|doctorat)\b"
)


def graduate_only(folded: str, found: set[str], reads: Callable[[str, str], bool]) -> set[str]:
    """`found` without the student's qualifier when it came only from a degree the writer holds."""
    if not READ_GRADUATE or STUDENT not in found or not _HELD.search(folded):
        return found
    if reads(STUDENT, _HELD.sub(" ", folded)):
        return found
    return found - {STUDENT}
