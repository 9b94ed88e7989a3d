"""The check itself: the claims of a draft about its writer, the case headings a message rules out."""

import re
from collections.abc import Iterable
from typing import Any

from guichet.drafting.persona import (
    computed,
    dated_facts,
    dependants,
    disability_rates,
    event_order,
    finished,
    health_figures,
    housing_figures,
    moved_facts,
    negations,
    partner_words,
    reckoned_ages,
    reckoned_sums,
    relative_dates,
    resources,
    restated,
    swapped_facts,
)
from guichet.drafting.persona.ages import child_age_claims
from guichet.drafting.persona.amounts import amount_claims, settle_income
from guichet.drafting.persona.contribution_years import contribution_claims
from guichet.drafting.persona.denied_things import denied_claims
from guichet.drafting.persona.events import event_claims
from guichet.drafting.persona.former import former_claims
from guichet.drafting.persona.frames import writer_clauses
from guichet.drafting.persona.jobs import job_claims
from guichet.drafting.persona.kinship import kin_claims
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED, spell_digits
from guichet.drafting.persona.model import Claim, Trait, Writer
from guichet.drafting.persona.organisations import organisation_names
from guichet.drafting.persona.papers import paper_claims
from guichet.drafting.persona.partners import others_end_claims, partner_nation_claims
from guichet.drafting.persona.permits import permit_claims
from guichet.drafting.persona.places import place_claims, untold_claims
from guichet.drafting.persona.possessives import possessive_claims
from guichet.drafting.persona.qualifiers import qualifier_claims
from guichet.drafting.persona.relatives import relative_clauses, relative_traits
from guichet.drafting.persona.retirement import retirement_claims
from guichet.drafting.persona.shares import share_claims
from guichet.drafting.persona.timing import timing_claims
from guichet.drafting.persona.totals import period_claims, total_claims
from guichet.drafting.persona.traits import clause_traits
from guichet.drafting.persona.verdicts import trait_verdict
from guichet.drafting.persona.workplaces import workplace_claims
from guichet.drafting.persona.writer import read_writer
from guichet.text import fold, sentence_spans

# The kinds that detail another fact of the same clause (`find_claims`).
_DETAILS = {"duration", "hours", "date", "disability_kind"}
# The kinds whose alternatives a clause may list ("en CDD ou en CDI", "au collège ou au lycée").
_ALTERNATIVES = {"contract", "level", "working_time", "season"}


def _alternative(trait: Trait) -> str:
    """What alternatives share: the kind, and for a relative the person and the fact ("son|level")."""
    return f"{trait.kind}:{re.match(r'[^=<>]*', trait.value).group()}" if trait.kind == "relative" else trait.kind


