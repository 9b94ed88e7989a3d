"""The passage said in other words, as the asked check reads it (thirty-eighth pass, engineer-d48).

The asked check (`guichet.drafting.asked`) counts the share of a sentence's words that one source gives; below a
half, a sentence about the writer's case that speaks of what the message asks is read as an answer nobody gave. A
faithful sentence that says the passage in other words fell below it: "vous serez rayé de sa liste" beside "vous
serez radié des listes", "votre ancien logement peut rester exonéré" beside "votre ancienne résidence principale",
"chacun de vos enfants" beside "chaque enfant", "à partager avec le père" beside "répartis entre les parents". And a
date or a duration said another way was a figure nobody gave: "jusqu'à la fin de l'année qui suit" beside "avant
le 31 décembre de l'année suivante", "tous les 14 jours" beside "toutes les deux semaines".

Here both sides are read a little further before they are compared, the same way:

- a few families of the administration's words and a reply's (`ASKED_FAMILIES`: "radié" / "rayé" / "désinscrit",
  "résider" / "vivre" / "habiter" / "résidence" / "logement", "impôt" / "imposable", "chaque" / "chacun",
  "répartir" / "partager", "étiquette" / "autocollant", "gratuit" / "gratuitement") count as one word, on top of the
  support check's (`guichet.drafting.support.SAME_THING`) where the verdicts read the sources through it
  (`guichet.drafting.asked_verdicts`); the share of a plain statement stays on the asked check's own stems and these
  families only: with the support check's too ("commune" / "municipal"), an invented rule beside a passage of the
  same topic passed ("Dans votre commune, les travaux bruyants sont interdits le dimanche", corpora/asked q5-038);
- words that carry no fact are not counted ("auxquels", "chacun");
- a few phrases are one thing ("sans décote" / "taux plein", "personne d'autre" / "un tiers", "certificat
  d'immatriculation" / "carte grise", "sans rien payer" / "gratuit");
- a duration the evidence gives in weeks is also its days and the reverse ("deux semaines" gives 14, "14 jours"
  gives 2), a year is also its twelve months, and the end of the year is December.

Families of general words only, never a message's; the words are cut to five letters as the asked check cuts them
(`guichet.drafting.support.STEM`). Folded text throughout. Deterministic.
"""

import re

from guichet.drafting.support import STEM
from guichet.text import SMALL_NUMBERS

# More families of one thing, the administration's words beside a reply's (folded words; each family's first word
# stands for the others).
ASKED_FAMILIES: tuple[tuple[str, ...], ...] = (
    (
        "radie",
        "radiee",
        "radies",
        "radiation",
        "raye",
        "rayee",
        "rayes",
        "desinscrit",
        "desinscrite",
        "desinscription",
    ),
    # to live somewhere and the dwelling: one thing for a reply ("vous vivez", "votre résidence", "votre logement")
    (
        "logement",
        "residence",
        "residences",
        "resider",
        "residez",
        "reside",
        "resident",
        "residant",
        "vivez",
        "vivre",
        "vit",
        "vivent",
        "habitez",
        "habite",
        "habiter",
        "habitent",
        "logez",
        "loger",
        "domicile",
    ),
    ("impot", "impots", "imposable", "imposables", "imposition", "impose", "imposee"),
    ("chaque", "chacun", "chacune"),
    (
        "repartir",
        "repartis",
        "reparti",
        "repartie",
        "reparties",
        "repartition",
        "partager",
        "partage",
        "partagee",
        "partages",
    ),
    ("etiquette", "autocollant", "vignette"),
    ("gratuit", "gratuite", "gratuits", "gratuites", "gratuitement"),
    ("tiers", "autrui"),
)
# Phrases that say one thing (folded text; the second is what the first becomes).
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bsans decote\b"), "taux plein"),
    (re.compile(r"\bpersonne d'autre\b|\bune autre personne\b|\bun tiers\b"), "tiers"),
    (re.compile(r"\bcertificat d'immatriculation\b"), "carte grise"),
    (re.compile(r"\bsans (?:rien )?(?:payer|frais)\b|\bsans aucun frais\b"), "gratuit"),
)


def _canonical_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for family in ASKED_FAMILIES:
        for word in family:
            out.setdefault(word[:STEM], family[0][:STEM])
    return out


_CANONICAL = _canonical_map()


def rephrased(folded: str) -> str:
    """A folded text with the phrases that say one thing said one way ("sans décote" is "taux plein")."""
    for pattern, replacement in _PHRASES:
        folded = pattern.sub(replacement, folded)
    return folded


# Words that carry no fact and that the asked check's stop words keep: relative pronouns, "chacun" ("chaque" is a
# stop word already). Five-letter stems.
_NO_FACT = frozenset(
    w[:STEM] for w in "lequel laquelle lesquels lesquelles auquel auxquels auxquelles duquel chacun chacune".split()
)


def factual(stems: set[str]) -> set[str]:
    """Five-letter stems less those that carry no fact ("auxquels", "chacun")."""
    return stems - _NO_FACT


def same_term(stem: str) -> str:
    """A five-letter stem as its family's ("raye" is "radie", "vivez" is "logem")."""
    return _CANONICAL.get(stem, stem)


def same_terms(stems: set[str]) -> set[str]:
    """Five-letter stems, each as its family's (`same_term`)."""
    return {_CANONICAL.get(stem, stem) for stem in stems}


# A duration in weeks or days, a year, the end of the year (folded text).
_WEEKS = re.compile(r"\b(\d+|" + "|".join(SMALL_NUMBERS) + r") semaines?\b")
_DAYS = re.compile(r"\b(\d+) jours?\b")
_YEAR = re.compile(r"\b(?:un|1) an\b")
_YEAR_END = re.compile(r"\bfin (?:de l'annee|d'annee)\b")
_DECEMBER = re.compile(r"\bdecembre\b")
DAYS_IN_WEEK = 7
MONTHS_IN_YEAR = "12"
DECEMBER = "decembre"
YEAR_END = ("fin de l'an", "fin d'an")  # "la fin de l'année" as `guichet.drafting.asked._figures` reads it


def _number(word: str) -> int:
    return int(word) if word.isdigit() else int(SMALL_NUMBERS[word])


def same_figures(folded: str) -> set[str]:
    """The figures a folded text gives in other words: a duration in weeks as its days and in days as its weeks
    ("deux semaines": 14; "14 jours": 2), a year as twelve months, the end of the year as December and December as
    the end of the year."""
    out = {str(_number(m.group(1)) * DAYS_IN_WEEK) for m in _WEEKS.finditer(folded)}
    days = (int(m.group(1)) for m in _DAYS.finditer(folded))
    out |= {str(n // DAYS_IN_WEEK) for n in days if n % DAYS_IN_WEEK == 0}
    if _YEAR.search(folded):
        out.add(MONTHS_IN_YEAR)
    if _YEAR_END.search(folded):
        out.add(DECEMBER)
    if _DECEMBER.search(folded):
        out.update(YEAR_END)
    return out
