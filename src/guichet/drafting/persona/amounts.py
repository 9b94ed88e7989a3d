"""The sums of money the writer tells, and those a draft gives back ("je touche 1 120 € par mois de pension de base
et 340 € de complémentaire" / "vos pensions représentent au total 1 460 € par mois", "l'APL de 180 € a été réduite à
95 €" / "votre APL a été réduite à 85 €", "un salaire brut de 2 300 €, à peu près 1 800 € net" / "avec un salaire
brut de 1 800 €").

A model that restates the writer's money shifts a figure, turns a net salary into a gross one, or gives a monthly sum
for a yearly one; the check of income (`traits._income`) only reads an income against a bound. This one reads every
sum of euros the message gives, with what it is (a rent, a salary, a pension, a benefit, a debt, savings, a grant…),
the period it is given for (a day, a month, a year…) and "net" or "brut", and judges each sum a draft sentence says of
the writer against them: the same sum, said for another period ("24 000 € par an" / "2 000 € par mois"), or the total
or the difference of sums told in one sentence, is consistent; another sum of a kind of money the message gives a
figure for is contradicted ("votre APL a été réduite à 85 €" to "réduite à 95 €"), and the same figure with net and
gross swapped. A sum of a kind the message gives no figure for gives no trait, nor does a sum under a condition or a
possibility ("si vos revenus dépassent 1 500 €", "vous pouvez recevoir jusqu'à 300 €"): what a fiche says to every
reader. Texts are folded, numbers in digits.
"""

import re
from dataclasses import dataclass
from itertools import combinations

from guichet.drafting.persona import moved_facts, reckoned_sums, resources
from guichet.drafting.persona.earnings import earnings_kinds, paid_by_writer
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject
from guichet.drafting.persona.sum_periods import far_period, moved_period

