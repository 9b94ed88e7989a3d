"""Shapes of an answer the asked check missed until the thirty-sixth pass (read by `guichet.drafting.asked_verdicts`).

- *A decision taken on the case*: "Votre demande de dérogation a été acceptée", "La commission a attribué à votre fille
  une place", "Le médecin-conseil vous a classé en invalidité de deuxième catégorie", "Le montant a été débité de votre
  compte", "Votre demande est en cours d'instruction", "Votre choix figure désormais dans votre dossier": what an
  administration did or decided in the writer's case, the answer to "est-ce qu'elle est acceptée ?", "où en est-
  elle ?". The writer's own doing told back ("Vous avez déposé votre demande") is no decision: what the message
  tells counts as a source for this shape, as for a state, unless the decision's word ("acceptée", "attribuée",
  "débité"…) is in neither it nor a source.
- *A rule the passage conditions, applied without its condition*: "La garantie Visale vous sera accordée pour ce T2
  à 720 €" beside "La garantie Visale est accordée si le montant du loyer est inférieur ou égal à 600 €"; "un solde
  en votre faveur, qui vous sera remboursé fin juillet" beside "S'il est en votre faveur, le remboursement intervient à
  partir de fin juillet". A verdict that the passage's sentence closest to it gives only under a condition ("si",
  "à condition", "sous réserve", "lorsque", "en cas de") is the agent's to check when the draft's sentence keeps none.
- *A condition said to be met* (thirty-seventh pass, engineer-d46): "Comme votre mari bénéficie du RSA, votre foyer a
  droit à la complémentaire santé solidaire gratuite" beside "Si vous, ou un membre de votre foyer, bénéficiez du RSA,
  vous avez droit …"; "Comme son frère y est déjà inscrit cette année, vous pouvez inscrire votre cadet …" beside
  "… si son frère ou sa sœur y est déjà inscrit la même année scolaire". A cause that opens the sentence ("comme",
  "puisque", "étant donné que", "vu que") and holds a word of the source sentence the verdict's own clause does not
  keeps the condition: the rule is applied with it, not without it.
- *A question without a question mark*: "je ne sais pas à qui m'adresser", "je ne sais pas comment faire" ask as
  "je ne sais pas si" does (`ASK_CUE_MORE`, joined to the asked check's cues).

Read on the sentence as written (lowered, accents kept: "a" is not "à"), as `asked._EVENT` is.
"""

import re

from guichet.text import fold

# A past participle (as the asked check reads one), accents kept.
_PARTICIPLE = r"\w{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ise|ises|ert|erte|erts|ertes)"
_DECIDED = re.compile(
    # "a été acceptée", "ont bien été versées", "a déjà été débité"
    r"\b(?:a|ont) (?:(?:bien|déjà|effectivement|finalement) )?été " + _PARTICIPLE + r"\b"
    # "le médecin-conseil vous a classé", "la caisse lui a accordé": someone did it to the writer or theirs
    r"|\b(?:vous|lui|leur) (?:a|ont) (?:(?:bien|déjà) )?" + _PARTICIPLE + r"\b"
    # "la commission a attribué à votre fille", "la Caf a validé votre dossier": a decision verb in the past
    r"|\b(?:a|ont) (?:(?:bien|déjà) )?(?:attribué|accordé|accepté|refusé|validé|rejeté|classé|débité|prélevé|versé"
    r"|remboursé|supprimé|enregistré|transmis|reconnu|octroyé|annulé|clôturé|retenu|approuvé|reçu|traité)\b"
    # "est en cours d'instruction", "est en attente de validation"
    r"|\b(?:est|sont) (?:toujours |actuellement |bien )?en (?:cours d'(?:instruction|examen|traitement|validation)"
    r"|attente d)"
    # "figure désormais dans votre dossier", "vous figurez sur les listes"
    r"|\bfigur(?:e|ez|ent) (?:désormais |maintenant |bien |déjà )?(?:sur|dans|au|à|parmi)\b"
)
# The decisions an answer gives ("acceptée", "refusée", "attribuée"…), as folded stems: a decision in one of these
# words that neither the message nor a source says is the answer, however much of the rest the message tells
# ("Votre demande de dérogation a été acceptée" to "J'ai demandé une dérogation… La réponse est positive ?").
# "Vous figurez sur les listes" is a registration decided as much as "inscrit" is.
_DECISION = re.compile(
    r"\b(?:accept|refus|attribu|accord|valid|rejet|retenu|approuv|octroy|agree|admis|classe|inscrit|instruct"
    r"|instruit|debit|preleve|supprim|annul|enregistr|figur|exam)\w*"
)
# A condition in a source sentence, or kept in the draft's (folded text; "même si" sets none).
_CONDITION = re.compile(
    r"(?<!meme )\bs(?:i\b|'il)|\ba condition|\bsous reserve|\blorsque\b|\blorsqu'|\ben cas d|\bsauf (?:si|en cas)"
)
# A cause that opens a sentence, up to its comma: "Comme votre mari bénéficie du RSA, …" (folded text).
_CAUSE = re.compile(r"^\W*(?:comme|puisqu(?:e\b|')|etant donne qu(?:e\b|')|vu qu(?:e\b|'))([^,;:]+),")
# A cue the asked check's list lacked: "je ne sais pas à qui m'adresser", "je ne sais pas comment faire" (folded text).
ASK_CUE_MORE = r"je ne sais (?:pas|plus) (?:a qui|ou|comment|quand|quoi|combien|quel(?:le)?s?)"


