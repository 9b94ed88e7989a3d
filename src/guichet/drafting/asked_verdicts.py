"""A verdict on the writer's case that no single source gives (thirty-fifth pass, for `guichet.drafting.asked`).

The asked check reads a sentence's words against the question's: an answer in the question's own words ("est-ce
qu'il est complet ?" / "Votre dossier est complet") or one that brings an event, a figure or a time nobody gave. An
answer in the words of what the writer tells, or of the fiche's topic, passed: "Oui, vous toucherez encore
l'allocation pour votre aîné cette année" to "l'an dernier j'ai touché l'allocation de rentrée pour mes deux
garçons (…) est-ce que je vais encore la toucher pour lui ?", beside a passage that says the allowance stops at 18;
"Vous serez indemnisé dès le premier jour de votre arrêt" to "est ce que je vais etre payé des le premier jour ??".
The writer's words are all there; the verdict is not.

A sentence is read here as a *verdict* when it is the form an answer to the writer's question takes:

- a yes or a no ("Oui, …", "Non, …"), whatever follows it, a condition included;
- a right of the writer's ("vous avez droit à", "vous n'avez pas droit", "est en droit de");
- an obligation toward the writer ("le cabinet est tenu de vous verser", "votre employeur doit vous payer");
- a permission whose verb is what the message asks about ("Vous pouvez partir une semaine chez votre sœur" to "je
  voudrais partir une semaine chez ma soeur, j'ai le droit ?"); "vous pouvez consulter votre compte" stays a step;
- the future of the writer's case ("vous serez indemnisé", "vous toucherez", "votre carte sera prête", "la maison
  ne pourra pas être reprise"), read on a past participle or "prête" (not "ces informations vous seront utiles"),
  and not a procedure's next step ("vous serez informée par courrier", "votre demande sera étudiée");
- a state of the case settled one way ("votre fils est toujours à votre charge", "votre voisine est bien agréée",
  "votre fille n'est plus considérée comme à charge").

Such a sentence, when the message asks something, is flagged unless one source alone gives more than half of its
words, read as the support check reads them (`guichet.drafting.support`: frames and courtesies out, a number in
words is its digits, "mairie" / "commune" one thing). The message does not count for it: the writer's words are the
question's, and a verdict is not in the question. What the writer tells counts only for a state (a state the writer
tells is told: "votre pension n'est plus versée depuis mars"), not for a right, a permission or a future the writer
hopes for: "je voudrais partir une semaine en Bretagne" does not say that the writer may.

Costs, measured on corpora/asked (train + validation, thirty-fifth pass): a sourced sentence whose rule the passage
gives in other words than the sentence's ("À 67 ans, votre retraite sera calculée sans décote, même avec 130
trimestres": 3 of its 8 words in the passage). A verdict the passage gives in its own words but denies ("selon les
cas… un panier-repas" / "vous n'aurez pas de panier-repas à fournir") is not seen: words, not polarity, are read.

Flagged for the agent, never removed, as the rest of the check.
"""

import re
from collections.abc import Sequence
from functools import cached_property

from guichet.drafting import asked_get, asked_relatives
from guichet.drafting.asked_future import KIND as COMING
from guichet.drafting.asked_future import simple_future
from guichet.drafting.asked_paraphrase import rephrased, same_terms
from guichet.drafting.asked_shapes import conditioned, has_condition, is_decided, opening_cause, unsaid_decision
from guichet.drafting.support import STEM, evidence_terms, support_terms
from guichet.text import fold, sentence_spans

