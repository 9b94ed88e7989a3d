"""When each step of the writer's case happened, read against the step a draft dates ("vous êtes mariés depuis avril
2023" to "on s'est mariés en juin 2022 … il est arrivé en avril 2023", "votre titre expirant fin septembre" to "mon
titre se termine fin octobre", "inscrit le jour même de la fin de votre CDD" to "mon CDD a pris fin le 3 mars et je
me suis inscrit le 7").

A model that reads several dates in a message often gives one step another step's date: the arrival's date to the
marriage, the defence's month to the permit's end, the sign-off date to the contract's end. The check of dates
(`verdicts._date`) only asks whether the month or the year appears somewhere in the message; this one binds each date
to its step (an arrival, a marriage, the end of a permit or a contract, a filing, an interview, a registration, a
hiring, a dismissal, leaving one's home) and, for an end, to what ends (a permit, a receipt, a visa, a contract,
rights, a lease, a training). A draft's dated step is judged only when the message dates the same step of the
writer's own case (not a husband's or a daughter's: "il est arrivé en avril"); otherwise it gives no trait, and the
other checks decide.
"""

import re
from datetime import date, timedelta

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, MONTH, MONTHS, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.relatives import RELATIONS

MORE_STEPS = True  # a birth, a job lost and a lease signed, dated as steps of their own (`_MORE_STEPS`)
SEASON_MONTHS = True  # a season of the message ("depuis l'été dernier") gives its months (`season_months`)

# The steps, in the order they are tried (an end before an arrival: "arrive à échéance").
_STEPS = {
    "end": r"expir\w*|echeance|se termin\w*|terminera\w*|(?:prend|prendra|a pris|prenant|prendre) fin|"
    r"fin d(?:e|u) (?:mon |votre |son )?(?:contrat|cdd|cdi|mission|droits|bail|titre|visa|recepisse)|"
    r"(?:valable|valide|couvre|couvrant) (?:\w+ )?jusqu|(?:se )?fini(?:t|ra)? (?:le|en|fin|debut)\b|"
    r"(?:court|courent|courra|rembourse|remboursez|rembourser) [^.,;:]{0,50}?jusqu.(?:en|au)\b",
    "leave": r"quitter (?:les lieux|le logement|l.appartement)|expulsee?s?\b|expulsion|"
    r"(?:liberer|rendre) (?:les lieux|le logement|l.appartement|les cles)",
    "arrival": r"arrivee?s?\b(?! a (?:echeance|expiration|terme))|(?:entree?s?|venue?s?|installee?s?) en france\b",
    "marriage": r"mariee?s?\b|mariage\b",
    "birth": r"accouche\w*",
    "filing": r"deposee?s?\b|\b(?:ai|avons|avez|a) demande\b",
    "declaration": r"\b(?:ai|avons|avez|a|l.ai|l.avez|l.avons) declaree?s?\b",
    "interview": r"entretien\b",
    "registration": r"inscrite?s?\b|inscription\b",
    "hiring": r"embauchee?s?\b|recrutee?s?\b",
    "dismissal": r"licenciee?s?\b",
}
_STEP = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _STEPS.items()))
# Three more steps (forty-sixth pass, `MORE_STEPS`): a birth ("mon fils est né à Rennes, après une longue attente, en
# octobre 2023"), a job lost ("j'ai perdu mon emploi de cariste chez un transporteur en avril") and a lease signed
# ("le bail, lui, a été signé avec l'agence en février"), each dated apart from the others, so that the month of
# another step ("emménagé le 3 mars") no longer makes them good.
_MORE_STEPS = {
    "job_loss": r"perdu (?:mon|ma|votre|son|notre) (?:emploi|travail|boulot|poste|job)\b",
    "lease_signing": r"signee?s? (?:le|mon|votre|notre|un|son) (?:nouveau )?bail\b"
    r"|\bsignature (?:du|de (?:mon|votre|notre)) (?:nouveau )?bail\b"
    r"|\bbail\b(?=[^.;:!?]{0,30}?\b(?:a|avons|avez|ai) ete signe)",
    "born": r"\b(?:est|suis|sont|etes|soit|etant) nee?s?\b",
}
_STEP_MORE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in {**_MORE_STEPS, **_STEPS}.items()))
# What ends: the nearest of these words in the step's clause.
_THINGS = {
    "receipt": r"recepisse|\baps\b|autorisation provisoire",
    "visa": r"\bvisa\b",
    "permit": r"carte|titre|certificat de residence",
    "contract": r"contrat|\bcdd\b|\bcdi\b|mission|preavis",
    "rights": r"\bdroits\b|indemnisation|allocations?\b|\bare\b",
    "lease": r"\bbail\b",
    "training": r"formation|\bstage\b",
    "protection": r"protection",
    "loan": r"\bpret\b|\bcredit\b|\bemprunt\b",
}
_THING = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _THINGS.items()))
_SEASONS = {"printemps": {3, 4, 5, 6}, "ete": {6, 7, 8, 9}, "automne": {9, 10, 11, 12}, "hiver": {12, 1, 2, 3}}
# A season after the words that make it one ("l'été", "au printemps"), not the participle "été".
_SEASON = r"(?:(?<=\bl.)|(?<=\bau )|(?<=\ben )|(?<=\bce )|(?<=\bcet ))(?:printemps|ete|automne|hiver)"
_DATE = re.compile(
    rf"(?:\b(1er|\d{{1,2}})\s+)?\b({MONTH}|{_SEASON})\b(?:\s+((?:19|20)\d\d)\b)?"
    r"|\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b"
    r"|(?<![\d/])((?:19|20)\d\d)(?![\d/])"
)
# The writer's age at a step ("arrivé seul de Guinée à 15 ans", "à l'âge de 17 ans"), not "il y a 2 ans".
_AGE_AT = re.compile(r"(?<!il y )\ba (?:l.age de )?(\d{1,2}) ans\b")
_SAME_DAY = r"le jour meme|le meme jour|ce jour-la"
_NEXT_DAY = r"le lendemain"
# Where a step's clause ends: a stop, or a new clause with its own subject.
_BOUNDARY = re.compile(
    r"[.;!?\n(]|\s[-–]\s|(?:,|\b(?:et|mais|puis|alors|car|donc|avant|apres))\s+(?:que\s+)?"
    r"(?=(?:je|j.|il|elle|ils|elles|on|nous|mon|ma|mes|vous|votre|vos)\b)|\bet (?=(?:la|le|les|l.)\w)"
)
_PERSON = "|".join(RELATIONS.values())
# A third person as the subject of a step's clause: "il est arrivé", "ma fille est arrivée", "votre époux, entré".
_OTHER = re.compile(
    rf"\b(?:il|elle|ils|elles)\b|(?<![\w-])(?:mon|ma|mes|notre|nos|son|sa|ses|leur|votre|vos)\s+(?:\w+\s+)?(?:{_PERSON})\b(?!-)"
)
# A thing of the writer's, then its pronoun ("mon titre de séjour étudiant il finit le 30 octobre"): "il" is the
# thing, not another person (a person there is `_OTHER`'s own match, before the pronoun).
_DISLOCATED = re.compile(r"\b(?:mon|ma|mes|notre|nos)\s+(?:[\w']+\s+){1,4}$")
_WRITER = re.compile(r"\b(?:je|j.|me|m.|mon|ma|mes|nous|on|notre|nos)\b")
_DRAFT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
_CONDITION = re.compile(
    r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\bdes que\b|\ben cas de\b|\bavant de\b|\bpour que\b|\bqui\b)"
    r"[^.;:]{0,60}$"
)

