"""A trade or profession the draft gives the writer, read against the ones the message gives the writer and the
other persons it names ("mon compagnon, 36 ans, est gendarme" / "vous êtes gendarme").

In a message that tells a household (a new partner, an ex, the children of both), a model takes a job named for
another person as the writer's: "je suis au RSA … son père est livreur" becomes "vous êtes livreuse". The lexicon of
activities (`lexicon.ACTIVITY`) knows a student, an employee or a retiree, not a nurse or a plumber; this reads the
trades themselves. A job is contradicted when the message gives it to another person only and says what the writer
does (their own trade, an activity, a benefit); consistent when the message gives it to the writer; otherwise the
claim is dropped (`claims.find_claims` keeps a trait of this kind only where the message says it).
"""

import re

from guichet.drafting.persona.frames import writer_clauses
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject

# The trades, by a key that groups the words of one trade (folded text, masculine, feminine and plural).
JOBS = {
    "nurse": r"infirmi(?:er|ere)s?",
    "care_assistant": r"aides?[- ]soignante?s?",
    "home_help": r"aides? a domicile|auxiliaires? de vie|aides? menageres?",
    "medical_secretary": r"secretaires? medicale?s?",
    "secretary": r"secretaires?(?! medicale?s?| generale?s?| d.etat| de mairie)",
    "physiotherapist": r"kinesitherapeutes?|kines?",
    "truck_driver": r"chauffeu(?:r|se)s? (?:routiere?s?|poids lourds?|de camion)|routiers?",
    "driver": r"chauffeu(?:r|se)s?(?! routiere?s?| poids lourds?| de camion)|conduct(?:eur|rice)s? de (?:bus|car)",
    "delivery": r"livreu(?:r|se)s?",
    "warehouse": r"magasinie(?:r|re)s?|preparat(?:eur|rice)s? de commandes?|caristes?",
    "engineer": r"ingenieure?s?",
    "accountant": r"(?:expert-)?comptables?",
    "gendarme": r"gendarmes?",
    "police": r"policie(?:r|re)s?|gardien(?:ne)?s? de la paix",
    "teacher": r"professeure?s?|profs?|enseignante?s?|institut(?:eur|rice)s?",
    "doctor": r"medecins?",
    "lawyer": r"avocate?s?",
    "plumber": r"plombiere?s?",
    "electrician": r"electricien(?:ne)?s?",
    "mason": r"macons?",
    "baker": r"boulange(?:r|re)s?",
    "hairdresser": r"coiffeu(?:r|se)s?",
    "seller": r"vendeu(?:r|se)s?",
    "sales": r"commerciale?s?",
    "cashier": r"caissie(?:r|re)s?|hotes(?:se)? de caisse",
    "waiter": r"serveu(?:r|se)s?",
    "cook": r"cuisinie(?:r|re)s?",
    "cleaner": r"agents? d.entretien|femmes? de menage|agents? (?:de proprete|de nettoyage)",
    "estate_agent": r"agents? immobiliers?",
    "childminder": r"assistante?s? maternelle?s?|nounous?",
    "pharmacist": r"pharmacien(?:ne)?s?",
    "soldier": r"militaires?",
    "firefighter": r"(?:sapeurs?-)?pompiers?",
    "postman": r"fact(?:eur|rice)s?",
    "educator": r"educat(?:eur|rice)s?",
    "department_head": r"chef(?:fe)?s? de rayon",
    "caretaker": r"gardien(?:ne)?s? d.immeuble|concierges?",
    "worker": r"ouvri(?:er|ere)s?",
    "carer": r"aide-menagere?s?|agents? de service hospitalier",
    "architect": r"architectes?",
    "journalist": r"journalistes?",
    "butcher": r"bouch(?:er|ere)s?",
    "gardener": r"jardinie(?:r|re)s?|paysagistes?",
    "carpenter": r"menuisie(?:r|re)s?|charpentie(?:r|re)s?",
    "painter": r"peintres? en batiment",
    "mechanic": r"mecanicien(?:ne)?s?|garagistes?",
}
_WORD = {key: re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])") for key, pattern in JOBS.items()}
# A job word used for a person met ("le médecin", "mon avocat", "chez le coiffeur"), a course or a plan
# ("formation d'aide-soignante", "devenir infirmière"), or a past ("j'étais vendeuse"): no one's trade now.
_NOT_A_TRADE = re.compile(
    r"(?:\b(?:le|la|les|l|un|une|des|du|de|d|au|aux|chez|mon|ma|mes|ton|ta|son|sa|ses|notre|nos|votre|vos|leur|"
    r"leurs|ce|cet|cette|ces|avec|par|pour)\W*)$"
)
_NOT_NOW = re.compile(
    r"\b(?:etais|etait|ai ete|a ete|avais ete|avant|ancien(?:ne)?|devenir|deviens|reconver\w*|formation|diplome\w*|"
    r"concours|etudes?|ecole|stage|retraite\w*|retire\w*|comme (?:mon|ma)|voudrais|aimerais|veux|souhaite)\b"
    r"[^,;:]{0,40}$"
)
_FIRST_PERSON = re.compile(r"(?:^|\W)(?:je|j[’']|jsuis|chuis|moi|jbosse)(?=\W|$)|\bj(?=ai\b)")
_NEGATED = re.compile(r"\b(?:n.|ne)\s*(?:etes|travaillez|exercez)\b[^,;:]{0,12}\b(?:pas|plus|jamais)\b")


