"""A relative's fact moved onto the writer, and a career's figure moved to another length (fifty-seventh pass,
issue 14).

A model that restates a household's case gives the writer what the message gives a relative, or keeps a figure and
changes what it counts:

* « mon mari a une pension d'invalidité de 760 € ; moi je n'ai aucun revenu » said « vous percevez une pension
  d'invalidité de 760 € »: a sum the message gives a relative only (its clause's subject is « mon mari », « ma
  mère », « il » or « qui », with a verb of having or earning; « celle de mon mari de 1 400 € »), said the writer's
  salary, pension or benefit, is contradicted even where the writer tells no sum of their own (`RELATIVE_SUMS`;
  an income, resources or a sum of no kind stay open: a household's money may be the writer's too);
* « mon fils [PERSONNE_1] a 4 ans » said « votre fille de 4 ans »: a child named by the pseudonymisation keeps their
  age and sex, and « vous avez à charge une fille de 15 ans » is read as a child's age (`NAMED_CHILDREN`);
* « j'ai travaillé 38 ans dans le bâtiment » said « vos 28 années de carrière », « avant j'étais salarié 12 ans »
  said « vous avez été salarié pendant 21 ans »: the writer's years of work compared (`CAREER_YEARS`);
* « il me manque 6 trimestres » said « il vous manque 6 années », and « 168 trimestres validés » said « votre relevé
  fait apparaître 186 trimestres validés »: quarters said as years after the same word, and quarters counted
  without « vous avez » before them (`QUARTERS_AS_YEARS`, shipped off: no validation item moves).

Each trait is kept only where the message says the same kind of fact (`claims.find_claims`), so that alone it
never makes a sentence "unsupported". Texts are folded (`guichet.text.fold`), numbers in digits
(`lexicon.spell_digits`). Each switch is read at call time, so the lead can measure each way:"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED, sentences
from guichet.drafting.persona.model import Trait, Writer
from guichet.drafting.persona.subjects import FIRST_PERSON_AFTER, OTHER_PERSON_NAMED

# A sum a relative has or earns, said as the writer's own salary, pension or benefit.
RELATIVE_SUMS = True
# A child named by a placeholder keeps their age and sex; « vous avez à charge une fille de 15 ans ».
NAMED_CHILDREN = True
# The writer's years of work (« travaillé 38 ans », « salarié 12 ans ») against the draft's.
CAREER_YEARS = True
# Quarters said as years after the same word; quarters « validés » counted by the draft without « vous avez ». Shipped
# off: it mends two train items at no cost, but no validation item moves (docs/benchmarks.md, fifty-seventh pass).
QUARTERS_AS_YEARS = False

# --- a relative's money -----------------------------------------------------------------------------------------
# The kinds of a draft's sum that are one person's money, not a household's (`amounts._KINDS`).
_PERSONAL_KINDS = {"salary", "pension", "invalidity", "aah", "rsa", "unemployment", "grant", "daily_allowance"}
# « a », « avait » only before what is had (« il passe de 480 à 540 € »: « à » folded is no verb).
_HAVING = re.compile(
    r"\b(?:a|avait)\s+(?:une?|sa|son|ses|des|droit|aussi|egalement|deja|encore|toujours)\b"
    r"|\b(?:touche|touchait|percoit|percevait|gagne|gagnait|recoit|recevait|beneficie|beneficiait|dispose|"
    r"est payee?|etait payee?)\b"
)
_THIRD_SUBJECT = re.compile(r"^\W*(?:et\s+|mais\s+|puis\s+)?(?:il|elle|qui)\b")
# « celle de mon mari de 1 400 € », « la pension de ma mère est de 950 € ».
_OF_RELATIVE = re.compile(
    rf"\b(?:celle|celui|celles|ceux|\w+)\s+(?:de|d.|du)\s+(?:{OTHER_PERSON_NAMED.pattern})"
    r"\s*(?:est|s.eleve a|atteint|fait)?\s*(?:de|d.|a)?\s*(?:environ\s+)?$"
)
# Money paid to the writer (« mon ex me verse 200 € ») stays the writer's.
_TO_WRITER = re.compile(r"\b(?:me|nous|moi)\b|\bm['’]")


def relative_money(before: str) -> bool:
    """Whether the sum after `before` (its sentence up to it, folded) is a relative's: its clause's subject a
    relative or a third person with a verb of having or earning, and no first person between them and the sum."""
    if not RELATIVE_SUMS:
        return False
    if _OF_RELATIVE.search(before):
        return True
    clause = re.split(r"[,;:(]|\bmais\b|\btandis que\b|\balors que\b", before)[-1]
    subject = OTHER_PERSON_NAMED.search(clause) or _THIRD_SUBJECT.search(clause)
    if not subject:
        return False
    rest = clause[subject.end() :]
    verb = _HAVING.search(rest)
    if not verb or len(rest[: verb.start()].split()) > 4:
        return False
    return not FIRST_PERSON_AFTER.search(rest) and not _TO_WRITER.search(rest)


# A draft's relative named before a sum, with no « vous » after them (« La pension de votre mère, 950 € par mois »).
_DRAFT_RELATIVE = re.compile(
    r"\b(?:votre|vos)\s+(?:\w+\s+)?(?:ex-?\s*)?(?:mari|epou\w*|femme|conjoint\w*|compagn\w*|concubin\w*|partenaire|"
    r"fils|filles?|enfants?|pere|mere|parents?|frere|soeur|petit-fils|petite-fille|belle-\w+|beau-\w+|neveu|niece)\b"
)


def draft_relative(before: str) -> bool:
    """Whether a draft's sum after `before` (its sentence up to it, folded) is said of a relative: one named before
    it and no « vous » after them."""
    if not RELATIVE_SUMS:
        return False
    named = list(_DRAFT_RELATIVE.finditer(before))
    return bool(named) and not re.search(r"\bvous\b", before[named[-1].end() :])


def writer_given(kind: str, own: bool, theirs: bool) -> bool:
    """Whether a draft's sum of the writer's own, the same as a relative's in the message, is contradicted though
    the writer tells no sum of their own: only a sum of one person's kind (a salary, a pension, a benefit)."""
    return RELATIVE_SUMS and own and theirs and kind in _PERSONAL_KINDS


