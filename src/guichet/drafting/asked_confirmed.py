"""A confirmation with nothing behind it answers what the writer only asked (forty-seventh pass, engineer-d69; read
by `guichet.drafting.asked`).

"Vous ne pouvez en effet pas contester ce refus" to "Je ne peux pas faire de recours, n'est-ce pas ?": the draft
says yes to the writer's supposition. The other readings look for the question's answer words in the sentence
("contester" is not the question's "recours"), a verdict's shape ("vous ne pouvez en effet pas" puts "en" where the
permission reading looks for its verb) or a figure; the confirmation itself — « en effet », « effectivement »,
« comme vous le pensiez », « rassurez-vous », « bien sûr », « vous avez raison », « tout à fait » — is what says that
the writer's guess is the answer. Batch d69 (the answers that confirm or reassure) was written for it.

`CONFIRMATION_READ`: to a message that asks something, a plain statement that holds a confirmation is flagged when,
read without its confirmation, neither one source nor what the message tells gives more than half of its claim
words (read as the support check reads them, a family of words as one: `guichet.drafting.support`,
`asked_paraphrase`). A confirmation of what a source says ("Vous avez en effet un délai de 45 jours pour contester"
beside "Vous avez un délai de 45 jours…") is the source's; one of what the writer tells ("Vous êtes effectivement en
CDD depuis novembre") is told back; one that reports ("Comme vous le précisez, …") or courtesies ("Bien sûr,
n'hésitez pas à revenir vers nous", "Vous avez raison de nous écrire") are no statement or no confirmation. Flagged
for the agent, never removed, as the rest of the check.

`MAY_QUITE` (off): "Votre fils peut tout à fait voyager avec sa seule carte d'identité" reassures as a confirmation
does; read as one, it found two train sentences and nothing on validation (docs/benchmarks.md, forty-seventh pass).
"""

import re
from collections.abc import Sequence

from guichet.drafting.asked_paraphrase import rephrased, same_terms
from guichet.drafting.support import support_terms

CONFIRMATION_READ = True  # the switch: a confirmation that no source and nothing told gives answers the question
CONFIRMED_SUPPORT = 0.5  # above this share of its claim words in one source (or in what is told), it is theirs
# `MAY_QUITE`: "Votre mari peut tout à fait être accompagnateur" reassures as a confirmation does: read as one (the
# "tout à fait" taken out, the verb kept).
MAY_QUITE = False  # off: its two moves (q19-002, q19-019) are on train; none on validation
MIN_TERMS = 2  # a confirmation of fewer claim words ("Tout à fait.") says nothing of the case

# The confirmation of the writer's own guess or worry (folded text). "Vous avez raison de nous écrire" is a courtesy,
# "comme vous le précisez" reports what is told: neither is here.
_CONFIRMATION = re.compile(
    r"\b(?:en effet|effectivement|bien sur|bien entendu|rassurez[- ]vous|evidemment|naturellement"
    r"|comme vous (?:le |l')(?:pensiez|pensez|supposiez|supposez|imaginiez|imaginez|craigniez|craignez|croyiez"
    r"|croyez|soupconniez|soupconnez|aviez (?:devine|compris|bien compris|pressenti)|avez (?:devine|compris"
    r"|bien compris|pressenti))"
    r"|(?:vous|votre \w+) (?:avez|a) (?:bien |tout a fait )?raison(?! de\b| d')"
    r"|c'?est (?:bien |tout a fait )?(?:exact|cela|ca|juste)\b(?! que)"
    r"|votre (?:intuition|impression|lecture|raisonnement|comprehension) est (?:la )?(?:bonne|juste|exacte)"
    r"|^\W*(?:tout a fait|absolument|exactement|en effet)\b)"
    r"[\s,;:.!]*"
)
_MAY_QUITE = re.compile(r"\b(?:peut|peuvent|pouvez|pourrez|pourra|pourront|pourriez|pourrait) (tout a fait)\b")

# A confirmation is read on the writer's case ("vous", "votre", "vos"; "un rendez-vous" is nobody's): "En effet, le
# délai de traitement est de deux mois" is a rule, the sources' to support, as the check reads rules elsewhere.
_ABOUT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
_APPOINTMENT = re.compile(r"\brendez[- ]vous\b")
# The office's own next step, reassuring: "Rassurez-vous, nous allons examiner votre demande", "je transmets votre
# dossier au service compétent" (folded text, the confirmation taken out).
_OFFICE_STEP = re.compile(
    r"^\W*(?:et |donc )?(?:nous|je|j')\s*(?:allons |vais |avons |ai |sommes |suis |restons |reste )?(?:bien )?"
    r"(?:examin|etudi|trait|revien|reprend|recontact|contact|tiendr|tenir|verifi|regard|transm|fai|fer|pris|prendr"
    r"|recu|a votre|vous (?:recontact|contact|tiendr|ten|repond|informer|rappel|aider|accompagn|orienter|transm))"
)


def confirmed(folded: str) -> str:
    """The folded sentence less its confirmation, or "" when it holds none, when what it confirms is not the writer's
    case or is the office's own next step (or when the switch is off)."""
    if not CONFIRMATION_READ:
        return ""
    found = _CONFIRMATION.search(folded)
    quite = None if found or not MAY_QUITE else _MAY_QUITE.search(folded)
    if found:
        rest = f"{folded[: found.start()]} {folded[found.end() :]}"
    elif quite:  # "peut tout à fait être": the verb stays, the reassurance goes
        rest = f"{folded[: quite.start(1)]} {folded[quite.end(1) :]}"
    else:
        return ""
    if not _ABOUT_WRITER.search(_APPOINTMENT.sub(" ", rest)) or _OFFICE_STEP.search(rest):
        return ""
    return rest


def unsourced(rest: str, sources: Sequence[set[str]], told: set[str]) -> bool:
    """Whether a confirmation's claim (`confirmed`'s rest) is given neither by one source nor by what the message
    tells; `sources` and `told` read as `asked_verdicts.VerdictEvidence` reads them."""
    terms = same_terms(support_terms(rephrased(rest)))
    if len(terms) < MIN_TERMS:
        return False
    if max((len(terms & source) / len(terms) for source in sources), default=0.0) > CONFIRMED_SUPPORT:
        return False
    return len(terms & told) / len(terms) <= CONFIRMED_SUPPORT
