"""Homes and couples of the past against those of now (fiftieth pass, engineer-d76).

A home the draft tells in the past (« vous étiez locataires à Angers avant d'acheter votre maison », « lorsque vous
étiez hébergé chez votre sœur ») was read as a home of now, so the message that tells the same home in the past
(`finished.past_homes`) made it contradicted: a right sentence removed. `PAST_HOME_SAID`: such a home becomes a trait
"was_tenant" (…), consistent where the message tells that home of the writer, in the past or now, and left open
otherwise; never a contradiction.

A Pacs the message says has ended (« notre Pacs a été dissous », « le Pacs a pris fin », « la dissolution de notre
Pacs a été enregistrée », « nous ne sommes plus pacsés ») stayed a Pacs of now, so « vous êtes pacsé » was consistent.
`ENDED_PACS`: the Pacs leaves the couple and is denied (the writer separated unless married or with someone),
unless the message says it again (« repacsés ») or says the end is still to come (« la dissolution est en cours »,
« pas encore dissous », « nous allons rompre le Pacs »). It reads what `finished.PACS_ENDED` read (shipped off in
pass 49, no validation item then; removed by the lead in pass 50, the two identical on train and validation with
this one on) with more phrasings and those guards.

A divorce the writer tells as done (« je suis divorcée », « nous avons divorcé en 2018 », « divorcé depuis 2021, … »,
« le jugement de divorce a été prononcé ») with a husband named in the same message (« mon mari et moi avons
divorcé ») kept « married » among the writer's couples. `DIVORCE_ENDS_MARRIAGE`: the marriage leaves the couple and
is denied, unless the message says a marriage of now (« remariée », « nous nous sommes mariés », « toujours
mariés », « mon nouveau mari »).

Texts are folded.
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, UNSUPPORTED
from guichet.drafting.persona.model import Trait

# Shipped off (it moves no train nor validation item). On: a draft's home told in the past is a past home; off, it
# is read as a home of now (« vous étiez locataires » to « nous étions locataires, puis nous avons acheté »:
# contradicted by `finished.PAST_HOUSING`, as in pass 49).
PAST_HOME_SAID = False
# Off: a Pacs the message says has ended stays the writer's now (as in pass 49).
ENDED_PACS = True
# Shipped off (it gains one train item, d76-050, and no validation one). Off: a husband or wife named beside a
# divorce keeps the writer married (as in pass 49).
DIVORCE_ENDS_MARRIAGE = False

_WAS = "was_"
# A draft's home in the past: « vous étiez (…) locataire(s) », « vous aviez été hébergé chez », « vous avez été
# propriétaire ».
_HOME_SAID_PAST = re.compile(
    r"\bvous\s+(?:n.)?(?:etiez|aviez ete|avez ete)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:locataires?|proprietaires?|(?:logee?s?|hebergee?s?)\s+(?:\w+\s+)?chez)\b"
)
_HOMES = {"tenant", "owner", "hosted"}


def homes_said_past(clause: str, traits: list[Trait]) -> list[Trait]:
    """The traits of a folded draft clause, its homes of the writer made past ("was_tenant") where the clause tells
    them in the past (`PAST_HOME_SAID`)."""
    if not PAST_HOME_SAID or not _HOME_SAID_PAST.search(clause):
        return traits
    return [
        Trait(t.kind, f"{_WAS}{t.value}", t.negated) if t.kind == "housing" and t.value in _HOMES else t
        for t in traits
    ]


def past_home_verdict(value: str, housing: set[str], past: set[str]) -> str | None:
    """A home the draft tells in the past: consistent where the message tells it as the writer's, in the past or
    now; unsupported otherwise. None for a home of now."""
    if not value.startswith(_WAS):
        return None
    return CONSISTENT if value.removeprefix(_WAS) in housing | past else UNSUPPORTED


# A Pacs ended: « nous avons rompu / dissous notre Pacs », « le Pacs a été dissous / a pris fin / s'est terminé »,
# « la dissolution / rupture / fin de notre Pacs », « nous ne sommes plus pacsés », « dépacsés ».
_PACS_ENDED = re.compile(
    r"\b(?:rompu|dissous|annule|resilie|casse|mis fin a) (?:le |notre |mon |ce |son )?pacs\b"
    r"|\bpacs (?:a ete |est |etait |avait ete |s.est )?(?:rompu|dissous|annule|resilie|termine|fini|acheve)\b"
    r"|\bpacs (?:a|avait) pris fin\b"
    r"|\b(?:dissolution|rupture|fin) (?:du|de (?:notre|mon|ce)) pacs\b"
    r"|\b(?:ne sommes|ne suis) plus pacse\w*|\bdepacse\w*"
)
# An end still to come or undone in the same sentence: « la dissolution de notre Pacs est en cours », « le Pacs n'est
# pas encore dissous », « nous allons rompre le Pacs », « nous voulons dissoudre notre Pacs ».
_PACS_PENDING = re.compile(
    r"\ben cours\b|\bpas encore\b|\bn.a pas ete\b|\bn.est pas\b|\ben attente\b|\b(?:demande|projet) de\b"
    r"|\b(?:aller|allons|vais|voulons|veux|souhaitons|souhaite|envisageons|envisage) (?:\w+ )?"
    r"(?:rompre|dissoudre|mettre fin)"
)
_PACS_AGAIN = re.compile(r"\b(?:re-?pacse\w*|repacs\w*|de nouveau pacse\w*|nouveau pacs)\b")


def _ended_pacs(folded: str) -> bool:
    for sentence in re.split(r"[.;!?\n]", folded):
        if _PACS_ENDED.search(sentence) and not _PACS_PENDING.search(sentence):
            return True
    return False


def end_pacs(folded: str, couple: set[str], not_couple: set[str]) -> None:
    """A Pacs the folded message says has ended (and none said again): no Pacs now, the writer separated unless they
    are married or live with someone (`ENDED_PACS`)."""
    if not ENDED_PACS or not _ended_pacs(folded) or _PACS_AGAIN.search(folded):
        return
    couple.discard("pacs")
    not_couple.add("pacs")
    if not couple & {"married", "couple"}:
        couple.add("separated")


# A divorce of the writer told as done: « je suis divorcée », « nous sommes divorcés », « j'ai / nous avons divorcé »,
# « divorcé depuis 2021 » opening a sentence, « depuis / après mon divorce », « mon divorce / le jugement de divorce a
# été prononcé ».
_DIVORCED = re.compile(
    r"\b(?:je suis|nous sommes|suis) (?:\w+ )?divorcee?s?\b|\b(?:j.ai|avons|on a) divorce\b"
    r"|(?:^|[.;!?\n]\s*)divorcee?s? depuis\b|\b(?:depuis|apres) (?:mon|notre) divorce\b"
    r"|\b(?:mon|notre|le) divorce a ete prononce\b|\bjugement de divorce a ete (?:prononce|rendu)\b"
)
# A marriage of now beside the divorce: « remariée », « nous nous sommes mariés », « toujours mariés », « mon nouveau
# mari », « je me suis mariée ».
_MARRIED_AGAIN = re.compile(
    r"\bremarie\w*|\b(?:me suis|nous sommes|se sont) (?:\w+ )?marie(?:e|s|es)?\b|\btoujours marie\w*"
    r"|\b(?:mon nouveau|ma nouvelle|mon second|ma seconde|mon deuxieme|ma deuxieme) "
    r"(?:mari|femme|epou\w*|conjointe?)\b|\bsecondes? noces\b|\bnous nous sommes maries\b"
)


def end_marriage(folded: str, couple: set[str], not_couple: set[str]) -> None:
    """A divorce the folded message tells as done, and no marriage of now: the writer is not married
    (`DIVORCE_ENDS_MARRIAGE`)."""
    if not DIVORCE_ENDS_MARRIAGE or "married" not in couple or "divorced" in not_couple:
        return
    if not _DIVORCED.search(folded) or _MARRIED_AGAIN.search(folded):
        return
    couple.discard("married")
    couple.add("divorced")
    not_couple.add("married")
