"""A date the pseudonymisation masked in the message, given back by the draft (forty-third pass, engineer-d59; read
by `guichet.drafting.asked`).

"Ma voiture a été enlevée le [DATE_1] pendant mes vacances. Est-il trop tard ?" told back as "Votre véhicule a été
mis en fourrière le 14 mars, alors que vous étiez en vacances"; "je suis à la retraite depuis [DATE_1]" as "après
votre départ à la retraite en 2022"; "convoquée le [DATE_1]" as "lors de votre rendez-vous du 12". The message the
check reads is pseudonymised, the draft's sentence may not be (a model given the date back, or a date the masking
did not see in a shorter form: "du 12", "en 2022", "l'automne 2025"): the date was nowhere in the text the check
reads, so it was a figure neither the message nor a source gives, and the event it dates an answer. Engineer-d57
noted it last pass.

Read here, on folded text: the masked dates of the message (`[date_1]`, `[date_naissance_1]`…) and the words around
each, in its sentence; and the dates of a draft sentence ("le 14 mars", "du 12", "en 2022", "le 1er septembre",
"depuis 2018"). A date of the sentence is *given back* when one content word around it (a family of words as one,
`asked_paraphrase.same_term`) is one around a masked date of the message ("enlevée … pendant mes vacances" /
"mis en fourrière … en vacances"), and the sentence speaks of no time to come (a future: "sera versée le 5 avril"
answers "quand ?" whatever the message dated).

- `MASKED_FIGURES`: the figures of a date given back (its day, month, year) are the message's own, as if the masking
  had left them: no new figure.
- `MASKED_STORY`: a sentence that dates its event or its state with a date given back retells the writer's story
  ("Votre véhicule a été mis en fourrière le 14 mars", "Votre passeport n'est plus valable depuis 2018"): the event
  is the message's, not the draft's answer, unless the sentence brings a figure, a sum or a time of its own. Not a
  date in an aside between commas ("Votre demande, déposée le 3 avril, est en cours d'instruction": the state is the
  answer to "où en est-elle ?", the date only names the filing the message told), nor a date that names a thing ("Votre
  demande du 10 janvier a été examinée": the examination is undated, and the answer).
Flagged for the agent, never removed, as the rest of the check.
"""

import re
from collections.abc import Callable

from guichet.drafting.asked_paraphrase import same_term

MASKED_FIGURES = True  # the switch: the figures of a masked date given back are the message's
MASKED_STORY = True  # the switch: an event dated with a masked date given back is the writer's story told back

# The verdicts (`asked_verdicts.verdict_kind`) that a date given back makes the writer's story: a state of the case
# and a decision taken on it, dated as the message dates them (a future is none: `given_back` reads no future).
STORY_KINDS = frozenset(("state", "decided"))
# A masked date of the pseudonymised message, folded ("[date_1]", "[date_naissance_2]").
_MASKED = re.compile(r"\[date\w*_\d+\]")
_MONTH = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_SEASON = r"(?:(?:l'|a l')?(?:automne|hiver|ete|printemps)|(?:au |a la )?(?:debut|fin|milieu) (?:de |d')?)"
_DAY = r"(?:1er|[12]\d|3[01]|[1-9])"
_YEAR = r"(?:19|20)\d{2}"
# A date of a draft sentence (folded): a day with its month ("le 14 mars", "1er septembre 2025"), a day alone after
# "le", "du", "au" that no unit follows ("du 12", not "le 12 %" nor "les 10 jours"), a month, a year ("en 2022").
_DATE = re.compile(
    rf"\b{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?\b"
    rf"|\b(?:le|du|au|jusqu'au)\s+{_DAY}(?:\s+{_MONTH}(?:\s+{_YEAR})?)?\b(?!\s*(?:[,.]\d|%|€|euros?\b|h\b|heures?\b|jours?\b|mois\b|ans?\b|semaines?\b"
    rf"|minutes?\b|ou\s+\d))"
    rf"|\b{_MONTH}(?:\s+{_YEAR})?\b"
    rf"|\b{_SEASON}?\s*{_YEAR}\b"
)
# What the date of a sentence stands with: the words of its clause up to this many either side.
WINDOW = 8
_WORDS = re.compile(r"[a-z0-9']+|\[[a-z_]+_\d+\]")
_SENTENCE_END = re.compile(r"[.?!;\n]")
# A time to come: "sera versée", "vous recevrez", "la Caf versera", "va être" (folded text).
_FUTURE = re.compile(
    r"\b(?:sera|seront|serez|aura|auront|aurez)\b|\b(?:va|vont|allez) (?:etre|vous|\w+er|\w+ir|\w+re)\b"
    r"|\b\w{2,}(?:era|ira|rra|dra|tra|vra|eront|iront|rront|dront|tront|vront|erez|irez|rrez|drez|trez|vrez)\b"
)
_NOT_FUTURE = frozenset("extra ultra contra opera camera cobra tiara sahara mantra zebra hydra algebra".split())


def read() -> bool:
    """Whether the masked dates are read at all (either switch on)."""
    return MASKED_FIGURES or MASKED_STORY


def masked_contexts(told: list[str], stems: Callable[[str], set[str]]) -> list[set[str]]:
    """The content words around each masked date of what the message tells (its folded parts), in its sentence;
    none if no date is masked there."""
    return [_around(part, found.start(), found.end(), stems) for part in told for found in _MASKED.finditer(part)]


def _around(folded: str, start: int, end: int, stems: Callable[[str], set[str]]) -> set[str]:
    """The content words within `WINDOW` words before and after `folded[start:end]`, in its sentence."""
    before = _SENTENCE_END.split(folded[:start])[-1]
    after = _SENTENCE_END.split(folded[end:])[0]
    words = _WORDS.findall(before)[-WINDOW:] + _WORDS.findall(after)[:WINDOW]
    return {same_term(s) for s in stems(" ".join(w for w in words if not w.startswith("[")))}


def _future(folded: str) -> bool:
    return any(m.group(0) not in _NOT_FUTURE for m in _FUTURE.finditer(folded))


def given_back(folded: str, contexts: list[set[str]], stems: Callable[[str], set[str]]) -> list[str]:
    """The dates of a folded draft sentence that give back a masked date of the message (see the module): their
    text, in order; none for a sentence about a time to come."""
    if not contexts or _future(folded):
        return []
    out = []
    for found in _DATE.finditer(folded):
        words = _around(folded, found.start(), found.end(), stems)
        if any(words & context for context in contexts):
            out.append(found.group(0))
    return out


def without(folded: str, back: list[str]) -> str:
    """The folded sentence with the dates it gives back (`given_back`) taken out."""
    for date in back:
        folded = folded.replace(date, " ", 1)
    return folded


def dating(folded: str, back: list[str]) -> list[str]:
    """The dates given back (`given_back`) that date the sentence's own clause, not an aside between commas: "Votre
    véhicule a été mis en fourrière le 14 mars, alors que …" dates the event it tells; "Votre demande, déposée le 3
    avril, est en cours d'instruction" dates the filing the message told, not the state the sentence gives."""
    return [date for date in back if not date.startswith("du ") and not _in_aside(folded, date)]


def _in_aside(folded: str, date: str) -> bool:
    at = folded.find(date)
    return at >= 0 and "," in folded[:at] and "," in folded[at + len(date) :]
