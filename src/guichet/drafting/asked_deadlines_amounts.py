"""Deadlines, dates and amounts answered without a source, in the shapes the check read as steps or as general rules
(fifty-third pass, engineer-d86; read by `guichet.drafting.asked`).

The check flags a delay, a date or a sum about the writer's case that neither the message nor a source gives
(`asked_durations`, `asked_delays`, `asked._invented`). Its batch d86 and the outside batch q36 showed three shapes it
still lets pass, and one step it flags:

- an imperative that gives a delay speaks to the writer, "vous" or not: « Comptez environ un mois après le
  rendez-vous » to « combien de temps la mairie met … » is the delay asked, said to the writer
  (`IMPERATIVE_TO_WRITER`);
- a permission with its deadline: « Vous pouvez déposer votre réclamation jusqu'au 31 décembre 2027 » to « jusqu'à
  quand je peux faire une réclamation ? » is the deadline asked; "vous pouvez" makes it no step when a deadline's
  word (« jusqu'au », « avant le », « dans les », « sous », « d'ici ») follows it (`PERMITTED_DEADLINE`);
- a sum said of no one in answer to a sum asked: « Le montant de la prime est de 1 000 € » to « la prime à la
  naissance c'est combien ? », « le plafond … est de 10 166 € par an » to « quel est le plafond … ? »: the rule's
  figure, where neither the message nor a source gives it, is the answer (`GENERAL_SUM`);
- a count of the documents a step asks for is no answer: « Le cas échéant, joignez à votre dossier vos trois derniers
  relevés de compte » is a step, as « Joignez … vos relevés de compte » is (`COUNTED_DOCUMENTS`).

Look-alikes left as they were: the same delay or sum in the source's words (« deux mois » / « 2 mois »), the writer's
own delay or sum told back, the question restated with its delay, a step without a figure.

Folded text, deterministic; a flag raised for the agent, never a sentence removed.
"""

import re

from guichet.drafting.asked_shapes import opens_on_step

IMPERATIVE_TO_WRITER = True  # "Comptez environ un mois": an imperative with a delay speaks to the writer
PERMITTED_DEADLINE = True  # "Vous pouvez déposer … jusqu'au 31 décembre": the deadline, not a step
GENERAL_SUM = True  # "Le montant de la prime est de 1 000 €" to "c'est combien ?": the sum asked, said of no one
COUNTED_DOCUMENTS = True  # "joignez vos trois derniers relevés": a count of documents in a step is no answer

# An imperative that opens the sentence ("comptez", "prévoyez", "envoyez-le"), not one that opens a statement
# ("Rassurez-vous, …", "Sachez que …").
_IMPERATIVE = re.compile(
    r"^\W*(?:ne\s+|n')?(?!(?:chez|assez|nez)\b)[a-z]{2,}ez(?:-(?:vous|le|la|les|lui|leur|en|y|moi|nous))*(?![\w-])"
    r"(?!\s*(?:,|que\b|qu'|:))"
)
# "vous pouvez" / "vous pourrez" and a deadline's word after it (folded text).
_PERMISSION = re.compile(r"^\W*(?:(?:oui|non)\W+)?vous (?:pouvez|pourrez)\s+")
_DEADLINE_WORD = re.compile(
    r"\b(?:jusqu'?(?:au|a)|avant (?:le|la|l')|au plus tard|dans (?:les|un delai)|sous|d'ici|a partir d)\b"
)
# A sum asked: "combien", "quel est le montant / plafond / prix / tarif / coût", "à combien s'élève" (folded text).
_SUM_ASKED = re.compile(
    r"\bcombien\b(?! de (?:temps|jours|semaines|mois|ans|annees|fois)\b)"
    r"|\bquel(?:le)?s? (?:est |sont |serait )?(?:le |la |les )?(?:montant|plafond|prix|tarif|cout|somme|taux)s?\b"
)
# "vos trois derniers relevés", "deux photos d'identité", "3 bulletins de salaire": a count of documents.
_COUNTED = re.compile(
    r"\b(?:\d{1,2}|deux|trois|quatre|cinq|six|douze) (?:(?:derniers|dernieres|premiers|premieres) )?"
    r"(?:releves|bulletins|avis|quittances|factures|photos|photographies|copies|exemplaires|justificatifs"
    r"|fiches de paie|feuilles de soins|attestations)\b"
)
# An opening that says when the step is needed ("Le cas échéant, …", "Si besoin, …").
_WHEN_NEEDED = re.compile(
    r"^\W*(?:le cas echeant|si besoin|au besoin|si necessaire|dans ce cas|a cette occasion)\s*,\s*"
)


def to_writer(folded: str) -> bool:
    """Whether a folded sentence opens on an imperative: it speaks to the writer as "vous" does
    (`IMPERATIVE_TO_WRITER`)."""
    return IMPERATIVE_TO_WRITER and bool(_IMPERATIVE.search(folded))


def reading(folded: str) -> str:
    """A folded sentence read for the deadline a permission gives: "vous pouvez déposer … jusqu'au 31 décembre" as
    "vous déposer … jusqu'au 31 décembre" (`PERMITTED_DEADLINE`); the sentence as it is otherwise."""
    if not PERMITTED_DEADLINE or folded.rstrip().endswith("?"):
        return folded
    permission = _PERMISSION.match(folded)
    if not permission or not _DEADLINE_WORD.search(folded, permission.end()):
        return folded
    return "vous " + folded[permission.end() :]


def sum_asked(folded_asked: list[str]) -> bool:
    """Whether one of the folded questions asks a sum ("c'est combien ?", "quel est le plafond ?"), not a time."""
    return GENERAL_SUM and any(_SUM_ASKED.search(q) for q in folded_asked)


def counted_step(folded: str) -> bool:
    """Whether a folded sentence is a step once its opening "when needed" and its counts of documents are read
    without ("Le cas échéant, joignez … vos trois derniers relevés de compte"; `COUNTED_DOCUMENTS`)."""
    if not COUNTED_DOCUMENTS or not _COUNTED.search(folded):
        return False
    rest = _COUNTED.sub(" ", _WHEN_NEEDED.sub("", folded, count=1))
    return opens_on_step(rest)
