"""How long the writer's situation has lasted: "vous êtes en contrat aidé depuis trois ans" to "ça fait un an et demi
que je suis en contrat aidé", "vous travaillez en intérim depuis six mois" to "ça fait 2 ans que je bosse en
intérim", "depuis dix-huit mois" and "un an et demi" read alike.

The message's side is read generously (every duration it gives, whatever it is of: "après huit ans dans la même
entreprise", "inscrit depuis trois mois", "depuis 2019"), the draft's strictly (a duration after "depuis", "pendant",
"ça fait" or "passé" in a clause about the writer): a draft's duration is contradicted only when it is far from every
duration the message gives, and unsupported when the message gives none. Texts are folded, numbers in digits
(`lexicon.spell_digits`)."""

import re
from datetime import date

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, MONTH, UNSUPPORTED
from guichet.drafting.persona.model import Trait

_COUNT = r"(\d{1,3}(?:[.,]\d)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques)"
_UNIT = r"(ans?|annees?|mois|semaines?|jours?)"
_DURATION = re.compile(rf"\b{_COUNT}\s+{_UNIT}\b(\s+et demie?)?")
_WORDS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "quelques": 3,
}
_MONTHS_IN = {"an": 12, "ans": 12, "annee": 12, "annees": 12, "mois": 1, "semaine": 0.25, "semaines": 0.25}
# What makes "N ans" an age, not a duration ("j'ai 24 ans", "mon fils de 3 ans", "âgée de 87 ans", "à 16 ans").
_AGE_BEFORE = re.compile(
    r"(?:\bj.ai|\bjai|\ba|\bde|\bagee?s?\s+de|\bage de|\baura|\baurai|\bavoir|\bfete|\bmoi|\bavez|\bont|\bfait ses|"
    r"\bfete ses|\bqui a|\bil a|\belle a)\s*$"
)
_DRAFT_DURATION = re.compile(
    r"\b(?:depuis|pendant|durant|(?:ca|cela) fait|passe|passees?|passes)\s+"
    r"(un peu plus de |un peu plus d.|un peu moins de |un peu moins d.|plus de |plus d.|moins de |moins d.|"
    r"pres de |pres d.|environ |presque |bientot |deja |maintenant |"
    r"desormais |seulement |a peine )?"
    rf"{_COUNT}\s+{_UNIT}\b(\s+et demie?)?"
)
_PAST_BEFORE = re.compile(
    r"\bavez (?:\w+ )?(?:travaille|cotise|exerce|ete|vecu|habite|reside|occupe|enchaine|eu)\b[^,;:]{0,40}$"
)
_SINCE_YEAR = re.compile(r"\bdepuis (?:(?:le )?(?:debut|fin|mois de \w+|\w+) )?((?:19|20)\d\d)\b")


# A start the message gives without its length ("depuis mars", "depuis le décès de mon époux", "depuis [DATE_1]"):
# a draft's duration may be worked out from it, and is then not contradicted by the other durations.
_OPEN_SINCE = re.compile(
    rf"\bdepuis (?:le |la |l.|les |mon |ma |mes |son |sa |notre |debut |fin |mi-)?(?:\d{{1,2}} |1er )?(?:{MONTH}|"
    r"\[date|rentree|ete|hiver|printemps|automne|noel|naissance|deces|mort|separation|divorce|demenagement|"
    r"licenciement|accident|debut|arrivee|retour|depart|fin|embauche|mariage)"
)


def open_since(folded: str) -> bool:
    """Whether a folded message dates a start without saying how long ago ("depuis mars", "depuis son décès")."""
    return bool(_OPEN_SINCE.search(folded))


def _months(count: str, unit: str, half: str | None) -> float:
    value = _WORDS[count] if count in _WORDS else float(count.replace(",", "."))
    if unit.startswith("jour"):
        return round(value / 30, 2)
    per = _MONTHS_IN.get(unit, 1.0)
    return value * per + (per / 2 if half else 0.0)


def read_durations(folded: str, *, today: date | None = None) -> set[float]:
    """Every duration a folded message gives, in months ("un an et demi" → 18, "depuis 2019" → its years to now)."""
    found: set[float] = set()
    for m in _DURATION.finditer(folded):
        if m.group(2).startswith(("an", "annee")) and _AGE_BEFORE.search(folded[max(0, m.start() - 14) : m.start()]):
            continue
        found.add(_months(m.group(1), m.group(2), m.group(3)))
    year = (today or date.today()).year
    for m in _SINCE_YEAR.finditer(folded):
        since = int(m.group(1))
        if since <= year:
            found |= {12.0 * max(year - since - 1, 0) + 1, 12.0 * (year - since) + 6}
    return found


def duration_traits(clause: str, negated: bool) -> list[Trait]:
    """A duration a folded clause gives the writer's situation ("depuis un an et demi" → "=18")."""
    traits: list[Trait] = []
    for m in _DRAFT_DURATION.finditer(clause):
        if m.group().startswith(("pendant", "durant")) and not _PAST_BEFORE.search(clause[: m.start()]):
            continue  # "vous percevez l'allocation pendant 6 mois" is a rule; "vous avez travaillé pendant" a fact
        words = (m.group(1) or "").strip()
        words = words.removeprefix("un peu ")
        sign = ">" if words.startswith("plus") else "<" if words.startswith("moins") else ""
        sign = sign or ("~" if words.startswith(("pres", "environ", "presque", "bientot")) else "=")
        traits.append(Trait("duration", f"{sign}{_months(m.group(2), m.group(3), m.group(4))}", negated))
    return traits


def duration_verdict(value: str, durations: set[float], *, dated: bool = False) -> str:
    """A duration stated by a draft against the durations the message gives (months); `dated`: the message gives a
    start without its length (`open_since`), and a duration far from the others is then unsupported."""
    if not durations:
        return UNSUPPORTED
    sign, months = value[0], float(value[1:])
    if sign == ">":
        ok = any(d > months * 0.95 for d in durations)
    elif sign == "<":
        ok = any(d < months * 1.05 for d in durations)
    else:
        slack = max(1.0, months * (0.3 if sign == "~" else 0.2))
        ok = any(abs(d - months) <= slack for d in durations)
    return CONSISTENT if ok else UNSUPPORTED if dated else CONTRADICTED
