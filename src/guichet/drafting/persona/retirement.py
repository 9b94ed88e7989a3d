"""A retiree's own pension: the quarters counted, the age at departure, a full rate or a reduction ("j'ai 158
trimestres" / "vous avez déjà validé 168 trimestres", "parti à 64 ans" / "vous avez pris votre retraite à 62 ans",
"sans avoir tous mes trimestres, donc avec une décote" / "vous êtes parti avec le taux plein").

A model that answers a retiree who works again restates the career with a figure of another fact, or makes a
reduced pension a full one. Each of these three facts is judged only where the message gives it, so that alone it
never makes a sentence "unsupported": a count of quarters or an age of departure against the message's, a full rate
against a full rate or a reduction said ("sans décote" is a full rate). A condition ("si vous avez 172 trimestres")
or a rule ("il faut 172 trimestres") gives no trait, nor a count of quarters missing ("il me manque 8 trimestres"),
nor what is said of someone else ("mon mari a 160 trimestres", "ma femme est partie avec une décote").
Texts are folded, numbers in digits.
"""

import re
from dataclasses import dataclass, field

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED, sentences
from guichet.drafting.persona.model import Trait

_QUARTERS = re.compile(r"\b(\d{2,3})\s+trimestres\b")
_NOT_HELD = re.compile(
    r"\b(?:manque\w*|faut|faudrait|requis|exige\w*|necessaires?|besoin de|au lieu de|sur les|sur|parmi|au moins|"
    r"il reste|restent|reste|moins de|plus de|encore)\s+(?:\w+\s+){0,2}$"
)
_OTHER_PERSON = re.compile(
    r"\b(?:mon|ma|mes|son|sa|ses|votre|vos|leur)\s+(?:mari|femme|epou\w*|conjoint\w*|compagn\w*|pere|mere|"
    r"parents?|frere|soeur|fils|fille|collegue)\b|\b(?:il|elle)\b"
)
_WRITER_DEPARTURE = re.compile(
    r"\b(?:parti|partie|partis|pris ma retraite|prendre ma retraite|liquide\w*|retraitee?|a la retraite)\b"
    r"[^.;?!]{0,60}?\ba (\d{2}) ans\b"
)
_DRAFT_DEPARTURE = re.compile(
    r"\b(?:pris votre retraite|partie?s? (?:a la retraite|en retraite)|partie?s?|liquide\w* (?:vos|votre|l.ensemble)"
    r"[^.;]{0,40}?|fait valoir vos droits[^.;]{0,30}?)\s*(?:[^.;,]{0,40}?\s)?a (\d{2}) ans\b"
)
_REDUCED = re.compile(
    r"(?<!sans )(?<!aucune )\bdecote\b|\bminoree?\b|\bsans (?:avoir )?(?:tous|toutes) (?:mes|nos) trimestres\b"
    r"|\bpas (?:le|de|du) taux plein\b|\bsans (?:le )?taux plein\b|\bpas tous mes trimestres\b"
)
_FULL = re.compile(r"\btaux plein\b|\bsans (?:aucune )?decote\b")
_DRAFT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b|\bpour\b|\bil faut\b)[^.;:]{0,60}$")


@dataclass
class Retirement:
    """What a message says of its writer's own pension."""

    quarters: set[int] = field(default_factory=set)
    departure_ages: set[int] = field(default_factory=set)
    full_rate: str = ""  # "yes", "no" or ""


def read_retirement(folded: str) -> Retirement:
    """The quarters, the age of departure and the rate a folded message gives its writer's own pension."""
    out = Retirement()
    for sentence in sentences(folded):
        for m in _QUARTERS.finditer(sentence):
            before = sentence[max(0, m.start() - 40) : m.start()]
            if not _NOT_HELD.search(before) and not _OTHER_PERSON.search(before):
                out.quarters.add(int(m.group(1)))
        for m in _WRITER_DEPARTURE.finditer(sentence):
            if not _OTHER_PERSON.search(sentence[max(0, m.start() - 30) : m.end()]):
                out.departure_ages.add(int(m.group(1)))
        reduced, full = _REDUCED.search(sentence), _FULL.search(sentence)
        if reduced and not _OTHER_PERSON.search(sentence[max(0, reduced.start() - 40) : reduced.start()]):
            out.full_rate = "no"
        elif (
            full and not out.full_rate and not _OTHER_PERSON.search(sentence[max(0, full.start() - 40) : full.start()])
        ):
            if not re.search(
                r"\b(?:pour|si|avoir|aurai|aurais|obtenir|atteindre)\b[^,]{0,25}$", sentence[: full.start()]
            ):
                out.full_rate = "yes"
    return out


def retirement_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """What a folded draft sentence says of the writer's own pension: "validé 168 trimestres" → quarters 168,
    "pris votre retraite à 62 ans" → departure 62, "avec le taux plein" → full rate yes, "avec une décote" → no."""
    out: list[tuple[int, str, list[Trait]]] = []
    if not _DRAFT_WRITER.search(folded):
        return out
    for m in _QUARTERS.finditer(folded):
        before = folded[max(0, m.start() - 40) : m.start()]
        if _NOT_HELD.search(before) or _CONDITION.search(folded[: m.start()]):
            continue
        if re.search(r"\b(?:avez|totalisez|justifiez|comptez|disposez|cumulez|valide|vos)\b[^.;,]{0,25}$", before):
            out.append((m.start(), m.group(), [Trait("quarters", m.group(1))]))
    for m in _DRAFT_DEPARTURE.finditer(folded):
        if _DRAFT_WRITER.search(folded[max(0, m.start() - 30) : m.start() + 20]):
            if not _CONDITION.search(folded[: m.start()]):
                out.append((m.start(), m.group(), [Trait("departure_age", m.group(1))]))
    rate = _REDUCED.search(folded) or re.search(
        r"\b(?:avec|a) (?:le |un |votre )?taux plein\b|\bsans (?:aucune )?decote\b", folded
    )
    if rate and not _CONDITION.search(folded[: rate.start()]):
        out.append(
            (rate.start(), rate.group(), [Trait("full_rate", "no" if _REDUCED.match(folded, rate.start()) else "yes")])
        )
    return out


def quarters_verdict(value: str, r: Retirement) -> str:
    if not r.quarters:
        return UNSUPPORTED
    return CONSISTENT if int(value) in r.quarters else CONTRADICTED


def departure_verdict(value: str, r: Retirement) -> str:
    if not r.departure_ages:
        return UNSUPPORTED
    return CONSISTENT if int(value) in r.departure_ages else CONTRADICTED


def full_rate_verdict(value: str, r: Retirement) -> str:
    if not r.full_rate:
        return UNSUPPORTED
    return CONSISTENT if value == r.full_rate else CONTRADICTED