Dated = tuple[int, frozenset[int], int]  # (day or 0, months or empty, year or 0)


def _dates(text: str) -> list[Dated]:
    out: list[Dated] = []
    for m in _DATE.finditer(text):
        if m.group(2):
            word = m.group(2)
            months = frozenset(_SEASONS.get(word, {MONTHS.index(word) + 1} if word in MONTHS else set()))
            day = 0 if not m.group(1) else 1 if m.group(1) == "1er" else int(m.group(1))
            out.append((day if word in MONTHS else 0, months, int(m.group(3) or 0)))
        elif m.group(4):
            out.append((int(m.group(4)), frozenset({int(m.group(5))}), int(m.group(6))))
        else:
            out.append((0, frozenset(), int(m.group(7))))
    return out


def _relation(subject: str) -> str:
    """The relation a possessive subject names ("ma compagne" → "partner"), or "" for a pronoun ("il", "elle")."""
    if not re.match(r"(?:mon|ma|mes|notre|nos|son|sa|ses|leur|votre|vos)\b", subject):
        return ""
    return next((name for name, pattern in RELATIONS.items() if re.search(rf"\b(?:{pattern})\b", subject)), "")


def _thing(clause: str, at: int) -> str:
    """What ends, the nearest thing named in the clause around `at`."""
    found = [(abs(m.start() - at), m.lastgroup or "") for m in _THING.finditer(clause)]
    return min(found)[1] if found else ""


def _steps(text: str, writer_words: re.Pattern[str]) -> list[tuple[str, str, int, int, int]]:
    """(step, thing, clause start, step start, clause end) for each step said of the writer in a folded text: the
    last person named before the step in its clause is the writer, or no one (a message speaks of its writer)."""
    out = []
    steps = _STEP_MORE if MORE_STEPS else _STEP
    for m in steps.finditer(text):
        left = max([0] + [b.end() for b in _BOUNDARY.finditer(text, 0, m.start())])
        right = _BOUNDARY.search(text, m.end())
        end = right.start() if right else len(text)
        nxt = steps.search(text, m.end(), end)
        end = nxt.start() if nxt else end
        before = text[left : m.start()]
        writers = [w.start() for w in writer_words.finditer(before)]
        others = [o for o in _OTHER.finditer(before) if not _DISLOCATED.search(before[: o.start()])]
        step = m.lastgroup or ""
        if others and (not writers or others[-1].start() >= max(writers)):
            relation = _relation(others[-1].group())
            if not relation:
                continue
            step = f"{relation}>{step}"  # "ma compagne a accouché le 3 février": her step, read against hers only
        thing = _thing(text[left:end], m.start() - left) if step == "end" else ""
        out.append((step, thing, left, m.start(), end))
    return out


