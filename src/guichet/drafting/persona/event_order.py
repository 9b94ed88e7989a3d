"""The order of two events of the writer's story, told by the message and said back by a draft (« vous avez trouvé
un emploi avant de déménager » to « j'ai déménagé en mars et ensuite j'ai trouvé du travail en mai »).

Writers tell their case in relative time: « avant de me marier », « après la naissance », « puis », « une fois
inscrite en master », « il y a deux ans », « l'an dernier ». A model that retells the story often swaps two steps;
the other readers see no fact of the writer in such a sentence (« Vous aviez commencé votre formation avant de vous
inscrire à France Travail. ») and say nothing. This reads, for a small vocabulary of events (`EVENTS`: the steps a
benefit or a procedure turns on), the order a message gives two of them:

* a connector between them in one sentence (« X avant Y », « avant Y, X », « X après Y », « X puis Y », « X,
  ensuite Y », « X une fois Y », « X dès Y »);
* their dates, each read in the event's own clause (« pacsés l'an dernier en juin », « mariés cette année le 6
  avril », « en 1991 », « l'été dernier »): two years (a relative year, « l'an dernier », is placed in 2022–2026
  against a written one), or two months of no year told in the order of the calendar (« licencié en juin …
  inscrit en septembre »), or two days of one month;

and the order a draft sentence states (« A avant de B », « A après B », « A dès B », « A une fois B »). A draft that
reverses an order the message gives is contradicted; one that keeps it is consistent (`ORDER_CONSISTENT`).
Only where both events are found in the message with an order: otherwise no trait, and the other readers decide.
Texts are folded. Switches: `EVENT_ORDER`, `ORDER_CONSISTENT`, `MONTH_ORDER`.
"""

import re

from guichet.drafting.persona import year_turn
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, MONTHS, UNSUPPORTED
from guichet.drafting.persona.model import Trait

# Off: no order is read (as in the forty-sixth pass).
EVENT_ORDER = True
# Off: an order kept by the draft gives no trait (the other readers decide); on, it makes the sentence consistent
# (a contradiction of another trait still wins).
ORDER_CONSISTENT = True
# Off: two months told without their year are not compared (« licencié en juin … inscrit en septembre »).
MONTH_ORDER = True

_A = r"[’']"
# The events, tried in this order at each place (the first that matches wins: « prime à la naissance » is no birth,
# « fin de mon CDD » no hiring, « départ à la retraite » no leaving home). Each is a step a right turns on.
EVENTS: dict[str, str] = {
    "bonus": r"prime (?:a la |de )naissance",
    "job_end": r"fin (?:de|du) (?:mon |votre |son |sa )?(?:contrat|cdd|cdi|mission|emploi)",
    "retirement": r"(?:prise?|prendre|prenez|prends|depart|partir|partie?|mise?|passage) (?:a |en )(?:la )?retraite"
    r"|(?:pris|prendre|prenez|prends) (?:ma|sa|votre|leur) retraite|(?:ma|sa|votre) (?:propre )?retraite\b"
    r"(?! (?:complementaire|de base))",
    "reversion": r"reversion",
    "cohabitation": r"(?:vi\w+|installee?s?|emmenage\w*|habit\w+) ensemble|vie commune",
    "move": r"demenag\w*|emmenag\w*",
    "leave_home": rf"(?:quitte\w*|parti\w*|partir) (?:de |du )?(?:l{_A}appartement|la maison|le domicile|"
    rf"domicile|le logement|logement|chez (?:nous|moi|ses parents))"
    r"|(?:son|mon|votre|leur) depart\b(?! (?:a|en) (?:la )?retraite)",
    "hiring": r"embauch\w*|recrutee?s?\b|trouve (?:du|un) (?:travail|emploi|boulot|poste|job)"
    r"|(?:commence|debute|signe\w*|signer) (?:un|mon|votre|son|le|ce|sa) (?:nouvel? )?(?:cdi|cdd|contrat de travail|"
    r"emploi|poste|travail)|debut de (?:mon|votre|son) (?:travail|emploi|contrat|cdi|cdd)",
    "pacs": r"pacs\w*",
    "marriage": r"mari(?:e|ee|es|ees|er|ons|ez|ent|age)\b",
    "separation": r"separ(?:e|ee|es|ees|er|ation|ons)\b",
    "divorce": r"divorc\w*",
    "death": r"decede\w*|deces\b",
    "birth": r"accouch\w*|naissance|\b(?:est|suis|sont|etes|soit) nee?s?\b",
    "recognition": r"reconn(?:u|ue|us|aisse|aissent|aissance|aitre)\b",
    "sick_leave": r"arret (?:maladie|de travail)|arretee?\b|en arret\b",
    "enrolment": r"(?:inscri\w*|entree?|entrer|rentree?|reprendre|reprise) en "
    r"(?:master|licence|l[123]\b|m[12]\b|bts)",
    "degree": r"(?:obtenu|valide|fini|termine|eu|obtention de) (?:mon|ma|votre|sa|son|le|la|leur) "
    r"(?:master|licence|bts|bac|diplome|dut)|(?:master|licence|bts|diplome) (?:obtenue?|validee?|en poche)"
    r"|(?<=apres )(?:mon|ma|votre|sa|son|le|la) (?:master|licence|bts|bac|diplome)",
    "grant_file": r"dossier social etudiant|\bdse\b",
    "registration": r"inscri(?:te?s?|re|ption|vez|vant)\b(?! (?:en|a la|au|dans) (?:master|licence|cantine|ecole|"
    r"college|lycee|creche|universite|fac))",
    "training": r"formation\b",
    "apprenticeship": r"alternance|apprentissage",
    "dismissal": r"licenci\w*",
    "declaration": r"declar(?:e|ee|es|er|ons|ez)\b(?! commune)|signal(?:e|ee|er)\b",
    "sale": r"vendu\w*|\bvente\b",
    "offence": r"exces de vitesse|infraction",
    "school_start": r"\brentree\b(?! en )",
    "gap_year": r"cesure",
    "status": r"\bstatut\b",
    "hospital": r"hospitalis\w*",
}
_EVENT = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in EVENTS.items()))

