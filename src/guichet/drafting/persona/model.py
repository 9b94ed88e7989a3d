"""What the check reads: a trait said of the writer, what a message says of its writer, a draft's claim."""

from dataclasses import dataclass, field
from typing import Any, Protocol

from guichet.drafting.persona.lexicon import UNSUPPORTED


class SumTold(Protocol):
    """A sum of euros the message tells, as `Writer.sums` holds it (`persona.amounts.Sum`, which imports this
    module: typed by its shape, not by an import)."""

    value: float
    months: float
    kind: str
    net: str
    sentence: int
    start: int
    other: bool


class PensionTold(Protocol):
    """What a message says of its writer's own pension, as `Writer.retirement` holds it
    (`persona.retirement.Retirement`, which imports this module)."""

    quarters: set[int]
    departure_ages: set[int]
    full_rate: str


@dataclass(frozen=True)
class Trait:
    """One thing said of the writer: `kind` ("activity", "age"…), `value` ("student", ">25"…), negated or not."""

    kind: str
    value: str
    negated: bool = False


@dataclass
class Relative:
    """What the message says of one relative of the writer ("mon père, 90 ans, est en EHPAD")."""

    ages: set[float] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # "care_home", "home", "with_writer"
    disabled: bool = False
    levels: set[frozenset[int]] = field(default_factory=set)  # school or study levels (`studies.read_levels`)
    activities: set[str] = field(default_factory=set)  # "employee", "jobseeker"… (`lexicon.ACTIVITY`)
    contracts: set[str] = field(default_factory=set)  # "cdd", "cdi"… (`contracts.CONTRACTS`)


@dataclass
class Particulars:
    """What a message says of the particulars of its writer's case."""

    towns: set[str] = field(default_factory=set)  # where the writer lives now
    towns_left: set[str] = field(default_factory=set)  # where they lived before ("quitté Lyon")
    car: str = ""  # "yes", "no" or ""
    worked_in_france: str = ""  # "yes", "no" or ""
    incapacity: list[tuple[int, int]] = field(default_factory=list)  # rates told, as (low, high)
    roles: set[str] = field(default_factory=set)  # "parent", "grandparent", "guardian", "kin"
    writing_for: set[str] = field(default_factory=set)  # whom the writer writes for ("voisin", "pere")
    rents: set[float] = field(default_factory=set)  # the rent a month ("notre loyer est de 650 euros")