_SUM = re.compile(r"(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d{1,6})(?:,(\d{1,2}))?\s*(?:€|euros?\b)")
# What a sum is; the longer names first ("dettes de loyer" is a debt, "pension alimentaire" no pension).
_KINDS = (
    ("debt", r"(?:dettes?|arrieres?|impayes?|retards?) de loyers?"),
    ("alimony", r"pensions? alimentaires?"),
    ("invalidity", r"pensions? d.invalidite"),
    ("housing_aid", r"apl|als|alf|aides? (?:personnalisees? )?au logement|allocations? (?:de )?logement"),
    ("family", r"allocations? familiales|complement familial|prepare|paje|allocation de rentree scolaire|ars"),
    ("unemployment", r"allocations? (?:de )?retour a l.emploi|are|ass|chomage|allocations? chomage"),
    ("rsa", r"rsa|revenu de solidarite active"),
    ("aah", r"aah|allocation aux adultes handicapes"),
    ("rent", r"loyers?"),
    ("salary", r"salaires?|paies?|payes?|gagne|gagnez|gagnons|smic|remunerations?|mi-temps paye"),
    ("pension", r"retraites?|pensions?|complementaires?"),
    ("debt", r"dettes?|decouverts?|credits?|prets?|trop-percus?|trop percus?|mensualites?"),
    ("savings", r"epargnes?|livrets?|economies|de cote"),
    ("grant", r"bourses?"),
    # a volunteer's allowance ("une indemnité de 900 € par mois", "150 € d'argent de poche"), not sick pay
    ("daily_allowance", r"indemnites? journalieres?|ij"),
    ("allowance", r"indemnites?(?! (?:de licenciement|kilometriques?|de rupture))|argent de poche"),
    ("income", r"revenus?|ressources"),
)
_KIND = re.compile("|".join(rf"(?P<k{i}>\b(?:{p})\b)" for i, (_, p) in enumerate(_KINDS)))
# A kind right after a sum binds to it ("340 € de complémentaire", "4 200 € de dettes de loyer").
_BOUND_AFTER = re.compile(r"\s*(?:net|nets|brut|bruts|par mois|par an|mensuels?)?\s*(?:de |d.|sur (?:mon|ma|mes) )")
_PERIODS = (
    (1 / 30, r"par jour|/ ?jour|journaliers?|quotidien\w*"),
    (12 / 52, r"par semaine|/ ?semaine|hebdomadaires?"),
    (1.0, r"par mois|/ ?mois|mensuel\w*|chaque mois|tous les mois"),
    (3.0, r"par trimestre|/ ?trimestre|trimestriel\w*"),
    (12.0, r"par an\b|/ ?an\b|par annee|annuel\w*|pour l.annee|chaque annee|sur l.annee"),
)
_APPROX = re.compile(
    r"\b(?:environ|pres de|autour de|a peu pres|quelque|en moyenne|approximativement|plus ou moins)\b"
)
# A sum said to be a change ("une baisse de 85 €", "réduite de 85 €"): the difference of two sums may make it good.
_CHANGE = re.compile(
    r"\b(?:baisse|hausse|diminution|augmentation|reduction|perte|ecart|difference|reduite?s?|diminuee?s?|"
    r"augmentee?s?|baisse|perdez|perdu)\s+(?:\w+\s+)?(?:de|d.)\s*$|\bde (?:moins|plus)\b"
)
_DRAFT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
# A sentence that opens on the writer's money and then says "vous" ("Avec un salaire net de 1 900 €, vous …").
_OPENING = re.compile(r"^\W*(?:avec|compte tenu d.|au vu d.|etant donne)\s*(?:un|une|des|votre|vos|le|la|les)\b")
# A condition, an example, a possibility, a computation or a rule before the sum, anywhere in its sentence: a
# fiche's figure, not the writer's ("Par exemple, si …, vous devrez encore payer 1 000 €", "votre indemnité sera
# calculée …", "plafonné à 3 428 € par mois").
_NOT_OWN = re.compile(
    r"(?:\bsi\b|\bs.il|\blorsqu\w*|\bquand\b|\ben cas de\b|\ba condition|\bpouvez|\bpourr\w+|\bpeu[tv]\w*|"
    r"\baurez droit|\bexemple|\bsoit\b|\bsera\b|\bseront\b|\bserai\w+|\bcalcul\w*|\begale?s? a\b|\bcompris\w* entre|"
    r"\bjusqu.a|\bmaximum|\bmaximal\w*|\bplafon\w*|\bminimum|\bminimal\w*|\bau (?:plus|moins)\b|\bforfait\w*|"
    r"\bne (?:doi\w+|peu\w+) pas\b|\bdepass\w*|\binferieur\w*|\bsuperieur\w*|\bmoins de\b|\bplus de\b|\bseuil\w*|"
    r"\bbareme|\bdevr\w+|\blimite\b|\bdans la limite)"
)
# What ties a sum to the writer's own money: a possessive, or "vous" with a verb of having, receiving or paying.
_OWN = re.compile(
    r"\b(?:votre|vos)\b|\bvous (?:ne |n.)?(?:percevez|perceviez|touchez|touchiez|recevez|receviez|gagnez|gagniez|"
    r"payez|payiez|avez|aviez|disposez|beneficiez|remboursez|devez)\b"
)
# Another person's earnings ("mon ex-compagne, cheffe de rayon, gagne 2 400 €", "je touche 1 100 € et lui 1 900 €"):
# a verb of earning after a person named, or "et lui" before the sum. Money paid to the writer ("son père verse
# 150 € de pension") stays the writer's.
_EARNS = re.compile(r"\b(?:gagne|gagnait|touche|percoit|est payee?)\b(?:\s+[\w']+){0,4}[\s(]*$")
_EARNER = re.compile(r"\b(?:il|elle|qui)\s+(?:\w+\s+){0,2}$")
_HIS = re.compile(r"\b(?:et|alors que|tandis que)\s+(?:lui|elle)\s*,?\s*$")
# A draft's sum said of another person ("votre compagnon gagne 2 100 €").
_DRAFT_OTHER = re.compile(
    r"\b(?:votre|vos)\s+(?:ex-?\s*)?(?:mari|epou\w*|femme|conjoint\w*|compagn\w*|concubin\w*|partenaire|fils|filles?|"
    r"enfants?|pere|mere|parents?|frere|soeur|ex)\b[^,;:]{0,40}$"
)
# A rate by the hour, or by the child: no sum of the writer's.
_RATE_AFTER = re.compile(r"\s*(?:brut\w* |net\w* )?(?:de l.heure|par heure|/ ?h\b|par enfant|par personne)")


@dataclass(frozen=True)
class Sum:
    """A sum of euros: its value, its period in months (0 when none is said), its kind ("" when none), net or gross."""

    value: float
    months: float
    kind: str
    net: str  # "net", "brut" or ""
    sentence: int  # which sentence of the text it is in
    start: int = 0  # where it starts in the text
    other: bool = False  # another person's earnings, not the writer's (`_EARNS`)


def _value(m: re.Match[str]) -> float:
    return float(re.sub(r"\D", "", m.group(1))) + (float(f"0.{m.group(2)}") if m.group(2) else 0.0)


