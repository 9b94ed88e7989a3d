"""The writer's partner and kin named in other words: « votre mari » to « mon compagnon, nous ne sommes pas mariés »,
« votre épouse » to « ma compagne et moi sommes pacsés », « votre ex-épouse » to « mon ex, on n'a jamais été
mariés », « vous êtes veuve » to « mon époux [PERSONNE_1] est décédé », « vous vivez seul » to « ma belle-mère vit
chez nous depuis que son mari est mort », « votre premier mari était fonctionnaire ».

A model names the writer's partner with the words it knows best: a companion becomes a husband, a Pacs partner a
wife, an ex a former spouse. In law the three ties differ (a Pacs or a free union is no marriage: no divorce, no
survivor's pension, no spouse's card), so a draft that marries a writer who says they are not married decides the
case on a wrong premise. Each reading has its own switch, read at call time:

* `READ_NEVER_MARRIED`: a message that tells a tie that is no marriage (a Pacs, a free union, a concubinage) or
  denies one (« on n'est pas mariés », « jamais été mariés »), and names no marriage of the writer, denies the
  writer a spouse now; one that says the writer was never married (« jamais été mariés », « on était en union
  libre ») denies a former spouse and a divorce too. A draft's spouse (« votre mari », « vous êtes mariée »,
  « divorcer de votre mari ») is then contradicted; its former spouse (« votre ex-épouse ») is contradicted where
  the writer was never married, otherwise no trait.
* `READ_COMPANION_AS_SPOUSE` (shipped off: it changed no measured item): « votre mari » to a writer who says only
  « mon compagnon » is left open (unsupported), no longer made good by the companion.
* `READ_NAMED_DEATH`: « mon époux [PERSONNE_1] est décédé », the partner named between the word and the death: a
  widowed writer, as « mon époux est décédé ».
* `READ_OTHERS_DEATH`: « son mari est mort », « sa femme est décédée » said of another person (a mother-in-law, a
  neighbour): not the writer's widowhood.
* `READ_FIRST_SPOUSE`: « votre premier mari », « votre première épouse »: a former partner, not one of now.
* `READ_PARTNER_PREMISE`: a partner the message names is no proof of what the draft says of them (« votre compagnon
  travaille en CDI » to « mon compagnon » alone): the partner's presence does not make the claim consistent when a
  fact the draft gives the partner (their activity, contract, age, place) is left open.

Texts are folded (lower case, no accents).
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait, Writer

# On: a Pacs, a free union or a denied marriage denies the writer a spouse (off: « votre mari » to « mon compagnon, on
# n'est pas mariés » is consistent, as in the fifty-second pass).
READ_NEVER_MARRIED = True
# Shipped off: no item of train + validation changes with it (fifty-third pass). On: « votre mari » to « mon
# compagnon » alone is unsupported; off: consistent, any partner makes it good.
READ_COMPANION_AS_SPOUSE = False
# On: « mon époux [PERSONNE_1] est décédé » is a widowed writer (off: the name hid the death).
READ_NAMED_DEATH = True
# On: « son mari est mort » is not the writer's widowhood (off: any partner's death made the writer widowed).
READ_OTHERS_DEATH = True
# On: « votre premier mari » is a former partner (off: a partner of now).
READ_FIRST_SPOUSE = True
# On: a partner's presence does not make good an open fact of the same claim (off: it does).
READ_PARTNER_PREMISE = True

# The marker, in `Writer.not_couple`, of a writer who says they were never married (read by `former_spouse_verdict`).
EVER_MARRIED = "ever_married"

_SPOUSE = r"(?:mari|epoux|epouse|femme)"
_PARTNER = r"(?:mari|epoux|epouse|femme|conjointe?|compagnon|compagne|concubine?)"

# A marriage denied: « on n'est pas mariés », « nous ne sommes pas mariés », « sans être mariés », « non mariés ».
_DENIED_NOW = re.compile(
    r"\b(?:pas|non|sans etre|sans avoir ete)\s+(?:encore\s+)?(?:ete\s+)?maries?\b"
    r"|\bpas (?:encore )?(?:ete )?mariee?s?\b"
)
# Never married, or not married then: « on n'a jamais été mariés », « nous n'étions pas mariés », « on était en union
# libre », « nous vivions en concubinage ».
_NEVER = re.compile(
    r"\bjamais\s+(?:ete\s+)?mariee?s?\b"
    r"|\b(?:n.etions|n.etait|n.etaient|n.etais|etions|etait|etaient|etais)\s+(?:pas\s+)?"
    r"(?:en union libre|en concubinage|pas mariee?s?|jamais mariee?s?)\b"
    r"|\b(?:vivions|vivait|vivais)\s+en (?:union libre|concubinage)\b"
)
# A tie that is no marriage, told of the writer now.
_OTHER_TIE = re.compile(r"\b(?:pacsee?s?|en union libre|en concubinage|mon concubin|ma concubine)\b")
# A marriage of the writer, now or before: these leave the writer's marriage open or said.
_MARRIAGE = re.compile(
    r"\b(?:re)?mariee?s?\b|\b(?:mon|ma|notre) (?:ex-?)?(?:mari|epoux|epouse|femme)\b|\bdivorc\w*|\bveu(?:f|ve)s?\b"
    r"|\bmariage\b|\bmon ex-\w+|\bpremier mari\b"
)


def _marriage_named(folded: str) -> bool:
    """Whether the message names a marriage of the writer, its denials set aside."""
    rest = _NEVER.sub(" ", _DENIED_NOW.sub(" ", folded))
    return bool(_MARRIAGE.search(rest))


def read_unmarried(folded: str, writer: Writer) -> None:
    """A writer who tells a tie that is no marriage or denies one, and names none: no spouse now (« married » in
    `not_couple`); one who says they were never married: no former spouse nor divorce either."""
    if not READ_NEVER_MARRIED or _marriage_named(folded) or "married" in writer.couple:
        return
    if _NEVER.search(folded):
        writer.not_couple |= {"married", "divorced", EVER_MARRIED}
    elif _DENIED_NOW.search(folded) or _OTHER_TIE.search(folded):
        writer.not_couple.add("married")


def spouse_verdict(value: str, w: Writer) -> str | None:
    """The verdict on a spouse the draft gives the writer (« votre mari »), where this module decides it."""
    if value != "married" or "married" in w.couple:
        return None
    if READ_NEVER_MARRIED and "married" in w.not_couple:
        return CONTRADICTED  # « votre épouse » to « on est pacsés », « votre mari » to « pas mariés »
    if READ_COMPANION_AS_SPOUSE and w.couple & {"married", "pacs", "couple"} == {"couple"}:
        return UNSUPPORTED  # « votre mari » to « mon compagnon »: the marriage is not said
    return None


# --- a former spouse in the draft ------------------------------------------------------------------------------------

_FORMER_SPOUSE = re.compile(
    rf"(?<![\w-])votre (?:ex-?\s?{_SPOUSE}|ancien (?:mari|epoux)|ancienne (?:epouse|femme))\b"
    rf"|(?<![\w-])votre premier(?:e)? (?:mari|epoux|epouse|femme)\b"
)
_DIVORCE_FROM = re.compile(rf"\bdivorcer (?:de|d.avec) votre {_SPOUSE}\b")
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b)[^.;:]{0,60}$")


def spouse_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A former spouse (« votre ex-épouse », « votre premier mari ») or a marriage to end (« divorcer de votre mari »)
    that a folded draft sentence gives the writer."""
    if not READ_NEVER_MARRIED:
        return []
    out: list[tuple[int, str, list[Trait]]] = []
    for m in _FORMER_SPOUSE.finditer(folded):
        if not _CONDITION.search(folded[: m.start()]):
            out.append((m.start(), m.group(), [Trait("former_spouse", "yes")]))
    for m in _DIVORCE_FROM.finditer(folded):
        if not _CONDITION.search(folded[: m.start()]):
            out.append((m.start(), m.group(), [Trait("couple", "married")]))
    return out


