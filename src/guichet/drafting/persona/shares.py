"""How much of a full week the writer works, and on which days ("à 80 %" / "quatre jours sur cinq", "à mi-temps" /
"vous travaillez à 80 %", "le lundi et le jeudi" / "les lundis et les mardis").

The check of working time (`contracts.working_time_verdict`) reads part-time against full-time; a model also turns one
share into another ("mi-temps" into "80 %"), writes a share in days or in a percentage, or swaps the days worked.
This one reads the shares of a full week the message gives the writer's work (a percentage, "mi-temps", "temps
plein", "N jours sur cinq", "N jours par semaine") and the weekdays worked, and judges a draft's share or days against
them: the same share or days said otherwise is consistent, another one contradicted. A draft's share is judged only
where the message gives one; otherwise it gives no trait. Texts are folded, numbers in digits.
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.text.words import SMALL_NUMBERS

_N = r"(\d|un|une|deux|trois|quatre|cinq|six)"
_SHARE = re.compile(
    r"\b(?:a|de|en)\s+(\d{2,3})\s*%(?!\s*(?:du|de|des|d.)\b)"
    r"|\b(mi-temps|mi temps|temps plein|temps complet|plein temps)\b"
    rf"|\b{_N}\s+jours?\s+(?:sur\s+(?:5|cinq)|par semaine)\b"
)
_WORK = re.compile(r"\b(?:travail\w*|bosse\w*|temps|poste|emploi|job|boulot|fais|fait|contrat|cdi|cdd|passee?)\b")
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_DAY = re.compile(r"\b(?:le|les|du|au|et|,)\s+(" + "|".join(_DAYS) + r")s?\b")
_WORKS_ON = re.compile(r"\b(?:je (?:travaille|bosse|fais)|vous (?:travaillez|faites)|travaill\w+ (?:le|les))\b")
# A third person, or a proposal, in the clause before a share: not the writer's own share now.
_NOT_OWN = re.compile(
    r"\b(?:il|elle|ils|elles|propose\w*|passer|voudrais|veut|aimerais|souhaite\w*|si)\b|"
    r"(?<![\w-])(?:mon|ma|son|sa|votre)\s+(?:mari|femme|epou\w*|compagn\w*|conjoint\w*|fils|fille|pere|mere)\b"
)
# A share held before ("avant j'étais à temps plein, maintenant je suis à mi-temps"): not the writer's now.
_PAST_SHARE = re.compile(r"\b(?:etais|etait|ai ete|avais ete|travaillais|bossais)\s+(?:[\w'’-]+\s+){0,2}$")
_DRAFT_WRITER = re.compile(r"\bvous\b|\bvotre (?:temps|poste|contrat|emploi)\b")
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b|\bpour\b)[^.;:]{0,60}$")
# A rule, a choice or a list of shares ("vous pouvez demander à travailler à 50 %, 60 % ou 80 %", "que vous
# travailliez à temps plein ou à temps partiel", "un taux d'incapacité de 50 à 79 %"): no share of this writer.
_NOT_SAID = re.compile(
    r"\b(?:si|ou|soit|sinon|pouvez|pourrez|pourriez|devez|demander|souhaitez|voulez|inferieure?|superieure?|"
    r"incapacite|que vous)\b"
)


def _percent(m: re.Match[str]) -> int:
    if m.group(1):
        return int(m.group(1))
    if m.group(2):
        return 50 if m.group(2).startswith("mi") else 100
    count = m.group(3)
    return 20 * (int(count) if count.isdigit() else SMALL_NUMBERS.get(count, 1))


def _clauses(folded: str) -> list[str]:
    return [c for c in re.split(r"[.;!?\n]|\bmais\b|\bet (?=je|j.|il|elle|mon|ma)", folded) if c.strip()]


def read_shares(folded: str) -> tuple[set[int], set[str]]:
    """The shares of a full week (in percent) and the weekdays a folded message gives the writer's own work."""
    shares: set[int] = set()
    days: set[str] = set()
    for clause in _clauses(folded):
        for m in _SHARE.finditer(clause):
            before = clause[: m.start()]
            if _WORK.search(clause) and not _NOT_OWN.search(before) and not _PAST_SHARE.search(before):
                shares.add(_percent(m))
        works = _WORKS_ON.search(clause)
        if works and not _NOT_OWN.search(clause[: works.start()]):
            days |= set(_DAY.findall(clause, works.start()))
    return shares, days


def share_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The share of a full week, or the weekdays, a folded draft sentence says the writer works."""
    out: list[tuple[int, str, list[Trait]]] = []
    for clause in _clauses(folded):
        writer = _DRAFT_WRITER.search(clause)
        if not writer or _CONDITION.search(clause[: writer.start()]) or not _WORK.search(clause):
            continue
        if _NOT_SAID.search(clause):
            continue
        traits = [Trait("share", str(_percent(m))) for m in _SHARE.finditer(clause, writer.start())]
        if _WORKS_ON.search(clause):
            days = sorted(set(_DAY.findall(clause, writer.start())), key=_DAYS.index)
            traits += [Trait("weekdays", ",".join(days))] if days else []
        if traits:
            out.append((folded.find(clause), clause, traits))
    return out


def share_verdict(value: str, shares: set[int]) -> str:
    """A draft's share of a full week against the shares the message gives."""
    if not shares:
        return UNSUPPORTED
    return CONSISTENT if any(abs(int(value) - s) <= 2 for s in shares) else CONTRADICTED


def weekdays_verdict(value: str, days: set[str]) -> str:
    """The weekdays a draft says the writer works against those the message gives."""
    if not days:
        return UNSUPPORTED
    return CONSISTENT if set(value.split(",")) <= days else CONTRADICTED
