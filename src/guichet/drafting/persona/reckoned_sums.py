"""Sums, differences and counts a draft works out from the message (fifty-second pass, engineer-d81): weekly hours
said in pieces (« 15 h chez un particulier et 10 h dans une association » / « vous travaillez 25 heures par
semaine »), a gap between two ages or two birth years (« mon fils a 9 ans et sa sœur en a 6 » / « vos enfants ont
trois ans d'écart », « je suis née en 1970 et mon mari en 1966 » / « vous avez quatre ans de moins que votre
mari »), « le double », a sum that « a doublé » (« mon loyer est passé de 400 € à 800 € »), and a monthly or yearly
sum of a kind the amounts check did not name (« 90 € de mutuelle par mois » / « 1 000 euros par an »).

The readers of hours kept only the first count of a sentence, a gap (« trois ans d'écart ») was read as a child's age,
and a draft's doubling or a total of aids was read as nothing. This module reads the message's pieces and the
draft's sums, gaps and doublings, and judges them. Texts are folded, numbers in digits (`lexicon.spell_digits`). One
switch per reading, read at call time; measured in `docs/benchmarks.md` (fifty-second pass, engineer-d81).
"""

import re
from functools import partial
from itertools import combinations

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED, word_number
from guichet.drafting.persona.model import Relative, Trait, Writer
from guichet.text.words import SMALL_NUMBERS

# The weekly hours a sentence of the writer's gives in pieces (« 15 h chez X et 10 h chez Y chaque semaine », « le
# lundi (4 h), le mercredi (6 h) ») are each read, and their total; a draft's « vous cumulez 32 heures par semaine »
# is read as hours. Off: only a count right before « par semaine » is read, and a draft's hours need « travaill ».
HOUR_SUMS = True
# A sentence that gives hours and then « quelques heures » more, « des heures à côté »: a draft's higher count is
# no longer contradicted (unsupported). Off: any count other than the one said is contradicted, as before.
OPEN_HOURS = True
# A draft's gap between two ages (« vos enfants ont trois ans d'écart », « votre aîné a neuf ans de plus que votre
# dernière », « vous avez cinq ans de moins que votre mari », « le double de l'âge ») is judged against the ages or
# birth years the message gives, and no longer read as a child's age. Off: as before (a child's age, or nothing).
AGE_GAPS = True
# A draft's « votre loyer a doublé » is judged against a sum the message says changed (« passé de 400 € à 800 € »,
# « je gagnais 900 € … je touche 1 800 € »). Off: nothing is read.
DOUBLED = True
# A draft's sum whose kind is named after its period (« 600 euros par mois de pension alimentaire »), a mutuelle,
# and a total « d'aides » against the benefits the message gives (a canteen was tried and left out: « 120 € de
# cantine » for two children at 60 € each, d77-055, was removed). Off: such sums get no kind, as before.
MONEY_KINDS = True
# The count of the writer's employers, said (« mes deux employeurs », « plusieurs employeurs ») or listed after
# « pour » or « chez » in a sentence about work (« pour deux agences d'intérim, un resto et une boulangerie » → 4),
# against a draft's « vous avez trois employeurs », « vous n'avez qu'un seul employeur ». Off: such counts are not
# read.
EMPLOYER_COUNTS = True