# Above this share of its words in one source, a verdict is the source's (a majority, not a half).
VERDICT_SUPPORT = 0.5
_YES_NO = re.compile(r"^\W*(?:oui|non)\b")
_RIGHT = re.compile(
    r"\bvous (?:n')?(?:avez|aurez|auriez) (?:pas |bien |donc |tout a fait |toujours |encore )?(?:le )?droit\b"
    r"|\b(?:a|ont|aura|auront) (?:bien |donc )?droit\b|\b(?:est|sont|etes) (?:bien )?en droit\b"
)
# "vous pouvez partir", "vous ne pourrez pas cumuler": the verb is the first word after the modal and its adverbs.
_CAN = re.compile(
    r"\bvous (?:ne )?(?:pouvez|pourrez|pourriez) (?:(?:pas|plus|donc|bien|tout a fait|des maintenant|deja|"
    r"egalement|aussi|alors) )*([a-z]+)"
)
# The future of the case: "vous serez remboursé", "vous toucherez", "votre carte sera prête", "seront versées".
# Read on the sentence as written, accents kept: a past participle ("sera versée", "ne pourra pas être reprise") or
# "prête", not an adjective ("ces informations vous seront utiles" is a courtesy).
_FUTURE = re.compile(
    r"\bvous (?:ne )?(?:serez|toucherez|percevrez|recevrez|aurez|bénéficierez|obtiendrez|garderez|conserverez"
    r"|paierez|payerez|partirez)\b"
    r"|\b(?:sera|seront|(?:ne )?(?:pourra|pourront) (?:pas |plus )?être) (?:\w+ )?"
    r"(?:\w{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ise|ises|ert|erte|erts|ertes)|prête?s?)\b"
)
# A state of the case settled one way: "votre fils est toujours à votre charge", "votre voisine est bien agréée",
# "votre fille n'est plus considérée comme à charge", "votre demande ne figure pas…".
_STATE = re.compile(
    r"\b(?:est|sont|etes|figure|figurez|figurent|reste|restez|restent) (?:bien|deja|toujours|encore|donc)\b"
    r"|\bn'(?:est|etes|sont) (?:plus|pas encore|toujours pas)\b"
    r"|\bne (?:figure|figurez|figurent|reste|restez) (?:pas|plus)\b"
)
# The next step of a procedure, told in the future, is a step, not an answer: "vous serez informée par courrier",
# "votre demande sera étudiée par nos services".
_NEXT_STEP = re.compile(
    r"\b(?:serez|sera|seront) (?:\w+ )?(?:informé|prévenu|averti|contacté|recontacté|convoqué|invité|étudié|examiné"
    r"|instruit|traité)e?s?\b"
)
# An obligation toward the writer (thirty-sixth pass): "le cabinet est tenu de vous verser une gratification", "votre
# employeur doit vous payer", "la CAF est obligée de vous rembourser" to "ils sont obligés de me payer ?".
_OWED = re.compile(
    r"\b(?:est|sont|sera|seront|etes) (?:bien |donc |tout a fait |legalement )?(?:tenue?s?|obligee?s?) de "
    r"(?:vous|vos|votre)\b"
    r"|\b(?:doit|doivent|devra|devront) (?:bien |donc |obligatoirement |legalement )?vous (?:verser|payer|rembourser|"
    r"accorder|attribuer|donner|remettre|indemniser|rembourser)\b"
)
_ABOUT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
_APPOINTMENT = re.compile(r"\brendez[- ]vous\b")
MIN_TERMS = 2


