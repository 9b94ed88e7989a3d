"""How long ago a fact of the writer's case happened, told in relative time by the message and said back by a draft
(forty-eighth pass, `RELATIVE_DATES`): « j'ai déposé ma demande d'APL il y a trois mois » / « vous avez déposé votre
demande il y a un mois », « mon père est décédé le mois dernier » / « votre père est décédé il y a un an ».

Writers date their case from the day they write: « il y a trois mois », « le mois dernier », « il y a quinze jours »,
« la semaine dernière », « l'an dernier ». The check of dates (`verdicts._date`) compares months and years, and left
every relative date unsupported (no month to compare), so a draft that turned « trois mois » into « un mois » passed
as a mere detail the message lacks. This turns each relative date into a span of days before the day of writing,
generously (« il y a trois mois »: 75 to 105 days; « le mois dernier »: 1 to 62; « l'an dernier »: 1 to 730), and
ties it to the words of the clause it dates. A draft sentence's relative date is compared with the message's for the
same fact (its clause shares a content word of weight with the draft's): overlapping spans are consistent, spans
that never meet contradicted; a fact the message dates otherwise, or does not date, leaves it unsupported (the
other readers decide). The message and the draft are read at one date, the message's: no calendar is needed.

Texts are folded, their numbers in digits (`lexicon.spell_digits`).
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait

# Off: a relative date is never compared (« il y a trois mois » / « il y a un mois » left unsupported, pass 47).
RELATIVE_DATES = True

_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8}
_WORDS |= {"neuf": 9, "dix": 10, "quinze": 15}
_COUNT = rf"(?:\d+(?:,5)?|{'|'.join(_WORDS)})"
# Days per unit, and how far a count of it may stray (« trois mois »: a month either side is not another date).
_UNITS = {"jour": (1, 0.15), "semaine": (7, 0.3), "moi": (30, 0.5), "an": (365, 0.5), "annee": (365, 0.5)}
# « il y a (plus de|moins de|environ) trois mois (et demi) », « ça fait deux ans que », « voilà six mois que ».
_AGO = re.compile(
    rf"\b(?:il y a|ca fait|cela fait|voila)\s+(?P<bound>plus d.|moins d.|environ|pres d.|presque|a peine|bientot)?\s*"
    rf"(?P<count>{_COUNT})\s+(?P<unit>jours?|semaines?|mois|ans|an|annees?)\b(?P<half> et demie?)?"
    r"(?P<que>\s+(?:que|qu.))?"
)
# Vague spans: (first day, last day) before the day of writing.
_VAGUE = {
    r"\bhier\b": (1, 1),
    r"\bavant-hier\b": (2, 2),
    r"\bla semaine (?:derniere|passee)\b": (2, 14),
    r"\ble mois (?:dernier|passe)\b": (1, 62),
    r"\bl.an(?:nee)? (?:derniere?|passee)\b": (1, 730),
    r"\bil y a (?:quelques|peu de) jours\b": (1, 10),
    r"\bil y a (?:quelques|plusieurs) semaines\b": (7, 75),
    r"\bil y a (?:quelques|plusieurs) mois\b": (45, 400),
    r"\bil y a (?:quelques|plusieurs) annees\b": (550, 5500),
}
_VAGUE_RE = re.compile("|".join(f"(?P<v{i}>{p})" for i, p in enumerate(_VAGUE)))
_VAGUE_SPANS = list(_VAGUE.values())
# A clause ends at a stop, a semicolon or a contrast; a comma only where a new subject follows.
_CUT = re.compile(
    r"[.;:!?\n]|\b(?:mais|puis|ensuite|alors que|tandis que)\b|,(?=\s*(?:et |mais )?(?:je|j.|on|nous)\b)"
)
# The draft's advice or condition is no claim of a date (« si vous avez déménagé il y a moins de trois mois »).
_NO_CLAIM = re.compile(r"\b(?:si|s.il|lorsque|lorsqu|quand|devez|devrez|pouvez|pourrez|faut|faudra|doit)\b")
_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
# Words that tell no fact: pronouns, auxiliaries, the time words themselves.
_STOP = set(
    "vous votre vos mon mes ton tes son ses notre nos leur leurs avez etes avons sommes suis etait etais avait avais "
    "ete fait faite deja bien tres plus moins environ pres presque peine bientot depuis dernier derniere derniers "
    "passe passee jours jour semaine semaines mois ans annee annees hier avant voila cela quelques plusieurs demi "
    "demie dans pour avec chez sans sous sur entre vers elle elles ils nous leur toujours encore rien tout tous "
    "toute toutes aussi alors donc enfin comme apres cette premiere premier".split()
)
# Verbs too common to tie two clauses alone (« reçu », « envoyé », « déposé »): a second word must be shared.
_LIGHT = {"recu", "envoy", "depos", "commen", "deman", "signe", "obten", "passe", "arriv", "sorti", "entre", "eu"}


def _terms(text: str) -> frozenset[str]:
    """The content words of a clause, cut to five letters after their plural and feminine endings."""
    out = set()
    for word in re.findall(r"[a-z]+", re.sub(r"\b[a-z][’']", " ", text)):
        if len(word) < 3 or word in _STOP:
            continue
        stem = re.sub(r"(?:ees|ee|es|s)$", "", word) if len(word) > 4 else word
        out.add(stem[:5])
    return frozenset(out)


def _count(text: str) -> float:
    value = _WORDS.get(text)
    return float(value) if value is not None else float(text.replace(",", "."))


def _spans(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, first day, last day) of each relative date of a folded text."""
    out: list[tuple[int, int, int, int]] = []
    for m in _AGO.finditer(text):
        per, slack = _UNITS[m.group("unit").rstrip("s")]
        count = _count(m.group("count")) + (0.5 if m.group("half") else 0)
        days = count * per
        low, high = days - slack * per, days + slack * per
        bound = (m.group("bound") or "").strip()
        if bound.startswith("plus"):
            low, high = days, 100000
        elif bound.startswith("moins") or bound.startswith("a peine"):
            low = 0
        elif bound:  # « environ », « près de », « presque », « bientôt »: a little wider
            low, high = low - 0.5 * per, high + 0.5 * per
        out.append((m.start(), m.end(), max(0, round(low)), round(high)))
    for m in _VAGUE_RE.finditer(text):
        if any(s <= m.start() < e for s, e, _, _ in out):
            continue
        first, last = _VAGUE_SPANS[int((m.lastgroup or "v0")[1:])]
        out.append((m.start(), m.end(), first, last))
    return sorted(out)


