"""What is over against what lasts (forty-ninth pass, engineer-d74): a length the message tells as finished (« j'ai
travaillé dix ans chez… », « j'ai été en arrêt pendant quatre mois », « après vingt ans comme maçon ») said back by a
draft as one that still runs (« vous travaillez depuis dix ans »), a home told only in the past (« avant, j'étais
locataire en HLM », « mon bail a pris fin », « j'ai été hébergée chez ma sœur pendant deux ans ») said as the
writer's now, and « aujourd'hui » read as a town by `particulars` (« vous habitez aujourd'hui à Brest »).

The check of lengths (`durations`) compares every length the message gives with the draft's, whatever its tense: a
finished length made good a draft that said it lasts. This reads the message's finished lengths (a passé composé or
an imperfect of the writer before the length, « pendant », « après N ans comme… »; never one the same clause says
goes on: « toujours », « encore », « depuis ») and a draft's lasting length (« vous êtes / vous travaillez … depuis N
ans », a present of the writer): contradicted where only a finished length of the message matches it and no lasting
one does. A message that dates a start without its length (« depuis mars ») leaves it to the other readers.

Texts are folded, their numbers in digits (`lexicon.spell_digits`).
"""

import re

from guichet.drafting.persona.durations import duration_verdict, topics
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.text.words import SMALL_NUMBERS

# Off: a finished length makes good a draft's lasting one (« j'ai vécu dix ans en Espagne » / « vous vivez en Espagne
# depuis dix ans » consistent, as in pass 48).
FINISHED_LENGTHS = True
# Off: a home told only in the past is the writer's now (« avant, j'étais locataire en HLM » / « vous êtes locataire »
# consistent, as in pass 48).
PAST_HOUSING = True
# On (the lead's call, forty-ninth pass: it moves no item of `corpora/claims`, train or validation, and fixes a
# false contradiction on a common phrasing). Off: « vous habitez aujourd'hui à Brest » gives the town
# « aujourd'hui » (`particulars`, as in pass 48).
TODAY_NOT_TOWN = True

_COUNT = r"(?P<count>\d{1,3}(?:[.,]\d)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques)"
_UNIT = r"(?P<unit>ans?|annees?|mois|semaines?)"
_LENGTH = rf"{_COUNT}\s+{_UNIT}\b(?P<half>\s+et demie?)?"
_MONTHS_IN = {"an": 12, "ans": 12, "annee": 12, "annees": 12, "mois": 1, "semaine": 0.25, "semaines": 0.25}
# The writer's past before a length: « j'ai travaillé (…) pendant dix ans », « j'ai vécu dix ans à », « j'étais
# caissière pendant sept ans », « nous avons été mariés douze ans ».
_WRITER_PAST = (
    r"\b(?:j.ai|jai|nous avons|on a|j.avais|nous avions)\s+(?:(?:deja|aussi|moi-meme|egalement|d.abord)\s+)?"
    r"(?:ete|travaille|vecu|habite|bosse|exerce|reside|passe|enseigne|occupe|loue|enchaine|tenu|fait)\b"
    r"|\b(?:j.etais|jetais|nous etions|on etait|je travaillais|je vivais|j.habitais|je louais)\b"
)
_FINISHED = re.compile(
    rf"(?:{_WRITER_PAST})[^.;:?!\n()]{{0,70}}?\b(?:(?:pendant|durant)\s+)?"
    rf"(?:presque |pres de |pres d.|environ |plus de |plus d.|un peu plus de |un peu plus d.)?{_LENGTH}"
)
# « après vingt ans comme maçon », « après 42 ans passés chez Renault », « après cinq ans au Japon ».
_AFTER = re.compile(
    rf"\bapres\s+(?:plus de |plus d.|presque |pres de )?{_LENGTH}\s+(?:passes?\b|comme\b|chez\b|au\b|a\b|en\b|dans\b)"
)
# What says that a length goes on: not a finished one.
_LASTS = re.compile(r"\b(?:toujours|encore|depuis|ca fait|cela fait|actuellement|en ce moment|maintenant|continue)\b")
# A time ago or a rate, not a length: « j'ai été licencié il y a deux mois », « j'ai cotisé tous les mois ».
_NOT_LENGTH = re.compile(r"\b(?:il y a|voila|tous les|toutes les|chaque|par|ce|cet|cette|le|les|dernier)\s+$")
_AGE = re.compile(r"(?<!plus )(?<!pres )\b(?:a|de|ses|mes|eu)\s+$")