def read_events(folded: str) -> dict[str, set[Dated]]:
    """The dates a folded message gives the steps of its writer's case: {"marriage": {(0, {6}, 2022)}, "end|permit":
    {(0, {10}, 0)}}; "le lendemain" and "le jour même" are read from the step before."""
    events: dict[str, set[Dated]] = {}
    last: Dated | None = None
    for step, thing, left, _, end in _steps(folded, _WRITER):
        clause = folded[left:end]
        found = _dates(clause)
        if not found and last and last[0] and len(last[1]) == 1 and re.search(_SAME_DAY + "|" + _NEXT_DAY, clause):
            day = date(last[2] or 2001, min(last[1]), last[0])
            if re.search(_NEXT_DAY, clause):
                day += timedelta(days=1)
            found = [(day.day, frozenset({day.month}), last[2] and day.year)]
        key = f"{step}|{thing}" if thing else step
        if found:
            events.setdefault(key, set()).update(found)
            last = found[0]
        for age in _AGE_AT.finditer(clause):
            events.setdefault(f"{key}#age", set()).add((0, frozenset(), int(age.group(1))))
    return events


def event_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The steps of the writer's case a folded draft sentence dates: "end|permit@0:9:0" (no day, September, no year)
    or, for "le jour même de la fin de votre CDD", "registration@~0:end|contract" (no day apart)."""
    out: list[tuple[int, str, list[Trait]]] = []
    for step, thing, left, start, end in _steps(folded, _DRAFT_WRITER):
        if _CONDITION.search(folded[:start]) or not _DRAFT_WRITER.search(folded[left:end]):
            continue
        if step == "lease_signing" and folded.startswith("signature", start):
            continue  # "emménagé dès la signature de votre bail, début juillet": the date is the move's, not read here
        clause = folded[left:end]
        key = f"{step}|{thing}" if thing else step
        relative = re.search(rf"(?:{_SAME_DAY}|{_NEXT_DAY}) (?:de|que)\s+(.*)", folded[start:])
        if relative and start + relative.start() < end:
            other = _steps("votre " + relative.group(1), _DRAFT_WRITER)
            if other:
                shift = 1 if re.search(_NEXT_DAY, relative.group()) else 0
                target = f"{other[0][0]}|{other[0][1]}" if other[0][1] else other[0][0]
                out.append((left, clause, [Trait("event", f"{key}@~{shift}:{target}")]))
            continue
        for day, months, year in _dates(clause):
            value = f"{key}@{day}:{','.join(str(m) for m in sorted(months))}:{year}"
            out.append((left, clause, [Trait("event", value)]))
        for age in _AGE_AT.finditer(clause):  # an age is compared as the year of a date, among ages only
            out.append((left, clause, [Trait("event", f"{key}#age@0::{age.group(1)}")]))
    return out


def _compatible(a: Dated, b: Dated) -> bool | None:
    """True when two dates agree on all they both give, False when they differ, None when they share nothing."""
    shared = False
    if a[2] and b[2]:
        if a[2] != b[2]:
            return False
        shared = True
    if a[1] and b[1]:
        if not a[1] & b[1]:
            return False
        shared = True
    if a[0] and b[0] and a[1] == b[1]:
        if a[0] != b[0]:
            return False
        shared = True
    return True if shared else None


def event_verdict(value: str, events: dict[str, set[Dated]]) -> str:
    """A step's date in a draft against the dates the message gives the same step."""
    key, _, when = value.partition("@")
    if when.startswith("~"):
        shift_text, target = when[1:].split(":", 1)
        ours, theirs = events.get(key, set()), events.get(target, set())
        full = [(a, b) for a in ours for b in theirs if a[0] and b[0] and len(a[1]) == len(b[1]) == 1]
        if not full:
            return UNSUPPORTED
        for a, b in full:
            year_a, year_b = a[2] or b[2] or 2001, b[2] or a[2] or 2001  # a day without its year: the same year
            if (date(year_a, min(a[1]), a[0]) - date(year_b, min(b[1]), b[0])).days == int(shift_text):
                return CONSISTENT
        return CONTRADICTED
    day, months, year = when.split(":")
    said: Dated = (int(day), frozenset(int(m) for m in months.split(",") if m), int(year))
    results = {_compatible(said, d) for d in events.get(key, set())} - {None}
    if True in results:
        return CONSISTENT
    return CONTRADICTED if False in results else UNSUPPORTED


def season_months(folded: str) -> set[int]:
    """The months of the seasons a folded message names ("depuis l'été dernier" → June to September, generously, as
    a draft's season is read in `traits._date`), so that a draft's "depuis l'été" is not read against the message's
    month names alone (`SEASON_MONTHS`)."""
    if not SEASON_MONTHS:
        return set()
    return {month for m in re.finditer(_SEASON, folded) for month in _SEASONS[m.group()]}
