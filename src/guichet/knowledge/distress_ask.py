"""The question inside distress weighed over the feelings told around it (fifty-eighth pass, engineer-r110, issue 14).

A message of fear, grief, exhaustion or anger tells how the writer feels in several clauses (« je ne dors plus, je ne
mange plus », « je pleure tous les soirs », « j'ai peur », « je suis à bout ») and asks one question that names the
benefit or the procedure (« Est-ce que la Caf peut me verser une allocation de soutien familial en attendant ? »).
`query.Query.lexical` weighs the asks twice and every story sentence once, the feelings included (`feelings`
leaves them in: `feelings.READ_FEELINGS` was measured off in the forty-second pass), so their words (« nuit »,
« mère », « pleur », « peur », « dormir », « manger ») pull the fiches of sleep, food or a parent, and the story's
events (an eviction, a trial), above the fiche the question names. `buried_ask` (fifty-seventh pass, shipped off)
weighed the asks once more when the story was long; here the trigger is the feelings themselves, whatever the
story's length.

`READ_DISTRESS_ASK`: when the story holds at least `FEELING_MIN` sentences with a feeling phrase
(`feelings.tells_feeling`) and the message has a plain ask (`story_asks.plain_ask`) that names its topic
(`NAMED_MIN` content words or more), the plain asks are weighed once more in the lexical query (`Query.buried`, read
by `Query.lexical`). Hearsay kept as an ask and story asks are not plain asks here. A message with no feeling, or
whose asks do not name a topic (« Qu'est-ce que je peux faire ? »), is read as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from guichet.knowledge.analysis import analyze
from guichet.knowledge.feelings import tells_feeling
from guichet.knowledge.story_asks import plain_ask

# Shipped OFF (docs/benchmarks.md, fifty-eighth pass, r110; `benchmarks/retrieval_distress_ask_switch.py`): 568 of the
# 849 train + validation messages with a feeling phrase read differently; validation first fiches 85 -> 81, golds 3 up
# and 14 down (distress 64 -> 61); train 297 -> 294, 23 up, 19 down. The story around the feelings carries the
# situation that tells sibling fiches apart (a detention or a police custody, a mother's death during the maternity
# leave, the car seized): weighing the ask over it loses more than the feelings' words cost.
READ_DISTRESS_ASK = False  # off: the asks weighed twice whatever feelings the story tells (a switch)

FEELING_MIN = 1  # story sentences with a feeling phrase from which the feelings can drown the ask
NAMED_MIN = 3  # content words a plain ask needs to name its topic


def weighed(asks: list[str], context: list[str], aside: Iterable[str] = ()) -> list[str]:
    """The plain asks to weigh once more in the lexical query when the story tells feelings (`FEELING_MIN`); `aside`:
    asks that are not the writer's by their form (hearsay, story asks). Empty when `READ_DISTRESS_ASK` is off."""
    if not READ_DISTRESS_ASK:
        return []
    if sum(1 for sentence in context if tells_feeling(sentence)) < FEELING_MIN:
        return []
    skipped = set(aside)
    return [ask for ask in asks if ask not in skipped and plain_ask(ask) and len(analyze(ask)) >= NAMED_MIN]
