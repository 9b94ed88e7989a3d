"""The writer's work contract and hours: "votre CDI prend fin le 30 juin" to "mon contrat à durée déterminée se
termine le 30 juin", "vous êtes en CDI depuis dix-huit mois" to "en CDD renouvelé deux fois, on me propose enfin un
CDI", "vous travaillez à temps plein" to "je suis à mi-temps (17h30 par semaine)".

A contract the message only hopes for or was offered ("on me propose un CDI", "il me proposerait peut-être un CDI")
or had before ("jusqu'ici j'enchaînais les CDD") is not the writer's now. Texts are folded."""

import re

from guichet.drafting.persona import restated
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, MONTH, MONTHS, UNSUPPORTED
from guichet.drafting.persona.model import Trait

CONTRACTS = {
    "cdi": r"cdi\b|contrat a duree indeterminee",
    "cdd": r"cdd\b|contrat a duree determinee",
    "interim": r"interim\w*|contrat de mission",
    "seasonal": r"saisonnier\w*|contrat saisonnier|(?:fais|fait|faisons) (?:la|une) saison|travail saisonnier",
    "aided": r"contrat aide|\bpec\b|parcours emploi competences|contrat unique d.insertion",
    "tenured": r"(?<!non )(?:fonctionnaire\w*(?! stagiaire)|(?:fonctionnaire|agent|agente|professeure?|enseignante?|"
    r"infirmiere?|statut de|suis|etes) titulaire\b(?!\s+(?:d|du|de)\b)|titulaire de la fonction publique|"
    r"titularisee?)",
    "contractual": r"contractuel\w*|non titulaire",
    # the two work-study contracts, which an "alternance" does not tell apart (thirty-seventh pass)
    "apprenticeship": r"contrat d.apprentissage",
    "professionalisation": r"contrat de professionnalisation|contrat pro\b",
}
# Contracts that cannot both be the writer's now.
INCOMPATIBLE = {
    frozenset(pair)
    for pair in (
        ("cdi", "cdd"),
        ("cdi", "interim"),
        ("cdi", "seasonal"),
        ("tenured", "contractual"),
        ("tenured", "cdd"),
        ("tenured", "cdi"),
        ("tenured", "interim"),
        ("apprenticeship", "professionalisation"),
    )
}
# What puts a contract out of the writer's present: an offer, a hope, a search, a past.
_NOT_NOW_BEFORE = re.compile(
    r"(?:\bpropos\w*|\boffr\w*|\bespere?\w*|\bcherch\w*|\bpeut-etre\b|\bobtenir\b|\bdecrocher\b|\bpasser en\b|"
    r"(?<!viens de )(?<!vient de )\bsigner\b|\bvoudrais\b|\bveux\b|\bsouhait\w*|\bpromis\b|\btransform\w*|"
    r"\bjusqu.ici\b|\bavant\b|\bancien\w*|\bprecedent\w*|\bdernier\b|\benchainais\b|\bavais\b|\betais\b|\bfini\b|"
    r"\bfinir\b|\btermine mon\b|\bapres (?:mon|mes|un|une|des)\b|\bsi\b|\bgarder\b|\bparle\w* de\b|\bpourrai\w*|"
    r"\bdevrai\w*|\benvisag\w*|\bprevo\w*|\bfutur\w*|\bbientot\b)[^.;?!]{0,40}$"
)

