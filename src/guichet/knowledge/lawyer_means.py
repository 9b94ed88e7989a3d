"""A lawyer the writer cannot pay, told beside another question: legal aid read as a condition, not as the ask
(fifty-eighth pass, engineer-r110, issue 14).

The vocabulary reads « pas les moyens de payer un avocat », « pas d'argent pour un avocat » as the everyday name of
the aide juridictionnelle (F18074: `vocabulary.names_papers`, `vocabulary.names_described`), and rightly so when that
is what the message asks (« Je divorce et je n'ai pas les moyens de payer un avocat, comment faire ? »). But a
citizen in a dispute often says it as a condition of another question: « Est-ce que je peux encore m'y opposer, et
comment, sachant que je n'ai pas les moyens de payer un avocat ? » (a neighbour's building permit), « Je n'ai pas les
moyens d'aller au tribunal avec un avocat. Comment obtenir une injonction de payer ? », « je n'ai pas de quoi payer
un avocat. Comment récupérer ma caution ? ». The name then adds « aide juridictionnelle » to the words searched and
lifts F18074 as a named fiche, and legal aid (or « Combien coûte un avocat ? ») comes first where the fiche of the
debt, the deposit or the neighbour's quarrel answers.

`READ_LAWYER_MEANS`: a vocabulary entry that points only to F18074 and whose words do not name legal aid itself
(« aide juridictionnelle », « avocat gratuit », « payé par l'État ») is set aside — its expansion and its pointer —
when the subject and the asks, once the lawyer's words are taken out, still name a topic of their own
(`TOPIC_MIN` content words beside the generic ones, `GENERIC`) and ask nothing about a lawyer, a cost or a help
(`ABOUT_LAWYER`); never when the subject itself is the lawyer one cannot pay (« Pas les moyens de payer un
avocat »). The words of the message stay searched as written: only the name's reading goes.

"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.vocabulary import Found, Term

# On (docs/benchmarks.md, fifty-eighth pass, r110; `benchmarks/retrieval_lawyer_means_switch.py READ_LAWYER_MEANS`):
# 12 of the 9,367 train + validation messages read differently; validation v65-009 14 -> 9 (a neighbour's permit,
# F18074 first before), train r106-027 9 -> 6 (money lent); none down. The subject rule keeps v103-33 (train, subject
# « Pas les moyens de payer un avocat »: 1 -> 13 in the first measurement, without that rule).
READ_LAWYER_MEANS = True  # off: the lawyer one cannot pay is always read as legal aid asked (the fifty-seventh pass)

LEGAL_AID = ("F18074",)  # the fiche the everyday name points to
TOPIC_MIN = 2  # content words the subject and the asks must keep, the lawyer's words out, to ask something else
# Stems of the words every ask may say without naming a topic (« que puis-je faire », « est-ce que j'ai droit »).
GENERIC = frozenset(
    {"fair", "peux", "pouv", "puis", "sach", "droit", "quelqu", "chos", "aid", "demand", "possibl", "sav", "agir"}
    | {"bonjour", "merci", "urgent", "aujourd", "hui", "question", "mainten", "vraiment", "vous", "madam", "monsieur"}
)
# The words that name legal aid itself: such an entry is the writer's own name for what is asked.
NAMED = re.compile(r"juridictionnel|gratuit|paye par|pris en charge|commis d.office")
# What the remaining asks say when the lawyer, the cost or a help to pay is still the question.
ABOUT_LAWYER = re.compile(
    r"avocat|juridictionnel|honoraires|\bfrais\b|\bcout|\bprix\b|gratuit|\bl.etat\b|\baides?\b|me defendre"
    r"|(payer|paye|regler|financer) (un |l.|mon |les |le |la )|qui (va )?pa(ie|ye)|combien"
)


def _is_lawyer_means(found: Found) -> bool:
    return tuple(found.term.fiches) == LEGAL_AID and not NAMED.search(fold(found.text))


def set_aside(
    subject: str, asks: list[str], vocabulary: list[Found], names: tuple[Term, ...]
) -> tuple[list[Found], tuple[Term, ...]]:
    """`vocabulary` and `names` (`query.Query`) without the legal aid read from a lawyer the writer cannot pay, when
    the subject and the asks name another topic and ask nothing about a lawyer (see the module docstring); as they
    were otherwise, and always when `READ_LAWYER_MEANS` is off."""
    if not READ_LAWYER_MEANS:
        return vocabulary, names
    means = [found for found in vocabulary if _is_lawyer_means(found)]
    if not means:
        return vocabulary, names
    if any(fold(found.text) in fold(subject) for found in means):
        return vocabulary, names  # the subject is the lawyer one cannot pay: the message's own topic
    asked = fold(" \n".join([subject, *asks]))
    for found in means:
        asked = asked.replace(fold(found.text), " ")
    if ABOUT_LAWYER.search(asked):
        return vocabulary, names
    topic = [word for word in analyze(asked) if word not in GENERIC]
    if len(topic) < TOPIC_MIN:
        return vocabulary, names
    dropped = {found.term for found in means}
    kept = [found for found in vocabulary if found not in means]
    return kept, tuple(term for term in names if term not in dropped)