def former_spouse_verdict(value: str, w: Writer) -> str:
    """A former spouse: denied by a writer never married, otherwise left open (a divorced writer's ex makes good no
    fact the draft tells of them: « votre ex-femme s'est remariée »), so that alone it gives no trait."""
    return CONTRADICTED if EVER_MARRIED in w.not_couple else UNSUPPORTED


# --- widowhood: the writer's partner named, another person's partner ------------------------------------------------

_NAMED_DEATH = re.compile(
    rf"(?<![\w-])(?:mon|ma|notre) {_PARTNER},?\s+(?:\[personne_\d+\]|[a-z]+(?:-[a-z]+)?),?\s+"
    r"(?:qui )?(?:est |etait )?(?:decedee?|morte?)\b"
)
_WIDOWED = re.compile(
    rf"\bveu(?:f|ve)s?\b|\bveuvage\b|{_PARTNER}\s+(?:est\s+)?(?:decede|mort|disparu)\w*"
    rf"|(?:deces|mort|perte) de (?:mon|ma) (?:mari|epou\w*|femme|conjoint\w*)"
)
_OTHERS = re.compile(r"(?:\b(?:son|sa|leur|ses)\s+)$")


def read_widowhood(folded: str, couple: set[str]) -> None:
    """The writer's widowhood, read again: a named partner's death makes the writer widowed; a death read only of
    another person's partner (« son mari est mort ») does not."""
    if READ_NAMED_DEATH and _NAMED_DEATH.search(folded):
        couple.add("widowed")
        return
    if READ_OTHERS_DEATH and "widowed" in couple:
        found = list(_WIDOWED.finditer(folded))
        if found and all(_OTHERS.search(folded[max(0, m.start() - 8) : m.start()]) for m in found):
            couple.discard("widowed")


def first_spouse(clause: str) -> bool:
    """Whether a draft's partner is a former one named by rank (« votre premier mari », « votre première épouse »)."""
    return READ_FIRST_SPOUSE and bool(re.match(r"(?:votre|vos)\s+premier(?:e|s|es)?\s", clause))


def _of_partner(trait: Trait) -> bool:
    """Whether a trait is a fact of the partner (« partner|activity=employee »: `relatives.relative_traits`)."""
    return trait.kind == "relative" and trait.value.startswith("partner|")


def partner_premise(verdicts: dict[Trait, str]) -> dict[Trait, str]:
    """The verdicts with a partner's presence left open where another fact of the claim is."""
    if not READ_PARTNER_PREMISE:
        return verdicts
    others_open = any(v == UNSUPPORTED and _of_partner(t) for t, v in verdicts.items())
    if not others_open:
        return verdicts
    return {t: UNSUPPORTED if t.kind == "partner" and v == CONSISTENT else v for t, v in verdicts.items()}
