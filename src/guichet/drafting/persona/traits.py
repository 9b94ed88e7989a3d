"""The traits a clause about the writer states."""

import re

from guichet.drafting.persona import past_ties, possessives, relative_dates, resources, restated, swapped_facts
from guichet.drafting.persona.contracts import contract_traits, job_end_traits
from guichet.drafting.persona.durations import duration_traits
from guichet.drafting.persona.homeless import homeless_traits
from guichet.drafting.persona.lexicon import (
    ACTIVITY,
    COUPLE_VALUES,
    DISABILITY_KINDS,
    MONTH,
    MONTHS,
    NUM,
    NUMBERS,
    ORDINALS,
    OVERSEAS,
    PERIOD_MONTHS,
    SITUATIONS,
    day_months,
)
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.particulars import particular_traits
from guichet.drafting.persona.past import now_traits
from guichet.drafting.persona.past_activity import was_doing
from guichet.drafting.persona.past_couple import was_together
from guichet.drafting.persona.studies import level_values


def _activity(clause: str, negated: bool) -> list[Trait]:
    """An activity: student, retired, employee, jobseeker…"""
    traits: list[Trait] = []
    # "vous bénéficiez d'une retraite à taux plein", "vous percevez votre retraite": a benefit, not a status.
    receives = re.match(r"vous\s+(?:n.)?(?:percevez|touchez|beneficiez|avez)\b", clause)
    for value, pattern in ACTIVITY.items():
        if value == "inactive" or receives:
            continue
        if value == "jobseeker":
            pattern = pattern.replace(r"|allocation (?:d.aide au retour|chomage)|\bare\b", "")
        if re.search(r"(?<![\w-])(?:" + pattern + r")", clause):
            traits.append(Trait("activity", was_doing(value, clause), negated))  # "vous étiez …" (`past_activity`)
    return traits


def _benefit(clause: str, negated: bool) -> list[Trait]:
    """A benefit received: the RSA, the AAH…"""
    traits: list[Trait] = []
    for value, pattern in resources.benefits().items():  # with the prime d'activité (`resources`)
        if re.search(
            r"(?:beneficiaire|allocataire|titulaire|percevez|touchez|beneficiez)\s+(?:\w+\s+){0,2}(?:l.|d.)?(?:"
            + pattern
            + ")"
            r"|\bau rsa\b|\ba l.aah\b",
            clause,
        ):
            traits.append(Trait("benefit", value, negated))
    if re.search(r"\bboursiere?s?\b", clause) and not any(t.value == "grant" for t in traits):
        traits.append(Trait("benefit", "grant", negated))
    step = re.search(r"\bbours\w*[^,;:]{0,30}?\bechelon (\d)\b", clause)
    if step:
        traits.append(Trait("grant_step", step.group(1), negated))
    if re.search(
        r"\b(?:percevez|touchez|beneficiez)\b[^,;:]{0,20}\baucune? (?:aide|allocation|prestation|minimum)", clause
    ):
        traits.append(Trait("benefit", "none", False))
    return traits


def _disability(clause: str, negated: bool) -> list[Trait]:
    """A disability of the writer, or of their child."""
    traits: list[Trait] = []
    # The AAH's name is a benefit's ("vous percevez l'allocation aux adultes handicapés"), read by `_benefit`.
    clause = re.sub(r"allocation (?:aux |d.)adultes? handicape\w*", " ", clause)
    if re.search(r"\benfants? (?:en situation de )?handicap|\benfant (?:atteint|malade)", clause):
        traits.append(Trait("child_disability", "yes", False))
    elif re.search(
        r"handicape\w*|situation de handicap|reconnaissance (?:de|du) (?:la qualite de travailleur )?handicap|"
        r"\brqth\b|en invalidite|pension d.invalidite|titulaire de l.aah|fauteuil roulant|taux d.incapacite|"
        r"\bvotre handicap\b",
        clause,
    ):
        traits.append(Trait("disability", "yes", negated))
        # Which recognition or aid: an RQTH is not an invalidity pension, a wheelchair not an RQTH.
        traits += [
            Trait("disability_kind", kind, negated)
            for kind, pattern in DISABILITY_KINDS.items()
            if re.search(pattern, clause)
        ]
    return traits


# The words of a decade of life ("vous êtes octogénaire"), and its first year.
_DECADES = {
    "trentenaire": 30,
    "quadragenaire": 40,
    "quinquagenaire": 50,
    "sexagenaire": 60,
    "septuagenaire": 70,
    "octogenaire": 80,
    "nonagenaire": 90,
}


