"""When a change of the writer's situation happens: announced for later by the message ("je vais déménager à
Lille", "je serai à la retraite en juin", "nous nous marions le 14 septembre", "mon contrat se termine dans deux
mois", "j'aurai 62 ans en avril") and said as done by a draft ("vous habitez désormais à Lille", "vous êtes à la
retraite depuis juin", "vous êtes déjà mariés", "votre contrat a pris fin", "vous avez 62 ans"), or the reverse: done
in the message ("j'ai pris ma retraite l'an dernier", "j'ai déménagé le mois dernier") and announced by the draft
("vous partirez bientôt à la retraite", "vous allez bientôt déménager").

The other readers keep what the writer is, not when it starts: "je serai à la retraite" was read as a retiree, so a
draft that retired them already was found consistent. This reads, for a small vocabulary of changes (`CHANGES`:
each a step of a life that a benefit or a procedure turns on), whether the message tells it as pending or done, and
whether a draft's clause about the writer does; a draft that shifts it is contradicted. Only a contradiction is
given unless `TIMING_CONSISTENT`: a change kept at its time is otherwise left to the other readers. Texts are
folded. Switches: `STATUS_TIMING`, `TIMING_CONSISTENT`.
"""

import re

from guichet.drafting.persona import timing_denials
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject

# Off: a change is read without its time, as in the forty-third pass (a retirement announced is a retirement).
STATUS_TIMING = True
# Off: a change kept at its time ("je serai à la retraite en juin" / "vous partirez à la retraite en juin") is
# left to the other readers (often unsupported or none); on, it makes the sentence consistent.
TIMING_CONSISTENT = False

PENDING, DONE = "pending", "done"

# The changes read, each a step a benefit, a right or a procedure turns on (a move changes the Caf and the address
# of every paper; a retirement, a marriage or a Pacs, a birth, the majority, a divorce change the household and the
# benefits; the end of a contract opens the unemployment benefit; a permit's expiry the right to work).
CHANGES: dict[str, str] = {
    "move": r"demenag\w*|emmenag\w*|(?:m|s|vous) ?['’]?install\w*|habitez (?:desormais|maintenant|dorenavant) a",
    # the state, not a pension nor an application ("une deuxième retraite", "votre retraite de base", "demande de
    # retraite"): "à la retraite", "en retraite", "retraité", "prendre sa retraite"
    "retire": r"(?:a la|en) retraite\b|(?:pris|prendre|prends|prend|prenez|prendrai|prendrez|prendra) (?:ma|sa|votre) "
    r"retraite\b|(?<!de )(?<!d')(?<!la )(?<!en )(?<!ma )(?<!sa )(?<!votre )(?<!une )(?<!deuxieme )retraitee?s?\b",
    "marry": r"mari(?:er|ee?s?|ons|ez|ent|age)\b|pacs(?:er|ee?s?|ons|ez|ent)?\b",
    "birth": r"accouch\w*",
    "majority": r"majeure?s?\b",
    "divorce": r"divorc\w*",
    "expiry": r"expir\w*|perime\w*",
    "contract_end": r"fin de (?:mon|votre|son) contrat|contrat(?: [\w'’-]+){0,3}? (?:se termin\w*|termin\w*|fini\w*|"
    r"(?:a |ont )?pris fin|prend fin|prendra fin|s.ach\w*|arrive\w* a (?:son )?terme)",
    "age": r"(?<=\bai )\d+ ans\b|(?<=\baurai )\d+ ans\b|(?<=\bavez )\d+ ans\b|(?<=\baurez )\d+ ans\b",
}
_CHANGE = {name: re.compile(rf"(?<![\w-])(?:{pattern})") for name, pattern in CHANGES.items()}

