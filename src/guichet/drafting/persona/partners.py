"""How a job ended, said of another person in the message and given to the writer by the draft ("vous avez été
licenciée pour motif économique" to "mon compagnon a été licencié pour motif économique … moi je suis toujours en CDI
à la mairie"); the partner's nationality ("votre épouse étant de nationalité sénégalaise" to "je suis sénégalais,
marié avec une Française").

The check of how a job ended (`contracts.job_end_verdict`) reads every dismissal, resignation or agreed end a message
names as the writer's; a message written for a couple names the partner's. This one reads, clause by clause, whose
job ended: a clause whose subject is a relative ("mon compagnon", "mon mari", "ma fille", "il", "elle") gives the end
to another person, one in the first person to the writer. A draft that gives the writer an end the message gives only
to another person, while the writer says they work now, is contradicted; otherwise it gives no trait.

The partner's nationality decides a spouse's card, a naturalisation by declaration, a family reunification; a model
gives the partner the writer's own. The nationality a message gives the partner ("marié avec une Française", "mon
mari est tunisien") is compared with the one a draft gives them; none read, no trait.
"""

import re

from guichet.drafting.persona.contracts import JOB_ENDS
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, EU_NATIONS, OTHER_NATIONS, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.relatives import RELATIONS

_OTHER = re.compile(
    r"(?:^|[,;:]\s*|\bet\s+|\bmais\s+)(?:il|elle)\b"
    rf"|(?<![\w-])(?:mon|ma|notre|son|sa)\s+(?:\w+\s+)?(?:{'|'.join(RELATIONS.values())})\b(?!-)"
)
_SELF = re.compile(r"\b(?:je|j.|moi)\b")
_DRAFT = re.compile(
    r"\bvous (?:avez ete|aviez ete) (?:\w+ )?(?:licenciee?s?|remerciee?s?|virees?)\b"
    r"|\bvous avez (?:\w+ )?(?:demissionne|signe une rupture conventionnelle)\b"
    r"|\bvotre (?:licenciement|demission|rupture conventionnelle)\b"
)
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b)[^.;:]{0,60}$")


# A rule of a fiche: a condition anywhere before, or its consequence ("Si aucun emploi …, vous êtes licencié",
# "Sinon, vous êtes licencié(e)", "Vous êtes alors licencié").
_RULE = re.compile(r"\b(?:si|sinon|lorsqu\w*|en cas|faute d\w*)\b|\balors\s*$")


def _ends(text: str) -> set[str]:
    return {value for value, pattern in JOB_ENDS.items() if re.search(pattern, text)}


def read_others_ends(folded: str) -> tuple[set[str], set[str]]:
    """How jobs ended in a folded message: (the writer's, another person's), read clause by clause by its subject."""
    own: set[str] = set()
    others: set[str] = set()
    for clause in re.split(r"[.;!?\n]|\bmais\b|\bet (?=je|j.|moi|il|elle|mon|ma)", folded):
        ends = _ends(clause)
        if not ends:
            continue
        first = min((m.start() for m in re.finditer("|".join(JOB_ENDS.values()), clause)), default=len(clause))
        other = [m.start() for m in _OTHER.finditer(clause[:first])]
        selves = [m.start() for m in _SELF.finditer(clause[:first])]
        if other and (not selves or max(other) > max(selves)):
            others |= ends
        else:
            own |= ends
    return own, others


def others_end_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The ends of a job a folded draft sentence gives the writer ("vous avez été licenciée")."""
    out: list[tuple[int, str, list[Trait]]] = []
    for m in _DRAFT.finditer(folded):
        if not _CONDITION.search(folded[: m.start()]) and not _RULE.search(folded[: m.start()]):
            out += [(m.start(), m.group(), [Trait("others_end", end)]) for end in sorted(_ends(m.group()))]
    return out


def others_end_verdict(value: str, own: set[str], others: set[str], working: bool) -> str:
    """An end a draft gives the writer that the message gives only to another person, to a writer who works."""
    return CONTRADICTED if value in others and value not in own and working else UNSUPPORTED


_NATIONS = {*EU_NATIONS, *OTHER_NATIONS, "francais", "francaise"}
_NATION = "|".join(sorted(_NATIONS, key=len, reverse=True))
_PARTNER = r"(?:mari|epoux|epouse|femme|conjointe?|compagnon|compagne|concubine?)"
_MESSAGE_PARTNER = re.compile(
    rf"\b(?:mariee?s?|pacsee?s?|en couple|remariee?)\b(?:\s+\w+){{0,4}}?\s+(?:avec|a) (?:un|une) ({_NATION})\b"
    rf"|(?<![\w-])(?:mon|ma) {_PARTNER}(?:,| est| qui est| etant)? (?:de nationalite )?({_NATION})\b"
)
_DRAFT_PARTNER = re.compile(
    rf"(?<![\w-])votre {_PARTNER}\b(?:,| est| qui est| etant)? (?:de nationalite |ressortissante? )?({_NATION})\b"
)


def _nation(word: str) -> str:
    """A nationality in its masculine form ("sénégalaise" → "senegalais", "ivoirienne" → "ivoirien")."""
    for ending, masculine in (("ienne", "ien"), ("enne", "en"), ("que", "c")):
        if word.endswith(ending) and word[: -len(ending)] + masculine in _NATIONS:
            return word[: -len(ending)] + masculine
    return word[:-1] if word.endswith("e") and word[:-1] in _NATIONS else word


def read_partner_nations(folded: str) -> set[str]:
    """The nationalities a folded message gives the writer's partner."""
    return {_nation(m.group(1) or m.group(2)) for m in _MESSAGE_PARTNER.finditer(folded)}


def partner_nation_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The nationality a folded draft sentence gives the writer's partner."""
    return [
        (m.start(), m.group(), [Trait("partner_nation", _nation(m.group(1)))])
        for m in _DRAFT_PARTNER.finditer(folded)
        if not _CONDITION.search(folded[: m.start()])
    ]


def partner_nation_verdict(value: str, nations: set[str]) -> str:
    """The partner's nationality in a draft against the message's."""
    return UNSUPPORTED if not nations else CONSISTENT if value in nations else CONTRADICTED
