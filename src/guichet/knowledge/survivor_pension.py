"""A survivor's pension follows the dead person's régime, not the writer's (fiftieth pass, engineer-r87, issue 14).

The réversion, the orphan's pension and the capital décès come in siblings by public: F13104 « Pension de réversion -
Défunt ayant travaillé dans le privé » (the Sécurité sociale's, « lorsque le défunt exerçait une activité salariée ou
non salariée (travailleur indépendant, professionnel libéral, agriculteur) »), F21819 « Pension de réversion de
l'époux et de l'ex-époux : décès d'un fonctionnaire », F12394 « Décès d'un agent public contractuel : quels droits à
pension de réversion ? ». The fiche is picked by the dead spouse's career; the re-ranking picks the sibling written
for the publics the message names (`situations.qualifiers_in_message`, `rerank.mismatch`). A widow tells both careers:
« mon mari était cariste chez un sous-traitant automobile … moi je suis aide-soignante à l'hôpital, donc
fonctionnaire hospitalière »; a son tells his father's and his mother's. Every public said was read, and the
writer's own (or the surviving parent's) pulled the civil servant's fiche over the private employee's, or the
reverse. Four readings, each behind its own switch (read at call time):

- `READ_DEAD_CAREER`: in a message that tells a death and names a pension the dead leaves (a réversion, a capital
  décès, an orphan's pension), the sentences (and the clauses opened by « moi ») about the
  living — said by the writer (« je », « j' », « moi »), or by another relative than the dead as their subject
  (« ma mère a travaillé comme vendeuse ») — and that tell no death are set aside; when what is left (the sentences
  about the dead) names a public, it replaces the publics read on the whole message. A message whose dead's
  sentences name no public keeps every public it said.
- `READ_FARMER_DEAD`: the dead's sentences tell a farmer (`agricole`: an exploitant, an éleveur, the MSA): the
  régime général's sibling is theirs (F13104 names the « agriculteur »; the indépendants' own F33843 « Pension de
  réversion pour l'époux(se) d'un travailleur indépendant » is written for the artisans, shopkeepers and
  professionals, whose pensions the farmers' MSA does not pay), so `salarié du privé` is added beside it and the
  private sibling is no longer a mismatch. Only the dead's: a widower who says his own MSA pension keeps his
  publics.
- `READ_DENIED_PUBLIC`: a public the dead's sentences deny (« jamais fonctionnaire », « il n'était pas
  fonctionnaire », « pas titulaire ») is not read: the widow says it to rule the civil servant's fiche out.
- `READ_GENERAL_SCHEME`: the dead's sentences name the régime général's funds (« le régime général », la Carsat, la
  Cnav, « la Sécu »): the Sécurité sociale's réversion, F13104 (« Le versement de la pension par la Sécurité sociale
  est possible … »), the private employee's public, when they name no civil service.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fiftieth pass, r87).
"""

from __future__ import annotations

import re

from guichet.knowledge.situations import CIVIL_SERVICE, qualifiers_in_message

# Figures: train + validation of corpora/retrieval, the 88 messages the gate reads (`survivor_pension`), each
# searched with each switch alone and all on (docs/benchmarks.md, fiftieth pass, r87).
# Off: the dead's sentences decide the public of a survivor's pension. Changes the publics of 5 messages (train
# r87-008/009/010, validation r87-012, v88-037 with the farmer's), none moves: no validation gain, off.
READ_DEAD_CAREER = False
# Off: a farming dead spouse reads as the régime général's public too. Changes 2 validation messages' publics (r87-003,
# v88-037, both already first): no gain, off.
READ_FARMER_DEAD = False
# On: a public denied is not read. Validation r64-010 4 -> 2 alone (« jamais fonctionnaire »), none down.
READ_DENIED_PUBLIC = True
# On: the régime général's funds named read as the private employee's public. With `READ_DENIED_PUBLIC` on:
# validation r64-010 2 -> 1, none down; alone nothing moves.
READ_GENERAL_SCHEME = True

PUBLICS = CIVIL_SERVICE | {"salarié du privé", "indépendant", "agricole"}
_IMPLIED_PUBLIC = "agent public"

