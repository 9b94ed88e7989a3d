"""Courtesies, acknowledgements, steps and what a third party told the writer: no answer (fifty-second pass,
engineer-d82; read by `guichet.drafting.asked`).

The asked check flagged sentences that assert nothing the message asks:

- *A courtesy that is the whole sentence* (`COURTESY_ONLY`): « Nous avons bien pris connaissance de votre demande »,
  « Nous vous présentons nos sincères condoléances pour le décès de votre mère », « Je transmets votre demande au
  service compétent, qui reviendra vers vous dans les meilleurs délais », « Voici les informations utiles pour le
  recensement de votre fils ». Read as guidance only when nothing follows the formula but its own complement: a
  colon, a semicolon, « mais », « et vous confirmons que », « sachez que » open a clause that is read as any
  sentence is (« Nous avons bien pris connaissance de votre demande : votre fille peut se présenter seule » answers).
  An acknowledgement of receipt is no courtesy when the message asks whether something was received.
- *What a third party told the writer, told back* (`TOLD_BY_OTHER`): « Votre voisine vous a indiqué que … », « La CAF
  vous a répondu que … », « Un agent des impôts vous avait assuré que … », « Selon votre employeur, … »: the check knew
  « vous indiquez » and « on vous a dit », not a named teller. Read as the writer's story when the message reports
  someone's words (« m'a dit », « m'a répondu », « on m'a … », « selon … ») and names the same teller, and the
  sentence brings no figure the message does not give.
- *A step after its purpose or its moment* (`STEP_AFTER_PURPOSE`): « Pour vous inscrire, présentez-vous à l'accueil
  … », « Avant de vous présenter mardi à Étampes, vérifiez … », « Avant toute démarche, vérifiez … », « Je vous
  conseille de classer vos documents … »: the imperative after an opening « pour … », « avant de … », « avant toute
  démarche » is a step as an opening imperative is (`asked_shapes.IMPERATIVE_STEP`), on the same guards (no figure
  of its own, no clause about the case after it).
- *A courtesy that opens an answer* (`CASE_AFTER_COURTESY`): « Nous comprenons votre inquiétude : la CAF ne peut pas
  prélever cette somme … » was guidance for the whole sentence (`asked_shapes.COURTESY`); the clause after the colon
  or semicolon is the statement, and the sentence is read as one.

Flagged for the agent, never removed, as the rest of the check.
"""

import re

COURTESY_ONLY = True  # the switch: a sentence that is only a courtesy or an acknowledgement states nothing
TOLD_BY_OTHER = True  # the switch: what a named third party told the writer, told back, is the writer's story
STEP_AFTER_PURPOSE = True  # the switch: « Pour …, présentez-vous … », « Avant de …, vérifiez … » is a step
CASE_AFTER_COURTESY = False  # the switch, shipped off (no item moved): « Nous comprenons … : <statement> » states

