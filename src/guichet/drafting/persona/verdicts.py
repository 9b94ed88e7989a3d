"""A trait stated by a draft, judged against what the message says of the writer."""

import re
from collections.abc import Callable

from guichet.drafting.persona import (
    computed,
    dependants,
    event_order,
    finished,
    health_figures,
    housing_figures,
    moved_facts,
    negations,
    partner_words,
    past_ties,
    possessives,
    reckoned_ages,
    reckoned_sums,
    relative_dates,
    resources,
    restated,
    swapped_facts,
)
from guichet.drafting.persona.ages import child_age_verdict
from guichet.drafting.persona.amounts import amount_verdict
from guichet.drafting.persona.contracts import (
    contract_verdict,
    hours_verdict,
    job_end_verdict,
    season_verdict,
    working_time_verdict,
)
from guichet.drafting.persona.contribution_years import contribution_verdict
from guichet.drafting.persona.denied_things import denied_verdict
from guichet.drafting.persona.durations import duration_verdict
from guichet.drafting.persona.events import event_verdict
from guichet.drafting.persona.former import former_verdict
from guichet.drafting.persona.jobs import job_verdict
from guichet.drafting.persona.kinship import kin_verdict
from guichet.drafting.persona.lexicon import APART, CONSISTENT, CONTRADICTED, INCOMPATIBLE, NEAR, TOGETHER, UNSUPPORTED
from guichet.drafting.persona.model import Trait, Writer
from guichet.drafting.persona.papers import paper_verdict
from guichet.drafting.persona.particulars import KINDS as PARTICULAR_KINDS
from guichet.drafting.persona.particulars import particular_verdict
from guichet.drafting.persona.partners import others_end_verdict, partner_nation_verdict
from guichet.drafting.persona.past import now_verdict
from guichet.drafting.persona.past_activity import past_activity_verdict
from guichet.drafting.persona.past_couple import past_couple_verdict
from guichet.drafting.persona.permits import permit_verdict
from guichet.drafting.persona.places import place_verdict
from guichet.drafting.persona.possessives import possession_verdict
from guichet.drafting.persona.qualifiers import qualifier_verdict
from guichet.drafting.persona.relatives import others_age, relative_verdict
from guichet.drafting.persona.retirement import Retirement, departure_verdict, full_rate_verdict, quarters_verdict
from guichet.drafting.persona.shares import share_verdict, weekdays_verdict
from guichet.drafting.persona.studies import level_verdict
from guichet.drafting.persona.timing import timing_verdict
from guichet.drafting.persona.totals import total_verdict
from guichet.drafting.persona.workplaces import workplace_verdict


def _age_verdict(value: str, ages: set[float]) -> str:
    if not ages:
        return UNSUPPORTED
    if value[0] == "[":  # a decade of life ("octogénaire": "[80-90")
        low, high = (float(x) for x in value[1:].split("-"))
        return CONSISTENT if any(low <= a < high for a in ages) else CONTRADICTED
    op, bound = value[0], float(value[1:])
    ok = {">": lambda a: a > bound, "<": lambda a: a < bound, "=": lambda a: int(a) == int(bound)}[op]
    return CONSISTENT if any(ok(a) for a in ages) else CONTRADICTED


def _activity(value: str, w: Writer) -> str:
    past = past_activity_verdict(value, w.past_activity, w.activity)  # "vous étiez sans emploi" (`past_activity`)
    if past is not None:
        return past
    verdict = UNSUPPORTED
    if value in w.activity:
        verdict = CONSISTENT
    elif value in w.not_activity or any(frozenset((value, a)) in INCOMPATIBLE for a in w.activity):
        verdict = CONTRADICTED
    return verdict


def _benefit(value: str, w: Writer) -> str:
    verdict = UNSUPPORTED
    if value == "none":  # "vous ne percevez aucune aide"
        return CONTRADICTED if w.benefits - {"grant"} else CONSISTENT if w.no_benefit else UNSUPPORTED
    if value in w.benefits:
        verdict = CONSISTENT
    elif (w.no_benefit and not resources.named_only(value)) or value in w.not_benefits:  # (`resources`)
        verdict = CONTRADICTED
    return verdict


