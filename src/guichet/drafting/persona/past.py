"""A status the writer held and holds no more, said by a draft as their present ("j'étais au RSA jusqu'en mars" /
"vous percevez actuellement le RSA", "j'étais volontaire en service civique … j'ai demandé une rupture anticipée" /
"vous êtes toujours volontaire", "j'ai fait un service civique en 2012" / "vous êtes volontaire en service civique").

The readers of activities and benefits (`writer._read_activity`, `writer._read_benefits`) keep only what the writer
is now; a past says nothing there, so a draft that brings the old status back was left unsupported. This reads the
statuses told in the past (an imperfect, "j'ai été", "j'ai fait", or a benefit received "de 2021 à 2024" / "jusqu'en
mars") and a draft's present claim of them ("vous êtes", "vous touchez", "en tant que"): contradicted where the
message tells the status only in the past; "vous ne percevez plus le RSA" to the same message is consistent.
"""

import re

from guichet.drafting.persona.lexicon import ACTIVITY, BENEFIT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject

# A verb of the past right before the status ("j'étais au RSA", "je touchais le RSA", "j'ai fait un service civique",
# "je viens de finir mon alternance en BTS").
_PAST_BEFORE = re.compile(
    r"\b(?:etais|etait|ai ete|avais ete|touchais|percevais|beneficiais|recevais|faisais|ai fait|avais fait|"
    r"ai effectue|avais effectue|viens de (?:finir|terminer|quitter)|ai (?:fini|termine|quitte))\s+"
    r"(?:[\w'-]+\s+|[ld]['’]){0,3}$"
)
# A passé composé of receiving ("j'ai touché le RSA"), past only with an end said after it ("de novembre à janvier",
# "de [DATE_1] à [DATE_2]", "jusqu'en mars", "pendant deux ans"): "j'ai touché le RSA ce mois-ci" may go on.
_RECEIVED_BEFORE = re.compile(r"\b(?:ai|avais) (?:touche|percu|beneficie|recu|eu)\s+(?:[\w'-]+\s+|[ld]['’]){0,3}$")
_ENDED_AFTER = re.compile(
    r"^[^.;?!\n]{0,25}?(?:\bjusqu|\bde (?:\[date_\d+\]|[a-z]+(?: \d{4})?|\d{4}) (?:a|au) (?:\[date_\d+\]|[a-z]+|\d{4})"
    r"|\bpendant \w+ (?:ans|mois))"
)
# A draft's present claim of a status: "vous êtes (toujours, actuellement) …", "vous touchez …", "en tant que …".
_NOW_FRAME = re.compile(
    r"^(?:vous\s+(?:ne\s+|n.)?(?:etes|touchez|percevez|beneficiez|faites|effectuez)\b|en tant qu|etant\b)"
)


def said_in_past(folded: str, start: int, end: int) -> bool:
    """Whether the status a folded message names at `start`–`end` is told in the past."""
    before = re.split(r"[.;?!\n]|\bmais\b", folded[max(0, start - 90) : start])[-1]
    if _PAST_BEFORE.search(before):
        return True
    return bool(_RECEIVED_BEFORE.search(before) and _ENDED_AFTER.search(folded[end : end + 60]))


def read_past(folded: str) -> tuple[set[str], set[str]]:
    """The activities and the benefits a folded message tells as the writer's in the past (another person's left
    out); the caller removes what the writer still is."""
    found: dict[str, set[str]] = {"activity": set(), "benefit": set()}
    for kind, lexicon in (("activity", ACTIVITY), ("benefit", BENEFIT)):
        for value, pattern in lexicon.items():
            for m in re.finditer(r"(?<![\w-])(?:" + pattern + r")", folded):
                before = re.split(r"[.;?!\n]|\bmais\b", folded[max(0, m.start() - 90) : m.start()])[-1]
                if m.group().startswith("licenci"):
                    continue  # "j'ai été licenciée": out of work now, no past job seeking
                if not other_subject(before) and said_in_past(folded, m.start(), m.end()):
                    found[kind].add(value)
    return found["activity"], found["benefit"]


def now_traits(clause: str, negated: bool) -> list[Trait]:
    """The statuses a folded draft clause says the writer holds now ("now" traits, "activity:civic_volunteer")."""
    if not _NOW_FRAME.match(clause):
        return []
    traits: list[Trait] = []
    for kind, lexicon in (("activity", ACTIVITY), ("benefit", BENEFIT)):
        for value, pattern in lexicon.items():
            if re.search(r"(?<![\w-])(?:" + pattern + r")", clause):
                traits.append(Trait("now", f"{kind}:{value}", negated))
    return traits


def now_verdict(value: str, past_activity: set[str], past_benefits: set[str]) -> str:
    """A status said as the writer's now: contradicted when the message tells it only in the past."""
    kind, _, status = value.partition(":")
    past = past_activity if kind == "activity" else past_benefits
    return CONTRADICTED if status in past else UNSUPPORTED