def find_claims(
    text: str, message: str, *, private_text: str = "", skip: Iterable[str] = (), writer: Writer | None = None
) -> list[Claim]:
    """The sentences of `text` that say something of the writer, each with its verdict against `message` (the
    pseudonymised message; `private_text`, the same with its dates restored from the mapping, when known)."""
    writer = writer or read_writer(f"{message}\n{private_text}")
    skipped = {fold(s).strip() for s in skip if s.strip()}
    claims: list[Claim] = []
    for start, end, sentence in sentence_spans(text):
        folded = spell_digits(fold(re.sub(r"\[\d+(?:\s*,\s*\d+)*\]", " ", sentence)))
        if fold(sentence).strip() in skipped or any(fold(sentence).strip() in s for s in skipped):
            continue
        if sentence.rstrip().endswith("?"):
            continue
        found: list[Claim] = []
        for _, clause in writer_clauses(folded):
            traits = clause_traits(clause)
            if traits:
                found.append(Claim(sentence, (start, end), clause, traits))
        for _, clause, traits in paper_claims(folded):
            found.append(Claim(sentence, (start, end), clause, traits))
        # A step of the case dated (`events`), a total or a renewal's period (`totals`), a near relative named as a
        # child or a parent (`kinship`), a share of the week (`shares`), a partner's job end or nationality
        # (`partners`), a card or protection (`permits`), a pension's quarters, age or rate (`retirement`): each kept
        # only where the message says the same kind of fact, so that alone they never make a sentence "unsupported".
        extra = [*event_claims(folded), *total_claims(folded), *kin_claims(folded), *share_claims(folded)]
        extra += [*others_end_claims(folded), *permit_claims(folded), *period_claims(folded)]
        extra += [*partner_nation_claims(folded), *amount_claims(folded), *child_age_claims(folded)]
        extra += restated.figure_claims(folded) + restated.each_claims(folded)  # a unit, « chacun » (`restated`)
        extra += restated.paid_claims(folded)  # a home paid « comptant » or with a loan (`restated`)
        extra += retirement_claims(folded)  # a retiree's quarters, age of departure, full rate (`retirement`)
        extra += disability_rates.rate_claims(folded)  # "votre taux d'invalidité est inférieur à 50 %"
        extra += health_figures.figure_claims(folded)  # a GIR, an invalidity category, hours of help
        extra += housing_figures.home_claims(folded)  # rooms, surface, sector, flatshare, move-in (`housing_figures`)
        extra += denied_claims(folded)  # a thing the writer says they never had or got (`denied_things`)
        extra += contribution_claims(folded)  # the writer's years of contribution (`contribution_years`)
        extra += moved_facts.draft_claims(folded)  # a child's sex, years of work, quarters as years (`moved_facts`)
        extra += swapped_facts.draft_claims(folded)  # a fact's year, a birthplace (`swapped_facts`)
        extra += computed.age_count_claims(folded)  # "deux de vos enfants ont moins de six ans" (`computed`)
        extra += partner_words.spouse_claims(folded)  # « votre ex-épouse », « divorcer de votre mari »
        extra += job_claims(folded)  # a trade the message gives the writer or another person (`jobs`)
        extra += workplace_claims(folded)  # a firm or an association the message names for someone (`workplaces`)
        extra += timing_claims(folded)  # a change said done that the message announces, or the reverse (`timing`)
        extra += former_claims(folded)  # a place or an employer the message says the writer has left (`former`)
        extra += place_claims(folded)  # where the writer lives, works, was born, by role (`places`)
        extra += qualifier_claims(folded)  # a fact said whole that the message qualifies (`qualifiers`)
        extra += negations.negation_claims(folded)  # a denial or an exception of the message said back (`negations`)
        extra += possessive_claims(folded)  # "votre voiture" to a writer who has none (`possessives`)
        extra += event_order.order_claims(folded)  # two events in the wrong order (`event_order`)
        extra += relative_dates.ago_claims(folded)  # « il y a un mois » / « il y a trois mois » (`relative_dates`)
        extra += finished.lasting_claims(
            folded
        )  # « vous vivez en Espagne depuis dix ans » to a length over (`finished`)
        extra = reckoned_ages.coming_claims(folded, extra)  # « votre fils aura 18 ans dans 2 ans » (`reckoned_ages`)
        extra = reckoned_sums.without_gap_ages(folded, extra)  # « trois ans d'écart » is no age (`reckoned_sums`)
        for _, clause, traits in extra:
            traits = [t for t in traits if trait_verdict(t, writer) != UNSUPPORTED]
            if traits:
                found.append(Claim(sentence, (start, end), clause, traits))
        found += [Claim(sentence, (start, end), c, t) for _, c, t in untold_claims(folded, writer.places)]  # `places`
        found += [Claim(sentence, (start, end), c, t) for _, c, t in reckoned_sums.reckoned_claims(folded)]
        found += dependants.dependant_claims(sentence, (start, end), folded, writer)  # custody, a birth (`dependants`)
        for _, relation, clause in relative_clauses(folded):
            traits = relative_traits(relation, clause)
            if traits:
                found.append(Claim(sentence, (start, end), clause, traits))
        if not found:
            continue
        claim = Claim(
            sentence, (start, end), " / ".join(c.clause for c in found), [t for c in found for t in c.traits]
        )
        verdicts = settle_income({t: trait_verdict(t, writer) for t in claim.traits})
        verdicts = negations.settle_kept(verdicts)  # the writer's own denial said back (`negations`)
        verdicts = partner_words.partner_premise(verdicts)  # a partner named proves no fact of them (`partner_words`)
        verdicts = health_figures.settle_figures(verdicts)  # a figure vouches for no fact left open (`health_figures`)
        verdicts = dependants.children_premise(verdicts)  # children named prove no fact of them (`dependants`)
        verdicts = housing_figures.settle_home(verdicts, claim.clause, writer)  # a housing figure left open
        # Alternatives of one kind ("marié ou pacsé"): one the message says is enough.
        said = {_alternative(t) for t, v in verdicts.items() if v == CONSISTENT}
        verdicts = {t: CONSISTENT if _alternative(t) in said else v for t, v in verdicts.items()}
        # Alternatives ("en CDD ou en CDI"): one the message leaves open leaves the claim open.
        if re.search(r"\bou\b", claim.clause):
            verdicts = restated.listed_contracts(verdicts, writer.contracts)  # « en CDD ou en CDI » (`restated`)
            open_kinds = {t.kind for t, v in verdicts.items() if v == UNSUPPORTED and t.kind in _ALTERNATIVES}
            verdicts = {t: UNSUPPORTED if t.kind in open_kinds else v for t, v in verdicts.items()}
        verdicts = resources.contract_open(verdicts)  # a contract the message does not give (`resources`)
        # A detail the message does not give (how long, how many hours, when) is not made good by the fact it
        # details: "vous êtes intérimaire depuis plus d'un an" to "je suis intérimaire" is unsupported.
        details = _DETAILS | ({"incapacity"} if disability_rates.RATE_AS_DETAIL else set())
        details |= reckoned_sums.detail_kinds()  # an unsupported gap or doubling (`reckoned_sums`)
        details |= restated.detail_kinds()  # a host or a loan the message does not give (`restated`)
        if any(t.kind in details and v == UNSUPPORTED for t, v in verdicts.items()):
            verdicts = {t: UNSUPPORTED if v == CONSISTENT else v for t, v in verdicts.items()}
        # A date is contradicted only where the message tells the fact it dates (`dated_facts`).
        facts = [v for t, v in verdicts.items() if t.kind not in _DETAILS and t.kind != "now"]
        if dated_facts.DATED_FACTS_ONLY and message.strip() and facts and all(v == UNSUPPORTED for v in facts):
            verdicts = _undated(verdicts, claim.clause, f"{message}\n{private_text}")
        # Nor is a fact made good by its detail: "vous êtes en CDI depuis trois ans" to "mon mari est en CDI depuis
        # trois ans" says nothing of the writer's contract.
        facts = [v for t, v in verdicts.items() if t.kind not in details]
        measured = any(t.kind in {"duration", "hours"} and v == CONSISTENT for t, v in verdicts.items())
        if measured and facts and all(v == UNSUPPORTED for v in facts):
            verdicts = {t: UNSUPPORTED if v == CONSISTENT else v for t, v in verdicts.items()}
        for verdict in (CONTRADICTED, CONSISTENT):
            kinds = sorted({t.kind for t, v in verdicts.items() if v == verdict})
            if kinds:
                claim.verdict, claim.kinds = verdict, kinds
                break
        else:
            claim.kinds = sorted({t.kind for t in claim.traits})
        claims.append(claim)
    return claims