# A clause ends at a stop, a comma, a connector, or « et » before a new subject.
_CLAUSE_CUT = re.compile(
    r"[.;:!?\n,()]|\b(?:mais|puis|ensuite|avant|apres|depuis qu\w*|des que|une fois|alors|car|donc)\b"
    r"|\bet (?=(?:je|j.|il|elle|ils|elles|on|nous|mon|ma|mes|vous|votre|son|sa)\b)"
)
_SENTENCE = re.compile(r"[^.!?\n]+")
# The message's connectors: what follows governs the nearest event after it; the other event is the nearest before
# in the sentence, or the first after the governed one.
_CONNECTOR = re.compile(
    r"\b(?P<before>avant)\b|\b(?P<after>apres|qu.apres)\b|\b(?P<then>puis|ensuite|et apres)\b"
    r"|\b(?P<once>une fois|des que|des qu.|des (?=(?:le|la|l.|les|mon|ma|son|sa|notre|votre|leur)\W))"
)
# Advice, a condition or a possibility is no claim of an order (« vous devez vous inscrire avant de … »).
_NO_CLAIM = re.compile(
    r"\b(?:si|s.il|lorsque|lorsqu|quand|devez|devrez|devriez|pouvez|pourrez|pourriez|faut|faudra|doit|doivent|"
    r"peut|peuvent|pensez|oubliez|n.oubliez|veillez|afin)\b"
)
# The draft's order: « A avant de B », « A avant que B », « A après B », « A dès B », « A une fois B ».
_DRAFT_CONNECTOR = re.compile(
    r"\b(?P<before>avant (?:de |d.|que |qu.)?)|\b(?P<after>apres (?:avoir |etre )?|a la suite d\w*)"
    r"|\b(?P<at>des (?=(?:le|la|l.|les|votre|vos|son|sa|ses|leur|mon|ma|que|qu.)\W))"
    r"|\b(?P<once>une fois (?:que |qu.)?)"
)

_SEASONS = {"printemps": (3, 6), "ete": (6, 9), "automne": (9, 12), "hiver": (12, 15)}
_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8}
_LOW, _HIGH = 2023, 2026  # the years « cette année » may stand for, against a year written out

# The time a clause gives its event: months (first, last), the year ("abs", first, last) or relative to the year of
# writing ("rel", offsets), or ("", 0, 0) when none, and the day (0 when none).
When = tuple[tuple[int, int], tuple[str, int, int], int]


