"""After a death, the step asked first (forty-ninth pass, engineer-r86, issue 14).

A message written after a death tells much of it: the night, the doctor, the funeral, the bank, the notary. The fiche
it needs is the one of the step it asks, not the guide to every step nor the fiche of a neighbour step of the same
death. Three readings, each behind its own switch (read at call time):

- `READ_GUIDE_GIVES_WAY`: the guide « Je dois faire face au décès d'un proche » (F16507, a « Comment faire si » hub
  that lists every step) comes first on nearly any message about a death. When the subject and the asks name one
  step only (the declaration at the town hall, a sum paid to the family, the lease, the pension, the bank, the
  notary, the funeral, a consulate abroad) and none asks where to begin (« par où commencer », « en premier »,
  « quelles démarches »), the guide gives the first place to the fiche ranked after it (`guide_after_step`, hooked
  in `guichet.knowledge.retrieval.run_search`). A writer who lists several steps, or asks where to begin, keeps it.
- `READ_SUM_TO_FAMILY`: a death told and a sum paid to the family, the relatives or the widow (« une somme versée
  tout de suite à la famille », « une somme versée aux proches »): the capital décès, pointed to its two versions
  (the re-ranking picks the writer's public, `guichet.knowledge.situations`). The older entry
  (`vocabulary.names_described`) reads « à la famille quand … meurt » with at most two words between the sum and its
  receiver. Sources: F3005 « Capital décès versé pour le décès d'un salarié du secteur privé » (« le versement d'un
  capital aux ayants droit d'un salarié décédé »), F1544 « Capital décès versé pour le décès d'un fonctionnaire ».
- `READ_REFUSE_ESTATE`: refusing or accepting the inheritance asked (« comment refuser l'héritage », « je prends ou
  je refuse », « renoncer à la succession »; not a refusal told as done, « nous avons renoncé à la succession », the
  story of another question): the option successorale, F1199 « Accepter ou renoncer à la succession
  (option successorale) », pointed alone, so that it comes before F21571 « Un enfant est-il responsable des dettes de
  ses parents ? », which the debts told beside it point first (`vocabulary.other_side`).

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, forty-ninth pass, r86).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from guichet.knowledge.analysis import fold
from guichet.knowledge.terms import Term, around


class Query(Protocol):
    """What these readings use of a `guichet.knowledge.query.Query` (which gathers the vocabulary, and so this
    module's entries: typed by shape, not imported)."""

    @property
    def subject(self) -> str: ...

    @property
    def asks(self) -> Sequence[str]: ...


# Off: the death guide gives the first place to the fiche after it when one step only is asked. Train + validation
# (the 11 messages with the guide first, the other switches on): train v22-051 2 -> 1, ret-v40-002 2 -> 1, none down;
# no validation message moves (the one it lifts alone, ret-v11-024, `READ_SUM_TO_FAMILY` already lifts): off.
READ_GUIDE_GIVES_WAY = False
# On: a sum paid to the family after a death points to the capital décès. Train + validation (5 messages matched):
# validation r74-038 3 -> 1, ret-v11-024 2 -> 1, train r86-015 13 -> 1, none down.
READ_SUM_TO_FAMILY = True
# On: refusing or accepting the inheritance asked points to the option successorale alone. Train + validation (9
# matched): validation ret-r44-036 2 -> 1, train ret-v17-060 2 -> 1, v81-029 - -> 1, none down (the funeral's cost
# and every heir's refusal kept out: ret-v11-050, ret-v12-053, v59-043 and v59-055 fell from 1 to 2 without them; a
# refusal told as done, « nous avons renoncé », no longer read: it matched 5 privacy messages that ask another thing).
READ_REFUSE_ESTATE = True

GUIDE = "F16507"  # « Je dois faire face au décès d'un proche »

# A death told ("est décédé", "est mort", "s'est tué", "nous a quittés", "le décès").
_DIED = (
    r"decede\w*|deces|morte?s?\b|meurt|mourir|s.est tuee?|tuee? (dans|en)|nous a quitte\w*"
    r"|n.est plus (la|parmi nous)|(veuve?|orphelins?)\b"
)

# The steps of a death, each a way of naming it in a subject or an ask (folded text).
STEPS: dict[str, str] = {
    "declaration": r"declar\w* (le |son |du )?deces|(aller|passer|va|vais|allez) (\w+ ){0,2}a la mairie"
    r"|\bmairie\b|acte de deces",
    "funeral": r"obseques|enterr\w*|inhum\w*|incinere\w*|incineration|cremation|pompes funebres|funerailles|caveau"
    r"|concession|cimetiere|cendres|urne",
    "bank": r"banques?|comptes? (bancaires?|joints?|bloques?)|son compte|bloque\w*",
    "sum": r"somme|capital|l.argent de la secu|argent (\w+ ){0,2}(a la famille|aux proches)",
    "pension": r"retraite|pension|reversion|veuvage",
    "home": r"\bbail\b|logement|appartement|\bappart\b|loyers?|\bhlm\b|(mettre|mette) dehors",
    "estate": r"notaire|succession|heritage|heriter|herite\w*|dettes?",
    "abroad": r"consulat|ambassade|rapatri\w*",
}
_STEPS = {name: re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])") for name, pattern in STEPS.items()}
# Where to begin, or every step asked: the guide's own question.
_WHERE_TO_BEGIN = re.compile(
    r"\b(par (ou|quoi) (je dois )?commencer|en premier|(quelles|les|toutes les) (\w+ )?demarches|dans quel ordre"
    r"|tout ce qu.il faut faire)\b"
)


