"""A grievance read only in quoted words is none (fifty-sixth pass of issue 12, engineer-gr).

What someone else said (« ma voisine m'a dit « la cantine c'est une honte » »), a form's or a letter's own text
(« il est écrit « vous pouvez déposer une réclamation » »), a previous letter of the writer copied in the message:
the complaint's words inside quotation marks are no grievance the writer brings now. Two readings, each behind its
own switch, read at call time (docs/benchmarks.md, fifty-sixth pass):

* ``READ_QUOTED_GRIEVANCE_RULES``: the complaint rules (their patterns, their hints and engineer-gn's polite
  grievance, `triage_third_parties.polite_complaint`) read the folded text with its quoted passages emptied
  (`unquoted`); a complaint said outside the quotes (« votre courrier dit « dossier complet » et trois mois après
  toujours rien ») is read as before.
* ``QUOTED_GRIEVANCE_GATE``: the model's complaint (whole message or a sentence window) is dropped where no rule set
  one, a complaint rule's pattern matches inside the quotes (`grievance_quoted`: « c'est scandaleux », « je conteste
  ce refus »), and the model, scored again on title and body with their quotes emptied, no longer reaches it
  (`without_quoted_complaint`), as `triage_reported_words` does for an injection given by reported words. Without
  the grievance inside the quotes, a gate that re-read every quote took the complaint from writers who quote the
  office's « en cours de traitement » or an indu's letter and ask why (ew-060, tri-s-132, tri-az-093, gj-045 on
  train + validation).

Quotes read: « … », “ … ” and straight double quotes, 4 to 400 characters, within one paragraph for the straight ones.
"""

import re

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_complaint_rules import _COMPLAINT
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_gate import Gated, GateReading, Reached, dropped_unless_rescored
from guichet.drafting.triage_matching import _matches

READ_QUOTED_GRIEVANCE_RULES = True
QUOTED_GRIEVANCE_GATE = True

_QUOTE = re.compile(r"«[^»]{4,400}»|“[^”]{4,400}”|\"[^\"\n]{4,400}\"")


def unquoted(text: str) -> str:
    """`text` with each quoted passage emptied to « … »."""
    return _QUOTE.sub("« … »", text)


def complaint_reading(folded: str) -> str:
    """The folded text the complaint rules read: its quotes emptied, or unchanged when the switch is off."""
    return unquoted(folded) if READ_QUOTED_GRIEVANCE_RULES else folded


def grievance_quoted(text: str) -> bool:
    """A complaint rule's pattern matches inside the quoted passages of `text` (raw or folded)."""
    quoted = " | ".join(quote.group() for quote in _QUOTE.finditer(fold(text)))
    return bool(quoted) and bool(_matches(_COMPLAINT, quoted))


def without_quoted_complaint(reading: GateReading, kept: list[str], reached: Reached) -> Gated:
    """The model's labels (`kept`: whole message, `reached`: a sentence window) less a complaint that only the quoted
    words gave: scored again on title and body with their quotes emptied, neither the whole message nor a sentence
    window reaches the threshold. A complaint a rule set (`taken`) is never read again."""
    label = TriageLabel.COMPLAINT
    if not QUOTED_GRIEVANCE_GATE or label in reading.taken or (label not in kept and label not in reached):
        return kept, reached
    if not grievance_quoted(f"{reading.title}\n{reading.body}"):
        return kept, reached
    plain = (unquoted(reading.title), unquoted(reading.body))
    return dropped_unless_rescored(reading, label, plain, (kept, reached))