# --- children named by a placeholder ----------------------------------------------------------------------------
_CHILD_WORD = r"(fils|filles?|garcons?|petit-fils|petite-fille)"
_NAMED_CHILD = re.compile(
    rf"\b(?:mon|ma|notre)\s+{_CHILD_WORD}\s+\[personne_\d+\]\s*,?\s*(?:\(\s*)?"
    r"(?:qui a |qui aura |a |aura |agee? de |age de )?(\d{1,2})\s*(ans?|mois)\b"
)
_DRAFT_CHILD = re.compile(
    rf"\bvous avez\s+(?:[\w']+\s+){{0,3}}?(?:un|une)\s+{_CHILD_WORD}\s+(?:agee?\s+)?de\s+(\d{{1,2}})\s*(ans?|mois)\b"
)
_DRAFT_CHILD_SKIP = re.compile(r"(?:\bsi\b|\blorsqu\w*|\bquand\b)[^.;:]{0,50}$")


def _sex(word: str) -> str:
    return "m" if word.startswith(("fils", "garcon", "petit-fils")) else "f"


def _months(number: str, unit: str) -> float:
    return float(number) * (12 if unit.startswith("an") else 1)


def named_child_ages(folded: str) -> set[tuple[float, str]]:
    """The ages, in months, and sexes of the children a folded message names by a placeholder (« mon fils
    [PERSONNE_1] a 4 ans »)."""
    if not NAMED_CHILDREN:
        return set()
    return {(_months(m.group(2), m.group(3)), _sex(m.group(1))) for m in _NAMED_CHILD.finditer(folded)}