def verdict_kind(sentence: str, asked: set[str]) -> str:
    """The kind of verdict a sentence is ("yes_no", "right", "permission", "future", "state"), or "" (see the
    module); `asked`: the stems of what the message asks about (`guichet.drafting.asked.asked_about`)."""
    folded = fold(sentence)
    if _YES_NO.search(folded):
        return "yes_no"
    about_writer = bool(_ABOUT_WRITER.search(_APPOINTMENT.sub(" ", folded)))
    if not about_writer:
        return ""
    if _RIGHT.search(folded):
        return "right"
    if _OWED.search(folded):
        return "owed"
    can = _CAN.search(folded)
    if can and can.group(1)[:STEM] in asked:
        return "permission"
    if can and asked_get.GET_FAMILY and asked_get.answers(can.group(1), asked):
        return "permission"  # « vous pouvez percevoir » to « puis-je toucher … ? » (`asked_get`; forty-eighth pass)
    if asked_relatives.permission(folded, asked):
        return "permission"  # « votre mère peut bénéficier de l'APA » (`asked_relatives`; forty-eighth pass)
    lowered = sentence.lower()
    if _FUTURE.search(lowered) and not _NEXT_STEP.search(lowered):
        return "future"
    if _STATE.search(folded):
        return "state"
    if is_decided(sentence):
        return "decided"
    if simple_future(lowered, folded) and not _NEXT_STEP.search(lowered):
        return COMING  # "la préfecture vous délivrera", "le délai repartira" (`asked_future`; forty-second pass)
    return ""


class VerdictEvidence:
    """The sources' words and the words of what the message tells, as the support check reads them: read once for
    all the draft's sentences, and only when one of them is a verdict."""

    def __init__(self, sources: Sequence[str], told: str) -> None:
        self._sources = sources
        self._told = told

    @cached_property
    def sources(self) -> list[set[str]]:
        """Each source's words, a family of words as one (`guichet.drafting.asked_paraphrase`)."""
        return [same_terms(evidence_terms(rephrased(fold(s)))) for s in self._sources if s.strip()]

    @cached_property
    def told(self) -> set[str]:
        return same_terms(evidence_terms(rephrased(fold(self._told))))

    @cached_property
    def source_sentences(self) -> list[tuple[set[str], bool]]:
        """Each source sentence's words, and whether it sets a condition."""
        return [
            (evidence_terms(text), has_condition(fold(text)))
            for source in self._sources
            for _, _, text in sentence_spans(source)
        ]

    @cached_property
    def folded(self) -> str:
        """What the message tells and the sources, folded in one text."""
        return fold(" ".join([self._told, *self._sources]))


def source_share(sentence: str, sources: list[set[str]]) -> float:
    """The share of the sentence's claim words in the best single source (1.0 when it claims nothing); `sources` as
    `VerdictEvidence.sources` reads them, a family of words as one."""
    terms = same_terms(support_terms(rephrased(fold(sentence))))
    if len(terms) < MIN_TERMS:
        return 1.0
    return max((len(terms & src) / len(terms) for src in sources), default=0.0)


# A state the writer tells is told ("votre pension n'est plus versée depuis mars" to "ma pension n'est plus versée"):
# for it, what the message tells (not what it asks) counts as one more source. A right, a permission or the future
# the writer only hopes for ("je voudrais partir en Bretagne") does not.
TOLD_KINDS = frozenset(("state", "decided"))
# The verdicts read against a condition the passage sets: what the case will get, is owed or may do.
CONDITIONED_KINDS = frozenset(("future", "right", "permission", "owed", COMING))


def unsourced_verdict(sentence: str, kind: str, evidence: VerdictEvidence) -> bool:
    """Whether a sentence (citation marks taken out) that is a verdict of this kind (`verdict_kind`) is one no single
    source gives (see the module)."""
    if not kind:
        return False
    if kind == "decided" and unsaid_decision(fold(sentence), evidence.folded):
        return True  # a decision in a word nobody gave: "a été acceptée" (`guichet.drafting.asked_shapes`)
    told = [evidence.told] if kind in TOLD_KINDS and evidence.told else []
    if source_share(sentence, [*evidence.sources, *told]) <= VERDICT_SUPPORT:
        return True
    # the passage's rule, applied without its condition (`guichet.drafting.asked_shapes`)
    terms = support_terms(sentence)
    if kind not in CONDITIONED_KINDS:
        return False
    cause, rest = opening_cause(fold(sentence))
    said = (support_terms(cause), support_terms(rest)) if cause else (set(), set())
    return conditioned(terms, fold(sentence), evidence.source_sentences, said)
