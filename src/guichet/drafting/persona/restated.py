"""The writer's figures, hosts, home loan and contract said again with one word changed (fifty-sixth pass, issue 14).

A model restating a case keeps a figure and changes what goes with it, or keeps the fact and changes who or how:

* « 300 € par mois » said « 300 € par semaine », « 30 heures par mois » said « par semaine », « six semaines » said
  « six mois », a baby's « 8 mois » said « 8 ans »: the same figure with another unit or period, where the message
  never gives it with the draft's, is another fact (`SAME_FIGURE_OTHER_UNIT`); a figure the message gives in both
  units, or in none, is left to the other readers;
* « mes deux fils me versent chacun 150 € » said « vos fils vous versent ensemble 150 € »: a sum each said as a sum
  together (`EACH_NOT_TOGETHER`);
* « vous êtes hébergé par vos parents »: a home « hébergé par » is a hosted one as « hébergé chez » is, and « je dors
  chez ma mère », « je suis revenu chez ma mère » host the writer (`HOSTED_BY`); whom the message names as the host
  (a parent, a sibling, a friend…) is compared with the draft's, and a host the message does not name leaves the
  sentence open, as a duration does (`HOST_NAMED`);
* « on a acheté la maison comptant » / « vous remboursez le prêt de votre maison », and the reverse: a home paid
  without a loan or with one (`PAID_CASH`);
* « je suis en mission d'intérim » / « vous êtes en CDD », and the reverse: one contract said as the other, where the
  message gives the writer only one of the two (`CDD_NOT_INTERIM`; a writer holding both names both).

Texts are folded (`guichet.text.fold`), numbers in digits (`lexicon.spell_digits`). Each switch is read at call
time, so the lead can measure each way:"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED, sentences
from guichet.drafting.persona.model import Trait, Writer
from guichet.text import SMALL_NUMBERS

# The same figure with another unit (« 300 € par mois » / « par semaine », « six semaines » / « six mois »).
SAME_FIGURE_OTHER_UNIT = True
# A sum « chacun » said as a sum « ensemble », « à deux », « au total ».
EACH_NOT_TOGETHER = True
# « hébergé par vos parents » is hosted, « je dors chez ma mère » hosts the writer.
HOSTED_BY = True
# The host named by the draft compared with the message's; a host the message does not name leaves it open.
HOST_NAMED = True
# A home paid « comptant » (without a loan) or with a loan.
PAID_CASH = True
# A CDD and an interim mission are not one contract.
CDD_NOT_INTERIM = True

# Figures in words from two (« un », « une » are articles more often than figures), and a few round ones.
_SMALL = {word: n for word, n in SMALL_NUMBERS.items() if n > 1}
_SMALL |= {"onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30}
_FIGURE = r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:,\d{1,2})?|" + "|".join(_SMALL) + r")"
_TIME_UNITS = {"an": "year", "ans": "year", "annee": "year", "annees": "year", "mois": "month"}
_TIME_UNITS |= {"semaine": "week", "semaines": "week", "jour": "day", "jours": "day"}
_PERIOD = (
    r"\s*(?:nets?|bruts?)?\s*(?:\(?\s*(?:environ|a peu pres)\s*\)?\s*)?"
    r"(?:par|/|chaque|tous les|toutes les)\s*(jour|semaine|mois|an|annee|trimestre)\b"
)
_PERIODS = {"jour": "day", "semaine": "week", "mois": "month", "an": "year", "annee": "year", "trimestre": "quarter"}
_TIME = re.compile(rf"(?<![\w,.])(?:{_FIGURE})\s+(ans?|annees?|mois|semaines?|jours?)\b(?!\s+et demie?)")
_MONEY = re.compile(rf"(?<![\w,.])(?:{_FIGURE})\s*(?:€|euros?\b)(?:{_PERIOD})?")
_HOURS = re.compile(rf"(?<![\w,.])(?:{_FIGURE})\s*(?:h\b|heures?\b)(?:{_PERIOD})?")
_DRAFT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
_CONDITION = re.compile(r"^\W*(?:si|lorsque|quand|des que|a condition)\b|\bsi vous\b")


def _number(text: str) -> str:
    value = _SMALL.get(text)
    return str(value) if value else re.sub(r"[ \u00a0\u202f.]", "", text).replace(",", ".")


def _word_before(folded: str, start: int) -> str:
    """The word right before a figure (« depuis », « dans », « environ », « perdu »), "" at the start."""
    words = re.findall(r"[a-z]+", folded[max(0, start - 30) : start])
    return words[-1] if words else ""


def read_figures(folded: str) -> dict[str, set[str]]:
    """Every figure a folded text gives with a unit, by the word before it: {"time|18": {"depuis|month"},
    "money|300": {"environ|month"}, "hours|30": {"perdu|week"}}; a sum or hours without a period give none."""
    found: dict[str, set[str]] = {}
    for m in _TIME.finditer(folded):
        unit = _TIME_UNITS[m.group(2)]
        found.setdefault(f"time|{_number(m.group(1))}", set()).add(f"{_word_before(folded, m.start())}|{unit}")
    for name, pattern in (("money", _MONEY), ("hours", _HOURS)):
        for m in pattern.finditer(folded):
            if m.group(2):
                unit = _PERIODS[m.group(2)]
                found.setdefault(f"{name}|{_number(m.group(1))}", set()).add(
                    f"{_word_before(folded, m.start())}|{unit}"
                )
    return {key: units for key, units in found.items() if _number(key.split("|")[1]) not in {"0", "1"}}


def figure_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The figures with a unit a draft sentence says of the writer (« vous percevez 300 € par semaine »)."""
    if not SAME_FIGURE_OTHER_UNIT or not _DRAFT_WRITER.search(folded) or _CONDITION.search(folded):
        return []
    traits = [Trait("figure_unit", f"{key}|{u}") for key, units in read_figures(folded).items() for u in sorted(units)]
    return [(0, folded.strip(), traits)] if traits else []