def asked_steps(query: Query) -> set[str]:
    """The steps of a death the subject and the asks name (`STEPS`)."""
    told = fold(" ".join([query.subject, *query.asks]))
    return {name for name, pattern in _STEPS.items() if pattern.search(told)}


def guide_gives_way(query: Query) -> bool:
    """Whether one step only is asked, and nobody asks where to begin (`READ_GUIDE_GIVES_WAY`)."""
    if not READ_GUIDE_GIVES_WAY:
        return False
    told = fold(" ".join([query.subject, *query.asks]))
    return len(asked_steps(query)) == 1 and not _WHERE_TO_BEGIN.search(told)


def guide_after_step(query: Query, fiches: list[dict], ranked: list[tuple[int, float, list[str]]]) -> list:
    """`ranked` (the re-ranking's (position, score, reasons), best first) with the death guide moved from the first
    place to the second when `guide_gives_way`; `fiches`: the index's fiches (`LoadedIndex.fiches`), by position."""
    if len(ranked) < 2 or fiches[ranked[0][0]]["fiche_id"] != GUIDE or not guide_gives_way(query):
        return ranked
    guide, step = ranked[0], ranked[1]
    return [(step[0], guide[1], step[2]), (guide[0], step[1], guide[2]), *ranked[2:]]


SUM_TO_FAMILY_PATTERN = around(
    _DIED,
    r"(somme|montant|capital|argent|prime|indemnite)s? (\w+ ){0,4}(a la famille|aux proches|aux ayants.droit"
    r"|a la veuve|au conjoint|aux enfants|a l.epouse|au veuf)",
    300,
)
REFUSE_ESTATE_PATTERN = (
    r"(refuser|renoncer a|refus de|renonciation a) (l.heritage|la succession|sa succession"
    r"|son heritage|leur succession)|(accepter|prendre|je prends|on prend) ou (je |on )?(refuser|renoncer|refuse)"
)

DEATH_STEP_TERMS: tuple[Term, ...] = (
    Term(
        SUM_TO_FAMILY_PATTERN,
        "capital décès ayants droit",
        ("F3005", "F1544"),
        "F3005 « Capital décès versé pour le décès d'un salarié du secteur privé » (« le versement d'un capital aux "
        "ayants droit d'un salarié décédé ») ; F1544 « Capital décès versé pour le décès d'un fonctionnaire »",
        unless=r"assurance.vie|assurance deces|contrat obseques",
        told=True,
    ),
    Term(
        REFUSE_ESTATE_PATTERN,
        "accepter ou renoncer à la succession option successorale",
        ("F1199",),
        "F1199 « Accepter ou renoncer à la succession (option successorale) »",
        # not the funeral's cost asked of one who refuses (F17059: the heirs pay it even so), nor every heir who
        # already refused (F34849: the estate's goods go to the Domaine)
        unless=r"obseques|funerailles|pompes funebres|enterrement|inhumation|cremation"
        r"|(tous|tout le monde|chacun|tous les heritiers)( \S+){0,4} (ont|a) renonce|personne n.herite",
    ),
)
_SWITCHES = dict(zip(DEATH_STEP_TERMS, ("READ_SUM_TO_FAMILY", "READ_REFUSE_ESTATE"), strict=True))


def silenced(term: Term) -> bool:
    """Whether `term` is one of `DEATH_STEP_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCHES.get(term)
    return switch is not None and not globals()[switch]