# A draft's lasting length of the writer: « vous êtes au chômage depuis plus d'un an », « vous vivez en Espagne depuis
# dix ans » (a present of « vous », never « vous avez été », « vous étiez »).
_DRAFT_PRESENT = re.compile(
    r"\bvous\s+(?:ne\s+|n.)?(?:etes|travaillez|vivez|habitez|residez|percevez|touchez|beneficiez|exercez|occupez|"
    r"louez|cotisez|attendez|elevez|cherchez|gerez|dirigez|enseignez|restez|demeurez)\b"
)
_DRAFT_PAST = re.compile(r"\bvous\s+(?:avez|aviez|etiez)\b|\b(?:jusqu|avant de|pendant|durant)\b")
_DRAFT_LASTING = re.compile(
    rf"\b(?:depuis|(?:ca|cela) fait)\s+(?P<bound>plus de |plus d.|moins de |moins d.|pres de |pres d.|environ |"
    rf"presque |bientot |deja |maintenant |desormais )?{_LENGTH}"
)


def _months(count: str, unit: str, half: str | None) -> float:
    words = {**SMALL_NUMBERS, "quelques": 3}
    value = words[count] if count in words else float(count.replace(",", "."))
    per = _MONTHS_IN.get(unit, 1.0)
    return value * per + (per / 2 if half else 0.0)


def _clause(folded: str, start: int, end: int) -> str:
    """The clause of `folded` around `start`–`end`: from the last stop or comma-led break before it to the next."""
    before = re.split(r"[.;?!\n]|\bmais\b|\bpuis\b", folded[max(0, start - 120) : start])[-1]
    after = re.split(r"[.;?!\n]|\bmais\b|\bpuis\b|,", folded[end : end + 80])[0]
    return before + folded[start:end] + after


def read_finished(folded: str) -> set[tuple[float, frozenset[str]]]:
    """The lengths a folded message tells as the writer's and over, in months, with the topics of their clause."""
    if not FINISHED_LENGTHS:
        return set()
    found: set[tuple[float, frozenset[str]]] = set()
    for pattern in (_FINISHED, _AFTER):
        for m in pattern.finditer(folded):
            count, unit, half = m.group("count"), m.group("unit"), m.group("half")
            clause = _clause(folded, m.start(), m.end())
            if _LASTS.search(clause):
                continue  # « j'ai travaillé dix ans chez eux et j'y suis toujours »
            if _NOT_LENGTH.search(folded[max(0, m.start("count") - 12) : m.start("count")]):
                continue
            if unit.startswith("an") and _AGE.search(folded[max(0, m.start("count") - 8) : m.start("count")]):
                continue  # « j'ai été placée à 16 ans », « j'ai fêté mes 60 ans »: an age
            found.add((_months(count, unit, half), topics(clause)))
    return found