def figure_verdict(value: str, w: Writer) -> str:
    """Contradicted where the message gives the same figure with another unit and never with this one."""
    kind, figure, before, unit = value.split("|")
    told = [t.split("|") for t in w.restated.get(f"{kind}|{figure}", set())]
    if any(u == unit for _, u in told):
        return UNSUPPORTED  # the message gives the figure with this unit too
    # the same figure after the same word (« depuis 18 mois » / « depuis 18 ans »), with another unit
    return CONTRADICTED if any(b == before and u != unit for b, u in told) else UNSUPPORTED


_EACH = re.compile(r"\bchacune?s?\b")
_TOGETHER = re.compile(
    r"\b(?:ensemble|a (?:eux|elles|vous|nous) (?:deux|trois|quatre)|a (?:deux|trois|quatre)|au total|en tout"
    r"|tous les deux|toutes les deux)\b"
)
_EACH_DRAFT = re.compile(r"\bchacune?s?\b|\bpar personne\b|\bchaque\b")


def _each_sums(folded: str) -> set[str]:
    """The sums a folded message gives « chacun » (« mes deux fils me versent chacun 150 euros »)."""
    found: set[str] = set()
    for sentence in sentences(folded):
        for clause in re.split(r",|\bmais\b|\bet (?:moi|lui|elle)\b", sentence):
            if _EACH.search(clause):
                found |= {_number(m.group(1)) for m in _MONEY.finditer(clause)}
    return found