# A death told (folded text): "est décédé", "est mort", "nous a quittés", "veuve", "le décès".
_DIED = re.compile(
    r"\b(decede\w*|deces|morte?s?|meurt|mourir|nous a quitte\w*|veuve?s?|defunte?|disparu\w*|orphelins?)\b"
)
# A pension the dead leaves, named: the réversion, the capital décès, the orphan's pension ("la retraite de mon père"
# is as often a living father's).
_SURVIVOR_PENSION = re.compile(r"\b(reversion|capital deces|pensions? d.orphelins?)\b")
# The sentences about the living: the writer as subject, or a relative as subject who is not the dead.
_LIVING_SUBJECT = re.compile(
    r"^\W*(et |mais |donc |or |alors |sinon )?(moi\b|je\b|j.|nous\b|ma (mere|maman|fille|soeur)\b"
    r"|mon (pere|papa|fils|frere)\b)"
)
# A public denied: "jamais fonctionnaire", "il n'était pas fonctionnaire", "pas titulaire".
_DENIED = re.compile(
    r"\b(jamais|pas|non|ni) (ete |eu |un |une |de |d.)?(fonctionnaires?|titulaires?|salariee?s?|independante?s?"
    r"|contractuel(le)?s?)\b"
)
# The régime général's funds (F13104: « le versement de la pension par la Sécurité sociale »).
_GENERAL_SCHEME = re.compile(r"\b(regime general|carsat|cnav|la secu(rite sociale)?)\b")
# Sentences, and the clauses a « moi » opens inside one ("…, moi je suis fonctionnaire").
_BREAKS = re.compile(r"[.!?;\n]+|,? (?=(?:et |mais )?moi,? (?:je|j.)\b)|\((?=moi\b)")


def dead_sentences(folded: str) -> str:
    """The folded text without the sentences about the living that tell no death (`_LIVING_SUBJECT`)."""
    kept = [part for part in _BREAKS.split(folded) if _DIED.search(part) or not _LIVING_SUBJECT.search(part)]
    return " \n".join(kept)  # a line each: no pattern reads across two of them


def survivor_pension(folded: str) -> bool:
    """Whether the message tells a death and asks about a pension the dead leaves."""
    return bool(_DIED.search(folded) and _SURVIVOR_PENSION.search(folded))


def dead_publics(folded: str, qualifiers: frozenset[str]) -> frozenset[str]:
    """`qualifiers` (the publics and situations read on the whole message) with its publics replaced by the dead's
    when the message is about a survivor's pension and the dead's sentences name one (`READ_DEAD_CAREER`), a public
    denied left out (`READ_DENIED_PUBLIC`), the régime général's funds read as the private employee's public
    (`READ_GENERAL_SCHEME`), and the régime général's public beside a farming dead's (`READ_FARMER_DEAD`)."""
    if not (READ_DEAD_CAREER or READ_FARMER_DEAD or READ_DENIED_PUBLIC or READ_GENERAL_SCHEME):
        return qualifiers
    if not survivor_pension(folded):
        return qualifiers
    text = dead_sentences(folded) if READ_DEAD_CAREER else folded
    publics = qualifiers & PUBLICS
    if READ_DENIED_PUBLIC and _DENIED.search(text):
        denied = qualifiers_in_message(" \n".join(m.group(0) for m in _DENIED.finditer(text))) & PUBLICS
        text = _DENIED.sub(" ", text)
        publics -= denied - qualifiers_in_message(_DENIED.sub(" ", folded))
    theirs = qualifiers_in_message(text) & PUBLICS
    if READ_GENERAL_SCHEME and _GENERAL_SCHEME.search(text) and not theirs & CIVIL_SERVICE:
        theirs |= {"salarié du privé"}
    if theirs and (READ_DEAD_CAREER or READ_DENIED_PUBLIC or READ_GENERAL_SCHEME):
        publics = theirs
    if READ_FARMER_DEAD and "agricole" in theirs and not theirs & CIVIL_SERVICE:
        publics = publics | {"salarié du privé"}
    return (qualifiers - PUBLICS) | publics
