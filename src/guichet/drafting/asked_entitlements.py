"""An entitlement, an amount or a date of payment given as a fact when the message only asks (fifty-fifth pass,
engineer-d92; read by `guichet.drafting.asked`).

Asked « est-ce que j'ai droit à l'allocation chômage ? », a draft answered « Si vous avez travaillé moins de quatre
mois, vous n'y avez pas droit »; asked « est-ce qu'elle peut avoir l'APA ? », « Votre mère peut bénéficier de l'APA,
elle y est éligible »; asked « je n'ai droit à rien ? », « Vous pourrez donc percevoir l'ARE dès votre inscription »;
asked « est-ce que je vais quand même toucher l'allocation de rentrée scolaire ? », « Vous toucherez encore
l'allocation …, à condition qu'elle soit toujours scolarisée ». Each is a yes or a no with nothing behind it, and each
passed: the verdicts (`asked_verdicts`) read « vous avez droit » but not « vous y avez droit », « vous avez donc bien
droit », « éligible » nor « vous ouvre droit »; « vous pourrez percevoir » is a permission only when its verb is the
question's; and a condition after the verdict (« à condition que », « dès lors que ») makes the whole sentence a
condition, which asserts nothing.

Readings, each behind its switch, read at call time:

- `RIGHT_FORMS`: a right of the writer's case said in its other forms — « vous y avez (bien) droit », « vous n'y
  avez pas droit », « vous avez donc bien droit », « vous (y) êtes éligible », « … vous ouvre droit à »,
  « vous remplissez (bien) les conditions » — is a right, read as « vous avez droit à » is (`asked_verdicts`).
- `GETTING_FORMS`: « vous pouvez / pourrez / votre mère peut » + a verb of getting (« bénéficier », « percevoir »,
  « toucher », « obtenir », « prétendre », « cumuler », « conserver ») to a question that asks a right or a getting
  (« droit », « avoir », « toucher », « percevoir », « éligible » …) is a permission, the yes or the no.
- `NO_EFFECT`: « cela n'aura aucun effet sur votre RSA », « ce retard n'aura aucune conséquence sur vos
  indemnités », « ne changera rien à votre allocation »: the case's future settled one way, a verdict.
- `TRAILING_CONDITION`: a verdict before the draft's own condition (« …, à condition qu'elle soit toujours
  scolarisée », « …, dès lors que vous êtes d'accord », « … si vous … ») is read on its main clause when the
  condition holds none of the question's answer words: the condition is the draft's, the answer is still given.
- `REQUEST_NOW`: « vous pouvez déposer votre demande de RSA dès maintenant » (« dès à présent », « encore »,
  « déjà », « sans attendre ») to « je peux demander le RSA ? »: the request allowed now is the yes, no step.
- `PAYMENT_DATE`: the day a payment of the writer's case is to come on (« votre allocation vous sera versée dès le
  1er octobre », « votre premier paiement sera sur votre compte le 20 mars »), read before a condition, when neither
  the message nor a source gives it; the writer's own payment told back (« vous avez payé … le 12 octobre »), a
  « congé payé » and a day reckoned from a date the message gives (masked: `asked_masked`) are left alone.

Each verdict is flagged only where no single source gives most of its words (`asked_verdicts.unsourced_verdict`).
Costs and gains are measured in docs/benchmarks.md (fifty-fifth pass, engineer-d92). Folded text throughout.
Flagged for the agent, never removed, as the rest of the check. Deterministic.
"""

import re

# Each switch's A/B on train + validation is in docs/benchmarks.md (fifty-fifth pass, engineer-d92).
RIGHT_FORMS = True  # « vous y avez droit », « éligible », « vous ouvre droit »: a right
# Off: in the final code it moves one train sentence each way (q29-006 asserted, q32-032 sourced), none on validation.
GETTING_FORMS = False  # « vous pourrez percevoir » to « ai-je droit … ? »: a permission
NO_EFFECT = True  # « cela n'aura aucun effet sur votre RSA »: the case's future, a verdict
TRAILING_CONDITION = True  # « vous toucherez …, à condition que … »: read on the main clause
REQUEST_NOW = True  # « vous pouvez déposer votre demande dès maintenant » to « je peux demander … ? »: a permission
PAYMENT_DATE = True  # « votre allocation vous sera versée dès le 1er octobre »: the day of a payment, given

