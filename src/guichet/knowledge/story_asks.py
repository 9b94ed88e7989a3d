"""Story sentences that only look like questions, in a message that asks its question elsewhere.

A long message tells its story first and asks last ("Notre mère est décédée dans la maison où elle a vécu quarante
ans. [...] Ma question : qui doit payer la taxe foncière ?"). `query.is_ask` reads a sentence as an ask when it has a
question mark or an interrogative word, and the interrogative words are also the words of a story: a relative "où"
("la maison où elle a vécu", "en Espagne où j'ai travaillé"), a temporal "quand" ("Quand je suis allée à l'agence,
on m'a répondu…"), a reported question ("il ne sait pas quoi demander, ni avant quelle date"), a "comment" inside a
clause ("je ne sais pas comment ils calculent"). Read as asks, those sentences are weighed twice, make sub-queries of
their own and fill the sentence encoder's short text (`Query.dense`, 300 characters) before the real question is
reached, and the sub-queries' cut (`query.MAX_SUB_QUERIES`, four) can drop the question told last.

The rule (thirty-fifth pass, engineer-r50): when the message has a **plain ask** — a sentence with a question mark,
an inverted question ("faut-il", "dois-je", "peut-on", "est-ce que"; not an aside, "paraît-il", "semble-t-il"), or
a request to know ("je voudrais savoir", "pouvez-vous", "expliquez-moi") — a sentence with none of these, whose only
interrogative words are the ones a story uses (`STORY_WORDS`), is a **story ask** (`Query.story_asks`): it stays an
ask for the lexical query and the sentence encoder, but the plain asks come before it in the sub-queries
(`Query.ordered_asks`), so that the cut at four keeps the question told last. A message whose only asks are such
sentences has no story ask (a story that asks without a question mark: "Je ne sais pas comment payer."). Hearsay
kept as an ask by `query` ("on m'a parlé d'une aide…") is never a story ask.

Two stronger readings were measured on train + validation of corpora/retrieval and left out (docs/benchmarks.md,
thirty-fifth pass, engineer-r50): story asks read as context (on the 646 messages of 100 words or more with a gold
fiche, 5 first fiches won and 5 lost: a short question, "Il peut me licencier ?", leaves its topic to the story
sentence before it, which lost its double weight), and the plain asks first in the encoder's short text
(`Query.dense`; on the 505 messages whose reading it changed, first fiches 301 → 296, top 5 432 → 434).
"""

from __future__ import annotations

import re

# Interrogative words that a story uses as relatives, conjunctions or reported questions.
STORY_WORDS = re.compile(
    r"\b(?:comment|combien|quand|pourquoi|quel|quelle|quels|quelles|(?<!nulle part )(?<!n.importe )où|à qui|"
    r"qui doit)\b",
    re.IGNORECASE,
)
# What makes a sentence an ask of its own, wherever it stands.
PLAIN_ASK = re.compile(
    r"\?|\b(?:est-ce|puis-je|peut-on|dois-je|faut-il|ai-je|suis-je|est-il|y a-t-il|que faire|je voudrais|"
    r"j'aimerais|je souhaite|savoir si|je veux savoir|pouvez-vous|pourriez-vous|c'est quoi|qu'est-ce|il faut quoi|"
    r"on fait comment|je fais comment|expliquez|dites-moi|j'y ai droit|on y a droit|ma question|"
    r"\b(?!para[iî]t-|semble-|dit-|disait-|rendez-vous)\w+-(?:t-)?(?:il|elle|ils|elles|on|je|nous|vous)\b)",
    re.IGNORECASE,
)
READ_STORY_ASKS = True  # off: the asks in the message's order (the thirty-fourth pass; a measurement switch)


def plain_ask(sentence: str) -> bool:
    """Whether the sentence asks by its form: a question mark, an inversion, or a request to know."""
    return bool(PLAIN_ASK.search(sentence))


def story_only(sentence: str) -> bool:
    """Whether the sentence's only interrogative words are those a story uses (relative "où", temporal "quand"…)."""
    return not plain_ask(sentence) and bool(STORY_WORDS.search(sentence))


def demoted(asks: list[str], kept: set[str] = frozenset()) -> set[str]:
    """The story asks: the story-only ones (but those in `kept`, asks for another reason), when another ask of the
    message asks by its form."""
    if not READ_STORY_ASKS or not any(plain_ask(ask) for ask in asks):
        return set()
    return {ask for ask in asks if ask not in kept and story_only(ask)}
