"""What citizens call things, and what the fiches call them: acronyms and everyday names of benefits and procedures.

People write "ma mutuelle", "le chômage", "mes papiers", "la carte grise", "l'ACRE", "la CSS"; fiches say
"complémentaire santé solidaire", "allocation d'aide au retour à l'emploi", "titre de séjour", "certificat
d'immatriculation". Each entry maps a way of writing (regular expressions over the folded text: lower case, no
accents) to the fiches' words (appended to the lexical query, never substituted, so the citizen's word still
matches the fiches that use it) and, when one fiche is *the* fiche of that name, to that fiche (a candidate the
re-ranking weighs with its other evidence, see `guichet.knowledge.rerank`). A broad topic with many fiches (APL,
AAH, réversion, micro-entreprise…) points to none: its words find them, the asks decide; one whose main fiche comes
in one version per public (RSA, prime d'activité: salaried, self-employed, student; capital décès, heures sup,
congé maternité: private sector, civil service) points to those versions, and the re-ranking puts first the one
written for the writer's situation (`guichet.knowledge.situations`).

Sources: the fiche that names the thing (its title or its description, quoted in `source`), or, for colloquial
names, the usage the fiche itself acknowledges ("ex-CMU-C", "dite carte grise", "communément appelée…"). An entry
is added for a name, never for one message: the corpus of `corpora/retrieval/` only measures whether the
vocabulary helps.

The entries live in the modules of this package, one per ground (`abroad`, `family`, `health`, `taxes`…, and the
first names by theme in `names_*`), and in `guichet.knowledge.office_terms`; this module gathers them in
`VOCABULARY`, in the order `find_every` reads them, and holds the code that reads them (kept here, so that the
switches `READ_TAX_TERMS`, `READ_FAMILY_TERMS` and `READ_OFFICE_TERMS` are this module's to set).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from guichet.knowledge import (
    anger_buried,
    career_end,
    consumer_disputes,
    death_steps,
    debt_steps,
    disputes_retirement,
    energy_consumer,
    everyday_justice,
    family_law,
    family_told,
    job_loss,
    long_care,
    names_identity,
    rented_home,
    self_employed,
    trade_terms,
    training,
    vehicles,
    wards,
    working_life,
    young_people,
)
from guichet.knowledge.bereavement_terms import BEREAVEMENT_TERMS
from guichet.knowledge.crisis_terms import CRISIS_TERMS
from guichet.knowledge.office_terms import OFFICE_TERMS, YOUNG_TERMS
from guichet.knowledge.terms import Term
from guichet.knowledge.vocabulary.abroad import ABROAD_TERMS
from guichet.knowledge.vocabulary.acronym_words import ACRONYM_WORDS
from guichet.knowledge.vocabulary.child_support import CHILD_SUPPORT_TERMS
from guichet.knowledge.vocabulary.couple_life import COUPLE_TERMS
from guichet.knowledge.vocabulary.cover_lost import COVER_TERMS, REVERSION_TERMS
from guichet.knowledge.vocabulary.elsewhere import ELSEWHERE_TERMS
from guichet.knowledge.vocabulary.family import FAMILY_TERMS
from guichet.knowledge.vocabulary.foreign_licence import FOREIGN_LICENCE_TERMS
from guichet.knowledge.vocabulary.health import HEALTH_TERMS
from guichet.knowledge.vocabulary.money import MONEY_TERMS
from guichet.knowledge.vocabulary.names_business import BUSINESS_NAMES
from guichet.knowledge.vocabulary.names_described import DESCRIBED_NAMES
from guichet.knowledge.vocabulary.names_everyday import EVERYDAY_NAMES
from guichet.knowledge.vocabulary.names_family import FAMILY_HOUSING_NAMES
from guichet.knowledge.vocabulary.names_health_work import HEALTH_WORK_NAMES
from guichet.knowledge.vocabulary.names_papers import PAPERS_NAMES
from guichet.knowledge.vocabulary.names_slang import SLANG_NAMES
from guichet.knowledge.vocabulary.names_work import WORK_NAMES
from guichet.knowledge.vocabulary.neighbours import NEIGHBOUR_TERMS
from guichet.knowledge.vocabulary.old_age import OLD_AGE_TERMS
from guichet.knowledge.vocabulary.online import ONLINE_TERMS
from guichet.knowledge.vocabulary.other_side import JOB_ACCIDENT_TERMS, OTHER_SIDE_TERMS, REGISTRATION_TERMS
from guichet.knowledge.vocabulary.overpayments import OVERPAYMENTS
from guichet.knowledge.vocabulary.relation import RELATION_TERMS
from guichet.knowledge.vocabulary.rural import RURAL_TERMS
from guichet.knowledge.vocabulary.tax_status import TAX_ASK, TAX_REACH, TAX_STATUS_TERMS
from guichet.knowledge.vocabulary.taxes import TAX_TERMS
from guichet.knowledge.vocabulary.two_senses import TWO_SENSES
from guichet.text.gate import gated

__all__ = [
    "ABROAD_TERMS",
    "ACRONYM_WORDS",
    "BEREAVEMENT_TERMS",
    "BUSINESS_NAMES",
    "COUPLE_TERMS",
    "COVER_TERMS",
    "CRISIS_TERMS",
    "DESCRIBED_NAMES",
    "ELSEWHERE_TERMS",
    "EVERYDAY_NAMES",
    "FAMILY_HOUSING_NAMES",
    "FAMILY_TERMS",
    "FOREIGN_LICENCE_TERMS",
    "HEALTH_TERMS",
    "HEALTH_WORK_NAMES",
    "JOB_ACCIDENT_TERMS",
    "MONEY_TERMS",
    "NEIGHBOUR_TERMS",
    "OFFICE_TERMS",
    "OLD_AGE_TERMS",
    "ONLINE_TERMS",
    "OTHER_SIDE_TERMS",
    "OVERPAYMENTS",
    "PAPERS_NAMES",
    "READ_FAMILY_TERMS",
    "READ_NEIGHBOUR_TERMS",
    "READ_ACRONYM_WORDS",
    "READ_COUPLE_TERMS",
    "READ_COVER_TERMS",
    "READ_REVERSION_PRIVATE",
    "REVERSION_TERMS",
    "READ_CRISIS_TERMS",
    "READ_ELSEWHERE_TERMS",
    "READ_OFFICE_TERMS",
    "READ_OVERPAYMENTS",
    "READ_TAX_TERMS",
    "READ_TWO_SENSES",
    "REGISTRATION_TERMS",
    "RELATION_TERMS",
    "READ_SLANG_NAMES",
    "READ_WORK_NAMES",
    "RURAL_TERMS",
    "SLANG_NAMES",
    "TAX_ASK",
    "TAX_REACH",
    "TAX_STATUS_TERMS",
    "TAX_TERMS",
    "TWO_SENSES",
    "VOCABULARY",
    "WORK_NAMES",
    "YOUNG_TERMS",
    "Found",
    "Term",
    "find",
    "find_every",
    "longest",
    "names",
]

VOCABULARY: tuple[Term, ...] = (
    *HEALTH_WORK_NAMES,
    *BUSINESS_NAMES,
    *FAMILY_HOUSING_NAMES,
    *PAPERS_NAMES,
    *EVERYDAY_NAMES,
    *DESCRIBED_NAMES,
    *ABROAD_TERMS,
    *RURAL_TERMS,
    *RELATION_TERMS,
    *MONEY_TERMS,
    *OLD_AGE_TERMS,
    *TAX_STATUS_TERMS,
    *OTHER_SIDE_TERMS,
    *REGISTRATION_TERMS,
    *HEALTH_TERMS,
    *JOB_ACCIDENT_TERMS,
    *ONLINE_TERMS,
    *TAX_TERMS,
    *FAMILY_TERMS,
    *OFFICE_TERMS,
    *YOUNG_TERMS,
    *BEREAVEMENT_TERMS,
    *SLANG_NAMES,
    *WORK_NAMES,
    *CRISIS_TERMS,
    *COUPLE_TERMS,
    *ACRONYM_WORDS,
    *TWO_SENSES,
    *OVERPAYMENTS,
    *NEIGHBOUR_TERMS,
    *COVER_TERMS,
    *REVERSION_TERMS,
    *ELSEWHERE_TERMS,
    *FOREIGN_LICENCE_TERMS,
    *CHILD_SUPPORT_TERMS,
    *consumer_disputes.CONSUMER_TERMS,
    *debt_steps.DEBT_TERMS,
    *death_steps.DEATH_STEP_TERMS,  # forty-ninth pass (r86): after a death, the step asked
    *wards.WARD_TERMS,  # fiftieth pass (r88): a minor's or a protected adult's property
    *everyday_justice.JUSTICE_TERMS,  # fifty-first pass (r90): everyday justice in the writer's words
    *self_employed.SELF_EMPLOYED_TERMS,  # fifty-first pass (r89): the self-employed and their spouses
    *job_loss.JOB_LOSS_TERMS,  # fifty-second pass (r91): a job lost or left, in the writer's words
    *rented_home.RENTED_HOME_TERMS,  # fifty-second pass (r92): the rented home in the tenant's words
    *family_law.FAMILY_LAW_TERMS,  # fifty-second pass (r93): separation and filiation in the parents' words
    *energy_consumer.ENERGY_CONSUMER_TERMS,  # fifty-third pass (r95): energy and consumer matters, the writer's words
    *names_identity.NAMES_IDENTITY_TERMS,  # fifty-third pass (r94): a name and a first name in the writer's words
    *long_care.LONG_CARE_TERMS,  # fifty-third pass (r96): health and social protection told in long stories
    *anger_buried.ANGER_BURIED_TERMS,  # fifty-third pass (r97): the real request under anger and insults
    *career_end.CAREER_END_TERMS,  # fifty-fourth pass (r99): the end of a career and retirement, the writer's words
    *young_people.YOUNG_PEOPLE_TERMS,  # fifty-fourth pass (r100): students and young people in their own words
    *training.TRAINING_TERMS,  # fifty-fourth pass (r98): training and career changes, the writer's words
    *working_life.WORKING_LIFE_TERMS,  # fifty-fifth pass (r102): working life and the civil service, told
    *vehicles.VEHICLE_TERMS,  # fifty-fifth pass (r103): the car, the licence and the road in the writer's words
    *family_told.FAMILY_TOLD_TERMS,  # fifty-sixth pass (r105): a birth, a child and a separation, the parents' words
    *disputes_retirement.DISPUTES_RETIREMENT_TERMS,  # fifty-seventh pass (r106): justice, disputes, retirement, told
    *trade_terms.TRADE_TERMS,  # fifty-eighth pass (r109): a business on hold, a consumer credit regretted
)


@dataclass(frozen=True)
class Found:
    term: Term
    text: str  # the words of the message that matched
    start: int = 0
    end: int = 0


def _compile(term: Term) -> re.Pattern:
    if term.capitals:
        lead = rf"(?i:{term.lead})\s+" if term.lead else ""
        return re.compile(rf"(?<![\w-]){lead}(?:{term.pattern.upper()})(?![\w-])")
    return re.compile(rf"(?<![\w-])(?:{term.pattern})(?![\w-])")


_COMPILED = tuple((term, _compile(term)) for term in VOCABULARY)
READ_TAX_TERMS = True  # off: the thirty-second pass's vocabulary, without `TAX_TERMS` (a measurement switch)
_TAX_TERMS = frozenset(TAX_TERMS)
READ_FAMILY_TERMS = True  # off: the vocabulary without `FAMILY_TERMS` (thirty-third pass, r46; a measurement switch)
_FAMILY_TERMS = frozenset(FAMILY_TERMS)
# off: the vocabulary without `office_terms.OFFICE_TERMS` and `YOUNG_TERMS` (thirty-fourth pass, r47; a switch)
READ_OFFICE_TERMS = True
_OFFICE_TERMS = frozenset(OFFICE_TERMS + YOUNG_TERMS)
# off: the vocabulary without `names_slang.SLANG_NAMES` (thirty-fifth pass, r51; a measurement switch)
READ_SLANG_NAMES = True
_SLANG_NAMES = frozenset(SLANG_NAMES)
# off: the vocabulary without `names_work.WORK_NAMES` (thirty-sixth pass, r52; a measurement switch)
READ_WORK_NAMES = True
_WORK_NAMES = frozenset(WORK_NAMES)
# off: the vocabulary without `crisis_terms.CRISIS_TERMS` (thirty-sixth pass, r53; a measurement switch)
READ_CRISIS_TERMS = True
_CRISIS_TERMS = frozenset(CRISIS_TERMS)
# off: the vocabulary without `couple_life.COUPLE_TERMS` (thirty-seventh pass, r56; a measurement switch)
READ_COUPLE_TERMS = True
_COUPLE_TERMS = frozenset(COUPLE_TERMS)
# off: the vocabulary without `acronym_words.ACRONYM_WORDS` (thirty-eighth pass, r59; a measurement switch)
READ_ACRONYM_WORDS = True
_ACRONYM_WORDS = frozenset(ACRONYM_WORDS)
# off: the vocabulary without `two_senses.TWO_SENSES` (thirty-ninth pass, r62; a measurement switch)
READ_TWO_SENSES = True
_TWO_SENSES = frozenset(TWO_SENSES)
# off: the vocabulary without `overpayments.OVERPAYMENTS` (thirty-ninth pass, r62; a measurement switch)
READ_OVERPAYMENTS = True
_OVERPAYMENTS = frozenset(OVERPAYMENTS)
# off: the vocabulary without `neighbours.NEIGHBOUR_TERMS` (thirty-ninth pass, r62; a measurement switch)
READ_NEIGHBOUR_TERMS = True
_NEIGHBOUR_TERMS = frozenset(NEIGHBOUR_TERMS)
# off: the vocabulary without `cover_lost.COVER_TERMS` (forty-first pass, r68; a measurement switch)
READ_COVER_TERMS = True
_COVER_TERMS = frozenset(COVER_TERMS)
# off: "réversion" points to no fiche (`cover_lost.REVERSION_TERMS`, forty-first pass, r68; a measurement switch)
READ_REVERSION_PRIVATE = True
_REVERSION_TERMS = frozenset(REVERSION_TERMS)
# off: the vocabulary without `elsewhere.ELSEWHERE_TERMS`, another country's words (forty-seventh pass, r80; a switch)
READ_ELSEWHERE_TERMS = True
_ELSEWHERE_TERMS = frozenset(ELSEWHERE_TERMS)
# off: the vocabulary without `foreign_licence.FOREIGN_LICENCE_TERMS` (forty-seventh pass, r81; a measurement switch)
READ_FOREIGN_LICENCE = True
_FOREIGN_LICENCE_TERMS = frozenset(FOREIGN_LICENCE_TERMS)
# off: the vocabulary without `child_support.CHILD_SUPPORT_TERMS` (forty-seventh pass, r81; a measurement switch)
READ_CHILD_SUPPORT = True
_CHILD_SUPPORT_TERMS = frozenset(CHILD_SUPPORT_TERMS)
# off: the vocabulary without `consumer_disputes.CONSUMER_TERMS` (forty-eighth pass, r84; `READ_SELLER_POINTER`)
_CONSUMER_TERMS = frozenset(consumer_disputes.CONSUMER_TERMS)
_PATTERNS = dict(_COMPILED)
_UNLESS = {term: gated(term.unless) for term in VOCABULARY if term.unless}
# What `find_every` runs: each pattern behind its gate (`guichet.text.gate`: skipped when the message lacks every
# string a match must hold; the same matches, a quarter of the time: thirty-third pass, r44).
_GATED = tuple((term, gated(pattern)) for term, pattern in _COMPILED)


def _positions(terms: frozenset[Term]) -> tuple[int, ...]:
    return tuple(index for index, (term, _) in enumerate(_GATED) if term in terms)


# The groups of entries a measurement switch turns off, each as (the switch's module, its name, the entries'
# positions in `_GATED`), and the modules whose entries have a switch each (`module.silenced(term)`), with their
# entries' positions. Both are read at call time by `_switched_off`: `find_every` then asks one set of positions
# instead of asking each of its thousand entries some twenty sets and functions, each hashing the entry's eleven
# fields (fifty-second pass: `find_every` 3.6 → 2.1 ms CPU a message, the same entries found on all 10,328 messages
# of `corpora/retrieval` with the switches as shipped and flipped). A module whose entries have switches joins
# `_SILENCERS` (one line), where it used to add a test to the loop.
_GROUPS = tuple(
    (owner, switch, _positions(group))
    for owner, switch, group in (
        (sys.modules[__name__], "READ_TAX_TERMS", _TAX_TERMS),
        (sys.modules[__name__], "READ_FAMILY_TERMS", _FAMILY_TERMS),
        (sys.modules[__name__], "READ_OFFICE_TERMS", _OFFICE_TERMS),
        (sys.modules[__name__], "READ_SLANG_NAMES", _SLANG_NAMES),
        (sys.modules[__name__], "READ_WORK_NAMES", _WORK_NAMES),
        (sys.modules[__name__], "READ_CRISIS_TERMS", _CRISIS_TERMS),
        (sys.modules[__name__], "READ_COUPLE_TERMS", _COUPLE_TERMS),
        (sys.modules[__name__], "READ_ACRONYM_WORDS", _ACRONYM_WORDS),
        (sys.modules[__name__], "READ_TWO_SENSES", _TWO_SENSES),
        (sys.modules[__name__], "READ_OVERPAYMENTS", _OVERPAYMENTS),
        (sys.modules[__name__], "READ_FOREIGN_LICENCE", _FOREIGN_LICENCE_TERMS),
        (sys.modules[__name__], "READ_CHILD_SUPPORT", _CHILD_SUPPORT_TERMS),
        (consumer_disputes, "READ_SELLER_POINTER", _CONSUMER_TERMS),
        (sys.modules[__name__], "READ_NEIGHBOUR_TERMS", _NEIGHBOUR_TERMS),
        (sys.modules[__name__], "READ_COVER_TERMS", _COVER_TERMS),
        (sys.modules[__name__], "READ_REVERSION_PRIVATE", _REVERSION_TERMS),
        (sys.modules[__name__], "READ_ELSEWHERE_TERMS", _ELSEWHERE_TERMS),
    )
)
_SILENCERS = (
    (debt_steps, debt_steps.DEBT_TERMS),  # forty-ninth pass (r85): the steps of a debt procedure, one by one
    (death_steps, death_steps.DEATH_STEP_TERMS),
    (wards, wards.WARD_TERMS),
    (self_employed, self_employed.SELF_EMPLOYED_TERMS),
    (everyday_justice, everyday_justice.JUSTICE_TERMS),
    (job_loss, job_loss.JOB_LOSS_TERMS),  # fifty-second pass (r91)
    (rented_home, rented_home.RENTED_HOME_TERMS),  # fifty-second pass (r92)
    (family_law, family_law.FAMILY_LAW_TERMS),  # fifty-second pass (r93)
    (energy_consumer, energy_consumer.ENERGY_CONSUMER_TERMS),  # fifty-third pass (r95)
    (names_identity, names_identity.NAMES_IDENTITY_TERMS),  # fifty-third pass (r94)
    (long_care, long_care.LONG_CARE_TERMS),  # fifty-third pass (r96)
    (anger_buried, anger_buried.ANGER_BURIED_TERMS),  # fifty-third pass (r97)
    (career_end, career_end.CAREER_END_TERMS),  # fifty-fourth pass (r99)
    (young_people, young_people.YOUNG_PEOPLE_TERMS),  # fifty-fourth pass (r100)
    (training, training.TRAINING_TERMS),  # fifty-fourth pass (r98)
    (working_life, working_life.WORKING_LIFE_TERMS),  # fifty-fifth pass (r102)
    (vehicles, vehicles.VEHICLE_TERMS),  # fifty-fifth pass (r103)
    (family_told, family_told.FAMILY_TOLD_TERMS),  # fifty-sixth pass (r105)
    (disputes_retirement, disputes_retirement.DISPUTES_RETIREMENT_TERMS),  # fifty-seventh pass (r106)
    (trade_terms, trade_terms.TRADE_TERMS),  # fifty-eighth pass (r109)
)
_SILENCED_AT = tuple((module, _positions(frozenset(terms))) for module, terms in _SILENCERS)


def _switched_off() -> set[int]:
    """The positions in `_GATED` of the entries a switch turns off now."""
    off: set[int] = set()
    for owner, switch, positions in _GROUPS:
        if not getattr(owner, switch):
            off.update(positions)
    for module, positions in _SILENCED_AT:
        off.update(index for index in positions if module.silenced(_GATED[index][0]))
    return off


def _fold_keep_case(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.replace("’", "'")) if not unicodedata.combining(c))


def _shouted(text: str, start: int, end: int) -> bool:
    """Capitals in a sentence written in capitals ("JE N'AI TOUJOURS PAS REÇU") are shouting, not an acronym."""
    around = re.findall(r"[^\W\d_]+", text[max(0, start - 30) : start] + " " + text[end : end + 30])
    letters = "".join(word for word in around if len(word) > 1)
    return len(letters) >= 6 and letters.isupper()


@lru_cache(maxsize=65536)  # the same few names against the same fiche titles, query after query
def names(term: Term, text: str) -> bool:
    """Whether `text` (a fiche title, say) uses `term`'s name, read as `find` reads a message."""
    pattern = _PATTERNS.get(term)
    if pattern is None:
        return False
    folded = _fold_keep_case(text)
    return bool(pattern.search(folded if term.capitals else folded.lower()))


