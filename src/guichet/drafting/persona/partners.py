"""How a job ended, said of another person in the message and given to the writer by the draft ("vous avez été
licenciée pour motif économique" to "mon compagnon a été licencié pour motif économique … moi je suis toujours en CDI
à la mairie").

The check of how a job ended (`contracts.job_end_verdict`) reads every dismissal, resignation or agreed end a message
names as the writer's; a message written for a couple names the partner's. This one reads, clause by clause, whose
job ended: a clause whose subject is a relative ("mon compagnon", "mon mari", "ma fille", "il", "elle") gives the end
to another person, one in the first person to the writer. A draft that gives the writer an end the message gives only
to another person, while the writer says they work now, is contradicted; otherwise it gives no trait.
"""

import re

from guichet.drafting.persona.contracts import JOB_ENDS
from guichet.drafting.persona.lexicon import CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.relatives import RELATIONS

_OTHER = re.compile(
    r"(?:^|[,;:]\s*|\bet\s+|\bmais\s+)(?:il|elle)\b"
    rf"|(?<![\w-])(?:mon|ma|notre|son|sa)\s+(?:\w+\s+)?(?:{'|'.join(RELATIONS.values())})\b(?!-)"
)
_SELF = re.compile(r"\b(?:je|j.|moi)\b")
_DRAFT = re.compile(
    r"\bvous (?:avez ete|etes|aviez ete|etiez) (?:\w+ )?(?:licenciee?s?|remerciee?s?|virees?)\b"
    r"|\bvous avez (?:\w+ )?(?:demissionne|signe une rupture conventionnelle)\b"
    r"|\bvotre (?:licenciement|demission|rupture conventionnelle)\b"
)
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b)[^.;:]{0,60}$")


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
        if not _CONDITION.search(folded[: m.start()]):
            out += [(m.start(), m.group(), [Trait("others_end", end)]) for end in sorted(_ends(m.group()))]
    return out


def others_end_verdict(value: str, own: set[str], others: set[str], working: bool) -> str:
    """An end a draft gives the writer that the message gives only to another person, to a writer who works."""
    return CONTRADICTED if value in others and value not in own and working else UNSUPPORTED