def child_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A child's age a draft gives after a few words (« vous avez à charge une fille de 15 ans »)."""
    if not NAMED_CHILDREN:
        return []
    out: list[tuple[int, str, list[Trait]]] = []
    for m in _DRAFT_CHILD.finditer(folded):
        if _DRAFT_CHILD_SKIP.search(folded[: m.start()]):
            continue
        whole = int(m.group(3).startswith("an"))
        value = f"{_months(m.group(2), m.group(3)):g}|{whole}|{_sex(m.group(1))}"
        out.append((m.start(), m.group(), [Trait("child_age", value)]))
    return out


# --- years of work ----------------------------------------------------------------------------------------------
_ABOUT = r"(plus de |pres de |environ |presque |bientot |quasiment )?"
_WORKED = r"(?:travaille|bosse|exerce|ete salariee?|ete employee?|ete \w+ere?|fait)"
_CAREER_TOLD = re.compile(
    rf"\b(?:j.ai|j ai|jai)\s+(?:\w+\s+){{0,2}}?{_WORKED}\s+(?:[\w'\[\]]+\s+){{0,3}}?(?:pendant\s+|durant\s+)?"
    rf"{_ABOUT}(\d{{1,2}})\s+ans\b"
    rf"|\b(?:j.etais|j etais|jetais)\s+\w+(?:\s+\w+)?\s+(?:pendant\s+|durant\s+)?{_ABOUT}(\d{{1,2}})\s+ans\b"
    rf"|\bapres\s+{_ABOUT}(\d{{1,2}})\s+ans\s+(?:dans|chez|de (?:travail|carriere|service|metier|bons)|d.activite|"
    r"a la|au|en tant)"
    rf"|\b(?:ma|une) carriere de {_ABOUT}(\d{{1,2}})\s+ans\b"
    rf"|\b{_ABOUT}(\d{{1,2}})\s+ans de (?:carriere|travail|service|metier)\b"
)
_CAREER_DRAFT = re.compile(
    rf"\b(?:vos|avec)\s+{_ABOUT}(\d{{1,2}})\s+(?:ans|annees)\s+(?:de\s+)?(?:carriere|travail|service|activite|metier)"
    rf"|\bvous avez\s+(?:\w+\s+){{0,2}}?{_WORKED}\s+(?:[\w']+\s+){{0,4}}?(?:pendant\s+|durant\s+)?"
    rf"{_ABOUT}(\d{{1,2}})\s+ans\b"
)
_CAREER_SKIP = re.compile(r"(?:\bsi\b|\bs.il|\blorsqu\w*|\bquand\b|\bil faut\b|\bmanque\w*)[^.;:]{0,60}$")


def _figure(m: re.Match[str]) -> tuple[str, str]:
    groups = m.groups()
    index = next(i for i in range(1, len(groups), 2) if groups[i])
    return (groups[index - 1] or "").strip(), groups[index]


def read_career(folded: str) -> set[str]:
    """The writer's years of work a folded message gives ("38", "~30"), a relative's left out."""
    out: set[str] = set()
    if not CAREER_YEARS:
        return out
    for sentence in sentences(folded):
        for m in _CAREER_TOLD.finditer(sentence):
            clause = re.split(r",|\bmais\b", sentence[: m.start()])[-1]
            if OTHER_PERSON_NAMED.search(clause) or _CAREER_SKIP.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue
            about, years = _figure(m)
            out.add(f"{'~' if about else ''}{years}")
    return out


