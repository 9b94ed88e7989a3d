"""Ages and lengths the message only lets one work out (fifty-first pass, engineer-d78): a relative's age to come
(« ma fille aura 18 ans en mars » / « votre fille est déjà majeure »), an age « dans deux ans » (« dans deux ans je
fêterai mes 60 ans » / « vous avez 58 ans »), a length between two years (« de 2015 à 2022 » / « vous y avez
travaillé sept ans »), and a relative's age from their birth year (« ma grand-mère, née en 1930 » / « votre
grand-mère a moins de 90 ans »).

The readers of ages (`ages`, `relatives`, `future_ages`) took an age said in the future as today's age, and nothing
read a draft's age to come (« votre fils aura 18 ans dans deux ans » was read as « votre fils a 18 ans »): a right
sum was removed and a wrong one kept. This module shifts the ages the message tells in the future back to today,
reads a draft's age to come with its offset, and adds the lengths two years bound. Texts are folded, numbers in
digits (`lexicon.spell_digits`). One switch per reading, measured in `docs/benchmarks.md` (fifty-first pass,
engineer-d78).
"""

import re
from datetime import date

from guichet.drafting.persona.durations import topics
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, MONTH, UNSUPPORTED
from guichet.drafting.persona.model import Relative, Trait, Writer
from guichet.drafting.persona.relatives import RELATIONS

# A relative's age told in the future (« elle aura 18 ans en mars », « il va fêter ses 3 ans », « dans deux ans il
# aura 18 ans ») is read as their age today (a year younger, or the years of the offset less), and the writer's own
# « dans deux ans j'aurai 60 ans » as 58. Off: such an age is read as today's age, as before.
COMING_AGES = True
# A draft's age to come (« votre fille sera majeure en mars », « votre fils aura 18 ans dans deux ans », « vous aurez
# 62 ans dans quatre ans ») is read against today's age plus the offset (the next birthday when none is said), and
# no longer as an age today. Off: the draft's « aura 18 ans » is read as today's age by `ages`, as before.
COMING_DRAFT = True
# The length between two years or two dated months (« de 2015 à 2022 », « entre mars 2020 et mars 2022 ») is one of
# the lengths the message gives, with the topics of its sentence. Off: only lengths said in words are read.
YEAR_SPANS = True
# A relative's birth year (« ma mère, née en 1940 ») gives their age today (either side of this year's birthday).
# Off: a relative's age is read only when it is said.
RELATIVE_BIRTH_YEARS = True

