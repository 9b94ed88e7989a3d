"""A date or a day of payment given to a message that asks when (fifty-sixth pass, engineer-d94; read by
`guichet.drafting.asked`).

Asked « Quand la décision sera-t-elle prise exactement ? », a draft answered « Le conseil des maîtres se prononcera
sur le maintien de [PERSONNE_1] en CP le [DATE_1] »; asked « on se demande s'il y a un délai pour la déclaration »,
« La déclaration doit être déposée avant le [DATE_1] ». The draft's date was written in full, and the pseudonymisation
of the message and the draft together masked it under a placeholder of its own: the date is in no part of the
message, and in no source. The readings of dates (`asked_delays`, `asked_figures`, `asked_entitlements`) read days
and months, not a placeholder, and let it pass. Asked « qd est ce que la bourse crous tombe ce mois ci », a draft
answered « La bourse du Crous sera versée le 5 de ce mois »: the day of payment said of the aid, not of « votre
allocation », and `asked_entitlements.PAYMENT_DATE` reads only the writer's own payment.

Readings, each behind its switch, read at call time, on folded text:

- `NEW_MASKED_DATE`: to a message that asks a time (« quand », « quelle date », « quel jour », « jusqu'à quand »,
  « délai », « date limite »), a statement that holds a masked date (`[date_2]`) the pseudonymised message does not
  hold, where no source gives a date at all (a source's date, masked in the draft, could be the one given back);
  not a date the sentence works out from the rule it states (« …, soit au plus tard le [DATE_2] »).
- `PAYMENT_DAY`: to the same kind of message about a payment (« versée », « tombe », « paiement », « virement »,
  « toucherai »), a statement that a payment is to come on a day (« sera versée le 5 », « arrivera le 10 du mois »)
  that neither the message nor a source gives; not when the message holds a masked date, which the day may be
  worked out from (« mon arrêt a commencé le [DATE_1] » / « versées à partir du 6 mars, après le délai de carence »).

Flagged for the agent, never removed, as the rest of the check.
"""

import re
from collections.abc import Sequence

NEW_MASKED_DATE = True  # the switch: a masked date only the draft holds answers "quand ?"
PAYMENT_DAY = True  # the switch: a day of payment nobody gave answers "quand est-ce versé ?"

# A message's question about a time (folded).
_TIME_ASKED = re.compile(
    r"\b(?:quand|qd|quelle date|quel jour|a quelle date|date limite|delai|delais|echeance|combien de temps)\b"
)
# A masked date of the pseudonymised text, folded ("[date_1]"; not a date of birth, which dates no answer).
_MASKED = re.compile(r"\[date_\d+\]")
# A masked date the sentence works out from the rule it states: « …, soit au plus tard le [date_2] » (folded).
_WORKED_OUT = re.compile(r"\bsoit (?:au plus tard |avant |jusqu'|a partir )?(?:le |au |du )?(\[date_\d+\])")
# A date written out in a source (folded): a day with its month, a day after "le", a month with a year.
_MONTH = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_SOURCE_DATE = re.compile(rf"\b(?:1er|\d{{1,2}})\s+{_MONTH}\b|\ble \d{{1,2}}\b|\b{_MONTH}\s+\d{{4}}\b|\[date_\d+\]")
# A payment, asked or said (folded).
_PAYMENT_ASKED = re.compile(
    r"\b(?:verse\w*|versement\w*|paie\w*|paiement\w*|vire\w*|virement\w*|tombe\w*|paye\w*|touch\w*|percev\w*)\b"
)
_PAYMENT_SAID = re.compile(
    r"\b(?:sera|seront) (?:versee?s?|payee?s?|viree?s?|creditee?s?)\b"
    r"|\b(?:arrivera|arriveront|tombera|tomberont|versera|verseront|interviendra|interviendront)\b"
)
# The day it comes on: "le 5", "le 10 du mois", "le 1er" (folded), not a sum nor a duration after the figure.
_DAY = re.compile(
    r"\b(?:le|au plus tard le|vers le|des le|a partir du) (1er|[12]\d|3[01]|[1-9])\b(?!\s*(?:[,.]\d|%|€|euros?\b))"
)
_FIGURE = re.compile(r"\d+")
LEAD_WORDS = 3  # the words of the part before a question read with it


def asks_time(parts: Sequence[tuple[str, bool]]) -> bool:
    """Whether a question of the message asks a time: its folded parts (`asked._parts`), each asked one read with
    the last words of the part before it, where the split may leave its question word (« slt jvoulais savoir qd » /
    « est ce que la bourse tombe … »)."""
    for at, (part, is_asked) in enumerate(parts):
        before = " ".join(parts[at - 1][0].split()[-LEAD_WORDS:]) if at else ""
        if is_asked and _TIME_ASKED.search(f"{before} {part}"):
            return True
    return False


def new_masked_date(folded: str, folded_message: str, folded_sources: Sequence[str]) -> bool:
    """Whether a folded statement holds a masked date the folded message does not, where no source gives a date
    (`NEW_MASKED_DATE`)."""
    if not NEW_MASKED_DATE:
        return False
    worked_out = set(_WORKED_OUT.findall(folded))  # « soit au plus tard le [date_2] »: the rule's day, worked out
    own = set(_MASKED.findall(folded)) - set(_MASKED.findall(folded_message)) - worked_out
    return bool(own) and not any(_SOURCE_DATE.search(s) for s in folded_sources)


def payment_day(folded: str, asked: Sequence[str], folded_message: str, folded_sources: Sequence[str]) -> bool:
    """Whether a folded statement gives a day of payment to come, to a question about a payment, that neither the
    message nor a source gives (`PAYMENT_DAY`)."""
    if not PAYMENT_DAY or not any(_PAYMENT_ASKED.search(a) for a in asked) or _MASKED.search(folded_message):
        return False
    if not _PAYMENT_SAID.search(folded):
        return False
    days = {found.group(1).removesuffix("er") for found in _DAY.finditer(folded)}
    given = set(_FIGURE.findall(" ".join([folded_message, *folded_sources])))
    return bool(days - given)