def _kinds(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _KIND.finditer(text):
        index = next(i for i, g in enumerate(m.groups()) if g)
        out.append((m.start(), m.end(), _KINDS[index][0]))
    # "vacations", what a job "rapporte" (`earnings`); a mutuelle, a canteen, aids (`reckoned_sums`)
    out = [(s, e, resources.share_kind(text, s, k)) for s, e, k in out]  # « ma part de loyer » (`resources`)
    return sorted(out + earnings_kinds(text) + reckoned_sums.money_kinds(text))


def _period(before: str, after: str) -> float:
    for months, pattern in _PERIODS:
        if re.match(rf"\s*(?:net|nets|brut|bruts)?\s*(?:{pattern})", after):
            return months
        if re.search(rf"(?:{pattern})\s+(?:\w+\s+)?(?:de|d.|est de|s.eleve a|a)?\s*$", before[-40:]):
            return months
    return far_period(after, _PERIODS)  # "9 600 € de chiffre d'affaires sur l'année" (`sum_periods`)


def _net(before: str, after: str) -> str:
    near = re.match(r"\s*(?:par \w+\s+)?(nets?|brut\w*)\b", after)
    if near:
        return "net" if near.group(1).startswith("net") else "brut"
    near = re.search(r"\b(nets?|brut\w*)\s+(?:\w+\s+)?(?:de|d.|est de|a|d.environ)?\s*$", before[-30:])
    if near:
        return "net" if near.group(1).startswith("net") else "brut"
    # "votre salaire net indiqué sur votre bulletin est de 1 801 €": the word of the subject, its verb before the sum
    far = re.search(
        r"\b(?:salaire|paie|remuneration) (nets?|brut\w*)\b[^,;:€]{0,40}\b(?:est|s.eleve a)\s+(?:de\s+)?$", before
    )
    if far:
        return "net" if far.group(1).startswith("net") else "brut"
    return ""


def others_money(before: str) -> bool:
    """Whether the sum after `before` (its sentence up to it) is another person's earnings (`_EARNS`, `_HIS`)."""
    earns = _EARNS.search(before)
    return bool(_HIS.search(before)) or bool(
        earns and (other_subject(before[: earns.start()]) or _EARNER.search(before[: earns.start()]))
    )


def read_sums(folded: str) -> list[Sum]:
    """Every sum of euros a folded text gives, with its period, its kind and whether it is net or gross."""
    out: list[Sum] = []
    # Sentences end on a full stop, not on the dot of "1.500 €".
    for number, piece in enumerate(re.finditer(r"(?:[^.;!?\n]|\.(?=\d))+", folded)):
        sentence = piece.group()
        found = list(_SUM.finditer(sentence))
        kinds = _kinds(sentence)
        bound: dict[int, tuple[int, str]] = {}  # sum's start → (kind's start, kind) bound right after it
        for m in found:
            tail = _BOUND_AFTER.match(sentence, m.end())
            if tail:
                kind = next((k for k in kinds if k[0] == tail.end()), None)
                if kind:
                    bound[m.start()] = (kind[0], kind[2])
        taken = {start for start, _ in bound.values()}
        for m in found:
            if m.start() in bound:
                kind = bound[m.start()][1]
            else:
                before = [k for k in kinds if k[1] <= m.start() and k[0] not in taken]
                kind = before[-1][2] if before else ""
            text_before, text_after = sentence[: m.start()], sentence[m.end() : m.end() + 60]
            value = _value(m)
            months, net = _period(text_before, text_after), _net(text_before, text_after)
            other = others_money(text_before) or moved_facts.relative_money(text_before)  # « il a » (`moved_facts`)
            out.append(Sum(value, months, kind, net, number, piece.start() + m.start(), other))
    return out


def amount_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The sums a folded draft sentence gives the writer ("votre APL a été réduite à 85 €" → "85|0|housing_aid|")."""
    out: list[tuple[int, str, list[Trait]]] = []
    for told in read_sums(folded):
        before = folded[: told.start]
        clause_start = max(before.rfind(c) for c in ",;:") + 1
        opening = _OPENING.match(before) and _DRAFT_WRITER.search(folded[told.start :])
        own = _OWN.search(before) or paid_by_writer(before)  # "vous versez 450 €" (`earnings`)
        if not (own or opening) or _NOT_OWN.search(before):
            continue
        end = _SUM.match(folded, told.start)
        if end and _RATE_AFTER.match(folded, end.end()):
            continue
        approx = "~" if _APPROX.search(folded[max(0, told.start - 25) : told.start]) else ""
        change = "d" if _CHANGE.search(before[-40:]) or _CHANGE.match(folded[told.start :]) else ""
        # A draft's kind of money is read near its sum ("Carte retraité … Vous devez payer 25 €" is no pension).
        near = _kinds(folded[max(0, told.start - 50) : told.start + 40])
        kind = told.kind if any(k == told.kind for _, _, k in near) else ""
        kind = reckoned_sums.bound_kind(folded, told.start, told.kind, kind)  # « par mois de pension alimentaire »
        other = "o" if _DRAFT_OTHER.search(before[clause_start:]) or moved_facts.draft_relative(before) else ""
        value = f"{told.value:g}|{told.months:g}|{kind}|{told.net}|{approx}{change}{other}"
        out.append((clause_start, folded[clause_start : end.end() if end else told.start], [Trait("amount", value)]))
    return out


def _candidates(sums: list[Sum], changes: bool, own: bool) -> list[tuple[float, float, str]]:
    """The sums of a message (the writer's only, for a draft's sum of the writer's: `own`), and the totals of sums
    told in one sentence, and their differences when the draft speaks of a change: (value, months, net)."""
    out = [(s.value, s.months, s.net) for s in sums if not (own and s.other)]
    for size in (2, 3):
        for group in combinations(sums, size):
            if len({s.sentence for s in group}) != 1 or len({s.months for s in group if s.months}) > 1:
                continue
            months = next((s.months for s in group if s.months), 0.0)
            out.append((sum(s.value for s in group), months, ""))
            if size == 2 and changes:
                out.append((abs(group[0].value - group[1].value), months, ""))
    return out


def _same(value: float, months: float, other: float, other_months: float, approx: bool) -> bool:
    slack = 0.05 if approx else 0.005
    if months and other_months and months != other_months:
        value, other = value / months, other / other_months
        slack = max(slack, 0.02)
    return abs(value - other) <= max(1.0, slack * other)


def amount_verdict(value: str, sums: list[Sum]) -> str:
    """A draft's sum against the message's sums: the same (for any period, or a total or a difference of sums of
    one sentence) is consistent; another, of a kind the message gives a figure for, contradicted."""
    raw, months_text, kind, net, approx = value.split("|")
    amount, months = float(raw), float(months_text)
    own = "o" not in approx
    same = [
        c_net
        for c_value, c_months, c_net in _candidates(sums, "d" in approx, own)
        if _same(amount, months, c_value, c_months, "~" in approx)
    ]
    if same:
        return CONTRADICTED if net and all(n and n != net for n in same) else CONSISTENT
    mine = [s for s in sums if not (own and s.other)]
    if moved_period(amount, months, [(s.value, s.months) for s in mine]):
        return CONTRADICTED  # "9 600 € par mois" to "9 600 € … sur l'année" (`sum_periods`)
    if kind and any(s.kind == kind for s in mine):
        return CONTRADICTED
    if resources.same_earnings(kind, [s.kind for s in mine]):
        return CONTRADICTED  # « vous gagnez 1 800 € par mois » to « mon revenu annuel est de 16 500 € » (`resources`)
    if reckoned_sums.aid_total(kind, [s.kind for s in mine]):
        return CONTRADICTED  # « 500 euros d'aides » to « 400 € d'APL et 200 € d'allocations » (`reckoned_sums`)
    # Another person's earnings given to a writer who tells their own money: "vous gagnez 2 400 €" to "je gagne
    # 1 650 € … mon ex-compagne gagne 2 400 €".
    theirs = [s for s in sums if s.other and _same(amount, months, s.value, s.months, "~" in approx)]
    lone = moved_facts.writer_given(kind, own, bool(theirs))  # a relative's pension said the writer's (`moved_facts`)
    return CONTRADICTED if own and theirs and (mine or lone) else UNSUPPORTED


def settle_income(verdicts: dict[Trait, str]) -> dict[Trait, str]:
    """An income the check of income (`traits._income`) finds in no single sum of the message is good when this check
    finds it a total, or the same sum for another period ("vos ressources s'élèvent au total à 1 120 € par mois")."""
    good = {t.value.split("|")[0] for t, v in verdicts.items() if t.kind == "amount" and v == CONSISTENT}
    return {
        t: CONSISTENT if t.kind == "income" and t.value.lstrip("=~") in good and not t.negated else v
        for t, v in verdicts.items()
    }
