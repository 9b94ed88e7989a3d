"""Capitals are typography, not abuse and not an order to the AI (thirty-sixth pass, engineer-dh).

The learned model reads the text with its case: a polite request written all in capitals ("BONJOUR JE VOUDRAIS
SAVOIR LES HORAIRES DU SERVICE ETAT CIVIL LE SAMEDI … MERCI BEAUCOUP BONNE JOURNEE", df-033) scored 0.91 abusive, and
0.00 once written in ordinary case; "BONJOUR J AI PERDU MA CARTE VITALE …" scored 0.11 injection, over the label's
threshold (0.084, recall first), and 0.00 in ordinary case. Old people, phones stuck on caps lock and people who
cannot type accents write like this; the insult, the threat or the order to the AI, when there is one, is still there
in lower case. So the model's abusive and injection on a message written mostly in capitals stand only when the same
message, read in ordinary case, still reaches the label's threshold (whole message, or one of its sentence windows).
A label a rule set (the rules read folded text) is never read again.

Thirty-seventh pass (engineer-dl; dk-029, "QUELLE EST LA DATE DE VERSEMENT DU RSA CE MOIS-CI ? …" read as a
complaint): the model's complaint is read again in ordinary case too, capitals being no grievance either, but only in
a message that asks a question and that nothing reads as abusive: a grievance shouted without a question ("MA
PENSION N'EST PAS ARRIVEE CE MOIS CI", tri-n-024) or beside insults (tri-cc-026) keeps the model's complaint, which
ordinary case alone lowers below its threshold.
"""

import re
from collections.abc import Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_gate import Gated, GateReading, Reached
from guichet.drafting.triage_model import TriageModel
from guichet.text import PLACEHOLDER

SHOUT_GATE = True
# The labels read again in ordinary case.
SHOUT_LABELS: tuple[str, ...] = (TriageLabel.ABUSIVE, TriageLabel.INJECTION, TriageLabel.COMPLAINT)
# The labels read again only in a question with nothing abusive (see the module's docstring).
SHOUT_ASKED_ONLY: tuple[str, ...] = (TriageLabel.COMPLAINT,)
# A message is "in capitals" from this share of upper-case letters, over at least this many letters.
SHOUT_SHARE = 0.6
SHOUT_MIN_LETTERS = 20

# The first letter of the text, of a line or of a sentence, raised again after lowering.
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*)(\w)")


def shouted(text: str) -> bool:
    """Most of the message's letters (placeholders aside) are capitals."""
    letters = [c for c in PLACEHOLDER.sub(" ", text) if c.isalpha()]
    return len(letters) >= SHOUT_MIN_LETTERS and sum(c.isupper() for c in letters) / len(letters) >= SHOUT_SHARE


def calm_case(text: str) -> str:
    """The text in ordinary case: lowered, each sentence's first letter raised, the privacy placeholders kept."""
    parts: list[str] = []
    last = 0
    for m in PLACEHOLDER.finditer(text):
        parts.append(text[last : m.start()].lower())
        parts.append(m.group())
        last = m.end()
    parts.append(text[last:].lower())
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), "".join(parts))


def read_calm_only_shouting(model: TriageModel, title: str, body: str, admin_text: str, label: str) -> bool:
    """The message is in capitals and, read in ordinary case, the model no longer gives it `label`: neither the
    whole message nor any sentence window reaches the label's threshold."""
    if not shouted(f"{title}\n{body}"):
        return False
    calm_title, calm_body = calm_case(title), calm_case(body)
    if label in model.decide(model.scores(calm_title, calm_body, admin_text)):
        return False
    if label in model.settings.window_labels:
        found = model.window_scores(calm_body, admin_text, (label,))
        if label in model.decide_windows(found):
            return False
    return True


def _asks_calmly(
    title: str, body: str, kept: list[str], reached: dict[str, tuple[float, str]], taken: Collection[str]
) -> bool:
    """The message asks a question and no label so far reads it as abusive."""
    abusive = TriageLabel.ABUSIVE
    return "?" in f"{title}\n{body}" and abusive not in kept and abusive not in reached and abusive not in taken


def without_shouting_only(reading: GateReading, kept: list[str], reached: Reached) -> Gated:
    """The model's labels (`kept`: whole message, `reached`: a sentence window) less those of `SHOUT_LABELS` that
    only the capitals gave: a label a rule set (`taken`) is never read again."""
    model, taken, title, body, admin_text = reading
    for label in SHOUT_LABELS:
        if label in taken or (label not in kept and label not in reached):
            continue
        if label in SHOUT_ASKED_ONLY and not _asks_calmly(title, body, kept, reached, taken):
            continue
        if read_calm_only_shouting(model, title, body, admin_text, label):
            kept = [other for other in kept if other != label]
            reached = {other: found for other, found in reached.items() if other != label}
    return kept, reached
