"""Worry is no abuse: the model's "abusive" read again where the writer only fears a cut or reports words said to
them (forty-third pass of issue 12, engineer-en).

The model learned "abusive" from threats and insults aimed at the office. Two kinds of messages carry the same words
without either:

* ``WORRY_NOT_THREAT``: a worry about money or a benefit cut said as an unknown act of one's own ("si vous me coupez
  le RSA je ne sais pas ce que je ferai, je n'ai plus rien à manger pour les petits"). Before the forty-second pass
  `UNSURE_SELF` read it as the writer's danger (kind "suicide"), and a suicide rule drops the model's abusive
  (`model_labels_kept`, `self_harm`); engineer-ej's `SELF_MEASURED_RULE` rightly reads it as a worry, no danger,
  and the model's abusive (0.27 on the lead's probe) then stood alone. A measured worry (`measured_worries`) is no
  threat either: where no abusive rule fires, the model's abusive is dropped. A threat the rules know ("vous allez
  le regretter", "je viens avec le fusil") keeps the label.
* ``REPORTED_ABUSE_GATE``: insults or slurs said *to* the writer and quoted (« rentrez chez vous en Roumanie », « la
  grosse de la pharmacie »). The abusive rules already read the text with its « … » and “ … ” passages blanked
  (`triage_abuse_rules._QUOTED`: reported speech is not the writer's); the model did not. Where no abusive rule fires,
  the model's abusive is scored again on the title and body with those passages emptied, and dropped when it no longer
  reaches the label's threshold. An insult the writer makes outside the quotes is read by the rules and the model as
  before.

* ``WORRY_DISTRESS_GATE``: the same worry read by the model as distress ("si mon titre n'est pas renouvelé je ne
  sais pas ce que je ferai, mon patron me garde jusqu'à la fin du mois" scored 1.00). Where no distress rule fires and
  neither a warning sign of suicide (`triage_signs`) nor a sign of acute hardship (`triage_hardship`) is read, the
  model's distress is scored again with the unknown act said as a plain worry ("je suis inquiet"); it is dropped when
  neither the whole message nor a sentence window then reaches the label's threshold.

Pure string functions and one re-reading with the shipped model (no Django).
"""

import re
from collections.abc import Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_abuse_rules import _QUOTED
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_gate import Gated, GateReading, Reached
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_model import TriageModel, label_cleared_by_rewrite
from guichet.drafting.triage_signs import warning_signs
from guichet.drafting.triage_understated import measured_worries

# A measured worry about a cut ("si vous me coupez l'APL je ne sais pas ce que je ferai") drops the model's abusive
# where no abusive rule fires.
WORRY_NOT_THREAT = True
# Words quoted in « » or “ ” are reported, not the writer's: the model's abusive is read again without them.
REPORTED_ABUSE_GATE = True
# The model's distress on a measured worry alone is read again with the unknown act said as a plain worry. Shipped
# off by the lead (forty-third pass): "je ne sais pas ce que je ferai" can be a danger said quietly, it changed no
# validation message, and a danger missed costs more than a priority flag too many.
WORRY_DISTRESS_GATE = False

# "je ne sais pas ce que je ferai", "je ne sais plus ce que je vais faire" (raw text, either apostrophe).
_UNKNOWN_ACT = re.compile(
    r"\bje (?:ne |n')?(?:sais|sait|sai) (?:pas|plus|pa) ce que (?:je|j['’]) ?(?:ferai|ferais|vais faire)\b",
    re.IGNORECASE,
)


def worry_not_threat(folded: str) -> bool:
    """The (folded) text says a worry about a cut of money or of a benefit as an unknown act of one's own (read at
    each call with its switch)."""
    return WORRY_NOT_THREAT and bool(measured_worries(folded))


def quotes_emptied(text: str) -> str:
    """The text with each « … » and “ … ” passage emptied, as the abusive rules read it."""
    return _QUOTED.sub("« … »", text)


def without_reported_abuse(
    model: TriageModel,
    kept: list[str],
    taken: Collection[str],
    title: str,
    body: str,
    admin_text: str,
) -> list[str]:
    """The model's whole-message labels (`kept`) less an abusive that only quoted words gave: scored again on the
    title and body with their quotes emptied, it no longer reaches the label's threshold. A label a rule set
    (`taken`) is never read again; nothing changes where the switch is off or the text quotes nothing."""
    if not REPORTED_ABUSE_GATE:
        return kept
    rewritten = (quotes_emptied(title), quotes_emptied(body))
    return label_cleared_by_rewrite(model, TriageLabel.ABUSIVE, kept, taken, (title, body), rewritten, admin_text)


def plain_worry(text: str) -> str:
    """The text with each unknown act of one's own said as a plain worry ("je suis inquiet")."""
    return _UNKNOWN_ACT.sub("je suis inquiet", text)


def without_worry_distress(reading: GateReading, kept: list[str], reached: Reached) -> Gated:
    """The model's labels (`kept`: whole message, `reached`: a sentence window) less a distress that only a measured
    worry gave (`worry_not_threat`): with no distress rule (`taken`), no warning sign and no sign of acute hardship,
    scored again on `plain_worry` title and body, neither the whole message nor a sentence window reaches the
    label's threshold."""
    model, taken, title, body, admin_text = reading
    label = TriageLabel.DISTRESS
    if not WORRY_DISTRESS_GATE or label in taken or (label not in kept and label not in reached):
        return kept, reached
    folded = fold(f"{title}\n{body}")
    if not worry_not_threat(folded) or warning_signs(folded) or hardship_signs(folded):
        return kept, reached
    plain_title, plain_body = plain_worry(title), plain_worry(body)
    if label in model.decide(model.scores(plain_title, plain_body, admin_text)):
        return kept, reached
    if label in model.decide_windows(model.window_scores(plain_body, admin_text, (label,))):
        return kept, reached
    reached = {key: value for key, value in reached.items() if key != label}
    return [other for other in kept if other != label], reached
