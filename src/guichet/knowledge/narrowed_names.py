"""A name's narrower fiche: the message names the thing and also what narrows it (thirty-seventh pass, engineer-r55).

A name points to the thing's main fiche ("casier" to F1420 « Demande d'extrait de casier judiciaire (bulletin
n°3) », "aide juridictionnelle" to F18074 « Aide juridictionnelle », "pension impayée" to F1249 « Que faire si la
pension alimentaire n'est pas payée ? »). The thing has narrower fiches, titled with the same name and a few words
more: « Bulletin n°2 du casier judiciaire : comment faire la demande ? », « Un avocat peut-il exiger de l'argent d'un
bénéficiaire d'aide juridictionnelle ? », « Pension alimentaire impayée : faire intervenir la Caf ou la MSA »,
« Que faire si la pension alimentaire est impayée et le débiteur à l'étranger ? ». When the message uses those few
words too ("le bulletin n°2", "mon avocat me demande de l'argent", "la Caf peut récupérer", "il vit au Portugal"),
the narrower fiche is the answer and the main one its close neighbour; the name's pointer, given to the main fiche
only, kept the neighbour first.

Two readings, both from the fiche titles of the index, nothing per example:

* `narrowed_pointer`: a candidate no name points to, whose title holds the words of a name the message uses (those
  of them the name's own fiches' titles hold: its core) and whose *narrowing words* — its title's words beyond the
  name's fiches' titles, the name and the name's expansion — the subject or an ask uses for at least
  `NARROWED_SHARE` of their weight (rarity among fiches), gets half that name's pointer (`NARROWED_RANK`);
* `narrowing_weight`: among the fiches one name points to, the one whose own narrowing words (beyond the words all
  of them share) the message's own words use most comes first (`rerank.Candidates.build` orders a name's fiches by
  it after the writer's situation).

Measured on train + validation (docs/benchmarks.md, "Thirty-seventh pass — engineer-r55"): own batch r55 hit@1
0.628 → 0.698; over corpora/retrieval +5 first fiches, −2 in the top 5; corpora/drafting +5 first fiches.

The existing sibling rule (`rerank.SIBLING_TITLE_SHARE`) asks the sibling's title to hold the *whole* title of the
named fiche: « Bulletin n°2 du casier judiciaire… » does not hold « Demande d'extrait… (bulletin n°3) ».
"""

from __future__ import annotations

from dataclasses import dataclass

from guichet.knowledge.analysis import analyze
from guichet.knowledge.index import LoadedIndex
from guichet.knowledge.query import Query

READ_NARROWED_NAMES = True  # off: the thirty-sixth pass, no narrower fiche shares a name's pointer (a switch)
READ_NARROWING_ORDER = True  # off: the thirty-sixth pass's order of a name's fiches (a measurement switch)
# The narrowing words must be used in the subject or an ask, not only in the story: "je suis demandeur d'emploi"
# told beside a question on the RSA does not make « Un demandeur d'emploi a-t-il droit au RSA ? » its fiche.
NARROWED_IN_ASKS = True
# The narrower fiche's pointer rank after the name's own best (0: the same pointer; 1: half of it, so that the
# first-stage evidence still decides between the name's fiche and its narrower one).
NARROWED_RANK = 1
# The share (weighed by rarity) of the narrowing words the message must use (0.4 / 0.5 tried on train + validation:
# 0.5 no longer lifts « Un avocat peut-il exiger de l'argent d'un bénéficiaire d'aide juridictionnelle ? »).
NARROWED_SHARE = 0.4


@dataclass(frozen=True)
class NamedCore:
    """One name the message uses, as its narrower fiches are read against it."""

    core: frozenset[str]  # the name's words that its fiches' titles hold ("casi" for "casier")
    known: frozenset[str]  # the words a narrower title may hold without narrowing: the name's fiches' titles, the
    # name and its expansion
    pointer: tuple[str, str, int, float]  # the best pointer of the name's fiches (kind, words, rank, weight)


def named_cores(index: LoadedIndex, query: Query, pointed: dict[str, tuple[str, str, int, float]]) -> list[NamedCore]:
    """The names of the message whose fiches are pointed to, each with its core and its known words."""
    cores = []
    for found in query.vocabulary:
        pointers = [pointed[key] for fiche in found.term.fiches if (key := f"v:{fiche}") in pointed]
        positions = [index.position[fiche] for fiche in found.term.fiches if fiche in index.position]
        if not pointers or not positions:
            continue
        titles = frozenset().union(*(index.title_terms[position] for position in positions))
        name = frozenset(analyze(found.text))
        core = name & titles
        if not core or len(found.text) > 60:  # a situation read across sentences is no name a title holds
            continue
        known = titles | name | frozenset(analyze(found.term.expansion))
        cores.append(NamedCore(core, known, min(pointers, key=lambda p: (p[2], -p[3]))))
    return cores


def _used_share(extra: dict[str, float], used: frozenset[str]) -> float:
    total = sum(extra.values())
    return sum(w for t, w in extra.items() if t in used) / total if total > 0 else 0.0


def narrowed_pointer(
    index: LoadedIndex, query: Query, position: int, cores: list[NamedCore]
) -> tuple[str, str, int, float] | None:
    """The pointer of the name this candidate's title narrows, when the message uses the narrowing words."""
    if not READ_NARROWED_NAMES:
        return None
    title = index.title_terms[position]
    used = frozenset(analyze(" ".join([query.subject, *query.asks]))) if NARROWED_IN_ASKS else query.terms
    for named in cores:
        if not named.core <= title.keys():
            continue
        extra = {term: weight for term, weight in title.items() if term not in named.known}
        if extra and _used_share(extra, used) >= NARROWED_SHARE:
            kind, words, rank, weight = named.pointer
            return (kind, words, rank + NARROWED_RANK, weight)
    return None


def narrowing_weight(index: LoadedIndex, query: Query, fiche_id: str, siblings: tuple[str, ...]) -> float:
    """How much of what narrows this fiche among the fiches of one name (`siblings`) the message's own words use
    (rarity): not the names' expansions, which hold every sibling's words ("paiement direct recouvrement Caf")."""
    if not READ_NARROWING_ORDER:
        return 0.0
    position = index.position.get(fiche_id)
    positions = [index.position[f] for f in siblings if f in index.position]
    if position is None or len(positions) < 2:
        return 0.0
    shared = frozenset.intersection(*(frozenset(index.title_terms[p]) for p in positions))
    own = frozenset(analyze(" ".join([query.subject, *query.asks, *query.context])))
    return sum(w for t, w in index.title_terms[position].items() if t not in shared and t in own)
