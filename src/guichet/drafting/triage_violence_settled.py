"""Violence that no longer puts anyone in danger (fifty-second pass of issue 12, engineer-fz).

Three shapes of violence the distress rules and the model read as a danger now:

* **violence settled**: the aggressor convicted, judged, dead, gone abroad or far away, a protection order over, no
  contact any more, or the writer's own sentence served, and the writer says it is calm now ("tout va bien", "la
  situation est calme", "je ne le vois plus"), before a routine question: "Bonjour, j'ai obtenu l'an dernier une
  carte de séjour au titre des violences conjugales, après ma séparation et le jugement. … tout va bien. Ma carte
  expire en avril" (tri-ai-031). `triage_violence_over` reads the writer who *left* and says *she is well*; this
  module adds the aggressor put out of reach (`_SETTLED`) and the calm said in other words (`_CALM`)
  (`SETTLED_RULE`);
* **violence told inside a grievance**: a past aggressor now gone ("un homme qui me battait et qui a disparu",
  "ma fille a fui un mari violent") named in a complaint or an insult aimed at the office, which is what the
  message is about (tri-cb-022, tri-cb-043) (`GRIEVANCE_RULE`);
* **a threat aimed at the office**: the writer threatens the agents ("je viendrai vous régler votre compte au
  guichet", fa-039; "je sais à quelle école vont les enfants de votre directrice", tri-y-082): the model reads
  the menace and says distress, but the danger, if any, is the agents', and the label is abusive
  (`OFFICE_THREAT_GATE`, over the model's distress only).

Each holds only when nothing says a danger goes on or is feared (`triage_violence_over`'s fear, threat, pursuit,
present-tense violence and these days' words; despair, death or farewell cues; warning signs of suicide; signs of
acute hardship). Violence named now, a fear, a child still sent to the aggressor keep the label: a missed distress
can cost a life.

`triage()` drops the violence rule's hits (never suicide's or a child's) where `violence_settled` holds, and
`without_settled_violence_distress` drops the model's distress (whole message or one sentence) where no distress
rule fired. Reads no model score. Pure functions on strings, besides the gate's signature.
"""

import re

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_abuse_rules import _ABUSIVE
from guichet.drafting.triage_complaint_rules import _COMPLAINT
from guichet.drafting.triage_cues import cue_counts, fold
from guichet.drafting.triage_gate import Gated, GateReading, Reached
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_matching import _matches
from guichet.drafting.triage_signs import warning_signs
from guichet.drafting.triage_violence_over import _LEFT, _SAFE_NOW, _VIOLENCE, quiet

# Switches, read at each call (set one off in a test with monkeypatch).
SETTLED_RULE = True
GRIEVANCE_RULE = True
OFFICE_THREAT_GATE = True