def each_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A sum a draft says together (« vos fils vous versent ensemble 150 € »)."""
    if not EACH_NOT_TOGETHER or not _TOGETHER.search(folded) or _EACH_DRAFT.search(folded):
        return []
    traits = [Trait("sum_together", _number(m.group(1))) for m in _MONEY.finditer(folded)]
    return [(0, folded.strip(), traits)] if traits else []


def each_verdict(value: str, w: Writer) -> str:
    return CONTRADICTED if value in w.restated.get("each", set()) else UNSUPPORTED


_HOSTS = {
    "parent": r"parents|pere|mere|papa|maman|darons?|vieux",
    "grandparent": r"grands?-parents|grand-mere|grand-pere|grands-meres|mamie|papi|papy|grand mere|grand pere",
    "in_law": r"beaux-parents|belle-mere|beau-pere|belle-famille|belle-soeur|beau-frere",
    "sibling": r"freres?|soeurs?|frangine?s?",
    "child": r"fils|filles?|enfants?",
    "friend": r"amie?s?|copains?|copines?|potes?|connaissances?",
    "relative": r"oncles?|tantes?|cousine?s?|famille",
}
_HOST_WORD = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _HOSTS.items())
_MESSAGE_HOSTED = re.compile(
    r"\b(?:je|j.|nous|on)\s*(?:\w+\s+)?(?:vis|vivons|habite|habitons|loge|dors|dormons|suis hebergee?"
    r"|sommes heberges|suis logee?|sommes loges|suis (?:re)?venue?(?: vivre| habiter)?"
    r"|suis retournee? (?:vivre|habiter)"
    r"|suis rentree?|suis (?:allee? )?(?:m.)?installee?|me suis installee?|(?:allee? )?m.installer)\s+"
    r"(?:encore |toujours |provisoirement |temporairement |gratuitement |actuellement |pour l.instant "
    r"|pour le moment )?"
    r"(?:chez|par) (?:mon|ma|mes|un|une|des|nos|notre) (?:\w+ )?"
    rf"(?:{_HOST_WORD})\b"
)
# « j'ai été hébergée chez mon frère », « je vivais chez mes parents »: a host of before, said by a draft in the past
_HOSTED_BEFORE = re.compile(
    r"\b(?:je|j.|nous|on)\s*(?:\w+\s+)?(?:ai ete|avons ete|etais|etions|vivais|habitais|logeais|dormais)\s+"
    r"(?:hebergee?s?\s+|logee?s?\s+)?(?:chez|par) (?:mon|ma|mes|un|une|des|nos|notre) (?:\w+ )?"
    rf"(?:{_HOST_WORD})\b"
)
# « c'est ma fille et son mari qui m'hébergent »
_HOSTS_ME = re.compile(
    rf"\b(?:mon|ma|mes) (?:\w+ )?(?:{_HOST_WORD})\b[^.;!?]{{0,30}}\b(?:qui )?(?:m|nous).(?:heberge|loge)\w*"
)
# « je suis hébergé par la Croix-Rouge »: hosted, by someone the check does not name
_HOSTED_BY_ANY = re.compile(r"\b(?:suis|sommes)\b[^.;!?]{0,40}?\b(?:hebergee?s?|logee?s?) par\b")
_DRAFT_HOSTED_BY = re.compile(r"\b(?:logee?s?|hebergee?s?)\s+(?:\w+\s+)?par\b")
_DRAFT_HOST = re.compile(
    r"\b(?:logee?s?|hebergee?s?|vivez|habitez|dormez|restez|residez)\s+(?:encore |toujours |actuellement )?"
    rf"(?:chez|par) (?:votre|vos|un|une|des) (?:\w+ )?(?:{_HOST_WORD})\b"
)


def _host(m: re.Match[str]) -> str:
    return next(name for name in _HOSTS if m.group(name))


def hosted_message(folded: str) -> bool:
    """Whether a folded message says the writer is hosted in words `writer._HOSTED` does not read (« je dors chez
    ma mère », « je suis hébergé par mon oncle »)."""
    return HOSTED_BY and bool(
        _MESSAGE_HOSTED.search(folded) or _HOSTS_ME.search(folded) or _HOSTED_BY_ANY.search(folded)
    )


def host_traits(clause: str, negated: bool) -> list[Trait]:
    """A draft's home « hébergé par » (hosted) and the host it names."""
    traits: list[Trait] = []
    if HOSTED_BY and _DRAFT_HOSTED_BY.search(clause) and not re.search(r"\b(?:loge|heberge)\w*\s+chez\b", clause):
        traits.append(Trait("housing", "hosted", negated))
    if HOST_NAMED:
        traits += [Trait("host", _host(m), negated) for m in _DRAFT_HOST.finditer(clause)]
    return traits


def host_verdict(value: str, w: Writer) -> str:
    told = w.restated.get("host", set())
    if not told:
        return UNSUPPORTED
    if value == "relative" and told - {"friend"}:
        return CONSISTENT  # « un membre de votre famille »
    return CONSISTENT if value in told else CONTRADICTED