def lasting_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A draft sentence's lasting lengths of the writer ("lasting", "=120|residence"), read for a contradiction
    only."""
    if not FINISHED_LENGTHS:
        return []
    out: list[tuple[int, str, list[Trait]]] = []
    for m in _DRAFT_LASTING.finditer(folded):
        clause = re.split(r"[.;?!\n]|\bmais\b|\bet\b", folded[: m.start()])[-1] + m.group()
        if not _DRAFT_PRESENT.search(clause) or _DRAFT_PAST.search(clause):
            continue
        bound = (m.group("bound") or "").strip()
        sign = ">" if bound.startswith("plus") else "<" if bound.startswith("moins") else "="
        sign = "~" if bound.startswith(("pres", "environ", "presque", "bientot")) else sign
        months = _months(m.group("count"), m.group("unit"), m.group("half"))
        about = ",".join(sorted(topics(clause)))
        out.append((m.start(), clause.strip(), [Trait("lasting", f"{sign}{months}|{about}")]))
    return out


def lasting_verdict(
    value: str,
    durations: set[tuple[float, frozenset[str]]],
    finished: set[tuple[float, frozenset[str]]],
    *,
    dated: bool = False,
) -> str:
    """A length a draft says still runs: contradicted where a finished length of the message matches it and none of
    the lengths that go on does; unsupported otherwise (`durations` decides the rest)."""
    if not finished or dated:
        return UNSUPPORTED
    done = {months for months, _ in finished}
    lasting = {d for d in durations if d[0] not in done}
    if duration_verdict(value, finished) != CONSISTENT:
        return UNSUPPORTED
    if lasting and duration_verdict(value, lasting) == CONSISTENT:
        return UNSUPPORTED
    return CONTRADICTED


# A home told in the past: « j'étais locataire », « j'ai été hébergée chez ma sœur », « nous étions propriétaires ».
_HOME_PAST = re.compile(
    r"\b(?:j.etais|jetais|nous etions|on etait|j.ai ete|jai ete|nous avons ete|on a ete|j.avais ete)\s+"
    r"(?:(?:\w+\s+){0,2})(?P<home>locataires?|hebergee?s?|logee?s? chez|proprietaires?)\b"
)
# A lease that has ended: « mon bail a pris fin », « le bail s'est terminé », « j'ai rendu les clés », « l'état des
# lieux de sortie » (not « mon ancien propriétaire », one landlord of several).
_LEASE_ENDED = re.compile(
    r"\b(?:mon|le|notre) bail (?:a pris fin|s.est (?:termine|acheve|arrete)|est (?:termine|fini|resilie)"
    r"|a ete resilie)"
    r"|\bj.ai rendu les cles\b|\betat des lieux de sortie\b"
)
# A home of now said anyway: « je suis locataire », « je loue », « mon nouveau bail », « je paie un loyer ».
_HOME_NOW = {
    "tenant": re.compile(
        r"\bje (?:suis|reste) (?:toujours |encore |maintenant |desormais )?locataire\b|\bje loue\b|\bnous louons\b"
        r"|\b(?:mon|notre|un) nouv\w+ (?:bail|logement|appartement|proprietaire|bailleur|loyer)\b"
        r"|\bje paie (?:un|mon) loyer\b"
        r"|\bsommes (?:toujours |encore )?locataires\b|\bje suis en location\b"
    ),
    "hosted": re.compile(
        r"\b(?:je suis|suis|sommes) (?:toujours |encore |maintenant )?(?:hebergee?s?|logee?s? chez)\b"
    ),
    "owner": re.compile(r"\b(?:je suis|sommes|suis) (?:toujours |encore )?proprietaires?\b"),
}
_HOME_VALUE = {"locataire": "tenant", "heberge": "hosted", "loge": "hosted", "proprietaire": "owner"}


def past_homes(folded: str) -> set[str]:
    """The homes ("tenant", "hosted", "owner") a folded message tells as the writer's only in the past."""
    if not PAST_HOUSING:
        return set()
    past: set[str] = set()
    for m in _HOME_PAST.finditer(folded):
        word = m.group("home")
        past |= {value for stem, value in _HOME_VALUE.items() if word.startswith(stem)}
    if _LEASE_ENDED.search(folded):
        past.add("tenant")
    return {home for home in past if not _HOME_NOW[home].search(folded)}


def housing_verdict(value: str, housing: set[str], past: set[str]) -> str | None:
    """A home a draft says is the writer's now: contradicted when the message tells it only in the past; None leaves
    the verdict to `verdicts._housing`."""
    if value in past and value not in housing:
        return CONTRADICTED
    return None


def without_today(folded: str) -> str:
    """`folded` with « aujourd'hui » after a verb of living dropped, so that the town after it is read
    (`particulars`)."""
    if not TODAY_NOT_TOWN:
        return folded
    return re.sub(r"\b(habit\w*|vi[vst]\w*|resid\w*|domicilie\w*|install\w*)\s+aujourd.hui\b", r"\1", folded)
