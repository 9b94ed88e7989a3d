"""Hardship told without danger (forty-eighth pass of issue 12, engineer-fi).

A carer who says « je suis fatiguée, je dors mal, mais ça va aller », a retiree whose « fins de mois sont justes », a
student who « galère un peu niveau argent », a writer « fatigué de cette attente » asks an ordinary question: the
tiredness, the tight budget, the long wait or the illness that weighs is the context, not a danger. The learned model
reads those words as distress: its whole-message threshold is low (recall first) and one such sentence alone reaches
the window threshold (« je dors mal, mais ça va aller, ma fille prend le relais » scored 0.9999 on its window).

``QUIET_HARDSHIP_GATE``: where no distress rule fired, no warning sign of suicide (`triage_signs`), no sign of acute
hardship (`triage_hardship`) and nothing that says the writer can no longer cope or keep someone safe
(`_CANNOT_COPE`: « je ne peux plus », « je n'y arrive plus », « plus de forces », « à bout », « j'ai peur »…) is read,
and the message says such wording (`_QUIET_HARDSHIP`), the model's distress is scored again on the title and body with
that wording taken out. It is dropped only when the message read again neither reaches the whole-message threshold
with a sentence at the corroboration level behind it (as `triage_model_gates.distress_corroborated` asks) nor has a
sentence window at the window threshold: a danger said anywhere else keeps it, and so does every rule.

« Fatigué de vivre », « fatigué de me battre », « épuisée de tout » are never taken out: they are not tiredness but a
life that weighs, and the writer's danger.

Pure string functions and one re-reading with the shipped model (no Django).
"""

import re

from guichet.drafting import triage_model_gates
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_gate import Gated, GateReading, Reached
from guichet.drafting.triage_model import TriageModel
from guichet.drafting.triage_rescore import distress_without, without_matches

# Switch (forty-eighth pass, docs/benchmarks.md): read at call time.
QUIET_HARDSHIP_GATE = True

_ME = r"(?:je suis|j'suis|jsuis|chuis|suis|on est|nous sommes|je me sens|je me sent|je commence a etre|je deviens)"
_MUCH = r"(?:(?:un peu|tres|vraiment|completement|tellement|si|assez|bien|souvent|de plus en plus|moi-meme) )*"
_TIRED_WORD = (
    r"(?:fatigue|fatiguee|fatigues|fatiguees|epuise|epuisee|epuises|epuisees|use|usee|uses|usees|videe|videes"
    r"|creve|crevee|creves|crevees|a plat|lessive|lessivee|rince|rincee|a bout de souffle)"
)
# What a tiredness is "of" when it is the writer's life, not their day: never taken out.
_OF_LIFE = r"(?! (?:de|d') ?(?:vivre|tout|la vie|ma vie|me battre|lutter|survivre|exister|cette vie|moi))"
# Wording of hardship said without danger, on folded text: what is taken out before the model reads again.
_QUIET_HARDSHIP = re.compile(
    # Tired, worn out ("je suis épuisée", "usé moralement", "un peu à bout de souffle", "crevée mais je tiens").
    rf"\b(?:{_ME} )?{_MUCH}{_TIRED_WORD}(?: (?:moralement|physiquement|nerveusement))?\b{_OF_LIFE}"
    r"(?: (?:de|par) (?:cette |l'|les |ces )?(?:attente|attendre|delais?|relances?|demarches?|rendez-vous))?"
    r"|\bje (?:fatigue|m'use|me fatigue)\b(?: beaucoup)?|\bje commence a (?:fatiguer|saturer|m'user)\b"
    r"|\bje dors (?:mal|peu)\b|\bla fatigue\b(?: (?:est devenue|devient) (?:lourde|pesante))?(?: au quotidien)?"
    r"|\b(?:besoin|envie) de souffler\b|\bme fait du bien de souffler\b"
    # Tight money ("les fins de mois sont dures", "c'est serré", "on se serre la ceinture", "je galère un peu").
    r"|\b(?:les )?fins? de mois (?:sont |est |restent |deviennent )?(?:un peu |tres |vraiment |assez )?"
    r"(?:dures?|difficiles?|serrees?|justes?|compliquees?|tendues?)\b"
    r"|\b(?:les )?mois sont (?:un peu |tres |assez )?(?:serres|durs|justes|difficiles|compliques)\b"
    r"|\b(?:c'est|c est|cest|c'etait) (?:un peu |tres |assez )?(?:serre|juste|complique)\b"
    r"(?: (?:financierement|en ce moment|ce mois-ci|pour nous|tous les mois))?"
    r"|\bon se serre la ceinture\b|\bon fait attention a tout\b|\bje galere un peu\b(?: niveau argent)?"
    r"|\bon boucle (?:les|nos) (?:mois|fins de mois) (?:avec difficulte|difficilement)\b"
    r"|\b(?:je m'en sors|on s'en sort|nous nous en sortons) (?:tant bien que mal|juste|difficilement)\b"
    # Said to be no danger ("mais ça va aller", "ce n'est pas dramatique", "il n'y a pas d'urgence", "je tiens").
    r"|\b(?:mais )?ca va aller\b|\bmais ca va\b|\bmais je tiens\b|\b(?:ce n'est|c'est|ce n est) pas dramatique\b"
    r"|\b(?:il n'y a|il n y a|y a) pas d'urgence\b"
    # A long wait and an illness that weighs ("ça commence à peser", "l'attente est longue", "me pourrit la vie").
    r"|\b(?:ca|cela|l'attente|la maladie) (?:commence a )?pese(?:r)?\b|\bl'attente (?:est|devient) longue\b"
    r"|\b(?:qui )?me (?:pourrit|pourrissent|gache|gachent) la vie\b|\b(?:c'est|devenu|devenue) penible\b"
    r"|\bles journees sont longues(?: et fatigantes)?\b|\bc'est lourd(?: parfois)?\b"
)
# The writer says they can no longer cope or keep someone safe: the gate never acts then.
_CANNOT_COPE = re.compile(
    r"\b(?:ne |n')?(?:peux|peut|pouvons|sais|arrive) plus\b|\b(?:n'y|n y|y) arrive (?:plus|pas)\b"
    r"|\b(?:plus|pas) (?:la |de )?forces?\b|\ba bout\b(?! de souffle)|\bje craque\b|\bj'en (?:peux|peu) plus\b"
    r"|\bpeur\b|\bdanger\b|\bseule? au monde\b|\bplus (?:envie|la force|le courage)\b|\bau bout du rouleau\b"
    r"|\bne (?:mange|dors) plus\b|\bje ne sais pas ce qui va\b|\bplus d'issue\b"
)


