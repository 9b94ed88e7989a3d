"""A student's case, read where the "étudiant ou apprenti" qualifier missed it (forty-sixth pass, engineer-r78).

The narrower fiche of a student is often titled by the studies rather than by the student: « Conduire en France avec
un permis étranger (court séjour, études) » beside « Échange d'un permis de conduire passé à l'étranger (installation
durable) », « Un étranger peut-il travailler durant ses études en France ? ». `situations` reads the student in the
title only by "étudiant", "apprenti" or "alternance", so a student writer found no situation of theirs in these titles
and the general fiche (the exchange of the licence, for good residents) came first (r78-045, v60-005: still second
after this reading, the gap narrowed). And a student
often says the year of study, not the word ("je rentre en L1 à Grenoble", "en M2 à Lyon"): no student was read at all,
and « Un étudiant peut-il percevoir une aide au logement ? » stayed under the general APL fiches (v81-009).

* `title_cases`: a title that names the studies holds `STUDIES`, a situation the title may name without the message
  having to (`rerank.MATCH_ONLY`): "(court séjour, études)" lists the studies among other cases, so a tourist is not
  kept off it; a student writer finds it as a fiche of their situation (the `qualifier` feature).
* `writer_cases`: a message that states the writer studies (the "étudiant ou apprenti" qualifier read from a
  student's words, not an apprentice's contract alone; or a year of study: "en L1", "en M2", "première année de
  licence", an exchange semester, Erasmus) holds `STUDIES`, and the year of study adds the "étudiant ou apprenti"
  qualifier itself.

Both read at call time under `READ_STUDY_CASES` (off: the forty-fifth pass's reading).
"""

from __future__ import annotations

import re

READ_STUDY_CASES = True  # off: no studies read in titles, no year of study read in messages (a switch)

STUDIES = "en études"
STUDENT = "étudiant ou apprenti"

# A title that names the studies (folded): "(court séjour, études)", "durant ses études"; not "Rachat des années
# d'études du fonctionnaire", past studies a worker buys back for the pension (ret-v7-068, an engineer's "années de
# fac" at 44, went 1 → 2 under it on train).
_TITLE_STUDIES = re.compile(r"(?<!annees d.)\betudes\b")
# A message that says the writer's year or kind of study (folded): "en L1", "je rentre en M2", "première année de fac",
# "semestre d'échange", "Erasmus"; "L1" alone is no year ("la ligne L1 du tram"), it follows "en" or "rentre en".
_YEAR_OF_STUDY = re.compile(
    r"\b(en|rentre en|entre en|passe en|inscrite? en) (l[123]|m[12]|licence [123]|master [12])\b"
    r"|\bpremiere annee (de|d.) ?(fac|licence|master|bts|but|iut|prepa|medecine|droit|universite)\b"
    r"|\berasmus\b|\b(semestre|annee|programme) d.echange\b|\ben echange (universitaire|a|au|en|pour)\b"
)

# The student qualifier's words that say studies, not an apprenticeship ("apprenti", "alternance", "CAP" are a work
# contract: an apprentice is no student of "(court séjour, études)").
_STUDENT_WORDS = re.compile(r"etudiant|student|\bfac\b|universite|master|\betudes\b|\bcrous\b|\bbts\b")


def title_cases(folded_title: str) -> frozenset[str]:
    """`STUDIES` when a (folded) fiche title names the studies and the switch is on."""
    if READ_STUDY_CASES and _TITLE_STUDIES.search(folded_title):
        return frozenset({STUDIES})
    return frozenset()


def writer_cases(folded: str, qualifiers: frozenset[str]) -> frozenset[str]:
    """The qualifiers a (folded) message's studies add to `qualifiers`: `STUDIES` for a student writer, and the
    student qualifier itself for a year of study."""
    if not READ_STUDY_CASES:
        return frozenset()
    if _YEAR_OF_STUDY.search(folded):
        return frozenset({STUDIES, STUDENT})
    if STUDENT in qualifiers and _STUDENT_WORDS.search(folded):
        return frozenset({STUDIES})
    return frozenset()