def _clause(text: str, start: int, end: int) -> str:
    """The words a relative date dates: its clause before it (« j'ai déposé ma demande il y a trois mois », not « et
    la CAF ne m'a jamais répondu » after it); a date said first (« Il y a quinze jours, j'ai reçu … », « ça fait six
    mois que je suis au RSA ») takes the clause after it."""
    left = max([0] + [m.end() for m in _CUT.finditer(text, max(0, start - 120), start)])
    head = text[left:start]
    if _terms(head):
        return head
    right_cut = _CUT.search(text, end)
    right = right_cut.start() if right_cut else len(text)
    tail = text[end:right]
    if not _terms(re.split(r",", tail)[0]):
        more = _CUT.search(text, right + 1) if right < len(text) else None
        tail = text[end : more.start() if more else len(text)]
    return tail


def read_agos(folded: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """The relative dates a folded message gives: (first day, last day, words of the clause they date)."""
    if not RELATIVE_DATES:
        return ()
    return tuple((low, high, _terms(_clause(folded, s, e))) for s, e, low, high in _spans(folded))


def ago_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The relative dates a folded draft sentence gives a fact of its own, outside a clause about the writer: ("date",
    "relative!75-105|apl,deman"), read for a contradiction only (« Votre père est décédé il y a un an »): a date
    that agrees is a detail that says nothing of the rest of the sentence (« votre père a déclaré 4 800 € l'an
    dernier » to « 8 400 € l'an dernier »)."""
    if not RELATIVE_DATES or _NO_CLAIM.search(folded) or not _WRITER.search(folded):
        return []
    out = []
    for start, end, low, high in _spans(folded):
        clause = _clause(folded, start, end)
        value = ago_value(low, high, clause).replace("relative|", "relative!", 1)
        out.append((start, clause.strip(), [Trait("date", value)]))
    return out


def ago_value(low: int, high: int, clause: str) -> str:
    return f"relative|{low}-{high}|{','.join(sorted(_terms(clause)))}"


def relative_value(clause: str) -> str:
    """The value of a draft clause's relative date (`traits._date`): "relative" alone when none is read."""
    spans = _spans(clause) if RELATIVE_DATES else []
    if not spans:
        return "relative"
    start, end, low, high = spans[0]
    return ago_value(low, high, _clause(clause, start, end))


def _ties(draft: frozenset[str], message: frozenset[str]) -> bool:
    shared = draft & message
    return len(shared) >= 2 or bool(shared - _LIGHT)


def ago_verdict(value: str, agos: tuple[tuple[int, int, frozenset[str]], ...]) -> str:
    """A draft's relative date against the message's relative dates of the same fact."""
    m = re.fullmatch(r"relative([|!])(\d+)-(\d+)\|(.*)", value)
    if not m or not RELATIVE_DATES:
        return UNSUPPORTED
    low, high, words = int(m.group(2)), int(m.group(3)), frozenset(filter(None, m.group(4).split(",")))
    tied = [(a, b) for a, b, terms in agos if _ties(words, terms)]
    if not tied:
        return UNSUPPORTED
    if any(a <= high and low <= b for a, b in tied):
        return CONSISTENT if m.group(1) == "|" else UNSUPPORTED
    return CONTRADICTED