# Trades one word may name both of, or that one person often does together ("chauffeur" for a truck driver,
# "vendeuse" and "caissière" in one shop, "ouvrier" for a mason): a trade near the writer's contradicts nothing.
_NEAR = [
    {"driver", "truck_driver", "delivery"},
    {"secretary", "medical_secretary"},
    {"home_help", "carer", "childminder"},
    {"seller", "sales", "cashier", "department_head"},
    {"teacher", "educator"},
    {"police", "gendarme", "soldier"},
    {"cook", "waiter", "baker", "butcher"},
    {"carpenter", "painter", "mason", "electrician", "plumber"},
    {"caretaker", "cleaner"},
]
_GENERIC = {"worker"}  # "ouvrier" names many trades


def _near(one: str, other: str) -> bool:
    return bool({one, other} & _GENERIC) or any({one, other} <= group for group in _NEAR)


def read_jobs(folded: str) -> tuple[set[str], set[str]]:
    """The trades a folded message gives its writer, and those it gives another person it names."""
    own: set[str] = set()
    others: set[str] = set()
    for key, word in _WORD.items():
        for m in word.finditer(folded):
            clause = re.split(r"[.;?!\n]|\bmais\b", folded[max(0, m.start() - 90) : m.start()])[-1]
            if _NOT_A_TRADE.search(clause) or _NOT_NOW.search(clause):
                continue
            if other_subject(clause):
                others.add(key)
            elif _FIRST_PERSON.search(clause):
                own.add(key)
    return own, others


def job_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The trades a folded draft sentence gives the writer ("vous êtes infirmière", "en tant que livreur", "vous
    exercez comme artisan plombier"), in the clauses that speak of the writer (`frames.writer_clauses`)."""
    out: list[tuple[int, str, list[Trait]]] = []
    for start, clause in writer_clauses(folded):
        negated = bool(_NEGATED.search(clause))
        traits = [
            Trait("job", key, negated)
            for key, word in _WORD.items()
            if any(not _NOT_A_TRADE.search(clause[: m.start()]) for m in word.finditer(clause))
        ]
        if traits:
            out.append((start, clause, traits))
    return out


def named_jobs(folded: str) -> set[str]:
    """The trades a folded message names at all (a person met, a namesake, a past: "c'était une infirmière")."""
    return {key for key, word in _WORD.items() if word.search(folded)}


def job_verdict(value: str, own: set[str], others: set[str], known: bool, named: frozenset[str] = frozenset()) -> str:
    """A trade given to the writer: the message gives it to them, or to another person only while it says what the
    writer does (`known`), or names it for no one's trade now (`named`: a namesake, a past) while giving the writer
    another trade. A trade the message never names is left to the other checks (a claim dropped)."""
    if value in own:
        return CONSISTENT
    if own and value in named and not any(_near(value, job) for job in own):
        return CONTRADICTED  # "vous êtes infirmière" to "[X], c'était une infirmière … moi je suis aide-soignante"
    return CONTRADICTED if value in others and known else UNSUPPORTED