@dataclass
class Writer:
    """What the message says of its writer."""

    activity: set[str] = field(default_factory=set)
    not_activity: set[str] = field(default_factory=set)
    benefits: set[str] = field(default_factory=set)
    not_benefits: set[str] = field(default_factory=set)  # benefits the writer says they do not get ("pas boursière")
    no_benefit: bool = False
    disabled: bool = False
    disability_kinds: set[str] = field(default_factory=set)  # "rqth", "wheelchair", "invalidity" (`lexicon`)
    child_disabled: bool = False
    ages: set[float] = field(default_factory=set)
    children: set[int] = field(default_factory=set)  # numbers said; 0 for "pas d'enfant"
    has_children: bool = False  # "mon fils", "mes enfants": at least one
    children_at_least: int = 0  # "un garçon et des jumelles": three at least (`children.read_children`)
    age_floor: float = 0.0  # the least age the writer can have, from their children's ages (`children.age_floor`)
    expecting: int = 0  # the rank of the child expected ("j'attends mon troisième"), 0 when none
    couple: set[str] = field(default_factory=set)
    not_couple: set[str] = field(default_factory=set)  # what the writer says they are not ("pas divorcée")
    nationality: set[str] = field(default_factory=set)  # "french", "eu", "non_eu", "foreign"
    residence: set[str] = field(default_factory=set)  # "france", "europe", "world", "abroad", "moved"
    housing: set[str] = field(default_factory=set)  # "tenant", "owner"
    past_housing: set[str] = field(default_factory=set)  # homes told only in the past (`finished`)
    finished_lengths: set[tuple[float, frozenset[str]]] = field(default_factory=set)  # lengths over (`finished`)
    monthly_income: set[float] = field(default_factory=set)
    low_income: bool = False
    situations: set[str] = field(default_factory=set)  # "hospitalised", "incarcerated"
    months: set[int] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    day_months: set[tuple[int, int]] = field(default_factory=set)  # (day, month) of the dates given in full
    dated: bool = False  # the message dates something of the case (a date, a year, "il y a trois mois")
    relatives: dict[str, Relative] = field(default_factory=dict)  # "father", "daughter"… (`relatives.RELATIONS`)
    papers: dict[str, set[str]] = field(default_factory=dict)  # "passport": {"lost"} (`papers.read_papers`)
    particulars: Particulars = field(default_factory=Particulars)  # a town, a car… (`particulars`)
    durations: set[tuple[float, frozenset[str]]] = field(default_factory=set)  # lengths in months, their topics
    open_since: bool = False  # a start given without its length ("depuis mars")
    levels: set[frozenset[int]] = field(default_factory=set)  # the writer's school or study levels (`studies`)
    contracts: set[str] = field(default_factory=set)  # the writer's work contracts now ("cdd", "interim"…)
    working_time: set[str] = field(default_factory=set)  # "part_time", "full_time"
    weekly_hours: set[float] = field(default_factory=set)
    seasons: set[str] = field(default_factory=set)  # "summer", "winter": a seasonal worker's season
    job_ends: set[str] = field(default_factory=set)  # how the writer's job ended ("dismissed", "resigned"…)
    grant_steps: set[int] = field(default_factory=set)  # the échelon of a student grant
    # the dates of the steps of the writer's case: {"marriage": {(day, months, year)}} (`events.read_events`)
    events: dict[str, set[tuple[int, frozenset[int], int]]] = field(default_factory=dict)
    totals: set[float] = field(default_factory=set)  # whole lengths of what was renewed, in months (`totals`)
    periods: set[float] = field(default_factory=set)  # how often something is renewed, in months (`totals`)
    near_kin: set[str] = field(default_factory=set)  # relations a near relative may be taken for (`kinship`)
    shares: set[int] = field(default_factory=set)  # shares of a full week worked, in percent (`shares`)
    weekdays: set[str] = field(default_factory=set)  # the weekdays worked ("lundi") (`shares`)
    permits: set[str] = field(default_factory=set)  # the kinds of permit or protection held (`permits`)
    own_ends: set[str] = field(default_factory=set)  # how the writer's job ended, by the clause's subject (`partners`)
    others_ends: set[str] = field(default_factory=set)  # how another person's job ended (`partners`)
    partner_nations: set[str] = field(default_factory=set)  # the partner's nationalities (`partners`)
    child_ages: set[tuple[float, str]] = field(default_factory=set)  # children's ages in months, and sex (`ages`)
    sums: list[SumTold] = field(default_factory=list)  # the sums of euros told, their kind and period (`amounts`)
    reckoned: dict[str, list[float]] = field(default_factory=dict)  # hours, ages, changes (`reckoned_sums`)
    age_counts: list[tuple[int, str, int, int]] = field(default_factory=list)  # children by age (`computed`)
    retirement: PensionTold | None = None  # quarters, age of departure, full rate (`retirement`)
    contribution_years: set[float] = field(default_factory=set)  # the writer's years of contribution
    denied: dict[str, str] = field(default_factory=dict)  # things never had or got (`denied_things`)
    unowned: set[str] = field(default_factory=set)  # things a possessive may not give the writer (`possessives`)
    own_jobs: set[str] = field(default_factory=set)  # the writer's trades ("nurse", "plumber") (`jobs`)
    named_jobs: frozenset[str] = frozenset()  # every trade the message names, whoever's (`jobs.named_jobs`)
    others_jobs: set[str] = field(default_factory=set)  # the trades of the other persons the message names (`jobs`)
    past_activity: set[str] = field(default_factory=set)  # activities told only in the past (`past`)
    timings: dict[str, set[str]] = field(default_factory=dict)  # changes pending or done (`timing`)
    former: frozenset[str] = frozenset()  # words said only of the writer's past (`former`)
    past_benefits: set[str] = field(default_factory=set)  # benefits told only in the past (`past`)
    own_places: set[frozenset[str]] = field(default_factory=set)  # the writer's places of work (`workplaces`)
    others_places: set[frozenset[str]] = field(default_factory=set)  # other persons' places of work (`workplaces`)
    past_places: set[frozenset[str]] = field(default_factory=set)  # where the writer worked before (`workplaces`)
    qualified: dict[str, frozenset[str]] = field(default_factory=dict)  # facts said only in part (`qualifiers`)
    # what the writer says they are not, have not or never did: (verb, how, tense, words) (`negations`)
    negations: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)
    exceptions: list[tuple[str, str, str]] = field(default_factory=list)  # "aucun revenu sauf …" (`negations`)
    orders: frozenset[tuple[str, str, str]] = frozenset()  # two events in the order told (`event_order`)
    agos: tuple[tuple[int, int, frozenset[str]], ...] = ()  # « il y a trois mois »: days before (`relative_dates`)
    # the writer's places by role, each a chain of areas ("home": [{("town", "nice"), ("region", …)}]) (`places`)
    places: dict[str, list[frozenset[tuple[str, str]]]] = field(default_factory=dict)
    health: dict[str, set[str]] = field(default_factory=dict)  # a GIR, a category, hours of help (`health_figures`)
    dependants: dict[str, set[str]] = field(default_factory=dict)  # custody, a birth, a parent taken in (`dependants`)
    home: dict[str, set[str]] = field(default_factory=dict)  # rooms, surface, sector, flatshare (`housing_figures`)
    restated: dict[str, set[str]] = field(default_factory=dict)  # figures, sums each, host, loan (`restated`)
    moved: dict[str, set[str]] = field(default_factory=dict)  # years of work, quarters' units (`moved_facts`)
    swapped: dict[str, set[str]] = field(default_factory=dict)  # years of facts, birthplace (`swapped_facts`)


@dataclass
class Claim:
    """A draft sentence's clause about the writer, with its traits and its verdict against the message."""

    sentence: str
    span: tuple[int, int]
    clause: str
    traits: list[Trait]
    verdict: str = UNSUPPORTED
    kinds: list[str] = field(default_factory=list)  # the kinds of the traits that decided the verdict

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "span": list(self.span),
            "claim": self.clause,
            "verdict": self.verdict,
            "kinds": list(self.kinds),
        }