def _disability(value: str, w: Writer) -> str:
    verdict = CONSISTENT if w.disabled else UNSUPPORTED
    return verdict


def _child_disability(value: str, w: Writer) -> str:
    verdict = CONSISTENT if w.child_disabled else CONTRADICTED if 0 in w.children else UNSUPPORTED
    return verdict


def _age(value: str, w: Writer) -> str:
    verdict = _age_verdict(value, w.ages)
    if verdict == UNSUPPORTED and value == ">63.99" and "retired" in w.activity:
        verdict = CONSISTENT
    elif verdict == UNSUPPORTED and value[0] == "=" and others_age(float(value[1:]), w.relatives):
        verdict = CONTRADICTED  # the age the message gives a relative ("ma mère, 84 ans"), given to the writer
    elif verdict == UNSUPPORTED and value[0] in "<=" and float(value[1:]) < w.age_floor:
        verdict = CONTRADICTED  # "vous avez moins de 25 ans" to the parent of a son of 24
    return verdict


def _relative(value: str, w: Writer) -> str:
    verdict = relative_verdict(value, w.relatives)
    return verdict


def _children(value: str, w: Writer) -> str:
    verdict = UNSUPPORTED
    counts = {n for n in w.children if n > 0}
    if value == ">0":
        verdict = CONSISTENT if w.has_children else CONTRADICTED if 0 in w.children else UNSUPPORTED
    elif value == "0":
        verdict = CONSISTENT if 0 in w.children else CONTRADICTED if w.has_children else UNSUPPORTED
    elif counts:
        verdict = CONSISTENT if int(value) in counts else CONTRADICTED
    elif w.children_at_least > int(value):
        verdict = CONTRADICTED  # "vos deux enfants" to "un garçon de 6 ans et des jumelles"
    elif 0 in w.children:
        verdict = CONTRADICTED
    return verdict


def _expecting(value: str, w: Writer) -> str:
    verdict = UNSUPPORTED
    if w.expecting:
        verdict = CONSISTENT if w.expecting == int(value) else CONTRADICTED
    elif w.children and int(value) != max(w.children) + 1:
        verdict = CONTRADICTED
    elif value == "1" and w.has_children:
        verdict = CONTRADICTED  # "votre premier enfant" to a writer who has one
    return verdict


def _couple(value: str, w: Writer) -> str:
    past = past_couple_verdict(value, w.couple)  # "vous étiez mariée" to a widow (`past_couple`)
    if past is not None:
        return past
    verdict = UNSUPPORTED
    if value in w.couple or (value == "couple" and w.couple & TOGETHER) or (value == "alone" and w.couple & APART):
        verdict = CONSISTENT
    elif value in w.not_couple:
        verdict = CONTRADICTED  # "vous êtes divorcée" to "le divorce n'est pas fait"
    elif possessives.DENIED_COUPLE and value in TOGETHER and "couple" in w.not_couple:
        verdict = CONTRADICTED  # "vous êtes mariée" to "je ne suis pas en couple"
    elif value in {"married", "pacs"} and w.couple & APART <= {"separated", "alone"} and "separated" in w.couple:
        verdict = UNSUPPORTED  # a separated writer may still be married or in a Pacs
    elif w.couple and (
        (value in TOGETHER and w.couple & APART and not w.couple & TOGETHER)
        or (value in APART and w.couple & TOGETHER and not w.couple & APART)
        or (value in APART - {"alone"} and w.couple & (APART - {"alone"}) and not NEAR[value] & w.couple)
        or (value in {"married", "pacs"} and w.couple & {"married", "pacs"})
    ):
        verdict = CONTRADICTED
    elif value == "alone" and "hosted" in w.housing:
        verdict = CONTRADICTED  # "vous vivez seul" to a writer who lives with their parents
    return verdict


