"""An act of the office's own asked of it (`own_act_asked`): "pouvez-vous recalculer mon APL ?" to the CAF, "vous
pouvez baisser mon taux de prélèvement ?" to the tax office, "ma carte Vitale ne marche plus, vous pouvez m'en
envoyer une autre ?" to the CPAM.

Forty-first pass, engineer-ea (issue 12). Since the thirteenth pass an act asked of the office ("pouvez-vous me
verser ses indemnités ?", `triage_veto.asks_office_to_act`) lowers the score over which the model's out of scope
stands against the competence map's veto to `OTHER_PARTY_OVERRIDE` (0.85). The shipped artefact scores short asks of
this kind out of scope at 0.90-1.00 (a short "pouvez-vous … ? Merci" is how many out-of-scope examples are written),
so the office's own business, asked in one line between two tasks, was sent away. Here the act lowers the bar only
where a sentence that asks it names no topic of the office written to, or names another body's topic too: an act
asked on the office's own topic alone keeps the veto, as a question on it always did.
"""

import re
from collections.abc import Collection

from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_topics import TOPICS, topic_scores

# Switch (risky: it keeps the competence map's veto where the thirteenth pass let a confident model through).
OWN_ACT_KEEPS_VETO = True

# The act-ask of `triage_veto._ACT_ASK`, read sentence by sentence (kept in step with it).
_ACT = re.compile(
    r"(?<!\bon )(?<!\bje )\b(?:pouvez|pourriez|peut|peuvent|pourrait|pourraient)"
    r"(?:[- ]vous|-elle|-il|-ils|-elles|-on|-t-elle|-t-il)? "
    r"(?:m'en |me |m'|nous |l'|les |lui |leur |le |la |y )?"
    r"(?!dire\b|indiquer|expliquer|confirmer|renseigner|preciser|informer|orienter|aider a comprendre)"
    r"[a-z]+(?:er|ir|re)\b"
    r"|\b(?!(?:dites|indiquez|expliquez|precisez|confirmez|dis|indique|explique|precise|confirme)-moi)"
    r"[a-z]+(?:e|s|ez)-moi\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s*")
_OWNERS = {topic.key: set(topic.profiles) for topic in TOPICS}


def _sentences_asking(folded: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(folded) if s.strip() and _ACT.search(s)]


def own_act_asked(profiles: Collection[str], text: str) -> bool:
    """Every sentence that asks the office to act names a topic of the office (`triage_topics`) and none of
    another body's. False where no act is asked or the office has no profile."""
    if not profiles:
        return False
    asking = _sentences_asking(fold(text))
    if not asking:
        return False
    own = set(profiles)
    for sentence in asking:
        topics = topic_scores("", sentence)
        if not any(own & _OWNERS[key] for key in topics):
            return False
        if any(not own & _OWNERS[key] for key in topics):
            return False
    return True