_WORDS = {**SMALL_NUMBERS, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_N = r"(\d{1,2}|" + "|".join(_WORDS) + r")"
_SENTENCES = re.compile(r"[^.;!?\n]+")


_number = partial(word_number, words=_WORDS)


# Hours -------------------------------------------------------------------------------------------------------------

_HOUR = re.compile(r"(?<![\d:])(\d{1,2})\s*(?:h|heures?)\b(?!\s*\d)(?!\s*(?:du|de l.heure|par jour))")
_WEEKLY = re.compile(
    r"\b(?:par|chaque|la|/) ?semaine\b|\bhebdo\w*|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b"
)
_FIRST = re.compile(r"\b(?:je|j.|moi)\b")
_CLOCK = re.compile(r"\b(?:de|des|entre)\s+\d{1,2}\s*h\w*\s+(?:a|et)\s+\d{1,2}\s*h")
# « à côté » alone is no uncounted hours (« à côté, je suis serveur 10 heures par semaine »: c21-055).
_MORE = re.compile(r"\bquelques heures\b|\bdes heures\b|\bd.autres heures\b|\bheures sup\w*")


def read_hours(folded: str, writer: Writer) -> None:
    """The weekly hours a folded message gives in pieces, each and their total, added to the writer's hours; and
    whether some hours are left uncounted (`OPEN_HOURS`)."""
    for m in _SENTENCES.finditer(folded):
        sentence = m.group()
        if not _FIRST.search(sentence) or not _WEEKLY.search(sentence) or _CLOCK.search(sentence):
            continue
        counts = [float(h.group(1)) for h in _HOUR.finditer(sentence)]
        if HOUR_SUMS and len(counts) >= 2 and sum(counts) <= 70:
            writer.weekly_hours |= {*counts, sum(counts)}
        if OPEN_HOURS and counts and _MORE.search(sentence):
            writer.reckoned["open_hours"] = [max(counts)]


def hours_verdict(value: str, writer: Writer, verdict: str) -> str:
    """A draft's hours contradicted where the message leaves some hours uncounted and the draft says more: open."""
    open_hours = writer.reckoned.get("open_hours")
    said = float(value.lstrip("~"))
    if OPEN_HOURS and open_hours and verdict == CONTRADICTED and said > max(open_hours):
        return UNSUPPORTED
    return verdict


_DRAFT_HOURS = re.compile(
    r"\bvous (?:cumulez|faites|donnez|effectuez|assurez|totalisez|travaillez)\b[^.;:]{0,30}?\b(\d{1,2}) heures\b"
    r"(?:\s+(?:de|d.)\s+\w+)?\s+(?:par|chaque|/) ?semaine"
)

# Ages and gaps ------------------------------------------------------------------------------------------------------

_CHILD = re.compile(
    r"\b(?:fils|filles?|enfants?|aine|ainee|cadet(?:te)?|jumea\w*|jumelles?|garcons?|petite? derniere?|derniere?|"
    r"second|seconde|soeur|frere|bebe)\b"
)
_NOT_CHILD_AGE = re.compile(
    r"(?:\bj.ai|\bmoi|\bmari|\bepou\w*|\bfemme|\bconjoint\w*|\bcompagn\w*|\bje vais avoir)\s+$"
)
_CHILD_AGE = re.compile(
    r"(?<![\d,])(\d{1,2})\s*ans?\b(?!\s*(?:d.ecart|de plus|de moins|de diff))"
    r"|\ben a (\d{1,2})\b|\b(?:second|seconde|cadet|cadette|deuxieme|troisieme|derniere?)\s+(\d{1,2})\b"
)
_BIRTH_YEAR = re.compile(r"\ben (?:[a-z]+ )?((?:19|20)\d\d)\b")
_PARTNER = r"(?:mari|epoux|epouse|femme|conjointe?|compagnon|compagne)"
_OWN_YEAR = re.compile(r"\bje suis nee? (?:en|le [^,;.]{1,20}?)\s*(?:[a-z]+ )?((?:19|20)\d\d)\b")
_PARTNER_YEAR = re.compile(rf"\b(?:mon|ma) {_PARTNER}\b[^.;]{{0,25}}?\ben (?:[a-z]+ )?((?:19|20)\d\d)\b")


def read_ages(folded: str, writer: Writer) -> None:
    """The children's ages and birth years, the writer's and the partner's birth years a folded message gives, kept
    apart for the draft's gaps (`AGE_GAPS`)."""
    if not AGE_GAPS:
        return
    kids = {months / 12 for months, _ in writer.child_ages}
    kids |= {a for name in ("son", "daughter", "child") for a in writer.relatives.get(name, Relative()).ages}
    years: list[float] = []
    for m in _SENTENCES.finditer(folded):
        sentence = m.group()
        if not _CHILD.search(sentence):
            continue
        for a in _CHILD_AGE.finditer(sentence):
            if not _NOT_CHILD_AGE.search(sentence[: a.start()]):
                kids.add(float(next(g for g in a.groups() if g)))
        if re.search(r"\bnee?s?\b", sentence) and not re.search(rf"\b{_PARTNER}\b", sentence):
            years += [float(y) for y in _BIRTH_YEAR.findall(sentence)]
    writer.reckoned["kids"] = sorted({k for k in kids if 0 <= k < 30})
    writer.reckoned["kid_years"] = years
    own = _OWN_YEAR.search(folded)
    partner = _PARTNER_YEAR.search(folded)
    if own and partner:
        writer.reckoned["couple_years"] = [float(own.group(1)), float(partner.group(1))]


_KIDS_GAP = re.compile(
    rf"\b(?:vos|les|leurs?)\s+(?:deux\s+)?(?:enfants|filles|fils|garcons|jumea\w*)\b[^.;]{{0,20}}?\b(?:ont|a)\s+"
    rf"(?:environ\s+)?{_N}\s+ans?\s+(?:d.ecart|de difference)"
    rf"|\bvotre\s+(?:\w+\s+)?(?:aine|ainee|fils|fille|cadet|cadette|enfant|premier|premiere)\b[^.;]{{0,15}}?\ba\s+"
    rf"{_N}\s+ans?\s+de\s+(?:plus|moins)\s+que\s+(?:votre|vos)\b"
)
_DOUBLE_AGE = re.compile(r"\bvotre\s+\w+(?:\s+\w+)?\s+a\s+le\s+(double|triple)\s+de\s+l.age\s+de\s+(?:votre|vos)\b")
_COUPLE_GAP = re.compile(rf"\bvous avez {_N} ans? de (plus|moins) que votre {_PARTNER}\b")
_GAP_WORDS = re.compile(r"\bans? (?:d.ecart|de difference|de plus que|de moins que)\b|\ble (?:double|triple) de l.age")


def without_gap_ages(folded: str, extra: list[tuple[int, str, list[Trait]]]) -> list[tuple[int, str, list[Trait]]]:
    """`extra` without the ages a draft's gap reads as a child's age (« vos enfants ont trois ans d'écart » is no age
    of three)."""
    if not AGE_GAPS or not _GAP_WORDS.search(folded):
        return extra
    out = [(s, c, [t for t in traits if t.kind not in {"child_age", "age"}]) for s, c, traits in extra]
    return [item for item in out if item[2]]


def _gaps(values: list[float]) -> set[float]:
    return {abs(a - b) for a, b in combinations(values, 2)}


def gap_verdict(value: str, writer: Writer) -> str:
    """A draft's gap ("kids|3", "kids|x2", "couple|-4": the writer four years younger) against the message's ages."""
    who, said = value.split("|")
    if who == "couple":
        years = writer.reckoned.get("couple_years")
        partner_ages = writer.relatives.get("partner", Relative()).ages
        if years:
            diffs = {years[1] - years[0]}  # born later: younger
        elif writer.ages and partner_ages:
            diffs = {a - p for a in writer.ages for p in partner_ages}
        else:
            return UNSUPPORTED
        return CONSISTENT if float(said) in diffs else CONTRADICTED
    years = writer.reckoned.get("kid_years", [])
    kids = writer.reckoned.get("kids", [])
    if said.startswith("x"):
        factor = float(said[1:])
        if len(kids) < 2:
            return UNSUPPORTED
        return CONSISTENT if any(abs(a - factor * b) < 0.5 for a in kids for b in kids if b) else CONTRADICTED
    if len(years) >= 2:
        return CONSISTENT if float(said) in _gaps(years) else CONTRADICTED
    if len(kids) >= 2:
        return CONSISTENT if float(said) in _gaps(kids) else CONTRADICTED
    return UNSUPPORTED


# Doublings ----------------------------------------------------------------------------------------------------------

_CHANGE = re.compile(
    r"\bpasse\w* de\b|\bavant\b|\bancien\w*|\betait\b|\bgagnais\b|\bpayais\b|\btouchais\b|\bpercevais\b|"
    r"\bmaintenant\b|\baujourd.hui\b|\bdesormais\b|\bdepuis que\b|\baugment\w*"
)
_DRAFT_DOUBLED = re.compile(r"\b(?:a|ont|aurait|avez vu)\s+(?:\w+\s+)?(double|triple)\b")


def read_changes(folded: str, writer: Writer) -> None:
    """The (before, after) sums a folded message tells a change of: two sums in a row, in one sentence or two, with
    a word of change around them (`DOUBLED`)."""
    if not DOUBLED:
        return
    pairs: list[float] = []
    sums = sorted(writer.sums, key=lambda s: s.start)
    for a, b in zip(sums, sums[1:], strict=False):
        if a.sentence < 0 or b.sentence - a.sentence > 1 or (a.months and b.months and a.months != b.months):
            continue
        if _CHANGE.search(folded[max(0, a.start - 40) : b.start]):
            pairs += [a.value, b.value]
    writer.reckoned["pairs"] = pairs


def doubled_verdict(value: str, writer: Writer) -> str:
    """A draft's doubling ("2") against the changes the message tells: after ≈ factor × before is consistent."""
    pairs = writer.reckoned.get("pairs", [])
    if not pairs:
        return UNSUPPORTED
    factor = float(value)
    changes = zip(pairs[::2], pairs[1::2], strict=True)
    ok = any(abs(after - factor * before) <= 0.03 * after for before, after in changes)
    return CONSISTENT if ok else CONTRADICTED


# The draft's claims -------------------------------------------------------------------------------------------------


def reckoned_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The hours, gaps and doublings a folded draft sentence gives the writer, each judged even where the message
    says nothing of it (an unsupported gap leaves the sentence unsupported)."""
    out: list[tuple[int, str, list[Trait]]] = []
    if HOUR_SUMS:
        out += [(m.start(), m.group(), [Trait("hours", m.group(1))]) for m in _DRAFT_HOURS.finditer(folded)]
    if AGE_GAPS:
        for m in _KIDS_GAP.finditer(folded):
            out.append((m.start(), m.group(), [Trait("gap", f"kids|{_number(m.group(1) or m.group(2))}")]))
        for m in _DOUBLE_AGE.finditer(folded):
            out.append((m.start(), m.group(), [Trait("gap", f"kids|x{2 if m.group(1) == 'double' else 3}")]))
        for m in _COUPLE_GAP.finditer(folded):
            sign = 1 if m.group(2) == "plus" else -1
            out.append((m.start(), m.group(), [Trait("gap", f"couple|{sign * _number(m.group(1))}")]))
    out += employer_claims(folded)
    if DOUBLED and re.search(r"\b(?:vous|votre|vos)\b", folded) and not _DOUBLE_AGE.search(folded):
        for m in _DRAFT_DOUBLED.finditer(folded):
            out.append((m.start(), m.group(), [Trait("doubled", "2" if m.group(1) == "double" else "3")]))
    return out


def detail_kinds() -> set[str]:
    """The kinds that, left unsupported, leave a sentence's other facts unsupported (`claims._DETAILS`)."""
    return {"gap", "doubled", "employers"}


# Money --------------------------------------------------------------------------------------------------------------

_MONEY_KINDS = (
    ("mutual", r"mutuelles?|complementaire sante"),
    ("aids", r"aides(?! (?:personnalisees? )?au logement)|prestations sociales"),
)
_MONEY_KIND = re.compile("|".join(rf"(?P<k{i}>\b(?:{p})\b)" for i, (_, p) in enumerate(_MONEY_KINDS)))
_BENEFITS = {"housing_aid", "family", "unemployment", "rsa", "aah", "allowance", "aids"}
_BOUND = re.compile(
    r"[\d \u00a0\u202f.,]*(?:€|euros?)\s*(?:nets?|bruts?)?\s*"
    r"(?:par (?:mois|an)|chaque mois|tous les mois)?\s*(?:de|d.)"
)


def money_kinds(text: str) -> list[tuple[int, int, str]]:
    """The kinds of money `amounts` does not name: a mutuelle, aids said as a whole (`MONEY_KINDS`)."""
    if not MONEY_KINDS:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _MONEY_KIND.finditer(text):
        index = next(i for i, g in enumerate(m.groups()) if g)
        out.append((m.start(), m.end(), _MONEY_KINDS[index][0]))
    return out


def bound_kind(folded: str, start: int, told_kind: str, kind: str) -> str:
    """A draft sum's kind: the one named right after it and its period (« 600 euros par mois de pension
    alimentaire »), which the window of `amounts` may cut."""
    if MONEY_KINDS and not kind and told_kind and _BOUND.match(folded, start):
        return told_kind
    return kind


def aid_total(kind: str, kinds: list[str]) -> bool:
    """Whether a draft's total « d'aides » is contradicted: the message gives figures for benefits, and none of
    their sums or totals is the draft's (`amounts.amount_verdict` found no match)."""
    return MONEY_KINDS and kind == "aids" and any(k in _BENEFITS for k in kinds)


# Employers ----------------------------------------------------------------------------------------------------------

_EMPLOYERS = re.compile(
    rf"\b(?:j.ai|j.avais|mes|pour|chez|avec)\s+(?:eu\s+)?(?:travaille\s+pour\s+)?(?:seulement\s+)?({_N}|plusieurs)\s+"
    r"(?:employeurs|patrons|entreprises)\b"
)
_GROUP = rf"{_N}\s+(?:agences?|restos?|restaurants?|boulangeries?|entreprises?|magasins?|particuliers?|ecoles?|" + (
    r"associations?|usines?|supermarches?|ehpad|familles?|hopitaux|hopital|cliniques?|mairies?|communes?)\b[^,;.]{0,25}?"
)
_LISTED = re.compile(rf"\b(?:pour|chez)\s+((?:{_GROUP}\s*(?:,|\bet\b)\s*)+{_GROUP})")
_WORK = re.compile(r"\b(?:travaill\w*|bosse\w*|boss[ea]i\w*|emploi\w*|remplacements?|interim\w*|employeurs?)\b")


def read_employers(folded: str, writer: Writer) -> None:
    """The count of the writer's employers a folded message says or lists (`EMPLOYER_COUNTS`): 0 for « plusieurs »."""
    if not EMPLOYER_COUNTS:
        return
    counts: list[float] = []
    for m in _SENTENCES.finditer(folded):
        sentence = m.group()
        if not _FIRST.search(sentence) and not re.search(r"\bmes\b", sentence):
            continue
        for e in _EMPLOYERS.finditer(sentence):
            counts.append(0.0 if e.group(1) == "plusieurs" else float(_number(e.group(1))))
        if _WORK.search(sentence):
            for listed in _LISTED.finditer(sentence):
                counts.append(float(sum(_number(g.group(1)) for g in re.finditer(_GROUP, listed.group(1)))))
    writer.reckoned["employers"] = counts


_DRAFT_EMPLOYERS = re.compile(
    rf"\bvous (?:avez|aviez|avez eu|travaillez pour|cumulez)\s+(?:au total\s+)?{_N}\s+employeurs\b"
    r"|\bvous n.(?:avez|aviez) (?:eu )?qu.(un) seul employeur\b"
)


def employer_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A draft's count of the writer's employers (« vous avez trois employeurs » → "3")."""
    if not EMPLOYER_COUNTS:
        return []
    return [
        (m.start(), m.group(), [Trait("employers", str(_number(m.group(1) or m.group(2))))])
        for m in _DRAFT_EMPLOYERS.finditer(folded)
    ]


def employers_verdict(value: str, writer: Writer) -> str:
    """A draft's count of employers against the message's: « plusieurs » rules out one and leaves more open."""
    counts = writer.reckoned.get("employers", [])
    said = float(value)
    if not counts:
        return UNSUPPORTED
    if said in counts:
        return CONSISTENT
    if any(c for c in counts):
        return CONTRADICTED
    return CONTRADICTED if said == 1 else UNSUPPORTED  # only « plusieurs » said


def read_reckoned(folded: str, writer: Writer) -> None:
    """What this module reads of a folded message (hours, ages, changes, employers), into the writer."""
    read_hours(folded, writer)
    read_ages(folded, writer)
    read_changes(folded, writer)
    read_employers(folded, writer)