def _partner(value: str, w: Writer) -> str:
    """A partner the draft gives the writer ("votre épouse doit signer"): said by a writer in a couple, denied by one
    divorced, widowed or single; a separated one may still be married."""
    if (told := partner_words.spouse_verdict(value, w)) is not None:  # « votre mari » to a Pacs (`partner_words`)
        return told
    if w.couple & TOGETHER:
        return CONSISTENT
    if w.couple & {"divorced", "widowed", "single"}:
        return CONTRADICTED
    if possessives.DENIED_COUPLE and ("couple" in w.not_couple or (value == "married" and "married" in w.not_couple)):
        return CONTRADICTED  # "votre conjoint" to "je ne suis pas en couple", "votre épouse" to "pas marié"
    # a single parent ("je suis mère seule", "maman solo"), not one who lives alone while married ("séparée")
    single_parent = "alone" in w.couple and "separated" not in w.couple and w.has_children
    return CONTRADICTED if single_parent else UNSUPPORTED


def _nationality(value: str, w: Writer) -> str:
    verdict = UNSUPPORTED
    n = w.nationality
    if value == "eu":
        verdict = CONSISTENT if n & {"eu", "french"} else CONTRADICTED if "non_eu" in n else UNSUPPORTED
    elif value == "french":
        verdict = CONSISTENT if "french" in n else CONTRADICTED if "foreign" in n else UNSUPPORTED
    else:
        verdict = CONSISTENT if "foreign" in n else CONTRADICTED if n == {"french"} else UNSUPPORTED
    return verdict


def _residence(value: str, w: Writer) -> str:
    verdict = UNSUPPORTED
    r = w.residence
    if value == "france":
        verdict = CONSISTENT if "france" in r else CONTRADICTED if r & {"europe", "world", "abroad"} else UNSUPPORTED
    elif value == "abroad":
        verdict = CONSISTENT if r & {"europe", "world", "abroad"} else CONTRADICTED if "france" in r else UNSUPPORTED
    elif value == "europe":
        verdict = CONSISTENT if r & {"europe", "france"} else CONTRADICTED if "world" in r else UNSUPPORTED
    elif value == "moved":
        verdict = CONSISTENT if "moved" in r else UNSUPPORTED
    elif value == "metropole":
        verdict = CONTRADICTED if "overseas" in r else UNSUPPORTED
    elif value == "overseas":
        verdict = CONSISTENT if "overseas" in r else UNSUPPORTED
    return verdict


def _situation(value: str, w: Writer) -> str:
    verdict = CONSISTENT if value in w.situations else UNSUPPORTED
    return verdict


def _housing(value: str, w: Writer) -> str:
    was = past_ties.past_home_verdict(value, w.housing, w.past_housing)  # « vous étiez locataire » (`past_ties`)
    if was is not None:
        return was
    past = finished.housing_verdict(value, w.housing, w.past_housing)  # a home told only in the past (`finished`)
    if past is not None:
        return past
    verdict = UNSUPPORTED
    others = {"tenant", "owner", "hosted"} - {value}
    if value == "homeless":  # one hosted by a friend may have no home of their own: no contradiction
        others = {"tenant", "owner", "housed"}
    elif "homeless" in w.housing:
        others = others | {"homeless"} if value != "hosted" else others
    verdict = CONSISTENT if value in w.housing else CONTRADICTED if others & w.housing else UNSUPPORTED
    return verdict


def _income(value: str, w: Writer) -> str:
    verdict = UNSUPPORTED
    if value in {"low", "high"}:
        high = any(v > 4000 for v in w.monthly_income)
        if value == "low":
            verdict = CONSISTENT if w.low_income else CONTRADICTED if high else UNSUPPORTED
        else:
            verdict = CONSISTENT if high else CONTRADICTED if w.low_income else UNSUPPORTED
    else:
        bound = float(value[1:])
        if value[0] in "~=":
            slack = 0.15 if value[0] == "~" else 0.02
            near = any(abs(v - bound) <= slack * bound for v in w.monthly_income)
            return UNSUPPORTED if not w.monthly_income else CONSISTENT if near else CONTRADICTED
        monthly = {v * 12 for v in w.monthly_income} if bound > 10000 else w.monthly_income
        if monthly:
            above = any(v > bound for v in monthly)
            verdict = CONSISTENT if above == (value[0] == ">") else CONTRADICTED
        elif w.low_income and value[0] == ">" and bound >= 1600:
            verdict = CONTRADICTED
    return verdict


