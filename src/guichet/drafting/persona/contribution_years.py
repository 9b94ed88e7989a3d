"""Years of contribution to a pension, the writer's own (forty-third pass): "après 41 années de cotisation" /
"vous avez cotisé pendant quarante et un ans", and a relative's told apart from the writer's in one breath ("mon
mari a cotisé 43 ans, moi seulement 25": the writer's are 25, so "vous avez cotisé pendant 43 ans" is contradicted).

Judged only where the message gives the writer's years (as the quarters of `retirement`), so that alone they never
make a sentence "unsupported". A condition or a rule ("si vous avez cotisé 40 ans", "il faut 43 ans de cotisation")
gives no trait, nor years missing ("il me manque deux ans de cotisation"). Texts are folded, numbers in digits.

Read at call time, so the lead can measure it both ways:"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject

CONTRIBUTION_YEARS = True

_APPROX = r"(plus de |plus d.|pres de |pres d.|environ |presque |bientot |moins de |moins d.|a peine |seulement )?"
# "41 années de cotisation", "43 ans de cotisations", "25 annuités"; "cotisé 43 ans", "cotisé pendant 41 ans".
_YEARS = re.compile(
    rf"\b{_APPROX}(\d{{1,2}})\s+(?:ans|annees|annuites)\s+(?:de\s+)?cotis\w*"
    rf"|\bcotise\w*\s+(?:pendant\s+|durant\s+)?{_APPROX}(\d{{1,2}})\s+(?:ans|annees)\b"
)
# The writer's years said after a relative's, their kind left implicit: ", moi seulement 25", ", et moi 38 ans".
_MINE_AFTER = re.compile(
    r"(?:,|\bet\b|\bmais\b)\s*(?:et\s+|mais\s+)?moi,?\s+(?:seulement|juste|que|a peine)?\s*(\d{1,2})\b"
)
_NOT_HELD = re.compile(
    r"\b(?:manque\w*|faut|faudrait|requis|exige\w*|necessaires?|besoin de|reste|restent|si|s.il|pour)\b[^,.;]{0,30}$"
)
_DRAFT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b|\bpour\b|\bil faut\b)[^.;:]{0,60}$")


def _value(match: re.Match[str]) -> tuple[str, float]:
    words = (match.group(1) or match.group(3) or "").strip()
    number = float(match.group(2) or match.group(4))
    sign = ">" if words.startswith("plus") else "<" if words.startswith(("moins", "a peine")) else ""
    return sign or ("~" if words.startswith(("pres", "environ", "presque", "bientot")) else "="), number


def read_contribution_years(folded: str) -> set[float]:
    """The years of contribution a folded message gives its writer (a relative's left out, the writer's said after
    them kept)."""
    found: set[float] = set()
    if not CONTRIBUTION_YEARS:
        return found
    for sentence in re.split(r"[.;!?\n]", folded):
        for m in _YEARS.finditer(sentence):
            before = re.split(r",|\bmais\b|\bet\b", sentence[: m.start()])[-1]
            if _NOT_HELD.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue
            if other_subject(before):
                mine = _MINE_AFTER.search(sentence[m.end() : m.end() + 60])
                if mine:
                    found.add(float(mine.group(1)))  # "mon mari a cotisé 43 ans, moi seulement 25"
                continue
            found.add(_value(m)[1])
    return found


def contribution_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """Years of contribution a folded draft sentence gives the writer: "vous avez cotisé pendant 41 ans" → "=41"."""
    out: list[tuple[int, str, list[Trait]]] = []
    if not CONTRIBUTION_YEARS or not _DRAFT_WRITER.search(folded):
        return out
    for m in _YEARS.finditer(folded):
        if _CONDITION.search(folded[: m.start()]) or _NOT_HELD.search(folded[max(0, m.start() - 40) : m.start()]):
            continue
        if _DRAFT_WRITER.search(folded[max(0, m.start() - 40) : m.start()]):
            sign, number = _value(m)
            out.append((m.start(), m.group(), [Trait("contribution_years", f"{sign}{number:g}")]))
    return out


def contribution_verdict(value: str, years: set[float]) -> str:
    """Years a draft states against the writer's years the message gives (exact; within a tenth when approximate)."""
    if not years:
        return UNSUPPORTED
    sign, number = value[0], float(value[1:])
    if sign == ">":
        ok = any(y > number for y in years)
    elif sign == "<":
        ok = any(y < number for y in years)
    else:
        slack = number * 0.1 if sign == "~" else 0.5
        ok = any(abs(y - number) <= slack for y in years)
    return CONSISTENT if ok else CONTRADICTED
