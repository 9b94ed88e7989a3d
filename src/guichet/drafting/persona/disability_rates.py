"""A rate of incapacity or invalidity, read more widely than `particulars` did (forty-third pass): on the message's
side "reconnu à 30 %", "un taux compris entre 50 et 79 %", "80 % d'incapacité", "inférieur à 50 %", "quatre-vingts pour
cent"; on the draft's "votre taux d'incapacité a été fixé à 80 %", "votre taux d'invalidité est inférieur à 50 %".
A rate is a detail of the disability it measures: a draft's rate the message does not give leaves the sentence
unsupported ("votre taux d'incapacité est de 80 %" to "la MDPH vient de reconnaître mon handicap"), as a length does.
A relative's rate ("ma fille a un taux de 80 %") is not the writer's (`relatives` reads it). Texts are folded,
numbers in digits ("quatre-vingts" → "80", `lexicon.spell_digits`).

Read at call time, so the lead can measure each way:"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject

# The message's and the draft's rates read in the wider forms above.
WIDER_RATES = True
# A draft's rate the message does not give makes its disability unsupported (`claims._DETAILS`).
RATE_AS_DETAIL = True

_PERCENT = r"\s*(?:%|pour ?cent)"
_BOUND = (
    r"(inferieure? a |inferieure? ou egale? a |superieure? a |superieure? ou egale? a |d.au moins |au moins |de |"
    r"d.environ |egale? a |a |entre |compris entre )?"
)
_OF = r"(?:d.incapacite|d.invalidite|de handicap|d.ipp)"
_MESSAGE = re.compile(
    rf"\btaux\s+(?:{_OF}\s+)?(?:(?:est|a ete|m.a ete|etait)\s+)?"
    r"(?:fixe\w*\s+|evalue\w*\s+|reconnu\w*\s+|retenu\w*\s+)?"
    rf"{_BOUND}(\d{{1,3}})(?:{_PERCENT})?(?:\s+(?:et|a)\s+(\d{{1,3}}))?{_PERCENT}"
    rf"|\b(?:reconnue?s?|evaluee?s?|fixee?s?|estimee?s?)\s+(?:\w+\s+){{0,2}}{_BOUND}(\d{{1,3}})"
    rf"(?:\s+(?:et|a)\s+(\d{{1,3}}))?{_PERCENT}"
    rf"|\b(\d{{1,3}}){_PERCENT}\s+{_OF}"
)
_CONTEXT = re.compile(r"handicap|invalidit|incapacit|\bmdph\b|\bipp\b|securite sociale|\bcpam\b|\bcdaph\b")
_DRAFT = re.compile(rf"\btaux\s+{_OF}\b[^.;]{{0,40}}?{_BOUND}(\d{{1,3}}){_PERCENT}")


def _range(bound: str, low: int, high: int | None) -> tuple[int, int]:
    if bound.startswith("inferieur"):
        return (0, low if "egal" in bound else low - 1)
    if bound.startswith("superieur"):
        return (low if "egal" in bound else low + 1, 100)
    if "au moins" in bound:
        return (low, 100)
    return (low, high if high is not None else low)


def message_rates(folded: str) -> list[tuple[int, int]]:
    """The writer's rates a folded message gives, as (low, high) in percent."""
    found: list[tuple[int, int]] = []
    if not WIDER_RATES:
        return found
    for sentence in re.split(r"[.;!?\n]", folded):
        if not _CONTEXT.search(sentence):
            continue
        for m in _MESSAGE.finditer(sentence):
            if other_subject(re.split(r",|\bmais\b", sentence[: m.start()])[-1]):
                continue  # "ma fille a un taux de 80 %"
            if m.group(2):
                bound, low, high = m.group(1) or "", int(m.group(2)), m.group(3)
            elif m.group(5):
                bound, low, high = m.group(4) or "", int(m.group(5)), m.group(6)
            else:
                bound, low, high = "", int(m.group(7)), None
            found.append(_range(bound, low, int(high) if high else None))
    return found


def draft_rate(clause: str) -> str:
    """A rate a folded draft clause gives the writer: "=80", ">=80", "<50", ">50"; "" when none."""
    m = _DRAFT.search(clause) if WIDER_RATES else None
    if not m:
        return ""
    bound = m.group(1) or ""
    sign = "<" if bound.startswith("inferieur") else ">" if bound.startswith("superieur") else ""
    if "egal" in bound and sign:
        sign += "="
    return (sign or (">=" if "moins" in bound else "=")) + m.group(2)


def rate_verdict(value: str, rates: list[tuple[int, int]]) -> str:
    """A draft's rate against the message's ranges."""
    if not rates:
        return UNSUPPORTED
    sign = re.match(r"[<>=]*", value).group()
    bound = int(value[len(sign) :])
    if sign == ">=":
        ok, wrong = any(low >= bound for low, _ in rates), all(high < bound for _, high in rates)
    elif sign == ">":
        ok, wrong = any(low > bound for low, _ in rates), all(high <= bound for _, high in rates)
    elif sign == "<=":
        ok, wrong = any(high <= bound for _, high in rates), all(low > bound for low, _ in rates)
    elif sign == "<":
        ok, wrong = any(high < bound for _, high in rates), all(low >= bound for low, _ in rates)
    else:
        ok = any(low <= bound <= high for low, high in rates)
        wrong = not ok
    return CONSISTENT if ok else CONTRADICTED if wrong else UNSUPPORTED


def rate_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The writer's rate a folded draft sentence gives after "votre taux" ("votre taux d'invalidité est inférieur à
    50 %"), kept by the caller only where the message gives a rate."""
    m = re.search(r"\bvotre taux\b[^.;]*", folded) if WIDER_RATES else None
    value = draft_rate(m.group()) if m else ""
    return [(m.start(), m.group(), [Trait("incapacity", value)])] if m and value else []