def is_decided(sentence: str) -> bool:
    """Whether a sentence (about the writer's case: the caller checks it) tells a decision taken on the case: in one
    of the shapes above, and in a decision's word ("vous a permis de reprendre", "a été interrompue" retell more
    often than they decide)."""
    return bool(_DECIDED.search(sentence.lower()) and _DECISION.search(fold(sentence)))


def unsaid_decision(folded_sentence: str, folded_evidence: str) -> bool:
    """Whether a sentence (folded) tells a decision ("acceptée", "attribué"…) in a word the evidence (the folded
    message and sources) never uses."""
    said = {m.group(0)[:5] for m in _DECISION.finditer(folded_evidence)}
    return any(m.group(0)[:5] not in said for m in _DECISION.finditer(folded_sentence))


def has_condition(folded: str) -> bool:
    """Whether a folded text sets a condition ("si", "à condition", "sous réserve", "lorsque", "en cas de")."""
    return bool(_CONDITION.search(folded))


def opening_cause(folded: str) -> tuple[str, str]:
    """A folded sentence's opening cause ("comme votre mari bénéficie du RSA") and the rest, or "" and the sentence."""
    found = _CAUSE.match(folded)
    return (found.group(1), folded[found.end() :]) if found else ("", folded)


def conditioned(
    terms: set[str],
    folded_sentence: str,
    source_sentences: list[tuple[set[str], bool]],
    cause: tuple[set[str], set[str]] = (set(), set()),
) -> bool:
    """Whether a verdict's words (`terms`) are given best by a source sentence that sets a condition, while the
    verdict (`folded_sentence`) keeps none; `source_sentences`: each source sentence's words and whether it sets a
    condition; `cause`: the words of the sentence's opening cause and of the rest (`opening_cause`), a cause that
    holds a word of that source sentence the rest does not saying the condition is met."""
    if not terms or has_condition(folded_sentence) or not source_sentences:
        return False
    best = max(source_sentences, key=lambda pair: len(terms & pair[0]))
    cause_terms, rest_terms = cause
    if (cause_terms - rest_terms) & best[0]:
        return False  # "Comme votre mari bénéficie du RSA, …": the condition, said to be met
    return best[1] and bool(terms & best[0])


# Forty-third pass (engineer-d59): a sentence that opens on an imperative is a step ("Joignez à votre courrier une
# copie de la décision", "Munissez-vous de votre livret de famille", "Conservez l'attestation de dépôt"), as
# "adressez-vous" and "consultez" were; not one that only opens a statement ("Rassurez-vous, votre dossier est
# complet", "Sachez que votre demande a été acceptée": a comma or "que" after the verb), nor one that gives a figure
# ("Comptez environ 60 euros par cheval fiscal", "Envoyez-le avant le 5 mars": the sum or the date is the answer).
# nor one whose next clause states the case ("Patientez quelques jours, votre dossier est en cours de traitement").
# Switch: `IMPERATIVE_STEP`.
IMPERATIVE_STEP = True
_IMPERATIVE = re.compile(
    r"^\W*(?:ne\s+|n')?(?!(?:chez|assez|nez)\b)[a-z]{2,}ez(?:-(?:vous|le|la|les|lui|leur|en|y|moi|nous))*(?![\w-])"
    r"(?!\s*(?:,|que\b|qu'|:))"
)
# A courtesy that opens the sentence and says what the office feels, not what the case is ("Nous comprenons votre
# agacement face à ce retard", "Nous sommes désolés de ce contretemps"). Switch: `COURTESY`.
COURTESY = True
_THEN_CASE = re.compile(r"[,;:]\s*(?:et\s+|car\s+)?(?:votre|vos|vous)\b")
_FIGURE = re.compile(
    r"\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|mille)\b"
)
_COURTESY = re.compile(
    r"^\W*(?:nous|je) (?:comprenons|comprends|regrettons|regrette|entendons|mesurons|sommes desoles|suis desolee?"
    r"|sommes navres|suis navree?)\b(?!\s+que\s+(?:votre|vos|vous)\b)"
)


def opens_on_step(folded: str) -> bool:
    """Whether a folded draft sentence opens on an imperative (a step) or a courtesy: guidance, no statement."""
    step = IMPERATIVE_STEP and _IMPERATIVE.search(folded) and not (_FIGURE.search(folded) or _THEN_CASE.search(folded))
    return bool(step or (COURTESY and _COURTESY.search(folded)))
