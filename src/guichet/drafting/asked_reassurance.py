"""Answers given as a reassurance or as good news (fifty-fourth pass, engineer-d90; read by
`guichet.drafting.asked`).

Asked « vais-je avoir une pénalité ? », a draft answered « Aucune inquiétude à avoir, il n'y aura pas de
majoration »; asked « est-ce que mon assurance va être résiliée ? », « Vous pouvez être tranquille : votre contrat
restera en vigueur »; asked « la carte Vitale de ma mère reste valable ? », « Heureusement, sa carte reste valable ».
Each is a yes or a no with nothing behind it, and each passed (corpora/asked d90-009, d90-015, d90-016): the
formula that opens the sentence hides its answer — « vous pouvez » reads as a step (`asked._GUIDANCE`), « il n'y
aura pas » and « sa carte » are no verdict of the writer's case (`asked_verdicts`).

Two readings, each behind its switch, read at call time; each reads the clause after the formula (after its comma,
colon or dash) as the sentence's statement:

- `REASSURED_CLAIM`: a reassurance that opens the sentence — « rassurez-vous », « je vous rassure », « soyez
  rassuré(e) », « pas d'inquiétude », « aucune inquiétude (à avoir) », « ne vous inquiétez pas », « soyez sans
  crainte », « n'ayez crainte », « pas de panique », « (vous pouvez) être / soyez tranquille », « tout va bien se
  passer », « aucun souci ».
- `GOOD_NEWS`: good news that opens the sentence — « bonne nouvelle », « heureusement », « fort heureusement », « par
  chance », « c'est une bonne nouvelle ».

The clause is an answer when it is a plain statement (`asked._is_statement`: no step, no reported question, no
condition), speaks of what the message asks (one of the words of its questions) or settles the case in other words
(a future: « votre contrat restera en vigueur » to « mon assurance va être résiliée ? »; a negation: « il n'y aura
pas de majoration » to « vais-je avoir une pénalité ? »), is not the office's own doing
(« Ne vous inquiétez pas, nous allons regarder le dossier de votre fils » is a promise of process), and no single
source, nor what the message tells, gives most of its words (`asked_verdicts.source_share`, the
verdicts' threshold `VERDICT_SUPPORT`).

Left alone: a politeness that states nothing (« Nous comprenons votre inquiétude », « Ne vous inquiétez pas de nous
écrire » — the formula must be followed by its punctuation), a reassurance the passage backs (« Rassurez-vous : depuis
le 1er octobre 2023, les revenus de votre conjoint ne sont plus pris en compte »), a step after the formula
(« Heureusement, vous pouvez faire la démarche en ligne »), the writer's question reported (« Vous vous inquiétez de
savoir si … »). A sentence that passes here is read on by the rest of the check, as written.

Costs and gains are measured in docs/benchmarks.md (fifty-fourth pass, engineer-d90). Folded text throughout.
Flagged for the agent, never removed, as the rest of the check. Deterministic.
"""

import re
from collections.abc import Callable

from guichet.drafting.asked_verdicts import VERDICT_SUPPORT, VerdictEvidence, source_share

# train + validation (2,154 items), alone from the start (and alone off from all on): asserted +2 (d90-009,
# d90-015), others 0
REASSURED_CLAIM = True  # « Rassurez-vous, … », « Pas d'inquiétude : … »: the clause after it is the answer
# train + validation, alone from the start (and alone off from all on): asserted +1 (d90-016), others 0
GOOD_NEWS = True  # « Bonne nouvelle : … », « Heureusement, … »: the clause after it is the answer

# A reassurance opening the sentence, then its punctuation (folded text).
_REASSURANCE = re.compile(
    r"^\W*(?:(?:oui|non)\s*,\s*)?(?:"
    r"rassurez-vous|je vous rassure|soyez (?:bien )?rassuree?s?|(?:pas|aucune|nulle) (?:d'|de )?inquietude"
    r"(?: a avoir)?|ne vous (?:en )?inquietez pas|ne vous faites pas de souci|soyez sans crainte|n'ayez (?:aucune )?"
    r"crainte|ne craignez rien|pas de panique|(?:vous pouvez )?(?:etre|soyez) (?:tout a fait )?tranquille"
    r"|tout va bien se passer|(?:pas|aucun) de souci|aucun souci"
    r")\s*[,:;\u2013\u2014-]\s*"
)
# Good news opening the sentence, then its punctuation (folded text).
_GOOD_NEWS = re.compile(
    r"^\W*(?:(?:c'est une |voici une |j'ai une )?bonne nouvelle(?: pour (?:vous|[a-z]+ [a-z]+))?"
    r"|(?:fort )?heureusement|par chance|par bonheur)\s*[,:;\u2013\u2014-]\s*"
)
# The office's own doing after the formula: « nous allons regarder », « je transmets » (a promise of process).
_OFFICE = re.compile(r"^(?:nous|je|j'|notre service|nos services)\b")
_WORD = re.compile(r"[a-z]{3,}")
# What settles the case one way, in other words than the question's: a future (« restera », « il n'y aura pas »), a
# negation (« ne … pas », « rien ne », « aucun … ne ») (folded text).
_SETTLED = re.compile(
    r"\b[a-z]{2,}(?:ra|ront|rez)\b|\b(?:ne|n')\b[^,;:]{0,40}?\b(?:pas|plus|rien|jamais|aucune?|nullement)\b"
    r"|\brien ne\b|\baucune? [a-z]+ ne\b"
)


def clause(folded: str) -> str:
    """The clause after a reassurance (`REASSURED_CLAIM`) or good news (`GOOD_NEWS`) that opens a folded sentence;
    "" when none opens it, or when the clause is the office's own doing."""
    found = (_REASSURANCE.match(folded) if REASSURED_CLAIM else None) or (
        _GOOD_NEWS.match(folded) if GOOD_NEWS else None
    )
    if not found:
        return ""
    rest = folded[found.end() :].strip()
    return "" if _OFFICE.match(rest) or len(_WORD.findall(rest)) < 2 else rest


def answers(
    folded: str,
    asked_stems: set[str],
    evidence: VerdictEvidence,
    statement: Callable[[str, str], bool],
    stems: Callable[[str], set[str]],
) -> bool:
    """Whether a folded sentence opens on a reassurance or good news whose clause is a plain statement (`statement`,
    as `asked._is_statement` reads one), speaks of what the message asks (its `stems` meet `asked_stems`) or settles
    the case in a future or a negation, and is one no single source, nor what the message tells, gives most of."""
    rest = clause(folded)
    if not rest or not statement(rest, rest) or not (stems(rest) & asked_stems or _SETTLED.search(rest)):
        return False
    return source_share(rest, [*evidence.sources, evidence.told]) <= VERDICT_SUPPORT
