"""A general justice fiche ranked first where the message asks about its own ground (fifty-eighth pass,
engineer-r110, issue 14).

A citizen in a dispute tells a debt, a loan not repaid, a deposit kept, a neighbour's noise, a hedge or a cheque
without funds, often beside the words of the courts (« je n'ai pas les moyens d'aller au tribunal », « un huissier »,
« sans avocat »). The re-ranking then may put first a fiche of justice in general — legal aid, the cost of a lawyer,
a court to seize, the conciliator — where the fiche of the ground answers (« Dépôt de garantie dans un contrat de
location », « Injonction de payer », « Troubles de voisinage : bruits de comportement »).

`READ_GROUND_FIRST`: when the first fiche is one of `GENERAL` and the subject and the asks name no court, judge,
lawyer, legal aid, conciliator, mediator or complaint (`NAMES_JUSTICE`) — the writer did not ask for justice itself
—, the first fiche below it within `REACH` places that is not one of `GENERAL` goes just ahead of it (the scores stay
in place, as `neighbour_fiches.tell_apart` does). A fiche the search did not find is never brought in, and a message
that asks the court, the lawyer or legal aid keeps the order it had.
"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import fold
from guichet.knowledge.query import Query

# Shipped OFF (docs/benchmarks.md, fifty-eighth pass, r110; `benchmarks/retrieval_justice_general_switch.py`): of the
# 64 train + validation messages with a general justice fiche first, validation first fiches 12 -> 10 (ret-r16-057 and
# ret-r4-039 1 -> 2: a free lawyer and the conciliator asked without a justice word in the asks), 0 up; train 1 up
# (ret-v26-046 2 -> 1), 1 down (r106-030 1 -> 2). The general fiche first is most often right.
READ_GROUND_FIRST = False  # off: the re-ranking's order, a general justice fiche first included (a switch)

REACH = 3  # places below the general fiche where the ground's fiche is looked for

# Fiches of justice in general: legal aid, lawyers and their cost, courts to seize, the amicable ways.
GENERAL = frozenset(
    {
        "F18074",  # Aide juridictionnelle
        "F20706",  # Comment consulter gratuitement un avocat ?
        "F15018",  # Combien coûte un avocat ?
        "F2153",  # Avocat
        "F35125",  # Saisir le tribunal de proximité
        "F20851",  # Saisir le tribunal judiciaire
        "F1791",  # Affaire civile : procès devant le tribunal judiciaire
        "F1789",  # Déroulement d'un procès devant le tribunal de proximité
        "F1783",  # Saisir le juge des contentieux de la protection
        "F1378",  # Procès civil : comment agir rapidement devant le tribunal ?
        "F1736",  # Conciliateur de justice
        "F1822",  # Médiateur civil
    }
)
# What the subject and the asks say when justice itself is asked.
NAMES_JUSTICE = re.compile(
    r"tribuna\w*|\bjuges?\b|justice|avocate?s?|juridiction\w*|conciliat\w*|mediat\w*|\bproces\b|plaintes?"
    r"|audience|assigner|poursuiv\w*|attaquer|porter (l.affaire|ca|cela)|recours|action en"
)


def ground_first(query: Query, fiches: list[dict], ranked: list[tuple[int, float, list[str]]]) -> list:
    """`ranked` (the re-ranking's (position, score, reasons), best first) with the first fiche that is not a general
    justice fiche moved just ahead of a general one placed first, when the subject and the asks name no justice (see
    the module docstring); the scores stay in place. Unchanged when `READ_GROUND_FIRST` is off."""
    if not READ_GROUND_FIRST or len(ranked) < 2:
        return ranked
    ids = [fiches[entry[0]]["fiche_id"] for entry in ranked[: REACH + 1]]
    if ids[0] not in GENERAL:
        return ranked
    if NAMES_JUSTICE.search(fold(" \n".join([query.subject, *query.asks]))):
        return ranked
    own = next((position for position, fiche in enumerate(ids) if fiche not in GENERAL), None)
    if own is None:
        return ranked
    order = list(ranked)
    order.insert(0, order.pop(own))
    scores = [entry[1] for entry in ranked]
    return [(entry[0], score, entry[2]) for entry, score in zip(order, scores, strict=True)]
