"""Answers the asked check missed until the thirty-eighth pass (engineer-d48; read by `guichet.drafting.asked`).

- *The writer's hope given back as a result*: "J'espère que ce ne sera pas pénalisé" answered "Votre retard d'envoi
  ne sera pas pénalisé compte tenu de votre état de santé"; "J'aimerais passer directement en invalidité sans perdre
  un mois de revenus" answered "Votre pension d'invalidité prendra le relais … sans interruption de revenus". A hope
  or a wish asks as a question does (`HOPE_CUE`); restated as the writer's ("Vous espérez que…") it claims nothing.

- *A promise behind a step of the writer's*: "Si vous nous envoyez le rapport de l'expert, la taxe de cette année
  sera annulée" to "est-ce qu'on doit quand même payer la taxe foncière ?", beside a passage that says the tax is
  due for the whole year. A condition set a sentence apart as no answer ("si votre dossier a été transmis, vous
  recevrez sa décision"); a condition that is only what the writer is asked to do (send, fill in, declare, pay…)
  leaves the promise standing: the sentence is read as its main clause is, and its verdict is weighed whole against
  the sources (`guichet.drafting.asked_verdicts`).
- *A bound given as the amount*: "Si Arcachon est en zone tendue, votre taxe d'habitation sera majorée de 60 %"
  beside "le conseil municipal peut décider d'appliquer une majoration de 5 % à 60 %"; "Vous toucherez 1 077,44 €"
  beside "Montant maximum : 1 077,44 €". A sum or a rate of the writer's case that the sources give only as a
  ceiling, a floor or the end of a range, said without any such word, is an answer the sources do not give, whatever
  condition comes before it.

Folded text, deterministic.
"""

import re

# A hope or a wish of the writer's is asked as a question is: "J'espère que ce ne sera pas pénalisé", "J'aimerais
# passer directement en invalidité sans perdre un mois de revenus" (folded text; joined to the asked check's cues).
# Given back as a result ("Votre retard ne sera pas pénalisé"), it is an answer nobody gave.
HOPE_CUE = r"j'?espere qu(?:e|')|en esperant qu(?:e|')|j'?aimerais (?!savoir|connaitre)|je souhaiterais (?!savoir)"
# The writer's hope or wish, restated, claims nothing: "Vous espérez que…", "Vous aimeriez passer…".
WISH_REPORTED = r"vous (?:esperez|souhaitez|souhaiteriez|aimeriez|voudriez|desirez)"
# A condition that is a step of the writer's, opening the sentence, up to its comma (folded text).
_STEP_CONDITION = re.compile(
    r"^\W*si vous (?:nous |me |lui |leur |la |le |les |l')?(?:envoyez|adressez|transmettez|fournissez|faites"
    r"|deposez|presentez|remplissez|completez|signalez|declarez|demandez|payez|reglez|joignez|renvoyez|retournez"
    r"|effectuez|contactez|produisez|justifiez)\b[^,;:]*,\s*"
)
# A sum or a rate (its digits are what is compared, as `guichet.drafting.asked._AMOUNT` reads them).
_AMOUNT = re.compile(
    r"\b(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)\s*(?:€|euros?\b|eur\b|%|pour ?cent\b)"
)
# Before an amount in a source: a ceiling ("jusqu'à", "maximum", "dans la limite de", "ne peut dépasser") or the
# upper end of a range ("de 5 % à 60 %", "entre 40 % et 80 %"). A floor or a range's lower end is what a rule
# applied to the writer's figure often gives ("entre 40 % et 80 %": at 60 %, 40 % of the pension), and is left.
_BOUND_BEFORE = re.compile(
    r"(?:jusqu'?a|maximum|maximale?|plafond|plafonnee?|dans la limite d(?:e|u|es)|au plus|au maximum"
    r"|ne (?:peut|peuvent|doit|doivent) (?:pas )?(?:depasser|exceder)|depasse pas|peut atteindre"
    r"|pouvant (?:aller|atteindre)|inferieure?s? (?:ou egale?s? )?a|moins de|\d\s*(?:€|euros?|%)\s*(?:a|et))"
    r"\s*(?::\s*)?(?:\w+\s*){0,2}$"
)
BOUND_WINDOW = 40  # characters before the amount where its bound is read
# A bound kept in the draft's own sentence.
_BOUND_KEPT = re.compile(
    r"\b(?:jusqu'?a|maxim\w*|minim\w*|plafon\w*|limite|au plus|au moins|peut atteindre|pourra atteindre"
    r"|pouvant|depass\w*|exced\w*|inferieur\w*|superieur\w*|plus de|moins de|entre|au-dela|sous)\b"
)


def main_after_step(folded: str) -> str:
    """The main clause of a folded sentence that opens with a step of the writer's as its condition ("si vous nous
    envoyez le rapport, …"), or ""."""
    found = _STEP_CONDITION.match(folded)
    return folded[found.end() :] if found else ""


def _digits(amount: str) -> str:
    return re.sub(r"\D", "", amount)


def bounds_only(folded_sources: list[str]) -> set[str]:
    """The amounts (as digits) the folded sources give, each time, as a bound and never as the amount itself."""
    bound: set[str] = set()
    plain: set[str] = set()
    for text in folded_sources:
        for m in _AMOUNT.finditer(text):
            before = text[max(0, m.start() - BOUND_WINDOW) : m.start()]
            (bound if _BOUND_BEFORE.search(before) else plain).add(_digits(m.group(1)))
    return bound - plain


def bound_as_amount(folded: str, bounds: set[str], known: set[str]) -> bool:
    """Whether a folded sentence states as the amount a sum or a rate the sources give only as a bound (`bounds`),
    without a bound's word of its own; `known`: the amounts the message gives (the writer's own figure is told)."""
    if _BOUND_KEPT.search(folded):
        return False
    return any(_digits(m.group(1)) in bounds - known for m in _AMOUNT.finditer(folded))