def says_quiet_hardship(text: str) -> bool:
    """The text says tiredness, a tight budget, a long wait or a weighing illness, and nothing that it can no longer
    cope (read at each call with its switch)."""
    folded = fold(text)
    return QUIET_HARDSHIP_GATE and bool(_QUIET_HARDSHIP.search(folded)) and not _CANNOT_COPE.search(folded)


def without_quiet_hardship(text: str) -> str:
    """`text` with its wording of quiet hardship taken out (`triage_rescore.without_matches`)."""
    return without_matches(text, _QUIET_HARDSHIP)


def distress_stands(model: TriageModel, title: str, body: str, admin_text: str) -> bool:
    """The model's distress on a message as the pipeline decides it: a sentence window at the window threshold, or
    the whole message at the label's threshold with a sentence at the corroboration level behind it (or strong)."""
    label = TriageLabel.DISTRESS
    windows = model.window_scores(body, admin_text, (label,))
    if label in model.decide_windows(windows):
        return True
    whole = model.scores(title, body, admin_text)[label]
    if label not in model.decide({label: whole}):
        return False
    if whole >= triage_model_gates.DISTRESS_CORROBORATION:
        return True
    best = windows.get(label)
    if best is None:
        return triage_model_gates.SINGLE_SENTENCE_KEEPS
    return best[0] >= triage_model_gates.DISTRESS_CORROBORATION


def without_quiet_hardship_distress(reading: GateReading, kept: list[str], reached: Reached) -> Gated:
    """The model's labels (`kept`: whole message, `reached`: a sentence window) less a distress that only the wording
    of quiet hardship gave: no distress rule (`taken`), no warning sign, no sign of acute hardship, nothing said of
    not coping, and read again without that wording the distress no longer stands (`distress_stands`;
    `triage_rescore.distress_without`, shared with the other gates that score a message again)."""
    model, taken, title, body, admin_text = reading
    if not QUIET_HARDSHIP_GATE:
        return kept, reached
    texts = (title, body, admin_text)
    return distress_without(
        model, kept, reached, taken, texts, says_quiet_hardship, without_quiet_hardship, stands=distress_stands
    )
