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

Narrowed before shipping: read on messages of any length, the predicate held on 149 train + validation
messages and took the out of scope away from 23 that the gold keeps (a joint account to block, a visa refused by a
consulate, a social landlord's charges: long messages whose act sentence names the office's topic in passing, the
act being another body's), and spared none. It is now read only on a message of at most `OWN_ACT_MAX_WORDS` words
whose asking sentence names the writer's own file ("mon", "ma", "mes"): the one-line ask of the issue.
"""

import re
from collections.abc import Collection

from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_topics import TOPICS, topic_scores

# Switch (risky: it keeps the competence map's veto where the thirteenth pass let a confident model through).
OWN_ACT_KEEPS_VETO = True

# The longest message (its body, in words) read: a one- to three-line ask written between two tasks.
OWN_ACT_MAX_WORDS = 20
_WORD = re.compile(r"\w+")
# The writer's own file named in the asking sentence.
_OWN_FILE = re.compile(r"\b(?:mon|ma|mes|notre|nos)\b")

# An ask to act rather than to tell ("pouvez-vous me verser…", "rembourse-moi"): `triage_veto` reads it on the whole
# message (`_ACT_ASK`), this module sentence by sentence.
ACT_ASK = re.compile(
    r"(?<!\bon )(?<!\bje )\b(?:pouvez|pourriez|peut|peuvent|pourrait|pourraient)"
    r"(?:[- ]vous|-elle|-il|-ils|-elles|-on|-t-elle|-t-il)? "
    r"(?:m'en |me |m'|nous |l'|les |lui |leur |le |la |y )?"
    r"(?!dire\b|indiquer|expliquer|confirmer|renseigner|preciser|informer|orienter|aider a comprendre)"
    r"[a-z]+(?:er|ir|re)\b"
    r"|\b(?!(?:dites|indiquez|expliquez|precisez|confirmez|dis|indique|explique|precise|confirme)-moi)"
    r"[a-z]+(?:e|s|ez)-moi\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s*")
# The offices (profiles) whose business each topic is.
OWNERS = {topic.key: set(topic.profiles) for topic in TOPICS}


def short_asks(folded: str, asking: re.Pattern[str], max_words: int) -> list[str]:
    """The sentences of a folded message that match `asking`; none when the message has more than `max_words`
    words (the one-line asks read here and by `triage_document_ask`)."""
    if len(_WORD.findall(folded)) > max_words:
        return []
    return [s for s in _SENTENCE_END.split(folded) if s.strip() and asking.search(s)]


def own_act_asked(profiles: Collection[str], text: str) -> bool:
    """A short message (`OWN_ACT_MAX_WORDS`) whose every sentence asking the office to act names the writer's own
    file, a topic of the office (`triage_topics`) and none of another body's. False where no act is asked or the
    office has no profile."""
    if not profiles:
        return False
    asking = short_asks(fold(text), ACT_ASK, OWN_ACT_MAX_WORDS)
    if not asking:
        return False
    own = set(profiles)
    for sentence in asking:
        if not _OWN_FILE.search(sentence):
            return False
        topics = topic_scores("", sentence)
        if not any(own & OWNERS[key] for key in topics):
            return False
        if any(not own & OWNERS[key] for key in topics):
            return False
    return True