# Pending: a verb of intent or "aller" or a future tense next to the change (the last words before it, the first
# after it: "l'aide sera due … le mois de votre emménagement" gives the aid's time, not the move's), or a time to
# come anywhere in its clause ("dans deux mois", "le mois prochain", "bientôt", "pas encore", "prévu").
_PENDING_VERB = re.compile(
    r"\b(?:vais|vas|va|allons|allez|vont|compte|comptons|prevois|prevoyons|envisage\w*|pense|pensons|projet\w*)\b"
    r"|\b(?:serai|sera|serons|serez|seront|aurai|aura|aurons|aurez|auront|ira|irai|irez)\b"
    r"|\b\w{3,}(?:erai|irai|rai|rons|rez|ront)\b|\b\w{4,}(?:era|ira)\b"
)
_PENDING_TIME = re.compile(
    r"\bprochaine?s?\b|\bprochainement\b|\bbientot\b|\bdans (?:\w+ ){1,2}(?:jours?|semaines?|mois|ans?|annees?)\b"
    r"|\ba partir d|\bdes que\b|\bpas encore\b|\bprevue?s?\b|\ba venir\b|\bd.ici\b|\ben attendant\b"
)
# Done: an auxiliary in the last words before the change or in it ("j'ai pris ma retraite", "votre contrat a pris
# fin", "vous êtes à la retraite"), "venir de", a time gone ("depuis", "il y a", "dernier", "déjà", "désormais").
_AUXILIARY = re.compile(
    r"\ba (?!(?:la|le|les|une|cette|votre|notre|ce|se|ne)\b)\w+(?:e|es|ee|ees|i|is|it|u|us|ert|eint)\b"
    r"|\b(?:ai|as|avons|avez|ont|avais|avait|aviez|suis|es|est|sommes|etes|sont|etais|etait|etiez|etions|"
    r"viens d|vient d|venons d|venez d|ai ete|a ete)\b"
)
_DONE = re.compile(r"\bdepuis\b|\bil y a\b|\bderniere?\b|\bdeja\b|\bdesormais\b|\bdorenavant\b|\bmaintenant\b")
# A present tense with a date after it announces ("je déménage le 3 mars", "mon titre expire le [DATE_1]").
_DATED_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:le \[date|le \d|fin (?:\w+)\b|au \[date|en (?:janvier|fevrier|"
    r"mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)"
)
# A denial in the draft ("vous n'êtes pas majeur") is no claim of a time, "pas encore" is one (pending).
_DENIED = re.compile(r"\bn.\w+ (?:pas|plus|jamais)\b|\bne \w+ (?:pas|plus|jamais)\b")
# An instruction or a possibility is no claim of a time: "vous devrez déclarer votre mariage", "vous pourrez".
_ADVICE = re.compile(
    r"\b(?:devez|devrez|devriez|pouvez|pourrez|pourriez|faut|faudra|pensez|oubliez|signalez|declarez|informez|"
    r"prevenez)\b"
)
_CUT = re.compile(r"[.;:?!\n]|\bmais\b|\bpuis\b|\bensuite\b|\bet (?=je|j.|nous|vous)")


def _time(before: str, change: str, after: str) -> str | None:
    """Pending, done or unknown: the time a clause gives a change (`before` and `after` cut at the clause)."""
    window = f"{before} {change} {after}"
    near = " ".join([*before.split()[-5:], change, *after.split()[:3]])
    if _PENDING_VERB.search(near) or _PENDING_TIME.search(window):
        return PENDING
    last = " ".join([*f"{before} {change}".split()[-6:], *after.split()[:2]])  # "votre retraite a débuté"
    if _AUXILIARY.search(last) or _DONE.search(window):
        return DONE
    if not _AUXILIARY.search(before) and _DATED_AFTER.search(after):
        return PENDING
    return None


def _mentions(folded: str) -> list[tuple[str, str, str, str, int]]:
    """Each change a folded text names: (name, clause before, the change, clause after, start)."""
    found = []
    for name, pattern in _CHANGE.items():
        for m in pattern.finditer(folded):
            before = _CUT.split(folded[max(0, m.start() - 70) : m.start()])[-1]
            after = _CUT.split(folded[m.end() : m.end() + 45])[0]
            key = f"{name}={m.group().split()[0]}" if name == "age" else name
            found.append((key, before, m.group(), after, m.start()))
    return found


def read_timings(folded: str) -> dict[str, set[str]]:
    """The times a folded message gives the changes of its writer ("retire": {"pending"}); another person's left
    out ("mon mari prendra sa retraite")."""
    if not STATUS_TIMING:
        return {}
    times: dict[str, set[str]] = {}
    for key, before, change, after, _ in _mentions(folded):
        if other_subject(before) or timing_denials.denied_by_without(before):  # "sans que" (`timing_denials`)
            continue
        time = _time(before, change, after)
        if time:
            times.setdefault(key, set()).add(time)
    return times


def timing_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A draft sentence's changes said of the writer with their time ("timing" traits, "retire:done")."""
    if not STATUS_TIMING:
        return []
    claims = []
    for key, before, change, after, start in _mentions(folded):
        if not re.search(r"\bvous\b|\bvotre\b|\bvos\b", before + change) or _DENIED.search(before):
            continue
        if timing_denials.denied_by_without(before):  # "sans que le divorce soit prononcé" (`timing_denials`)
            continue
        if re.search(r"\b(?:si|lorsque|quand|lorsqu|des que)\b", before):  # a condition is no claim
            continue
        if _ADVICE.search(f"{before} {change} {after}"):  # "vous devrez signaler votre déménagement": advice
            continue
        time = _time(before, change, after)
        if time:
            claims.append((start, f"{before} {change} {after}".strip(), [Trait("timing", f"{key}:{time}")]))
    return claims


def timing_verdict(value: str, times: dict[str, set[str]]) -> str:
    """Contradicted where the message gives the change only the other time; consistent where it gives the same
    (with `TIMING_CONSISTENT`); unsupported otherwise."""
    key, _, time = value.rpartition(":")
    said = times.get(key, set())
    if said and time not in said:
        return CONTRADICTED
    return CONSISTENT if TIMING_CONSISTENT and time in said else UNSUPPORTED