def _age(clause: str, negated: bool) -> list[Trait]:
    """An age, a bound on it, minor or of age, the legal age of retirement."""
    traits: list[Trait] = []
    # An age said of someone else ("avec une personne âgée de 70 ans", "un enfant de 3 ans") is not the writer's.
    others_age = re.search(
        r"\b(?:personnes?|enfants?|conjoint\w*|parents?|celui|celle|fils|fille|adultes?)\s+(?:[\w']+\s+){0,3}?"
        r"(?:agee?s?\s+)?de (?:plus de |moins de )?\d",
        clause,
    )
    age = re.search(
        r"\b(plus|moins) de (\d{1,3}) ans\b(?! (?:de|d.)\s?(?:service|cotisation|travail|mariage|vie))", clause
    )
    if others_age:
        pass
    elif age:
        traits.append(Trait("age", f"{'>' if age.group(1) == 'plus' else '<'}{age.group(2)}", negated))
    else:
        age = re.search(
            r"(?:\bavez|(?<!l.)\bagee?s? de|\bayant|^\W*a)\s+(\d{1,3})\s*ans\b(\s*\(?(?:ou|et) plus)?", clause
        )
        if age:
            bound = f">{int(age.group(1)) - 0.01}" if age.group(2) else f"={age.group(1)}"
            traits.append(Trait("age", bound, negated))
    if re.search(r"(?<!enfant )(?<!enfants )(?<!fils )(?<!fille )(?<!francais )(?<!etrangers )\bmineure?s?\b", clause):
        traits.append(Trait("age", "<18", negated))
    elif re.search(r"\bmajeure?s?\b", clause):
        traits.append(Trait("age", ">17.99", negated))
    decade = re.search(rf"\b({'|'.join(_DECADES)})s?\b", clause)
    if decade and not others_age:
        low = _DECADES[decade.group(1)]
        traits.append(Trait("age", f"[{low}-{low + 10}", negated))
    if re.search(r"\batteint l.age (?:legal|de (?:depart a )?la retraite)|\bage legal de depart", clause):
        traits.append(Trait("age", ">63.99", negated))
    return traits


def _children(clause: str, negated: bool) -> list[Trait]:
    """Children: how many, some or none, the rank of a child expected."""
    if resources.one_child(clause):
        return [Trait("children", "1", negated)]  # « vous avez un seul enfant » (`resources`)
    traits: list[Trait] = []
    count = re.search(rf"\b{NUM}\s+enfants?\b", clause)
    nth = re.search(r"\b(premier|premiere|deuxieme|second|seconde|troisieme|quatrieme)\s+(?:enfant|bebe)\b", clause)
    if nth and re.search(r"\battend", clause):
        traits.append(Trait("expecting", str(ORDINALS[nth.group(1)]), negated))
    elif count and not re.search(r"\bmoins de\b", clause[: count.start()][-12:]):
        word = count.group(1)
        traits.append(Trait("children", str(int(word) if word.isdigit() else NUMBERS[word]), negated))
    elif re.search(r"\bsans enfants?\b", clause):
        traits.append(Trait("children", "0", False))
    elif re.search(r"\b(?:des|vos|un|une|d.)\s*enfants?\b|\bmonoparentale\b|\benfants? a charge\b", clause):
        traits.append(Trait("children", ">0", negated))
    return traits


def _couple(clause: str, negated: bool) -> list[Trait]:
    """Married, in a civil union, in a couple, single, divorced, separated, widowed or alone."""
    traits: list[Trait] = []
    for value, pattern in COUPLE_VALUES.items():
        if value in {"married"}:
            pattern = r"\bmarie(?:e|s|es|r)?\b"  # not "en raison d'un mariage"
        if value == "pacs":
            pattern = (
                r"pacse\w*|(?<!un )(?<!d.un )(?<!le )(?<!du )(?<!ce )\bpacs\b|(?<!d.un )\bpacte civil de solidarite"
            )
        if value == "widowed":
            pattern = r"veu(?:f|ve)s?\b"
        if value == "alone":
            pattern = r"\bseule?s?\b(?! a )|monoparentale|isolee?"
        found = re.search(pattern, resources.without_only(clause) if value == "alone" else clause)  # « un seul »
        if found:
            # "sans être pacsée": a couple said without (a denial now read from the message, `possessives`)
            before = clause[: found.start()]
            without = possessives.DENIED_COUPLE and re.search(r"\bsans (?:etre |avoir ete )?$", before)
            traits.append(Trait("couple", was_together(value, before), negated or bool(without)))
    partner = re.search(
        r"\bvotre (?:(mari|epoux|epouse|femme)|conjointe?|compagnon|compagne) et vous\b"
        r"|\bvous et votre (?:(mari|epoux|epouse|femme)|conjointe?|compagnon|compagne)\b",
        clause,
    )
    if partner:
        traits.append(Trait("couple", "married" if partner.group(1) or partner.group(2) else "couple", negated))
    return traits