def _events(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) of each event named in text[start:end]."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end(), m.lastgroup or "") for m in _EVENT.finditer(text, start, stop)]


def _clause(text: str, at: int, end_at: int) -> str:
    """The clause around an event: from the last cut before it to the first cut after it."""
    left = max([max(0, at - 60)] + [m.end() for m in _CLAUSE_CUT.finditer(text, max(0, at - 60), at)])
    right = _CLAUSE_CUT.search(text, end_at, end_at + 60)
    return text[left : right.start() if right else end_at + 60]


def _date(clause: str) -> When | None:
    """The time a clause gives its event, or None."""
    months: tuple[int, int] | None = None
    day = 0
    m = re.search(rf"(?:\b(1er|\d{{1,2}}) )?\b({'|'.join(MONTHS)})\b", clause)
    if m:
        months = (MONTHS.index(m.group(2)) + 1,) * 2
        day = 0 if not m.group(1) else 1 if m.group(1) == "1er" else int(m.group(1))
    elif re.search(r"\brentree\b", clause):
        months = (9, 9)
    else:
        s = re.search(rf"(?:\bl{_A}|\bau |\bcet |\bce )(printemps|ete|automne|hiver)\b", clause)
        if s:
            months = _SEASONS[s.group(1)]
    year: tuple[str, int, int] = ("", 0, 0)
    y = re.search(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])", clause)
    if y:
        year = ("abs", int(y.group(1)), int(y.group(1)))
    elif re.search(r"\bl(?:['’] ?| )an(?:nee)? (?:derniere?|passee)\b", clause):
        year = ("rel", -1, -1)
    elif re.search(r"\bcette annee\b", clause):
        year = ("rel", 0, 0)
    elif re.search(r"\b(?:printemps|ete|automne|hiver) dernier\b", clause):
        year = ("rel", -1, 0)
    else:
        ago = re.search(rf"\bil y a (\d+|{'|'.join(_NUMBERS)}) ans\b", clause)
        if ago:
            n = int(ago.group(1)) if ago.group(1).isdigit() else _NUMBERS[ago.group(1)]
            year = ("rel", -n, -n)
    if months is None and not year[0]:
        return None
    return months or (1, 12), year, day


def _window(when: When, other: When) -> tuple[int, int]:
    """The earliest and latest month of an event, as year * 12 + month, against another event's time: two relative
    years are compared by their offsets, a relative one against a written one as 2023–2026 plus its offset."""
    (low_m, high_m), (kind, low_y, high_y), _ = when
    if kind == "rel" and other[1][0] == "abs":
        low_y, high_y = _LOW + low_y, _HIGH + high_y
    return low_y * 12 + low_m, high_y * 12 + high_m


Relations = frozenset[tuple[str, str, str]]  # (first, second, how): "strict", "far" (by more than two months), "soon"


def _last_copy(folded: str) -> str:
    """The message read once: the writer is read from the message and its copy with the dates restored."""
    head = folded[:40]
    at = folded.find(head, 1) if len(head) >= 20 else -1
    return folded[at:] if at > 0 else folded


def _dated_relations(text: str) -> set[tuple[str, str, str]]:
    """The orders the dates of the events give: two years known (written or relative), or with `MONTH_ORDER` two
    months of no year in the calendar's order as told, or two days of one month."""
    out: set[tuple[str, str, str]] = set()
    dated = []
    for start, end, name in _events(text):
        when = _date(_clause(text, start, end))
        if when:
            dated.append((name, when))
    for i, (a, wa) in enumerate(dated):
        for b, wb in dated[i + 1 :]:
            if a == b or bool(wa[1][0]) != bool(wb[1][0]):
                continue
            (a_low, a_high), (b_low, b_high) = _window(wa, wb), _window(wb, wa)
            same_month = a_low == a_high == b_low == b_high
            a_first = a_high < b_low or (same_month and 0 < wa[2] < wb[2])
            b_first = b_high < a_low or (same_month and 0 < wb[2] < wa[2])
            turn = 0 if wa[1][0] or a_first else year_turn.across_year(wa[0], wb[0])  # « novembre … février »
            if turn:
                out.add((a, b, "far" if turn > 2 else "strict"))
                continue
            if not wa[1][0] and (not MONTH_ORDER or not a_first):
                continue  # two months of no year: only in the calendar's order, as told
            if a_first:
                out.add((a, b, "far" if b_low - a_high > 2 else "strict"))
            elif b_first:
                out.add((b, a, "far" if a_low - b_high > 2 else "strict"))
    return out