_HOME = r"(?:maison|appartement|appart|logement|pavillon|studio|bien|residence principale|immobilier)"
_CASH = re.compile(r"\b(?:comptant|cash|sans (?:aucun )?(?:pret|credit|emprunt)|aucun (?:pret|credit|emprunt))\b")
_LOAN_DRAFT = re.compile(
    r"\b(?:a credit|(?:avec|grace a|par) (?:un|une) (?:pret|credit|emprunt)|(?:pret|credit|emprunt)s? immobiliers?"
    r"|(?:le|votre|du|un|vos) (?:pret|credit|emprunt)s?\s+(?:de|pour|sur)\s+(?:votre|la|le|l.)\s*" + _HOME + r")\b"
)
_LOAN_MESSAGE = re.compile(
    r"\b(?:a credit|(?:avec|grace a|par) (?:un|une) (?:pret|credit|emprunt)"
    r"|(?:mon|notre|le|un) (?:pret|credit|emprunt) immobilier|(?:pret|credit|emprunt) (?:sur|de) \d+ ans"
    r"|je rembourse (?:un|mon|notre|le) (?:pret|credit|emprunt)"
    r"|nous remboursons (?:un|notre|le) (?:pret|credit|emprunt)|mensualites? (?:du|de mon|de notre) (?:pret|credit))\b"
)
_LOAN_OVER = re.compile(r"\b(?:fini|finie|termine|terminee|solde|soldee|integralement|plus de (?:pret|credit))\b")


def _paid(text: str, *, draft: bool) -> set[str]:
    """« cash » or « loan »: how a folded text says the home was paid."""
    found: set[str] = set()
    for sentence in sentences(text):
        if not re.search(rf"\b{_HOME}\b", sentence):  # a home, not a car bought on credit
            continue
        if _CASH.search(sentence) and re.search(r"\bachet|\bpaye|\bregle|\bacqui", sentence):
            found.add("cash")
        elif (_LOAN_DRAFT if draft else _LOAN_MESSAGE).search(sentence) and not (
            not draft and _LOAN_OVER.search(sentence)
        ):
            found.add("loan")
    return found


def paid_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """How a draft sentence says the writer's home was paid (« vous remboursez le prêt de votre maison »)."""
    if not PAID_CASH or not _DRAFT_WRITER.search(folded) or _CONDITION.search(folded):
        return []
    negated = bool(re.search(r"\b(?:n.|ne)\s*\w+\s+(?:pas|plus|jamais)\b", folded))
    traits = [Trait("home_paid", value, negated) for value in sorted(_paid(folded, draft=True))]
    return [(0, folded.strip(), traits)] if traits else []


def paid_verdict(value: str, w: Writer) -> str:
    told = w.restated.get("paid", set())
    if not told or len(told) > 1:
        return UNSUPPORTED
    return CONSISTENT if value in told else CONTRADICTED


def read_restated(folded: str, writer: Writer) -> None:
    """What the message says that these readings compare: its figures with their units, its sums « chacun », the
    writer's host, how the home was paid."""
    writer.restated = {key: units for key, units in read_figures(folded).items()}
    writer.restated["each"] = _each_sums(folded)
    hosts = [*_MESSAGE_HOSTED.finditer(folded), *_HOSTS_ME.finditer(folded), *_HOSTED_BEFORE.finditer(folded)]
    writer.restated["host"] = {_host(m) for m in hosts}
    writer.restated["paid"] = _paid(folded, draft=False)


def detail_kinds() -> set[str]:
    """The kinds that, unsupported, leave a sentence open: the host."""
    return {"host"} if HOST_NAMED else set()


def listed_contracts(verdicts: dict[Trait, str], now: set[str]) -> dict[Trait, str]:
    """« embauché en CDD ou en CDI »: a CDD or an interim mission listed beside another contract is one case of a
    list, not the writer's contract said wrong; left open as `claims` leaves an alternative open."""
    if not CDD_NOT_INTERIM or sum(t.kind == "contract" for t in verdicts) < 2:
        return verdicts
    return {
        t: UNSUPPORTED if t.kind == "contract" and v == CONTRADICTED and contracts_apart(t.value, now) else v
        for t, v in verdicts.items()
    }


def contracts_apart(value: str, now: set[str]) -> bool:
    """A CDD said of a writer whose only contract now is an interim mission, or the reverse."""
    pair = {"cdd", "interim"}
    return CDD_NOT_INTERIM and value in pair and bool(now) and now & pair == pair - {value}


VERDICTS = {
    "figure_unit": figure_verdict,
    "sum_together": each_verdict,
    "host": host_verdict,
    "home_paid": paid_verdict,
}