def _nationality(clause: str, negated: bool) -> list[Trait]:
    """French, a citizen of the European Union or a foreigner."""
    traits: list[Trait] = []
    if re.search(
        r"citoyen\w* (?:de l.union )?europeen|ressortissant\w* (?:de l.union europeenne|europeen|de l.ue|"
        r"d.un (?:pays|etat) (?:de l.union|membre))|\b(?:etes|etant|en tant qu.)\s*europeene?s?\b",
        clause,
    ):
        traits.append(Trait("nationality", "eu", negated))
    elif re.search(
        r"nationalite francaise|\bfrancaise?s? (?:etablie?s?|residant|vivant)\b|\ben tant que francaise?\b"
        r"|\betant francaise?\b|\betes francaise?\b",
        clause,
    ):
        traits.append(Trait("nationality", "french", negated))
    elif (
        re.search(
            r"\betrangere?s?\b(?! a)|ressortissant\w* (?:etranger|d.un pays tiers|hors)|nationalite "
            r"(?!francaise)\w+",
            clause,
        )
        and not re.search(r"a l.etranger", clause)
    ) or re.search(
        r"\b(?:avez|titulaire|disposez|detenez|possedez)\s+(?:d.)?(?:un|une|votre)\s+(?:titre|carte) de sejour", clause
    ):
        traits.append(Trait("nationality", "foreign", negated))
    return traits


def _residence(clause: str, negated: bool) -> list[Trait]:
    """Where the writer lives, a move, where they are now (hospital, prison)."""
    traits: list[Trait] = []
    if re.search(r"\b(?:resid|habit|viv|install|etabli|domicili)\w*\s+(?:en|au)\s+france\b", clause):
        traits.append(Trait("residence", "france", negated))
    elif re.search(r"\b(?:resid|habit|viv|install|etabli|domicili)\w*\s+(?:a l.etranger|hors de france)", clause):
        traits.append(Trait("residence", "abroad", negated))
    elif re.search(r"\b(?:resid|habit|viv|install|etabli)\w*\s+en europe\b|\bdans l.union europeenne", clause):
        traits.append(Trait("residence", "europe", negated))
    if re.search(r"\b(?:resid|habit|viv|install|etabli)\w*\s+en (?:metropole|france metropolitaine)\b", clause):
        traits.append(Trait("residence", "metropole", negated))
    elif re.search(rf"\b(?:resid|habit|viv|install|etabli)\w*\s+(?:en|a|au|dans les?)\s+(?:{OVERSEAS})\b", clause):
        traits.append(Trait("residence", "overseas", negated))
    if re.search(r"\b(?:emmenag|demenag)\w*|nouvelle commune", clause):
        traits.append(Trait("residence", "moved", negated))
    for value, pattern in SITUATIONS.items():
        if re.search(pattern, clause):
            traits.append(Trait("situation", value, negated))
    return traits


def _housing(clause: str, negated: bool) -> list[Trait]:
    """A tenant or an owner, or no home (`homeless`)."""
    traits: list[Trait] = homeless_traits(clause, negated)
    if re.search(r"\bproprietaires?\b", clause):
        traits.append(Trait("housing", "owner", negated))
    elif re.search(r"\blocataires?\b", clause):
        traits.append(Trait("housing", "tenant", negated))
    elif re.search(r"\b(?:logee?s?|hebergee?s?)\s+(?:\w+\s+)?chez\b", clause):
        traits.append(Trait("housing", "hosted", negated))  # "vous êtes logé chez votre cousin"
    traits += restated.host_traits(clause, negated)  # « hébergé par vos parents », « comptant » (`restated`)
    traits += swapped_facts.hosted_traits(clause, negated) if not traits else []  # « à titre gratuit »
    return past_ties.homes_said_past(clause, traits)  # « vous étiez locataires à Angers » (`past_ties`)


_AMOUNT = re.compile(r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,\d{1,2})?\s*(?:€|euros?)")