# The aggressor out of reach, or the writer's own sentence served.
_SETTLED = re.compile(
    r"\b(?:il|elle|l'auteur|l'agresseur|mon agresseur|son agresseur|le pere|mon ex|mon ex-\w+|mon oncle) "
    r"(?:a ete|avait ete|est|etait) (?:\w+ )?(?:condamnee?|juge|jugee|incarceree?|decedee?|mort|morte)\b"
    r"|\b(?:a|ont) ete (?:condamnee?s?|jugee?s?)\b|\bj'ai ete condamne\b|\bj'ai purge ma peine\b"
    r"|\bapres (?:ma|sa|la) (?:separation|condamnation) et (?:le|la) (?:jugement|condamnation)\b"
    r"|\b(?:est|sont) (?:\w+ )?(?:decedee?s?|mort|morte)\b|\best mort\b"
    r"|\b(?:vit|habite|est reparti|est parti|est repartie?) (?:desormais |aujourd'hui |maintenant )?(?:vivre )?"
    r"(?:a l'etranger|au canada|en [a-z]+|a \d+ km)\b"
    r"|\b(?:a|avait) disparu\b|\ba demenage a [\w-]+\b"
    r"|\bl'ordonnance de protection (?:\S+ ){0,8}(?:est (?:aujourd'hui |maintenant )?close|a pris fin"
    r"|est (?:arrivee|venue) a (?:son )?(?:terme|echeance))\b"
    r"|\b(?:a|avec) interdiction de (?:m'|nous |l')approcher\b"
)
# Violence named, or the protection order that says it.
_NAMED = re.compile(r"\bordonnance de protection\b")
# The calm said now, in words `triage_violence_over._SAFE_NOW` lacks.
_CALM = re.compile(
    r"\btout va (?:tres )?bien\b|\bla situation est (?:\w+ )?(?:calme|apaisee|reglee)\b"
    r"|\bje suis (?:\w+ )?tranquille\b|\bje n'ai plus (?:aucun )?contact\b"
    r"|\bje ne (?:le|la) vois plus\b|\bn'a (?:plus )?jamais cherche a revenir\b|\bne nous a plus jamais approche"
    r"|\bc'est derriere moi\b|\bje vis en securite\b|\bje vais mieux\b"
)
# A threat the writer aims at the office or its agents.
_OFFICE_THREAT = re.compile(
    r"\b(?:je viendrai|je vais venir|je passerai|je vais passer|je vais) (?:vous )?regler (?:votre|vos|son|leur) "
    r"compte\b"
    r"|\bje sais (?:a quelle (?:ecole|heure)|ou (?:vous habitez|habite|vont|travaille|elle habite|il habite))\b"
    r"|\bles enfants de votre (?:directrice|directeur|agente?|conseillere?|chef)\b"
    r"|\bvous allez (?:tous )?(?:le )?payer\b|\bvous allez le regretter\b|\bca va saigner\b"
)
# A danger of the writer's own, said beside a threat.
_OWN_FEAR = re.compile(
    r"\bpeur\b|\bterrifi\w*|\bterroris\w*|\beffray\w*|\bangoiss\w*|\bpanique\w*|\bau secours\b|\baidez-moi\b"
)


def settled_hit(text: str) -> bool:
    """Violence named, the aggressor out of reach (or the writer who left), the calm said now, nothing feared."""
    folded = fold(text)
    named = _VIOLENCE.search(folded) or _NAMED.search(folded)
    if not (named and (_SETTLED.search(folded) or _LEFT.search(folded))):
        return False
    if not (_CALM.search(folded) or (_SETTLED.search(folded) and _SAFE_NOW.search(folded))):
        return False
    return quiet(folded)


def grievance_hit(text: str) -> bool:
    """Violence named of a past aggressor now gone or left, in a message that complains of or insults the office,
    nothing feared."""
    folded = fold(text)
    if not (_VIOLENCE.search(folded) and (_SETTLED.search(folded) or _LEFT.search(folded))):
        return False
    if not (_matches(_COMPLAINT, folded) or _matches(_ABUSIVE, folded)):
        return False
    return quiet(folded)


def office_threat_hit(text: str) -> bool:
    """A threat aimed at the office or its agents, no danger or fear of the writer's own said."""
    folded = fold(text)
    if not _OFFICE_THREAT.search(folded) or _OWN_FEAR.search(folded):
        return False
    counts = cue_counts(folded)
    if counts["despair"] or counts["death"] or counts["farewell"]:
        return False
    return not (warning_signs(folded) or hardship_signs(folded))


def violence_settled(text: str) -> bool:
    """The violence rule's hits are dropped (`triage()`): a settled violence, or one told inside a grievance."""
    return (SETTLED_RULE and settled_hit(text)) or (GRIEVANCE_RULE and grievance_hit(text))


def without_settled_violence_distress(reading: GateReading, kept: list[str], reached: Reached) -> Gated:
    """The model's labels less its distress (whole message or one sentence) where no distress rule fired and the
    violence is settled, told in a grievance, or a threat the writer aims at the office."""
    distress = TriageLabel.DISTRESS
    if distress in reading.taken or (distress not in kept and distress not in reached):
        return kept, reached
    text = f"{reading.title}\n{reading.body}"
    if not (violence_settled(text) or (OFFICE_THREAT_GATE and office_threat_hit(text))):
        return kept, reached
    reached = {label: value for label, value in reached.items() if label != distress}
    return [label for label in kept if label != distress], reached