KIND_RIGHT = "right"  # the verdict kinds of `asked_verdicts` these readings give
KIND_PERMISSION = "permission"
KIND_FUTURE = "future"

_ADVERBS = r"(?:(?:pas|plus|bien|donc|tout a fait|toujours|encore|deja|alors|effectivement|egalement|aussi) )*"
# Who the right is said of: the writer, a person of the writer's circle named with « votre », a pronoun, a
# pseudonymised name (folded).
_HOLDER = r"(?:vous|il|elle|ils|elles|votre [a-z-]+|vos [a-z-]+|\[personne_\d+\])"
_RIGHT = re.compile(
    rf"\b{_HOLDER} (?:n')?y (?:avez|aurez|auriez|a|aura|aurait|ont|auront) {_ADVERBS}droit\b"
    rf"|\bvous (?:n')?(?:avez|aurez|auriez) (?:(?:pas|bien|donc|tout a fait|toujours|encore|alors) ){{2,}}droit\b"
    rf"|\b{_HOLDER} (?:n')?(?:y )?(?:etes|est|serez|sera|seriez|serait|sont|seront) {_ADVERBS}eligibles?\b"
    r"|\b(?:vous|lui|leur) (?:ouvre|ouvrent|ouvrira|ouvriront|ouvrirait|donne|donnent|donnera|donneront)"
    r" (?:bien |donc |aussi |egalement )?droit\b"
    rf"|\bvous (?:ne )?(?:remplissez|remplirez|remplissiez) {_ADVERBS}(?:toutes )?(?:les|ces) conditions\b"
)
_GETTING = re.compile(
    r"\b(?:vous|votre [a-z-]+|vos [a-z-]+|il|elle|\[personne_\d+\]) (?:ne )?"
    r"(?:pouvez|pourrez|pourriez|peut|pourra|pourrait|peuvent|pourront) "
    r"(?:(?:pas|plus|donc|bien|tout a fait|deja|encore|egalement|aussi|alors|des maintenant|des a present) )*"
    r"(?:beneficier|percevoir|toucher|obtenir|pretendre|cumuler|conserver)\b"
)
# What a question that asks a right or a getting says (folded): « ai-je droit », « peut-elle avoir l'APA »,
# « je vais toucher », « est-ce que je suis éligible ».
_ASKS_RIGHT = re.compile(
    r"\bdroits?\b|\beligibles?\b|\b(?:avoir|toucher|touche|toucherai|toucherais|percevoir|beneficier|obtenir"
    r"|pretendre|garder|conserver|cumuler)\b"
)
# « vous pouvez déposer votre demande de RSA dès maintenant »: the request, allowed now (folded).
_NOW = r"(?:des maintenant|des a present|des aujourd'hui|sans attendre|a tout moment|deja|encore)"
_FILE = r"(?:deposer|faire|presenter|formuler|adresser|envoyer) (?:une|votre|la|vos|les) demandes?"
_REQUEST_NOW = re.compile(
    rf"\bvous pouvez (?:donc )?(?:{_NOW} )?{_FILE}\b[^,;:]*?\b{_NOW}\b|\bvous pouvez (?:donc )?{_NOW} {_FILE}\b"
)
_ASKS_REQUEST = re.compile(r"\bdemander\b|\bfaire (?:une|la|ma) demande\b")
# A payment to the writer's case, and the day it is said to come on (folded).
_PAYMENT = re.compile(
    r"\b(?:versee?s?|versement|paiement|payee?s?|viree?s?|virement|creditee?s?|toucherez|percevrez)\b"
    r"|\bsur votre compte\b"
)
# The payment to come, not the writer's own payment told back (« vous avez payé … le 12 octobre »; folded).
_COMING = re.compile(
    r"\b(?:sera|seront|serait|seraient|interviendra|interviendront|arrivera|arriveront|tombera|versera|verseront"
    r"|toucherez|percevrez|est garantie?|sont garantis|a partir du|des le)\b"
)
_PAID_LEAVE = re.compile(r"\bconges payes\b")  # a leave, no payment
_MASKED_DATE = re.compile(r"\[date_\d+\]")  # a day reckoned from the message's own date: `asked_masked` reads it
_MONTHS = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_PAYMENT_DAY = re.compile(rf"\b(?:1er|\d{{1,2}}) {_MONTHS}\b|\b(?:fin|debut|mi-?)\s?{_MONTHS}\b")
_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")  # the writer's own case
_ABOUT_CASE = re.compile(r"\b(?:vous|votre|vos)\b|\[personne_\d+\]")
_NO_EFFECT = re.compile(
    r"\b(?:n'aura|n'auront|n'aurait|n'a|n'ont) (?:pas|aucune?) (?:d'|de )?(?:effet|consequence|incidence|impact"
    r"|influence|repercussion)s? sur\b"
    r"|\bne (?:changera|changeront|changerait|change) rien (?:a|au|aux|pour)\b"
    r"|\bn'(?:affectera|affecteront|affecte) (?:pas|en rien)\b"
)
# The draft's own condition after its main clause (folded): « , à condition que … », « si vous … »; not « ne … que
# si », which `asked_negations.CONDITIONED_VERDICT` reads.
_TRAILING = re.compile(
    r"^(.{12,}?)\s*,?\s*(?:(?:meme |uniquement |seulement |sauf )?(?<!que )si\b|a condition (?:qu(?:e|')|d(?:e|'))"
    r"|des lors qu(?:e|')|sous reserve (?:qu(?:e|')|d(?:e|'))|pourvu qu(?:e|')|a partir du moment ou|en cas d)"
)


