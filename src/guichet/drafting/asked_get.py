"""A verb of getting answers a question that asks a right or a getting (forty-eighth pass, engineer-d72; read by
`guichet.drafting.asked_verdicts` and `guichet.drafting.asked_relatives`).

The permission reading (`asked_verdicts`) takes « vous pouvez VERB » for an answer only when the verb is one of the
question's words: « Vous pouvez partir » to « j'ai le droit de partir ? ». But the writer asks « puis-je toucher
l'ASF ? » or « ai-je droit à l'APA ? » and the draft answers « Vous pouvez percevoir l'ASF » or « Votre mère peut
bénéficier de l'APA »: the verb is another of the same family, the one the fiches use. « Bénéficier de »,
« percevoir », « toucher », « obtenir », « recevoir », « cumuler », « garder », « conserver », « avoir » say what the
case gets; to a question that asks a right (« droit ») or a getting in one of these verbs, such a « peut » is the yes
or the no.

`GET_FAMILY` (the switch, shipped off: one train sentence moved, none on validation): for « vous pouvez »
(`asked_verdicts`); the relatives' reading (`asked_relatives`) uses the same family under its own switch. The words
are general French, never one message's. Folded text.
"""

# « vous pouvez percevoir » to « puis-je toucher … ? »: a permission, as « vous pouvez toucher » would be. Off: its one
# move (q29-006) is on train, none on validation (docs/benchmarks.md, forty-eighth pass).
GET_FAMILY = False

# The verbs of getting as a reply writes them after « pouvez » / « peut » (folded infinitives).
_GET_VERBS = frozenset(
    "beneficier percevoir toucher obtenir recevoir cumuler garder conserver avoir pretendre".split()
)
# What a question that asks a right or a getting holds, cut as the asked check cuts words (five letters): « droit »,
# and the forms of the verbs above that cannot be another word's (« garde », « conse », « prete » can).
_ASKED_GETTING = frozenset("droit benef perce perco percu touch obten obtie recev recoi cumul".split())


def answers(verb: str, asked: set[str]) -> bool:
    """Whether a folded verb said after a modal is a getting, to a question (`asked`: the stems of what the message
    asks about) that asks a right or a getting."""
    return verb in _GET_VERBS and bool(asked & _ASKED_GETTING)
