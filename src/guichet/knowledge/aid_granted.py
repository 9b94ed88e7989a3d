"""Legal aid already granted and a lawyer who asks money all the same (fifty-eighth pass, engineer-r110, issue 14).

A writer who has legal aid (« j'ai obtenu l'aide juridictionnelle totale », « je suis bénéficiaire de l'aide
juridictionnelle ») and whose lawyer asks money (« mon avocat me demande quand même 500 € », « des honoraires », « des
frais de dossier ») names the aide juridictionnelle, so F18074 « Aide juridictionnelle » comes first; the question
is its neighbour F15006 « Un avocat peut-il exiger de l'argent d'un bénéficiaire d'aide juridictionnelle ? ».

`READ_AID_GRANTED`: when the message tells both, F15006 goes just ahead of F18074 if the re-ranking placed it at most
`REACH` places below; the scores stay in place (as `neighbour_fiches.tell_apart` does) and a fiche the search did
not find is never brought in. Legal aid refused or asked (« on m'a refusé l'aide juridictionnelle », « comment
obtenir l'aide juridictionnelle ») is not granted.
"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import fold
from guichet.knowledge.query import Query

# On (docs/benchmarks.md, fifty-eighth pass, r110; `benchmarks/retrieval_lawyer_means_switch.py READ_AID_GRANTED`):
# 6 of 9,367 train + validation messages read; validation r90-021 5 -> 1, r110-043 3 -> 1, train v90-003 5 -> 1; none
# down (the three others already had their gold first).
READ_AID_GRANTED = True  # off: legal aid named is read as asked even when the writer says it is granted

LEGAL_AID = "F18074"  # « Aide juridictionnelle »

GRANTED_FICHE = "F15006"  # « Un avocat peut-il exiger de l'argent d'un bénéficiaire d'aide juridictionnelle ? »
REACH = 5  # places below F18074 from which F15006 is moved ahead of it
# Legal aid the writer has: obtained, granted, received, or the writer a beneficiary of it.
GRANTED = re.compile(
    r"(obtenu|accorde\w*|beneficie\w*|beneficiaire|touche|recu|eu|ai|avons|a) (de |d.)?(l.|une )?aide juridictionnelle"
    r"(?! (\w+ ){0,2}(refus|rejet))"
    r"|aide juridictionnelle (\w+ ){0,2}(accordee|obtenue|acceptee)"
)
# A lawyer (or the writer's own) who asks money: fees, an amount, a « frais de dossier ».
ASKS_MONEY = re.compile(
    r"avocate?s? (\w+ ){0,3}(me |nous |m.)?(demande|reclame|exige|facture|veut|envoie|a envoye)\w*"
    r"|honoraires|frais de dossier"
)


def aid_granted(query: Query) -> bool:
    """Whether the message tells legal aid granted and a lawyer who asks money (`READ_AID_GRANTED`)."""
    if not READ_AID_GRANTED:
        return False
    text = fold(" \n".join([query.subject, *query.context, *query.asks]))
    return bool(GRANTED.search(text) and ASKS_MONEY.search(text))


def granted_first(query: Query, fiches: list[dict], ranked: list[tuple[int, float, list[str]]]) -> list:
    """`ranked` (the re-ranking's (position, score, reasons), best first) with F15006 moved just ahead of F18074
    when `aid_granted` reads the message and F15006 is at most `REACH` places below; the scores stay in place."""
    if not aid_granted(query):
        return ranked
    ids = [fiches[entry[0]]["fiche_id"] for entry in ranked]
    if GRANTED_FICHE not in ids or LEGAL_AID not in ids:
        return ranked
    own, rival = ids.index(GRANTED_FICHE), ids.index(LEGAL_AID)
    if own < rival or own - rival > REACH:
        return ranked
    order = list(ranked)
    order.insert(rival, order.pop(own))
    scores = [entry[1] for entry in ranked]
    return [(entry[0], score, entry[2]) for entry, score in zip(order, scores, strict=True)]