_PART_TIME = re.compile(
    r"\b(?:a |en )?(?:mi-temps|temps partiel|temps non complet)\b|\b(\d{1,2})\s*(?:h|heures?)(?:\s*\d{2})?\s*"
    r"(?:par|/|a la|la) ?semaine\b"
)
_FULL_TIME = re.compile(r"\b(?:a |en )?(?:temps plein|temps complet)\b|\b35\s*(?:h|heures)\b")
_HOURS = re.compile(
    r"\b(\d{1,2}|une dizaine|une douzaine|une quinzaine|une vingtaine|une trentaine)\s*(?:h|heures?|d.heures)"
    r"(?:\s*\d{2})?\s*"
    r"(?:par|/|a la|la) ?semaine\b"
)
ROUGH_MARK = "~"  # a count of hours said roughly ("une dizaine d'heures"), before its value in a trait
_ROUGH = {"une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30}


_SEASONS = {
    "summer": r"saison (?:d.)?ete|saison estivale|saisonniere?s? (?:cet |l.|en )?ete|job d.ete|"
    r"(?:travaille|bosse|travaillez) (?:cet |l.|en )ete",
    "winter": r"saison (?:d.)?hiver|saison hivernale|saisonniere?s? (?:cet |l.|en )?hiver|"
    r"(?:travaille|bosse|travaillez) (?:cet |l.|en )hiver",
}
_MONTH_RANGE = re.compile(rf"\b(?:de|d.|entre) ({MONTH}) (?:a|au|jusqu.a|et|fin) ({MONTH})\b")


def read_seasons(folded: str) -> set[str]:
    """The season a seasonal worker works ("je fais la saison d'été", "saisonnier de décembre à avril")."""
    found = {name for name, pattern in _SEASONS.items() if re.search(pattern, folded)}
    if re.search(r"\bsaison", folded):
        for m in _MONTH_RANGE.finditer(folded):
            first, last = MONTHS.index(m.group(1)), MONTHS.index(m.group(2))
            months = {(first + i) % 12 + 1 for i in range((last - first) % 12 + 1)}
            if len(months & {11, 12, 1, 2, 3, 4}) > len(months) / 2:
                found.add("winter")
            elif len(months & {5, 6, 7, 8, 9}) > len(months) / 2:
                found.add("summer")
    return found


def contract_now(folded: str, start: int) -> bool:
    """Whether a contract named at `start` of a folded message is the writer's now (not offered, hoped, past)."""
    return not _NOT_NOW_BEFORE.search(re.split(r"[.;?!]", folded[max(0, start - 60) : start])[-1])


def read_hours(folded: str) -> tuple[set[str], set[float]]:
    """The working time a folded text gives: {"part_time"} or {"full_time"}, and the weekly hours said."""
    times: set[str] = set()
    hours: set[float] = set()
    for m in _HOURS.finditer(folded):
        hours.add(float(_ROUGH.get(m.group(1), 0) or m.group(1)))
    for m in _PART_TIME.finditer(folded):
        if not m.group(1) or int(m.group(1)) < 35:
            times.add("part_time")
    if _FULL_TIME.search(folded) or any(h >= 35 for h in hours):
        times.add("full_time")
    return times, hours


# A contract said of someone else or as a case ("celle d'un fonctionnaire", "que vous soyez fonctionnaire ou
# contractuel", "selon que vous êtes en CDD ou en CDI").
_OTHERS = re.compile(r"\b(?:d.un|d.une|des|les|aux|du|celle|celui|ceux|un autre|une autre)\s+(?:\w+\s+)?$")
_CASES = re.compile(r"\b(?:que vous soyez|selon que|soit|qu.il s.agisse)\b[^,;:]{0,40}$")


def contract_traits(clause: str, negated: bool) -> list[Trait]:
    """The contract and working time a folded clause about the writer states."""
    traits = [
        Trait("contract", value, negated)
        for value, pattern in CONTRACTS.items()
        if any(
            not _CASES.search(clause[: m.start()])
            and not (value in {"tenured", "contractual"} and _OTHERS.search(clause[: m.start()]))
            for m in re.finditer(r"(?<![\w-])(?:" + pattern + ")", clause)
        )
    ]
    if re.search(r"\b(?:travaill|bosse|emploi|poste|contrat|job)", clause) and not re.search(
        r"\b(?:readmis|retabli|reintegre|remis|repasse|revenir|retour|reprendre|reprise)", clause
    ):  # "vous travaillez à mi-temps", not "vous êtes réadmis à temps plein" nor "vous êtes présent 8 heures"
        times, hours = read_hours(clause)
        traits += [Trait("working_time", value, negated) for value in sorted(times)]
        rough = {float(_ROUGH[m.group(1)]) for m in _HOURS.finditer(clause) if m.group(1) in _ROUGH}
        traits += [Trait("hours", f"{ROUGH_MARK if h in rough else ''}{h}", negated) for h in sorted(hours)]
    traits += [Trait("season", value, negated) for value in sorted(read_seasons(clause))]
    return traits


def contract_verdict(value: str, now: set[str]) -> str:
    """A contract stated by a draft against the writer's contracts now."""
    if value in now:
        return CONSISTENT
    apart = any(frozenset((value, c)) in INCOMPATIBLE for c in now) or restated.contracts_apart(value, now)
    return CONTRADICTED if apart else UNSUPPORTED  # a CDD to an interim mission (`restated`)


# How the writer's last job ended: a dismissal is not a resignation, nor an agreed break (France Travail's rules hang
# on it: "comme vous avez démissionné" to "après un licenciement économique").
JOB_ENDS = {
    "dismissed": r"licencie\w*|licenciement|(?:fait|fais|fait) (?:licencier|virer)|vire(?:e|s)?\b",
    "resigned": r"demission\w*",
    "agreed": r"rupture conventionnelle",
    "contract_end": r"fin (?:de|d.)\s*(?:mon |ma |son |sa |votre )?(?:cdd|contrat|mission|interim)",
}


def job_end_traits(clause: str, negated: bool) -> list[Trait]:
    """How a folded clause about the writer says their job ended ("vous avez démissionné", "votre licenciement")."""
    # Only a negation of the end itself ("vous n'avez pas démissionné"), not of the main verb after "votre
    # démission, vous n'êtes pas indemnisé".
    negated = bool(
        re.search(r"\b(?:n.|ne)\s*\w+\s+(?:pas|jamais|plus)\s+(?:\w+\s+)?(?:demission|licenci|rupture)", clause)
    )
    return [
        Trait("job_end", value, negated)
        for value, pattern in JOB_ENDS.items()
        if re.search(r"(?<![\w-])(?:" + pattern + ")", clause) and not _CASES.search(clause)
    ]


def job_end_verdict(value: str, ends: set[str]) -> str:
    return UNSUPPORTED if not ends else CONSISTENT if value in ends else CONTRADICTED


def season_verdict(value: str, seasons: set[str]) -> str:
    return UNSUPPORTED if not seasons else CONSISTENT if value in seasons else CONTRADICTED


def working_time_verdict(value: str, times: set[str]) -> str:
    if not times or len(times) > 1:
        return UNSUPPORTED
    return CONSISTENT if value in times else CONTRADICTED


def hours_verdict(value: str, hours: set[float]) -> str:
    """A weekly count of hours against the message's: a rough one ("une dizaine d'heures") within two hours or a
    fifth, one in figures within an hour or a tenth ("12 heures" is not the "10 heures par semaine" the writer
    works; thirty-seventh pass)."""
    if not hours:
        return UNSUPPORTED
    said = float(value.removeprefix(ROUGH_MARK))
    margin = max(2.0, 0.2 * said) if value.startswith(ROUGH_MARK) else max(1.0, 0.1 * said)
    return CONSISTENT if any(abs(h - said) <= margin for h in hours) else CONTRADICTED