def career_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The years of work a draft gives the writer (« vos 28 années de carrière », « vous avez travaillé 21 ans »)."""
    if not CAREER_YEARS:
        return []
    out: list[tuple[int, str, list[Trait]]] = []
    for m in _CAREER_DRAFT.finditer(folded):
        if _CAREER_SKIP.search(folded[: m.start()]):
            continue
        about, years = _figure(m)
        out.append((m.start(), m.group(), [Trait("career_years", f"{'~' if about else ''}{years}")]))
    return out


def career_verdict(value: str, w: Writer) -> str:
    """The draft's years of work against the writer's: the same (within a year where either is approximate) is
    consistent; another is contradicted, unless the message gives the draft's figure in years elsewhere (« 28 ans »
    at a firm the reading missed: left open)."""
    told = w.moved.get("career", set())
    if not told:
        return UNSUPPORTED
    years = float(value.lstrip("~"))
    for t in told:
        slack = 1.0 if t.startswith("~") or value.startswith("~") else 0.0
        if abs(float(t.lstrip("~")) - years) <= slack:
            return CONSISTENT
    said = {u.split("|")[0] for u in w.moved.get("years", set()) if u.endswith("|year")}
    return UNSUPPORTED if value.lstrip("~") in said else CONTRADICTED


# --- quarters and years -----------------------------------------------------------------------------------------
_QUARTER_OR_YEAR = re.compile(r"(?<![\w,.])(\d{1,3})\s+(trimestres|ans|annees)\b")
_DRAFT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
_COUNTED = re.compile(r"(?<![\w,.])(\d{2,3})\s+trimestres\s+(?:valides|cotises|acquis)\b")
_COUNT_SKIP = re.compile(r"(?:\bsi\b|\bs.il|\blorsqu\w*|\bquand\b|\bil faut\b|\bpour\b|\bmanque\w*)[^.;:]{0,60}$")


def _word_before(folded: str, start: int) -> str:
    words = re.findall(r"[a-z]+", folded[max(0, start - 30) : start])
    return words[-1] if words else ""


def _units(folded: str) -> set[str]:
    """Every "figure|word before|unit" of quarters and years in a folded text."""
    return {
        f"{m.group(1)}|{_word_before(folded, m.start())}|{'quarter' if m.group(2) == 'trimestres' else 'year'}"
        for m in _QUARTER_OR_YEAR.finditer(folded)
    }


def quarter_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """Quarters and years a draft sentence says of the writer, and quarters counted « validés »."""
    if not QUARTERS_AS_YEARS or not _DRAFT_WRITER.search(folded):
        return []
    out: list[tuple[int, str, list[Trait]]] = []
    traits = [Trait("quarter_unit", u) for u in sorted(_units(folded))]
    if traits:
        out.append((0, folded.strip(), traits))
    for m in _COUNTED.finditer(folded):
        if not _COUNT_SKIP.search(folded[: m.start()]):
            out.append((m.start(), m.group(), [Trait("quarters", m.group(1))]))
    return out


def quarter_unit_verdict(value: str, w: Writer) -> str:
    """Contradicted where the message gives the figure after the same word in the other unit, never in this one."""
    figure, before, unit = value.split("|")
    told = [t.split("|") for t in w.moved.get("units", set()) if t.startswith(f"{figure}|")]
    if any(u == unit for _, _, u in told):
        return UNSUPPORTED
    return CONTRADICTED if any(b == before and u != unit for _, b, u in told) else UNSUPPORTED


# --- the writer ---------------------------------------------------------------------------------------------------
def read_moved(folded: str, writer: Writer) -> None:
    """What this module reads of a folded message, stored on `writer`: the children named by a placeholder, the
    writer's years of work, the quarters and years told after their word."""
    writer.child_ages |= named_child_ages(folded)
    writer.moved = {"career": read_career(folded), "years": _units(folded) if CAREER_YEARS else set()}
    if QUARTERS_AS_YEARS:
        writer.moved["units"] = _units(folded)


def draft_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """Every claim this module reads in a folded draft sentence."""
    return child_claims(folded) + career_claims(folded) + quarter_claims(folded)


VERDICTS = {"career_years": career_verdict, "quarter_unit": quarter_unit_verdict}
