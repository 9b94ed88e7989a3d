"""The question drowned in a story: the ask weighed over the story's nouns (fifty-seventh pass, engineer-r108).

A message written in distress, in anger or as a life story tells a child's illness, a death, a debt, a threat or
the office's delays at length, and asks one short question, often last: "Mon bébé est né à 29 semaines, il est en
réanimation […] Que se passe-t-il pour mon congé de maternité quand le nouveau-né reste hospitalisé ?", "Le
propriétaire veut nous mettre dehors, on a reçu le commandement de l'huissier […] Est-ce qu'il existe une aide du
fonds de solidarité pour le logement pour payer les impayés ?". `query.Query.lexical` weighs the subject and the
asks twice and the story once, so a story five times longer than the question outvotes it: its nouns
(the eviction, the hospital, the bailiff) pull the fiches of the story's events above the fiche the question names.

The rule: when the message has a **plain ask** (`story_asks.plain_ask`: a question mark, an inversion, "est-ce que",
"je voudrais savoir", "comment faire pour", "ma question") that names its topic (`NAMED_MIN` content words or more)
and the story told beside it is long (`STORY_MIN` content words or more, and `RATIO` times the plain asks' words),
the plain asks are weighed once more in the lexical query (`Query.buried`). Hearsay kept as an ask ("on m'a dit
qu'il existe une aide…") and the asks that only a story's words make asks (`story_asks`) are not plain asks here:
they stay as they were. A short message, or a long one whose asks do not name their topic ("Qu'est-ce que je peux
faire ?"), is read as before: its story is what says the need.
"""

from __future__ import annotations

from collections.abc import Iterable

from guichet.knowledge.analysis import analyze
from guichet.knowledge.story_asks import plain_ask

# Shipped OFF (fifty-seventh pass, docs/benchmarks.md): on the 1,293 train + validation messages it reads differently,
# validation first fiches 222 -> 224 but distress 70 -> 69 and golds 12 up, 12 down; train 611 -> 613, 43 up, 35 down.
# No gain on the distress, rambling and complaint kinds it was written for.
READ_BURIED_ASK = False  # off: the asks weighed twice whatever the story's length (the fifty-sixth pass; a switch)

NAMED_MIN = 3  # content words a plain ask needs to name its topic
STORY_MIN = 25  # content words of story from which a story can drown the ask
RATIO = 3.0  # the story's content words over the plain asks' from which the asks are weighed once more


def weighed(asks: list[str], context: list[str], aside: Iterable[str] = ()) -> list[str]:
    """The plain asks to weigh once more in the lexical query: those that name a topic, in a message whose story
    outweighs them (`RATIO`, `STORY_MIN`); `aside`: asks that are not the writer's by their form (hearsay, story
    asks). Empty when `READ_BURIED_ASK` is off."""
    if not READ_BURIED_ASK:
        return []
    skipped = set(aside)
    plain = [ask for ask in asks if ask not in skipped and plain_ask(ask) and len(analyze(ask)) >= NAMED_MIN]
    if not plain:
        return []
    story = sum(len(analyze(sentence)) for sentence in context)
    named = sum(len(analyze(ask)) for ask in plain)
    if story < STORY_MIN or story < RATIO * named:
        return []
    return plain