def read_orders(folded: str) -> Relations:
    """The orders a folded message gives its events: ("move", "hiring", "strict") for « j'ai déménagé en mars et
    ensuite j'ai trouvé du travail »."""
    if not EVENT_ORDER:
        return frozenset()
    text = _last_copy(folded)
    out: set[tuple[str, str, str]] = set()
    previous: list[tuple[int, int, str]] = []  # the events of the sentence before (« … Ensuite, j'ai … »)
    for s in _SENTENCE.finditer(text):
        events = _events(text, s.start(), s.end())
        for c in _CONNECTOR.finditer(text, s.start(), s.end()):
            after = [e for e in events if e[0] >= c.end()]
            before = [e for e in events if e[1] <= c.start()]
            if not after or (c.lastgroup != "then" and after[0][0] - c.end() > 45):
                continue
            governed = after[0]
            if c.lastgroup == "then":
                other = before[-1] if before else previous[-1] if previous else None
                if other and other[2] != governed[2]:
                    out.add((other[2], governed[2], "strict"))
                continue
            rest = [e for e in after[1:] if e[2] != governed[2]]
            near = [e for e in before if c.start() - e[1] <= 60 and e[2] != governed[2]]
            other = near[-1] if near else rest[0] if rest else None
            if other is None:
                continue
            if c.lastgroup == "before":
                out.add((other[2], governed[2], "strict"))
            elif c.lastgroup == "after":
                out.add((governed[2], other[2], "strict"))
            else:
                out.add((governed[2], other[2], "soon"))
        previous = events or previous
    told = {frozenset((a, b)) for a, b, _ in out}  # a connector says more than two dates
    out |= {r for r in _dated_relations(text) if frozenset(r[:2]) not in told}
    return frozenset(out)


def order_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The order of two events a folded draft sentence states: ("order", "move<hiring") for « vous avez déménagé
    avant de trouver du travail », ("order", "marriage~status") for « le statut dès votre mariage »."""
    if not EVENT_ORDER or _NO_CLAIM.search(folded):
        return []
    out: list[tuple[int, str, list[Trait]]] = []
    for c in _DRAFT_CONNECTOR.finditer(folded):
        left = _events(folded, 0, c.start())
        right = _events(folded, c.end())
        if not right or right[0][0] - c.end() > 40:
            continue
        governed = right[0]
        if left:
            main = left[0]
        else:  # « Avant d'intégrer l'ULIS, Yanis était … »: the main event follows the governed one's clause
            cut = re.search(r",", folded[governed[1] :])
            later = [e for e in right[1:] if cut and e[0] >= governed[1] + cut.end()]
            if not later:
                continue
            main = later[0]
        if main[2] == governed[2]:
            continue
        how = c.lastgroup
        value = {
            "before": f"{main[2]}<{governed[2]}",
            "after": f"{governed[2]}<{main[2]}",
            "at": f"{governed[2]}~{main[2]}",
            "once": f"{governed[2]}<={main[2]}",
        }[how or "before"]
        out.append((c.start(), folded[max(0, main[0]) : governed[1]], [Trait("order", value)]))
    return out


def order_verdict(value: str, orders: Relations) -> str:
    """A draft's order of two events against the orders the message gives them."""
    m = re.fullmatch(r"(\w+)(<=|<|~)(\w+)", value)
    if not m or not orders:
        return UNSUPPORTED
    first, how, second = m.groups()
    forward = {h for a, b, h in orders if (a, b) == (first, second)}
    backward = {h for a, b, h in orders if (a, b) == (second, first)}
    if forward and backward:
        return UNSUPPORTED  # the message read both ways: no order
    if how == "<":  # strictly before
        wrong, right = bool(backward), bool(forward & {"strict", "far"})
    elif how == "~":  # the second at the first (« dès »)
        wrong, right = bool(backward) or "far" in forward, "soon" in forward
    else:  # the second once the first was done (« une fois »)
        wrong, right = bool(backward & {"strict", "far"}), bool(forward)
    if wrong:
        return CONTRADICTED
    return CONSISTENT if ORDER_CONSISTENT and right else UNSUPPORTED