def _income(clause: str, negated: bool) -> list[Trait]:
    """An income above or under a bound, low or high."""
    traits: list[Trait] = []
    amount = _AMOUNT.search(clause)
    if amount and re.search(r"\bloyer\b[^,;:]{0,25}$", clause[: amount.start()]):
        amount = None  # "votre loyer de 750 euros" is a rent (`particulars`), not an income
    period = re.search(
        r"\bpar (mois|trimestre|an|annee)\b|\b(mensuel|trimestriel|annuel)\w*|/ ?(mois|trimestre|an)\b", clause
    )
    # "votre salaire de 1 800 euros nets": a salary or a pension without its period is a month's.
    monthly = bool(amount) and re.search(
        r"\b(?:salaire|pension|retraite)\b", clause[: amount.start()] if amount else ""
    )
    if amount and (period or monthly):
        before = clause[: amount.start()]
        value = float(re.sub(r"\D", "", amount.group(1)))
        sign = (
            ">"
            if re.search(r"(?:depass\w*|superieur\w* a|plus de|au-dessus de|au-dela de)\s*$", before)
            else "<"
            if re.search(r"(?:inferieur\w* a|moins de|en dessous de)\s*$", before)
            else "~"
            if value % 100 == 0
            or re.search(r"(?:environ|pres de|autour de|un peu|approximativement|quelque)\s*$", before)
            else "="  # a figure to the euro ("1 540 €") is the message's figure or another one
        )
        months = PERIOD_MONTHS.get(next(g for g in period.groups() if g), 1) if period else 1
        return [Trait("income", f"{sign}{value / months:g}", negated)]
    if re.search(r"\bdepass\w* (?:le|les|un|des) (?:plafonds?|seuils?)\b", clause):
        return [Trait("income", "high", negated)]
    if re.search(r"\b(?:revenus|ressources)\b", clause):
        bound = re.search(r"\b(superieur|inferieur)\w* a (\d[\d \u00a0\u202f.]*)", clause)
        if bound:
            sign = ">" if bound.group(1) == "superieur" else "<"
            traits.append(Trait("income", sign + re.sub(r"\D", "", bound.group(2)), negated))
        elif re.search(r"modeste|faible|petit|bas\b|limite|aucun", clause):
            traits.append(Trait("income", "low", negated))
        elif re.search(r"eleve|important|confortable", clause):
            traits.append(Trait("income", "high", negated))
    return traits


# A season said of a date ("depuis votre sortie d'hôpital au printemps", "depuis l'automne"): its months, generously
# (a month on the border of two seasons belongs to both).
_SEASON = r"\b(?:au |en |a l.|l.|cet |ce |cette |de l.|du |d.)(printemps|ete|automne|hiver)\b(?! (?:prochain|\d))"
_SEASON_MONTHS = {"printemps": {3, 4, 5, 6}, "ete": {6, 7, 8, 9}, "automne": {9, 10, 11, 12}, "hiver": {12, 1, 2, 3}}


def _date(clause: str, negated: bool) -> list[Trait]:
    """A date of the writer's own case (a request filed, a contract signed)."""
    traits: list[Trait] = []
    date = re.search(rf"\b{MONTH}\b|(?<!\d)(?:19|20)\d\d(?!\d)|\d{{1,2}}/\d{{1,2}}|{_SEASON}", clause)
    about_case = re.search(
        r"\b(?:depose|envoye|recu|fait|transmis|signe|commence|debute|enregistre|inscrit|licencie|arrete|quitte|demenage|"
        r"emmenage|pacse|marie|divorce|ne|nee)\w*\b|\bdepuis\b",
        clause,
    )
    if date and about_case:
        months = {MONTHS.index(m) + 1 for m in re.findall(rf"\b({MONTH})\b", clause)}
        months |= {month for season in re.findall(_SEASON, clause) for month in _SEASON_MONTHS[season]}
        years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", clause)}
        days = ",".join(f"{d}-{m}" for d, m in sorted(day_months(clause)))
        traits.append(Trait("date", f"{sorted(months)}|{sorted(years)}|{days}", False))
    elif (
        re.search(r"\bil y a (?:plus de |moins de |pres de )?(?:\d+|\w+) (?:mois|jours|semaines|ans)\b", clause)
        and about_case
    ):
        traits.append(Trait("date", relative_dates.relative_value(clause), False))  # (`relative_dates`)
    return traits


def _level(clause: str, negated: bool) -> list[Trait]:
    """A school or study level ("vous êtes en deuxième année de licence", "vous préparez un CAP")."""
    return [Trait("level", value, negated) for value in level_values(clause)]


_READERS = (
    particular_traits,
    duration_traits,
    contract_traits,
    job_end_traits,
    _level,
    _activity,
    _benefit,
    _disability,
    _age,
    _children,
    _couple,
    _nationality,
    _residence,
    _housing,
    _income,
    _date,
    now_traits,
)


def clause_traits(clause: str) -> list[Trait]:
    """The traits a folded clause about the writer states."""
    negated = bool(
        re.search(
            r"\b(?:n.|ne)\s*(?:etes|avez|residez|habitez|vivez|touchez|percevez|beneficiez|etant|travaillez|exercez)\b"
            r"[^,;:]{0,12}\b(?:pas|plus|jamais|aucun\w*)\b",
            clause,
        )
    )
    return [trait for read in _READERS for trait in read(clause, negated)]