# A courtesy, an acknowledgement, condolences, a transmittal or an announcement of what follows, opening the
# sentence (folded text).
_FORMULA = re.compile(
    r"^\W*(?:(?:bonjour|madame|monsieur|cher|chere)\W+)*(?:"
    r"(?:nous avons|j'?ai) bien (?:pris connaissance de|pris note de|recu|note|enregistre|lu)"
    r"|nous accusons (?:bonne )?reception|(?:nous|je) (?:prenons|prends) (?:bonne )?note"
    r"|(?:nous vous|je vous) (?:presentons|presente|adressons|adresse) (?:nos|mes|toutes nos|toutes mes)"
    r" (?:sinceres |sinceres et )?(?:condoleances|pensees)"
    r"|(?:toutes )?nos (?:sinceres )?condoleances"
    r"|(?:nous|je) (?:transmets|transmettons|transfere|transferons|relaie|relayons) votre (?:demande|message|courrier"
    r"|question|dossier|reclamation)"
    r"|(?:nous|je) (?:revenons|reviendrons|reviens|reviendrai) vers vous"
    r"|(?:merci|nous vous remercions|je vous remercie) (?:pour|de) votre (?:message|patience|confiance|courrier"
    r"|question|demande|retour|comprehension)"
    r"|voici (?:les|quelques) (?:informations|elements|precisions|renseignements|reponses)"
    r")\b"
)
# What opens a clause of its own after a courtesy: the sentence goes on with a statement (folded text).
_GOES_ON = re.compile(
    r"[:;]|\bmais\b|\bsachez\b|\bcependant\b|\btoutefois\b|\bet (?:nous )?(?:vous|je vous) (?:confirm|inform|indiqu"
    r"|precis|signal|assur|rappel)|\b(?:vous|nous|je) (?:confirmons|confirme|informons|indiquons|precisons)\b"
    r"|\b(?:car|puisque|donc)\b"
)
# An acknowledgement of receipt (folded text), and a message that asks whether something was received.
_RECEIPT = re.compile(r"\b(?:recu|reception|enregistre|pris connaissance)\b")
_RECEIPT_ASKED = re.compile(r"\b(?:recu|recevez|reception|bien arrive|arrive|enregistre|pris en compte)\b")
# Someone's words reported in the message: « ma voisine m'a dit que », « on m'a répondu », « selon mon employeur ».
_MESSAGE_TELLS_OTHER = re.compile(
    r"\b(?:m'?|nous )(?:a|ont|avait|avaient) (?:dit|indique|repondu|explique|affirme|assure|annonce|conseille"
    r"|precise|signale|ecrit|certifie|promis|confirme)\b|\b(?:on|ils|elles?) (?:m'?|nous )(?:a |ont |avait )?"
    r"(?:dit|indique|repondu|explique|affirme|assure|annonce|conseille)\b"
    r"|\b(?:selon|d'apres) (?:mon|ma|mes|le|la|les|l'|un|une)\b|\b(?:disent|dit) que\b"
)
# The draft's teller and its telling: « Votre voisine vous a indiqué », « La préfecture vous avait annoncé », « Selon
# votre employeur, » (folded text); the teller's noun is group 1 or 2.
_TOLD_BY = re.compile(
    r"^\W*(?:(?:votre|vos|le|la|les|l'|un|une) ?([a-z]{3,})(?: [a-z'-]+){0,3}? vous (?:a|ont|avait|avaient|aurait)"
    r" (?:indique|dit|repondu|explique|affirme|assure|annonce|conseille|precise|signale|ecrit|certifie|promis)\b"
    r"|(?:selon|d'apres) (?:votre|vos|le|la|les|l') ?([a-z]{3,})\b)"
)
# A step after its purpose or its moment: « Pour vous inscrire, présentez-vous », « Avant toute démarche, vérifiez »,
# or the office's advice (folded text).
_PURPOSE_THEN_STEP = re.compile(
    r"^\W*(?:(?:pour|avant de|afin de) [^,;:]{3,80}|avant toute (?:demarche|chose)|au prealable|dans un premier temps"
    r"|des maintenant|en attendant)\s*,\s*(?!(?:chez|assez|nez)\b)[a-z]{2,}ez(?:-(?:vous|le|la|les|lui|leur|en|y))*"
    r"(?![\w-])(?!\s*(?:,|que\b|qu'|:))"
    r"|^\W*(?:je|nous) vous (?:conseille|conseillons|recommande|recommandons|suggere|suggerons) de\b"
)
_MASKED = re.compile(r"\[[a-z_]+_\d+\]")  # a placeholder of the pseudonymisation, folded
_THEN_CASE = re.compile(r"[,;:]\s*(?:et\s+|car\s+)?(?:votre|vos|vous)\b")
_FIGURE = re.compile(
    r"\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|mille)\b"
)
# A courtesy that opens the sentence (as `asked_shapes._COURTESY` reads one), then a colon or a semicolon and a clause
# of two words or more.
_COURTESY_THEN = re.compile(
    r"^\W*(?:nous|je) (?:comprenons|comprends|regrettons|regrette|entendons|mesurons|sommes desoles|suis desolee?"
    r"|sommes navres|suis navree?)\b[^:;]*[:;]\s*\S+\s+\S+"
)


def only_courtesy(folded: str, folded_message: str) -> bool:
    """Whether a folded draft sentence is only a courtesy or an acknowledgement (no clause after the formula); an
    acknowledgement of receipt is none when the message asks whether something was received."""
    if not COURTESY_ONLY:
        return False
    formula = _FORMULA.search(folded)
    if not formula or _GOES_ON.search(folded, formula.end()):
        return False
    return not (_RECEIPT.search(formula.group(0)) and _RECEIPT_ASKED.search(folded_message))


def told_by_other(folded: str, folded_message: str) -> bool:
    """Whether a folded draft sentence tells back what a third party the message names told the writer."""
    if not TOLD_BY_OTHER or not _MESSAGE_TELLS_OTHER.search(folded_message):
        return False
    told = _TOLD_BY.search(folded)
    if not told:
        return False
    teller = (told.group(1) or told.group(2))[:5]
    return bool(re.search(r"\b" + re.escape(teller), folded_message))


def step_after_purpose(folded: str) -> bool:
    """Whether a folded draft sentence is a step after its purpose or its moment, or the office's advice."""
    if not STEP_AFTER_PURPOSE:
        return False
    step = _PURPOSE_THEN_STEP.search(folded)
    unmasked = _MASKED.sub(" ", folded)  # « le dépôt du [DATE_1] »: the writer's own date, masked, is no figure
    return bool(step) and not (_FIGURE.search(unmasked) or _THEN_CASE.search(folded, step.end()))


def rest_after_courtesy(folded: str) -> str:
    """The clause after the colon or the semicolon of a folded draft sentence that opens on a courtesy (« Nous
    comprenons votre inquiétude : la CAF ne peut pas … »), to be read as the sentence; "" when there is none."""
    if not CASE_AFTER_COURTESY or not _COURTESY_THEN.search(folded):
        return ""
    return re.split(r"[:;]", folded, maxsplit=1)[1].strip()
