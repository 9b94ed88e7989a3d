"""A fiche titled for a loss or a theft, for a message that tells no mishap (forty-fifth pass, engineer-r77).

A document's fiches come as siblings: « Carte d'identité d'un mineur : première demande » (F1342), « Carte nationale
d'identité d'un mineur : en cas de vol » (F1794), « … : en cas de perte » (F1153). `rerank.other_event` keeps off the
sibling written for another event than the one the message names ("… en cas de perte" after a theft). A message that
names no event at all ("trois fois que je viens pour la carte de mon gamin et il manque toujours un papier") is about
the document's ordinary procedure, its first request or its renewal: the sibling titled for a loss or a theft is then
the neighbour too, though its title shares the document's words. This reading counts such a fiche as a mismatch when
the message names no event of the thing (`facets.FACETS`: a loss, a theft, a damage, a renewal, a first request) —
only for a fiche whose title the message shares a fifth of (`rerank.FACET_TITLE_SHARE`, the facet of *this* thing).

`READ_UNSAID_MISHAP` is read at call time (a measurement switch, docs/benchmarks.md, forty-fifth pass).
"""

from __future__ import annotations

import re

READ_UNSAID_MISHAP = True  # off: a loss's or a theft's fiche is a mismatch only after another event named

# The mishaps a title may be written for, and every event a message may name of a thing (`facets.FACETS`' names).
MISHAPS = frozenset({"perte", "vol"})
EVENTS = frozenset({"perte", "vol", "détérioration", "renouvellement", "première fois"})
# A fiche about a thing found again ("Que faire si je retrouve une carte d'identité ou un passeport perdu ou volé ?")
# names the mishap as its premise: a message about a wallet found in the bus names none, and is its message
# (validation of corpora/retrieval, ret-v15-031: its gold fiche fell out of the first ten without this exception).
_FOUND = re.compile(r"\b(re)?trouv")
# A mishap told in words the facet reader does not take as a loss or a theft (train of corpora/retrieval: "un carton
# de papiers a disparu", "je ne retrouve plus mon permis", "je la trouvais plus", "il a gardé ma carte d'identité",
# "le téléphone pro … écran éclaté", a cat that "a disparu"): the message tells a mishap, the rule stays out.
TOLD_MISHAP = re.compile(
    r"disparu|introuvable|(re)?trouv\w* (plus?|pas)\b|\bplus (mon|ma|mes|son|sa|ses|notre|nos)\b"
    r"|\bcass\w*|\babim\w*|eclate|\bvol(e|ee|es|ees|er|eurs?|s)?\b"
    r"|\bpris (mon|ma|mes|son|sa|ses)\b|\bgard\w* (mon|ma|mes)\b"
)


def unsaid_mishap(
    title_facets: frozenset[str], message_facets: frozenset[str], folded_title: str = "", folded_message: str = ""
) -> bool:
    """Whether a fiche's title is written for a loss or a theft while the message names no event of the thing and
    tells no mishap (`folded_title`, `folded_message`: folded, to leave out a fiche about the thing found again and a
    mishap told in other words)."""
    if not READ_UNSAID_MISHAP or not title_facets & MISHAPS or message_facets & EVENTS:
        return False
    return not _FOUND.search(folded_title) and not TOLD_MISHAP.search(folded_message)