def _date(value: str, w: Writer) -> str:
    verdict = UNSUPPORTED
    if value.startswith("relative"):
        verdict = relative_dates.ago_verdict(value, w.agos)  # « il y a trois mois » (`relative_dates`)
    else:
        months_text, years_text, days_text = value.split("|")
        months = {int(x) for x in re.findall(r"\d+", months_text)}
        years = {int(x) for x in re.findall(r"\d+", years_text)}
        days = {(int(d), int(m)) for d, m in re.findall(r"(\d+)-(\d+)", days_text)}
        if days and w.day_months:  # "ayant débuté le 2 juin" to "a commencé le 2 mai … jusqu'au 30 juin"
            return CONSISTENT if days & w.day_months else CONTRADICTED
        if (months and w.months) or (years and w.years):
            month_ok = not months or not w.months or bool(months & w.months)
            year_ok = not years or not w.years or bool(years & w.years)
            verdict = CONSISTENT if month_ok and year_ok else CONTRADICTED
    return verdict


def _says_what_writer_does(w: Writer) -> bool:
    """Whether the message says what the writer does (a trade, an activity, a benefit): another person's trade or
    place of work given to such a writer is contradicted."""
    return bool(w.own_jobs or w.activity or w.not_activity or w.benefits - {"grant"})


