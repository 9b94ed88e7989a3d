"""Questions someone else asked, told in the story: not the writer's ask (forty-third pass, engineer-r71).

A long emotional message tells what the people around the writer asked: "Ma fille m'a demandé pourquoi je pleurais
dans la salle de bain.", "il me demande pourquoi il ne peut pas dormir chez papa le mardi", "mon patron m'a demandé
quand je comptais partir". `query.is_ask` reads them as asks (their "pourquoi", "quand"), so they are weighed twice
in the lexical query, make a sub-query of their own and fill the sentence encoder's short text (`Query.dense`, 300
characters) with the story's feelings before the real question, told last, is reached.

The rule: a sentence without a question mark whose interrogative word stands, within three words, after a verb of
asking by another person — "m'a demandé", "me demande", "nous demandait", "lui a demandé", "il se demande" — and that
holds no other ask by its form once that clause is set aside (no inversion, no "je voudrais savoir"; a temporal
"quand" or a relative "où" beside it are the story's, `story_asks`) is a **reported question**: it is read as a story
sentence (`Query.context`) when the message asks something else. The writer's own wondering stays an ask ("je me
demande si…"), and so does a question the office asked ("vous me demandez pourquoi…": what a complaint disputes);
a message whose only ask is reported keeps it.

Shipped off (forty-third pass): on train + validation of corpora/retrieval it read 9 of 6,582 messages differently,
one own-batch train message 2nd → 1st, no validation rank moved (docs/benchmarks.md).
"""

from __future__ import annotations

import re

from guichet.knowledge.story_asks import PLAIN_ASK

# On: a reported question is a story sentence when the message asks something else. Off (shipped): the forty-second
# pass's reading, every sentence with an interrogative word is an ask (a switch).
READ_REPORTED = False

_ASKED = (
    r"(?:(?:m'|me |nous |lui |leur |l')(?:(?:a|ont|avait|avaient|aura|a encore|a même|a meme|a souvent) )?"
    r"|se )"
    r"(?:re)?demand(?:e|é|ée|és|ées|ent|ait|aient|erait|eraient)"
)
# The asker is not the writer ("je me demande", "j'ai demandé") nor the office written to ("vous me demandez").
_REPORTED = re.compile(
    r"(?<!\bje )(?<!\bj')(?<!\bvous )(?<!\bnous )\b" + _ASKED + r"\b(?:\s+[^\s,.;:!?]+){0,3}?"
    r"\s+(?:pourquoi|comment|quand|où|ou|si|s'|combien|qui|quel|quelle|quels|quelles|ce que|ce qu'|à qui|a qui)\b",
    re.IGNORECASE,
)


def reported_only(sentence: str) -> bool:
    """Whether the sentence's only ask is a question another person asked ("ma fille m'a demandé pourquoi…")."""
    if not READ_REPORTED or "?" in sentence:
        return False
    match = _REPORTED.search(sentence)
    if match is None:
        return False
    rest = sentence[: match.start()] + " " + sentence[match.end() :]
    return not PLAIN_ASK.search(rest)