def _undated(verdicts: dict[Trait, str], clause: str, message: str) -> dict[Trait, str]:
    """The verdicts with a contradicted date made unsupported, where the message names none of the clause's words."""
    if dated_facts.names_fact(clause, message):
        return verdicts
    return {t: UNSUPPORTED if t.kind == "date" and v == CONTRADICTED else v for t, v in verdicts.items()}


def outside_cases(
    sources: list[dict[str, Any]], message: str, *, private_text: str = ""
) -> tuple[list[dict[str, Any]], list[str]]:
    """The sources, those under a case heading the message contradicts marked ``outside_case`` (the headings:
    "Vous êtes Français" to a writer with a residence permit, "Vous avez plus de 60 ans" to one of 23), and those
    headings. A marked passage is not the writer's case: Guichet does not quote it (`extracts.select_extracts`), and
    `cases.decide` leaves it out of its group of cases (the member left is the writer's); the model still reads it.
    Each level of a heading path is read on its own, as a claim about the writer."""
    writer = read_writer(f"{message}\n{private_text}")
    marked: list[dict[str, Any]] = []
    outside: list[str] = []
    for source in sources:
        parts = [p.strip() for p in str(source.get("heading") or "").split(">") if p.strip()]
        wrong = [p for p in parts if any(c.verdict == CONTRADICTED for c in find_claims(p, "", writer=writer))]
        outside += [w for w in wrong if w not in outside]
        marked.append({**source, "outside_case": wrong} if wrong else source)
    return marked, outside


def private_dates(text: str, personal_data: dict[str, str] | None) -> str:
    """`text` with its date, employer and organisation placeholders restored from the mapping (`[DATE_1]` → "12
    janvier 2025", `[EMPLOYEUR_1]` → "Leroy Merlin", `[PERSONNE_2]` → "Emmaüs", `organisations`): read by this check
    in Guichet's own code to compare the dates of the writer's case and the places of work a sentence an agent typed
    names (`workplaces`), never sent to a model nor stored."""
    out = text
    for key, value in (personal_data or {}).items():
        if "DATE" in key.upper() or "EMPLOYEUR" in key.upper():
            out = out.replace(key, value)
    for key, value in organisation_names(text, personal_data or {}).items():
        out = out.replace(key, value)  # "chez [PERSONNE_2]" → "chez Emmaüs" (`organisations`)
    return out if out != text else ""