_BY_KIND: dict[str, Callable[[str, Writer], str]] = {
    "timing": lambda value, w: timing_verdict(value, w.timings),  # a change pending or done (`timing`)
    "former": lambda value, w: former_verdict(value, w.former),  # a place or employer left (`former`)
    "place": lambda value, w: place_verdict(value, w.places),  # a place of the writer's life by role (`places`)
    "qualifier": lambda value, w: qualifier_verdict(value, w.qualified),  # a qualifier dropped (`qualifiers`)
    "activity": _activity,
    "benefit": _benefit,
    "disability": _disability,
    "child_disability": _child_disability,
    # a kind of recognition or aid ("rqth", "wheelchair"): said, or not said
    "disability_kind": lambda value, w: CONSISTENT if value in w.disability_kinds else UNSUPPORTED,
    "age": _age,
    "relative": _relative,
    "paper": lambda value, w: paper_verdict(value, w.papers),
    "event": lambda value, w: event_verdict(value, w.events),
    "total": lambda value, w: total_verdict(value, w.totals),
    "period": lambda value, w: total_verdict(value, w.periods),
    "kin": lambda value, w: kin_verdict(value, w.relatives, w.near_kin),
    "share": lambda value, w: share_verdict(value, w.shares),
    "weekdays": lambda value, w: weekdays_verdict(value, w.weekdays),
    "permit": lambda value, w: permit_verdict(value, w.permits),
    "partner_nation": lambda value, w: partner_nation_verdict(value, w.partner_nations),
    "others_end": lambda value, w: others_end_verdict(
        value, w.own_ends, w.others_ends, bool(w.contracts) or "employee" in w.activity
    ),
    "children": _children,
    "expecting": _expecting,
    "couple": _couple,
    "partner": _partner,
    "former_spouse": partner_words.former_spouse_verdict,  # « votre ex-épouse » (`partner_words`)
    "possession": lambda value, w: possession_verdict(value, w.unowned),  # "votre voiture" (`possessives`)
    "nationality": _nationality,
    "residence": _residence,
    "situation": _situation,
    "housing": _housing,
    "income": _income,
    "date": _date,
    "duration": lambda value, w: duration_verdict(value, w.durations, dated=w.open_since),
    # a length the message tells as over, said by the draft as one that lasts (`finished`)
    "lasting": lambda value, w: finished.lasting_verdict(value, w.durations, w.finished_lengths, dated=w.open_since),
    "level": lambda value, w: level_verdict(value, w.levels),
    "contract": lambda value, w: contract_verdict(value, w.contracts),
    "working_time": lambda value, w: working_time_verdict(value, w.working_time),
    # hours left open by « quelques heures » more (`reckoned_sums`)
    "hours": lambda value, w: reckoned_sums.hours_verdict(value, w, hours_verdict(value, w.weekly_hours)),
    "gap": reckoned_sums.gap_verdict,  # « vos enfants ont trois ans d'écart » (`reckoned_sums`)
    "doubled": reckoned_sums.doubled_verdict,  # « votre loyer a doublé » (`reckoned_sums`)
    "employers": reckoned_sums.employers_verdict,  # « vous avez trois employeurs » (`reckoned_sums`)
    "season": lambda value, w: season_verdict(value, w.seasons),
    "job_end": lambda value, w: job_end_verdict(value, w.job_ends),
    "child_age": lambda value, w: child_age_verdict(value, w.child_ages),
    "coming_age": lambda value, w: reckoned_ages.coming_verdict(value, w),  # an age to come (`reckoned_ages`)
    "quarters": lambda value, w: quarters_verdict(value, w.retirement or Retirement()),
    "departure_age": lambda value, w: departure_verdict(value, w.retirement or Retirement()),
    "full_rate": lambda value, w: full_rate_verdict(value, w.retirement or Retirement()),
    "contribution_years": lambda value, w: contribution_verdict(value, w.contribution_years),
    "denied_thing": lambda value, w: denied_verdict(value, w.denied),
    "negation": lambda value, w: negations.negation_verdict(value, w.negations),  # a denial said back (`negations`)
    "exception": lambda value, w: negations.exception_verdict(value, w.exceptions),  # "sauf" dropped (`negations`)
    "amount": lambda value, w: amount_verdict(value, w.sums),
    "age_count": lambda value, w: computed.age_count_verdict(value, w.age_counts),  # children by age (`computed`)
    "order": lambda value, w: event_order.order_verdict(value, w.orders),  # two events swapped (`event_order`)
    "job": lambda value, w: job_verdict(value, w.own_jobs, w.others_jobs, _says_what_writer_does(w), w.named_jobs),
    "now": lambda value, w: now_verdict(value, w.past_activity, w.past_benefits),
    "workplace": lambda value, w: workplace_verdict(
        value, w.own_places, w.others_places, w.past_places, _says_what_writer_does(w)
    ),
    "grant_step": lambda value, w: (
        UNSUPPORTED if not w.grant_steps else CONSISTENT if int(value) in w.grant_steps else CONTRADICTED
    ),
}


for _kind in PARTICULAR_KINDS:
    _BY_KIND[_kind] = lambda value, w, kind=_kind: particular_verdict(kind, value, w.particulars)
_BY_KIND.update(restated.VERDICTS)  # a figure's unit, a sum each, a host, a loan (`restated`)
_BY_KIND.update(moved_facts.VERDICTS)  # years of work, quarters said as years (`moved_facts`)
_BY_KIND.update(swapped_facts.VERDICTS)  # a fact's year, a birthplace (`swapped_facts`)
_BY_KIND.update(dependants.VERDICTS)  # custody, a parent taken in, a birth, a marriage (`dependants`)
for _kind in health_figures.KINDS:  # a GIR, an invalidity category, hours of help (`health_figures`)
    _BY_KIND[_kind] = lambda value, w, kind=_kind: health_figures.figure_verdict(kind, value, w)
for _kind in housing_figures.KINDS:  # rooms, surface, sector, flatshare, move-in (`housing_figures`)
    _BY_KIND[_kind] = lambda value, w, kind=_kind: housing_figures.home_verdict(kind, value, w)


def trait_verdict(trait: Trait, w: Writer) -> str:
    """A trait stated by the draft against what the message says (negation applied last)."""
    verdict = _BY_KIND[trait.kind](trait.value, w) if trait.kind in _BY_KIND else UNSUPPORTED
    if trait.negated and verdict != UNSUPPORTED:
        verdict = CONSISTENT if verdict == CONTRADICTED else CONTRADICTED
    return verdict