_RELATION = "|".join(RELATIONS.values())
_N = r"(\d{1,3}|un|une)"
_FUTURE_VERB = r"(?:aura|va avoir|fetera ses|va feter ses|feteras? ses|aura bientot)"
# An offset in years or months (« dans deux ans », « ds 3 mois »); numbers from two to ten come in words.
_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8}
_COUNT = r"(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit)"
_OFFSET = rf"\b(?:dans|ds|d.ici)\s+{_COUNT}\s+(ans?|mois)\b"
# A relative then their age to come in the same clause (« ma fille aura 18 ans », « mon ptit frere il aura 16 ans ds
# 3 mois »), or the offset first (« dans deux ans, mon fils aura 18 ans »).
_REL_COMING = re.compile(
    rf"(?:(?:{_OFFSET})\s*,?\s*)?\b(?:mon|ma|notre|nos|mes)\s+(?:\w+\s+)?({_RELATION})\b(?!-)"
    rf"[^.;!?\n]{{0,30}}?\b{_FUTURE_VERB}\s+{_N}\s+ans?\b([^.;!?\n]{{0,25}})"
)
# The writer's own age with an offset (« dans deux ans je fêterai mes 60 ans », « j'aurai 65 ans dans deux ans »).
_OWN_OFFSET = re.compile(
    rf"{_OFFSET}\s*,?\s*(?:je|j.)\s*(?:aurai|feterai mes|vais avoir|vais feter mes)\s+(\d{{1,3}})\s+ans\b"
    rf"|\b(?:j.aurai|je feterai mes|je vais avoir|je vais feter mes)\s+(\d{{1,3}})\s+ans\s+{_OFFSET}"
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS[word]


def _years(count: str | None, unit: str | None) -> float | None:
    """An offset in years (« deux ans » → 2, « 3 mois » → 0.25), or None where none is said."""
    if not count or not unit:
        return None
    return _count(count) / (1 if unit.startswith("an") else 12)


def _relation(word: str) -> str:
    return next(name for name, pattern in RELATIONS.items() if re.fullmatch(pattern, word))


def _sex(relation: str) -> str:
    return {"son": "m", "daughter": "f"}.get(relation, "")


def shift_coming(folded: str, writer: Writer) -> None:
    """The ages a folded message tells in the future moved back to today, in the writer's relatives, children and
    own ages: « elle aura 18 ans en mars » is 17 and some months today (17.5), « dans deux ans il aura 18 ans » 16."""
    if not COMING_AGES:
        return
    for m in _REL_COMING.finditer(folded):
        said = _count(m.group(4))
        after = re.search(_OFFSET, m.group(5) or "")
        offset = _years(m.group(1), m.group(2)) or (_years(after.group(1), after.group(2)) if after else None)
        # A year or more said: that many years less; none, or some months: the birthday comes within the year.
        now = said - offset if offset and offset >= 1 else said - 0.5
        relation = _relation(m.group(3))
        relative = writer.relatives.setdefault(relation, Relative())
        relative.ages.discard(float(said))
        relative.ages.add(now)
        if relation in {"son", "daughter", "child"}:
            writer.child_ages.discard((said * 12.0, _sex(relation)))
            writer.child_ages.add((now * 12.0, _sex(relation)))
    for m in _OWN_OFFSET.finditer(folded):
        if m.group(3):
            said, offset = float(m.group(3)), _years(m.group(1), m.group(2))
        else:
            said, offset = float(m.group(4)), _years(m.group(5), m.group(6))
        if offset and offset >= 1:
            writer.ages -= {said, said - 1}  # read as « j'aurai 60 ans » next birthday (`future_ages`)
            writer.ages.add(said - offset)


# A draft's age to come: a relative's (« votre fille aura 18 ans en mars », « votre fils sera majeur dans deux ans »)
# or the writer's (« vous aurez 62 ans dans quatre ans »); a majority needs a time said (« sera majeure » alone is
# what every child will be).
_DRAFT_REL = re.compile(
    rf"\bvotre\s+(?:\w+\s+)?({_RELATION})\b(?!-)\s+(?:\w+\s+)?"
    rf"(?:{_FUTURE_VERB}\s+{_N}\s+ans?\b|(sera|deviendra)\s+(?:\w+\s+)?majeure?\b)([^.;!?\n]{{0,30}})"
)
_DRAFT_OWN = re.compile(rf"\bvous\s+(?:aurez|allez avoir|feterez vos)\s+{_N}\s+ans?\b([^.;!?\n]{{0,30}})")
_WHEN = rf"\b(?:en|au mois de|a partir de|des)\s+{MONTH}\b|\bl.(?:an|annee) prochaine?\b|\bbientot\b|\bcette annee\b"
_FUTURE_WORDS = re.compile(rf"\b(?:{_FUTURE_VERB}|sera|deviendra|aurez|allez avoir|feterez)\b")


def coming_claims(folded: str, extra: list[tuple[int, str, list[Trait]]]) -> list[tuple[int, str, list[Trait]]]:
    """`extra` with a draft's ages to come read as such: the « child_age » a future clause gives (« votre fils aura
    18 ans » is no age today) left out, and a « coming_age » trait ("son|18|2": an age, an offset in years, -1 for the
    next birthday) added for each age to come."""
    if not COMING_DRAFT:
        return extra
    out = [
        (start, clause, [t for t in traits if t.kind != "child_age" or not _FUTURE_WORDS.search(clause)])
        for start, clause, traits in extra
    ]
    out = [item for item in out if item[2]]
    for m in _DRAFT_REL.finditer(folded):
        age = 18 if m.group(3) else _count(m.group(2))
        offset = _offset(m.group(4))
        if m.group(3) and (offset is None or not re.search(rf"{_OFFSET}|{_WHEN}", m.group(4))):
            continue  # « votre fils sera majeur » with no time: what every child will be
        out.append((m.start(), m.group(), [Trait("coming_age", f"{_relation(m.group(1))}|{age}|{offset or -1:g}")]))
    for m in _DRAFT_OWN.finditer(folded):
        offset = _offset(m.group(2))
        out.append((m.start(), m.group(), [Trait("coming_age", f"self|{_count(m.group(1))}|{offset or -1:g}")]))
    return out


def _offset(after: str) -> float | None:
    """The offset in years a draft gives its age to come (« dans deux ans » → 2), -1 for the next birthday (« en
    mars », « l'an prochain », « bientôt », nothing), None for a time it cannot place (« à la fin de ses études »)."""
    m = re.search(_OFFSET, after)
    if m:
        years = _years(m.group(1), m.group(2)) or 0.0
        return years if years >= 1 else -1
    return -1 if re.search(_WHEN, after) or not after.strip(" ,") else None


_SAME = {"child": {"child", "son", "daughter"}, "son": {"son", "child"}, "daughter": {"daughter", "child"}}


def coming_verdict(value: str, writer: Writer) -> str:
    """A draft's age to come ("daughter|18|-1") against today's ages the message gives that person: the age reached
    after the offset (at the next birthday for -1) is consistent, another contradicted; no age told is unsupported."""
    relation, age_text, offset_text = value.split("|")
    age, offset = int(age_text), float(offset_text)
    if relation == "self":
        ages = set(writer.ages)
    else:
        same = _SAME.get(relation, {relation})
        ages = {a for name, r in writer.relatives.items() if name in same for a in r.ages}
        if relation in _SAME:
            sex = _sex(relation)
            ages |= {months / 12 for months, s in writer.child_ages if not sex or not s or s == sex}
            others = {months / 12 for months, s in writer.child_ages if sex and s and s != sex}
            if not ages and any(_reached(a, offset) == age for a in others):
                return CONTRADICTED  # « votre fils aura 6 ans » to « ma fille aura 6 ans »: the persons mixed up
    if not ages:
        return UNSUPPORTED
    reached = {_reached(a, offset) for a in ages}
    if age == 18 and offset >= 0:  # « sera majeur dans deux ans »: of age by then, not yet now
        ok = any(int(a + offset) >= 18 > int(a) for a in ages)
    else:
        ok = age in reached
    return CONSISTENT if ok else CONTRADICTED


def _reached(age: float, offset: float) -> int:
    """The whole age reached from today's `age` after `offset` years (-1: at the next birthday)."""
    return int(age) + 1 if offset < 0 else int(age + offset)


_YEAR = r"((?:19|20)\d\d)"
_DATED = rf"(?:(?:le\s+)?(?:\d{{1,2}}|1er)\s+)?(?:(?:debut|fin|mi-)\s*)?(?:({MONTH})\s+)?{_YEAR}"
_SPAN = re.compile(
    rf"\b(?:de|d.|depuis|entre)\s+{_DATED}\s+(?:a|au|et|jusqu.(?:a|en|au)|-)\s+(?:(?:la\s+)?fin\s+)?"
    rf"(?:\d{{1,2}}\s+|1er\s+)?(?:(?:debut|fin|mi-)\s*)?(?:({MONTH})\s+)?{_YEAR}\b"
)
_MONTHS = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()


def year_spans(folded: str) -> set[tuple[float, frozenset[str]]]:
    """The lengths, in months, between two years or dated months a folded message bounds a period with (« de 2015
    à 2022 » → 84, « de mars 2020 jusqu'à mars 2022 » → 24), each with the topics of its sentence."""
    if not YEAR_SPANS:
        return set()
    found: set[tuple[float, frozenset[str]]] = set()
    for m in _SPAN.finditer(folded):
        first, last = int(m.group(2)), int(m.group(4))
        if not 0 < last - first < 60:
            continue
        months = 12.0 * (last - first)
        if m.group(1) and m.group(3):
            months += _MONTHS.index(m.group(3)) - _MONTHS.index(m.group(1))
        start = max(folded.rfind(c, 0, m.start()) for c in ".;?!\n") + 1
        stops = [i for i in (folded.find(c, m.end()) for c in ".;?!\n") if i >= 0]
        found.add((months, topics(folded[start : min(stops) if stops else len(folded)])))
    return found


_BORN = re.compile(
    rf"\b(?:mon|ma|notre)\s+(?:\w+\s+)?({_RELATION})\b(?!-)\s*,?\s*(?:qui est\s+|est\s+)?nee?\s+"
    rf"(?:en|le\s+[\w\s]{{1,20}}?)\s*{_YEAR}\b"
)


def relative_birth_ages(folded: str, writer: Writer, *, today: date | None = None) -> None:
    """A relative's ages today from the birth year the message gives them (« ma mère, née en 1940 » → 85 or 86 in
    2026), added to what it says of them, and their ages in each later year the rest of the sentence dates (« née en
    2006 et elle a eu son bac en 2024 » → 17 or 18 too): a draft may give the age at that event (« votre fille a
    obtenu son bac à 18 ans », « votre père est décédé à 73 ans »), which is no age today."""
    if not RELATIVE_BIRTH_YEARS:
        return
    year = (today or date.today()).year
    for m in _BORN.finditer(folded):
        born = int(m.group(2))
        if born > year:
            continue
        stop = re.search(r"[.;!?\n]", folded[m.end() :])
        rest = folded[m.end() : m.end() + stop.start()] if stop else folded[m.end() :]
        dated = {int(y) for y in re.findall(r"\b(?:en|depuis)\s+(?:\w+\s+)?((?:19|20)\d\d)\b", rest)}
        ages = {float(y - born - d) for y in {year} | {y for y in dated if born < y <= year} for d in (0, 1)}
        writer.relatives.setdefault(_relation(m.group(1)), Relative()).ages |= {a for a in ages if a >= 0}
