"""School and study levels, the writer's or a child's: "votre fils est au collège" to "mon fils est en seconde",
"vous êtes étudiant en master" to "je suis en deuxième année de licence", "votre fille passe en cinquième à la
rentrée" to "ma fille entre en sixième à la rentrée", "vous préparez un BTS" to "je prépare un CAP".

A level is a set of years on one scale (maternelle -3 … -1, CP 1 … CM2 5, sixième 6 … troisième 9, seconde 10 …
terminale 12, then the years after the bac: BTS 13–14, licence 13–15, master 16–17, doctorate 18–20); a stage names
several ("au collège": 6–9, "en licence": 13–15). A level said with a move ("entre en sixième", "passe en cinquième",
"fera sa rentrée au collège") is next year's and is read one year back. Only a level said with a verb of schooling
or a study year is read ("est en seconde", "prépare un CAP", "en deuxième année de licence"); "la bourse de collège"
or "veut faire un BTS" is none. Texts are folded."""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED

_SPAN = {
    "maternelle": range(-3, 0),
    "primaire": range(1, 6),
    "college": range(6, 10),
    "lycee": range(10, 13),
    "cap": range(10, 12),
    "bp": range(12, 14),  # the brevet professionnel, two years after a CAP, at the bac's level
    "bts": range(13, 15),
    "but": range(13, 16),
    "licence": range(13, 16),
    "master": range(16, 18),
    "doctorat": range(18, 21),
}
# One level each, as written after "en" / "au" / "un" (folded); a stage's name gives its span.
_LEVELS: dict[str, tuple[int, ...]] = {
    r"petite section": (-3,),
    r"moyenne section": (-2,),
    r"grande section": (-1,),
    r"(?:ecole )?maternelle": tuple(_SPAN["maternelle"]),
    r"cp": (1,),
    r"ce1": (2,),
    r"ce2": (3,),
    r"cm1": (4,),
    r"cm2": (5,),
    r"(?:ecole )?(?:primaire|elementaire)": tuple(_SPAN["primaire"]),
    r"6e|6eme|sixieme": (6,),
    r"5e|5eme|cinquieme": (7,),
    r"4e|4eme|quatrieme": (8,),
    r"3e|3eme|troisieme": (9,),
    r"college": tuple(_SPAN["college"]),
    r"(?:seconde|2nde|2de)(?: (?:generale|pro\w*|technologique))?": (10,),
    r"(?:premiere|1re|1ere)(?! annee)": (11,),
    r"terminale|tle": (12,),
    r"lycee(?: pro\w*)?": tuple(_SPAN["lycee"]),
    r"(?:le |son |votre |mon )?(?:bac|baccalaureat)(?! ?\+)": (12,),
    r"cap": tuple(_SPAN["cap"]),
    r"bp|brevet professionnel": tuple(_SPAN["bp"]),
    r"bts|dut": tuple(_SPAN["bts"]),
    r"but": tuple(_SPAN["but"]),
    r"l1|licence 1": (13,),
    r"l2|licence 2": (14,),
    r"l3|licence 3": (15,),
    r"licence(?: pro\w*)?": tuple(_SPAN["licence"]),
    r"m1|master 1": (16,),
    r"m2|master 2": (17,),
    r"master": tuple(_SPAN["master"]),
    r"doctorat|these": tuple(_SPAN["doctorat"]),
}
_LEVEL = "|".join(f"(?:{p})" for p in _LEVELS)
_YEAR = {"premiere": 1, "1re": 1, "1ere": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "seconde": 2, "troisieme": 3,
         "3e": 3, "3eme": 3, "derniere": 0}  # fmt: skip
_STUDY_YEAR = re.compile(
    r"\b(premiere|1re|1ere|deuxieme|2e|2eme|seconde|troisieme|3e|3eme|derniere) annee (?:de |d.|en )"
    r"(licence|master|bts|but|cap|bp)\b"
)
# A verb of schooling (or a study year) before the level: what says the level is the person's.
_SAID = re.compile(
    r"\b(?:(?:est|suis|etes|sont|sommes|etait|etais|es|scolarisee?s?|inscrite?s?|actuellement|encore|toujours|"
    r"etudiante?s?|eleves?|collegien\w*|lyceen\w*|apprentie?s?|entre|entrez|entree?|entrera|entrer|passe|passez|passee?|passera|rentre|rentrera|redouble\w*|"
    r"fera sa rentree|fera son entree|ira|sera|serez|seras|serai)"
    r"\s+(?:actuellement\s+|encore\s+|toujours\s+|scolarisee?\s+|inscrite?\s+)?(?:en|au|a l.|a la|dans une? )\s*"
    r"(?:classe de\s+|section de\s+)?"
    r"|(?:prepare|preparez|preparer|termine|terminez|terminer|fait|faites|suit|suivez|commence|commencez|fini)\s+"
    r"(?:un|une|le|la|l.|son|sa|mon|ma|votre|ses|mes|vos)?\s*(?:classe de\s+|annee de\s+)?)"
    rf"({_LEVEL})(?![\w+-])"
)
_NEXT = re.compile(
    r"\b(?:entre|entrez|entrera|entrer|passe|passez|passera|rentre|rentrera|fera sa rentree|fera son entree|ira|"
    r"sera|serez|seras|serai)\s"
)
_PAST_MOVE = re.compile(r"\b(?:est|suis|etes|sont|vient d.|viens d.)\s*$")


def _level(word: str) -> tuple[int, ...]:
    return next((years for pattern, years in _LEVELS.items() if re.fullmatch(pattern, word)), ())


def read_levels(folded: str) -> set[frozenset[int]]:
    """The levels a folded text gives (each as the set of this year's possible levels)."""
    found: set[frozenset[int]] = set()
    for m in _STUDY_YEAR.finditer(folded):
        span = _SPAN[m.group(2)]
        year = _YEAR[m.group(1)]
        found.add(frozenset({span[-1] if year == 0 else min(span[0] + year - 1, span[-1])}))
    for m in _SAID.finditer(folded):
        years = _level(m.group(1))
        if not years or re.search(r"\bannee (?:de |d.|en )$", folded[: m.start(1)]):
            continue
        moving = _NEXT.match(folded, m.start()) and not _PAST_MOVE.search(folded[: m.start()])
        found.add(frozenset(y - 1 for y in years) if moving else frozenset(years))
    return found


def level_verdict(value: str, levels: set[frozenset[int]]) -> str:
    """A level stated by a draft ("10,11") against the levels the message gives the same person."""
    if not levels:
        return UNSUPPORTED
    said = {int(x) for x in value.split(",")}
    return CONSISTENT if any(said & known for known in levels) else CONTRADICTED


def level_values(folded: str) -> list[str]:
    """The levels a folded draft clause states, as trait values ("10,11")."""
    return [",".join(str(y) for y in sorted(years)) for years in read_levels(folded)]