def find(text: str) -> list[Found]:
    """The vocabulary entries `text` uses (an acronym marked `capitals` must be written in capitals).

    The longest name wins: an entry whose words lie inside another entry's match is the same words read less
    precisely ("mutuelle" inside "mutuelle trop chère", which names the complémentaire santé solidaire).
    """
    return longest(find_every(text))


def find_every(text: str) -> list[Found]:
    """Every entry `text` uses, the names inside a longer one's match included ("carte grise" inside "carte grise
    de ma voiture d'occasion"): what a message is about, where `find` keeps what it names most precisely."""
    folded = _fold_keep_case(text)
    lowered = folded.lower()
    found = []
    off = _switched_off()
    for index, (term, pattern) in enumerate(_GATED):
        if index in off or job_loss.gives_way(term, lowered):  # fifty-second pass (r91): wages are no invoice
            continue
        if term.unless and _UNLESS[term].search(lowered):
            continue
        if term.capitals:
            match = next((m for m in pattern.finditer(folded) if not _shouted(folded, m.start(), m.end())), None)
        else:
            match = pattern.search(lowered)
        if match and term.asked_status:
            match = _tightest(pattern, lowered, match)
        if match:
            found.append(Found(term, match.group(0), match.start(), match.end()))
    return found


def _tightest(pattern: re.Pattern, text: str, match: re.Match) -> re.Match:
    """The shortest match that ends where `match` ends or before it: the income told nearest the tax question ("une
    rupture conventionnelle et je suis au chômage … l'indemnité de rupture est-elle imposable ?" reads the
    indemnité, not the first income named)."""
    while (tighter := pattern.search(text, match.start() + 1)) and tighter.end() <= match.end():
        match = tighter
    return match


def longest(found: list[Found]) -> list[Found]:
    """The entries of `find_every` whose match no longer entry's match holds."""
    return [
        one
        for one in found
        if not any(
            other is not one
            and not other.term.spans
            and other.start <= one.start
            and one.end <= other.end
            and other.end - other.start > one.end - one.start
            for other in found
        )
    ]
