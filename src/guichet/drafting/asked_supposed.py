"""A supposition the writer asks to have confirmed is asked, not told (forty-sixth pass, engineer-d66; read by
`guichet.drafting.asked`).

"Je n'ai pas droit à l'APL, c'est ça ?"; "Je ne suis pas obligé de rembourser, si ?"; "Je n'ai pas encore droit
au remboursement de mes soins, je suppose ?". The question is only the tag after the comma: the check took the clause
before it, in the first person, for the writer's story (`asked._LAST_CLAUSE`), so that "Vous n'avez effectivement
pas droit à l'APL." restated the message — when it is the very answer the writer asks for, in the negative or as a
supposition (batch d66: 8 of its 15 asserted train and validation sentences were missed at the start, 7 of them
this way).

`SUPPOSITION_ASKED`: a question whose last clause is only a tag that asks to confirm what comes before it ("c'est
ça ?", "c'est bien ça ?", "n'est-ce pas ?", "si ?", "non ?", "hein ?", "je suppose ?", "je me trompe ?", "ou pas ?")
asks its claim: the clause just before the tag (from the last comma, colon or semicolon before it) is asked with the
tag; what comes before that clause stays told. A tag that asks about the story ("c'est normal ?", "c'est possible
?") is no confirmation: it stays as it was (`asked._QUESTION_TAIL`). Flagged for the agent, never removed, as the rest
of the check.
"""

import re
from collections.abc import Sequence

from guichet.drafting.support import evidence_terms, support_terms
from guichet.text import fold, sentence_spans

MIN_TERMS = 2  # a denial of fewer words ("Non, pas du tout.") is read by the yes and no of the verdicts
SUPPOSITION_ASKED = True  # the switch: a claim the writer asks to have confirmed by a tag is asked

# A tag that only asks to confirm the clause before it (folded text, the last clause of a question after its comma).
_CONFIRM_TAG = re.compile(
    r"^\W*(?:et |ou |mais |alors |donc )?(?:c'?est (?:bien |vraiment |donc )?(?:ca|exact|le cas)|c (?:bien )?ca"
    r"|n'?est[- ]ce pas|si|non|hein|pas vrai|ou (?:pas|non)|je (?:suppose|presume|me trompe)|j'?imagine"
    r"|on est (?:bien )?d'accord|d'accord|oui ou non|c'?est (?:bien )?ce que je (?:crois|pense|comprends))"
    r"[\s?!.]*$"
)
_CLAUSE_END = re.compile(r"[,;:]")


def confirms(folded_tail: str) -> bool:
    """Whether the last clause of a question (folded, from after its comma) only asks to confirm what comes before
    it; never when the switch is off."""
    return SUPPOSITION_ASKED and bool(_CONFIRM_TAG.match(folded_tail))


def claim_start(folded: str, tail_start: int) -> int:
    """Where the claim a confirming tag asks about begins in a folded question: after the last comma, colon or
    semicolon before the tag's own comma ("l'avis est au nom de mon frère : ce n'est pas à nous de payer, si ?"), or
    at the start."""
    ends = [m.end() for m in _CLAUSE_END.finditer(folded, 0, tail_start)]
    return ends[-1] if ends else 0


# `DENIAL_READ`: to a question asked in the negative ("je n'ai pas droit à l'APL, c'est ça ?", "je ne peux pas faire
# de recours, n'est-ce pas ?"), a denial is the answer: read as a verdict though an adverb stands in the negation
# ("Vous n'avez effectivement pas droit à l'APL", "vous n'avez donc pas droit"), and one no source sentence denies
# too is unsourced however many of its words a source gives in the affirmative ("Vous pouvez avoir droit à l'APL
# sous conditions de ressources": words, not polarity, are what the verdicts read).
DENIAL_READ = False  # off: no measured gain on train or validation (see docs/benchmarks.md)
DENIAL_SUPPORT = 0.5  # above this share of the denial's words, a source sentence that denies too gives it
# A negation (folded text): "ne … pas", "n'avez effectivement pas", "n'y a aucun", "ne … plus".
_NEGATION = re.compile(r"\bn(?:e\s+|['’])(?:[a-z'’-]+\s+){0,3}?(?:pas|plus|jamais|aucune?|rien|nullement)\b")
# The adverbs a denial holds between its verb and its "pas" (as written, accents kept).
_IN_DENIAL = re.compile(
    r"(\bn['’](?:avez|êtes|aurez|serez|allez|y avez|y aurez)) (?:effectivement|en effet|donc|malheureusement|hélas"
    r"|bien|toutefois|dans ce cas|de ce fait),? (?=(?:pas|plus|aucun|jamais)\b)",
    re.IGNORECASE,
)


def asks_denial(folded_asked: Sequence[str]) -> bool:
    """Whether the message asks a question in the negative (its asked clauses, folded); never when the switch is
    off."""
    return DENIAL_READ and any(_NEGATION.search(clause) for clause in folded_asked)


def plain_denial(sentence: str) -> str:
    """The sentence with the adverb in its negation taken out ("Vous n'avez effectivement pas droit" as "Vous n'avez
    pas droit"), as the verdicts read a denial."""
    return _IN_DENIAL.sub(r"\1 ", sentence)


def denied_unsourced(sentence: str, sources: Sequence[str]) -> bool:
    """Whether a sentence denies and no source sentence that gives most of its words denies too; never when the
    switch is off."""
    if not DENIAL_READ or not _NEGATION.search(fold(sentence)):
        return False
    terms = support_terms(sentence)
    if len(terms) < MIN_TERMS:
        return False
    for source in sources:
        for _, _, text in sentence_spans(source):
            shared = len(terms & evidence_terms(text)) / len(terms)
            if shared > DENIAL_SUPPORT and _NEGATION.search(fold(text)):
                return False
    return True