def kind(folded: str, asked: list[str]) -> str:
    """The verdict kind these readings give a folded sentence, or "" (`asked`: the folded parts of the message
    that ask)."""
    if not _ABOUT_CASE.search(folded):
        return ""
    if RIGHT_FORMS and _RIGHT.search(folded):
        return KIND_RIGHT
    if GETTING_FORMS and _GETTING.search(folded) and any(_ASKS_RIGHT.search(a) for a in asked):
        return KIND_PERMISSION
    if NO_EFFECT and _NO_EFFECT.search(folded):
        return KIND_FUTURE
    if REQUEST_NOW and _REQUEST_NOW.search(folded) and any(_ASKS_REQUEST.search(a) for a in asked):
        return KIND_PERMISSION
    return ""


def payment_date(folded: str) -> str:
    """The clause of a folded sentence that gives the day a payment of the writer's case comes on (« votre
    allocation vous sera versée dès le 1er octobre », « votre premier paiement sera sur votre compte le 20 mars »),
    read before the draft's own condition (`PAYMENT_DATE`), or "". Whether the day is one the message or a source
    gives is the caller's to read."""
    if not PAYMENT_DATE:
        return ""
    folded = _PAID_LEAVE.sub(" ", folded)
    main = _TRAILING.match(folded)
    clause = main.group(1) if main else folded
    if not (_WRITER.search(clause) and _PAYMENT.search(clause) and _PAYMENT_DAY.search(clause)):
        return ""
    if not _COMING.search(clause) or _MASKED_DATE.search(clause):
        return ""
    return clause.strip()


def before_condition(folded: str) -> str:
    """The main clause of a sentence before the draft's own condition that follows it (`TRAILING_CONDITION`), or
    ""."""
    if not TRAILING_CONDITION:
        return ""
    found = _TRAILING.match(folded)
    return found.group(1).strip() if found else ""
