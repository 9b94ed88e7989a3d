"""Health and disability figures the message gives and a draft says again (fifty-third pass, issue 14): the GIR of
the APA grid ("classée en GIR 2" / "votre mère relève du GIR 4"), the category of an invalidity pension ("invalidité
1ère catégorie" / "une pension d'invalidité de catégorie 2") and the hours of human help and their period ("la PCH
aide humaine pour 45 heures par mois" / "45 heures d'aide humaine par semaine").

Each figure is compared by value, whoever it is said of (a GIR, a category, hours of help are the figures of the
one person the case is about: the writer or the relative they write for), and only where the message gives a figure
of the same kind: a draft's GIR to a message that gives none is left to the rest of the check (the caller keeps
these claims only where the message says the same kind of fact). The look-alikes left alone: a range ("GIR 1 à 4",
"les catégories 2 et 3"), a condition ("si vous êtes en GIR 5"), the help the writer says is needed or asked
("elle a besoin de 3 heures par jour"), which is no help granted. Texts are folded, numbers in digits where
`lexicon.spell_digits` spells them; the small ones and the ordinals are read here.

Read at call time, so the lead can measure each way:"""

import re
from functools import partial

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED, sentences, word_number
from guichet.drafting.persona.model import Trait, Writer
from guichet.text import SMALL_NUMBERS

# A GIR level given by the message and said again by the draft ("GIR 2" / "GIR deux").
READ_GIR = True
# The category of an invalidity pension ("catégorie 1", "1ère catégorie", "deuxième catégorie").
READ_INVALIDITY_CATEGORY = True
# Hours of human help and their period ("45 heures d'aide humaine par mois"), the help needed or asked left out.
READ_AID_HOURS = True
# A figure the message gives vouches for no other fact of its sentence the message leaves open ("votre fils, âgé
# de 9 ans, a une AESH dix heures par semaine" to a son of 7 with ten hours): the figure is then unsupported too.
FIGURES_NEED_FACTS = True

_SMALL = {
    **SMALL_NUMBERS,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "premiere": 1,
    "deuxieme": 2,
    "seconde": 2,
    "troisieme": 3,
}
_NUMBER = r"(\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
_ORDINAL = r"(\d)\s*(?:ere|er|re|e|eme|ieme)|(premiere|deuxieme|seconde|troisieme)"
_CONDITION = re.compile(r"\b(?:si|lorsque|lorsqu|quand|sauf si|a condition)\b")
_GIR = re.compile(r"\bgir\s*(\d|un|deux|trois|quatre|cinq|six)\b(?!\s*(?:a|et|ou|-)\s*(?:\d|un|deux|trois|quatre))")
_GIR_RANGE = re.compile(r"\bgirs?\s*(?:\d|un|deux|trois|quatre|cinq|six)\s*(?:a|et|ou|-)\s*(?:\d|deux|trois|quatre)")
_INVALIDITY = re.compile(r"invalidit")
_CATEGORY = re.compile(rf"\bcategorie\s*(\d|i{{1,3}})\b(?!\s*(?:et|ou|a)\s*(?:\d|i))|\b(?:{_ORDINAL})\s+categorie\b")
_CATEGORY_LIST = re.compile(r"\bcategories\b")
_HELP = re.compile(
    r"\baide\s+humaine\b|\baides?\s+a\s+domicile\b|\baide\s+menagere\b|\bauxiliaire\s+de\s+vie\b|\baesh\b|"
    r"\bmdph\b|\baide\b(?!\s+(?:au|aux|pour|financ|juridi|soci|a\s+la\s+renov))|\bpch\b|\bapa\b|"
    r"\bplan\s+d.aide\b|\bheures\s+d.aide\b|\baidante?\b|\bprestation\s+de\s+compensation\b"
)
_HOURS = re.compile(
    rf"\b{_NUMBER}\s*(?:heures?|h)\b(?:\s+(?:d.aide|de\s+pch|d.aide\s+humaine|d.aide\s+a\s+domicile|"
    r"d.auxiliaire\s+de\s+vie|de\s+presence|d.accompagnement))?(?:\s+\w+){0,3}?\s+"
    r"(?:par|chaque|tous\s+les|toutes\s+les|a\s+la|au|le|la)\s+(jours?|semaines?|mois|nuits?)\b"
)
_NEED = re.compile(r"\b(?:besoin|necessit|demand|voudr|souhait|faudrait|manque|reclam|pas assez)\w*")
_number = partial(word_number, words=_SMALL)
_PERIOD = {"jour": "day", "jours": "day", "nuit": "day", "nuits": "day", "semaine": "week", "semaines": "week"}


def _gir_levels(sentence: str) -> set[str]:
    if not READ_GIR or _GIR_RANGE.search(sentence):
        return set()
    return {str(_number(m.group(1))) for m in _GIR.finditer(sentence)}


def _categories(sentence: str) -> set[str]:
    if not READ_INVALIDITY_CATEGORY or not _INVALIDITY.search(sentence) or _CATEGORY_LIST.search(sentence):
        return set()
    found = set()
    for m in _CATEGORY.finditer(sentence):
        word = next(g for g in m.groups() if g)
        found.add(str(_number(word)))
    return found


def _aid_hours(sentence: str, *, need: bool) -> set[str]:
    """The hours of help a sentence gives, "45/month"; those after a word of need only when `need` asks for them."""
    if not READ_AID_HOURS or not _HELP.search(sentence):
        return set()
    found = set()
    for m in _HOURS.finditer(sentence):
        before = re.split(r",|\bmais\b|\bet\b", sentence[: m.start()])[-1]
        if bool(_NEED.search(before)) != need:
            continue
        found.add(f"{_number(m.group(1))}/{_PERIOD.get(m.group(2), 'month')}")
    return found


def read_health(folded: str) -> dict[str, set[str]]:
    """The figures a folded message gives: {"gir": {"2"}, "invalidity_category": {"1"}, "aid_hours": {"45/month"}}."""
    health: dict[str, set[str]] = {"gir": set(), "invalidity_category": set(), "aid_hours": set()}
    for sentence in sentences(folded):
        health["gir"] |= _gir_levels(sentence)
        health["invalidity_category"] |= _categories(sentence)
        health["aid_hours"] |= _aid_hours(sentence, need=False)
    return health


def figure_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The health figures a folded draft sentence states (not under a condition), kept by the caller only where the
    message gives a figure of the same kind."""
    if _CONDITION.search(folded):
        return []
    traits = [Trait("gir", v) for v in sorted(_gir_levels(folded))]
    traits += [Trait("invalidity_category", v) for v in sorted(_categories(folded))]
    traits += [Trait("aid_hours", v) for v in sorted(_aid_hours(folded, need=False))]
    return [(0, folded.strip(), traits)] if traits else []


def figure_verdict(kind: str, value: str, writer: Writer) -> str:
    """A figure of the draft against those of the message: said, another said, or none said."""
    told = writer.health.get(kind, set())
    if not told:
        return UNSUPPORTED
    return CONSISTENT if value in told else CONTRADICTED


KINDS = ("gir", "invalidity_category", "aid_hours")


def settle_figures(verdicts: dict[Trait, str]) -> dict[Trait, str]:
    """The verdicts with a figure found said made unsupported where another fact of the sentence is left open."""
    if not FIGURES_NEED_FACTS:
        return verdicts
    others = [v for t, v in verdicts.items() if t.kind not in KINDS]
    if not any(v == UNSUPPORTED for v in others):
        return verdicts
    return {t: UNSUPPORTED if t.kind in KINDS and v == CONSISTENT else v for t, v in verdicts.items()}
