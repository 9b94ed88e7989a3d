"""The writer's children and dependants said in other words (fifty-fourth pass, issue 14): where the children live
(« en garde alternée » for « une semaine sur deux », « vous avez la garde exclusive » to a child there half the
time, « vos enfants vivent chez leur mère » to an alternating custody), an adult child still at home or gone
(« votre fils majeur vit toujours chez vous » to « il a pris son appartement »), a parent taken in (« vous hébergez
votre mère » to « ma mère habite chez nous » or « ma mère vit en EHPAD »), a child expected or just born (« vous
attendez un enfant » to « ma femme est enceinte », « vous êtes enceinte » to « mon bébé est né il y a trois
semaines »), and a marriage denied without « ne » (« on a jamais ete maries »).

A model fills a reply with the family it imagines; an agent who sends « vous avez la garde exclusive » to a parent in
alternating custody, or « vous hébergez votre mère » to one whose mother is in a care home, decides the case (the
child's share of the household, the APL, the aidant's leave) on a wrong premise. Each reading has its own switch,
read at call time:

* `READ_CUSTODY`: where the children live, read in the message — half the time with each parent (« une semaine sur
  deux », « on alterne », « garde / résidence alternée », « changent de maison tous les lundis »), with the writer
  (« garde exclusive », « la résidence chez moi », « leur père les prend un week-end sur deux »), with the other
  parent (« vit chez sa mère », « je l'ai un week-end sur deux », « je le vois pendant les vacances »), at home
  (« vit toujours à la maison », « sous notre toit ») or gone (« a pris son appartement », « ne vit plus chez
  nous ») — and in the draft's sentence on a child (« vos enfants », « votre fils », « un de vos enfants »).
  Left alone: « une semaine sur deux » said of work (« je travaille de nuit une semaine sur deux »), a custody the
  message does not tell (no verdict from this reading alone).
* `READ_HOSTED_PARENT`: a draft's « vous hébergez / accueillez / logez votre mère » or « un parent âgé » against
  where the message puts that relative (`relatives`: « habite chez nous », « en EHPAD », « seul dans sa maison »;
  here also « j'ai pris mon papa à la maison »). Left alone: a relative the message places nowhere (« ma mère est
  malade et je m'occupe d'elle »).
* `READ_BIRTH`: a child expected (« enceinte », « bébé prévu pour juin », « nous attendons un enfant », the writer's
  partner included) or just born (« est née le … », « il y a trois semaines », « je viens d'accoucher »), against a
  draft's « vous attendez un enfant », « vous êtes enceinte », « vous venez d'avoir un enfant ». Left alone: another
  person's pregnancy (« ma sœur attend un bébé »), a wish (« agrandir la famille »).
* `READ_BARE_NEVER_MARRIED`: « on a jamais ete maries », « on s'est jamais mariés », « on était pas mariés » (no
  « ne », often no accents) are a denial, not a marriage: the writer is no longer read as married, so that
  `partner_words.read_unmarried` marks them never married; and a draft's « vous n'avez jamais été mariée » /
  « vous avez été mariée avec … » is compared with it. Left alone: « on a jamais été d'accord », a separation that
  says nothing of a marriage.
* `CHILD_FACTS_NEED_SAYING`: the children the message names vouch for no fact the draft gives them that the
  message leaves open (« vos enfants sont en garde alternée » or « vos enfants sont majeurs » to « mes trois
  enfants »): the claim is then unsupported, not consistent.

Texts are folded (lower case, no accents), numbers in digits (`lexicon.spell_digits`).
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Claim, Trait, Writer

# Measured figures of each switch: docs/benchmarks.md, « Fifty-fourth pass — engineer-d88 ».
READ_CUSTODY = True
READ_HOSTED_PARENT = True
READ_BIRTH = True
READ_BARE_NEVER_MARRIED = True
CHILD_FACTS_NEED_SAYING = True

KINDS = ("child_home", "hosted", "birth", "ever_married")

# --- where the children live ----------------------------------------------------------------------------------------

_CHILD = r"(?:fils|filles?|enfants?|gosses?|gamins?|gamines?|ados?|petits?|petites?|loulous|aine|ainee|cadet|cadette|"
_CHILD += r"garcons?|bebe|jumeaux|jumelles|minots|il|elle|ils|elles)"
_WORK_BEFORE = re.compile(r"\b(?:travaill\w*|de nuit|de garde|d.astreinte|poste|equipe|en deplacement)\b[^,.;]{0,25}$")
_AWAY = re.compile(
    r"\b(?:a|ont) (?:pris|trouve) (?:son|leur|un) (?:propre )?(?:appart\w*|logement|studio|chez (?:lui|elle|eux))\b"
    r"|\b(?:ne |n.)?(?:vit|vivent|habite|habitent|loge|logent) plus "
    r"(?:a la maison|chez (?:moi|nous)|avec (?:moi|nous))"
    r"|\b(?:a|ont) quitte (?:la maison|le foyer|le nid|le domicile)\b|\bpartie? de la maison\b"
)
_ALTERNATE = re.compile(
    r"\b(?:garde|residence) alternee\b|\ben alternance chez\b|\bon alterne\b|\bnous alternons\b"
    r"|\bchangent de maison\b|\bchange de maison\b"
    r"|\b(?:une|1) semaine (?:sur (?:deux|2)|chez (?:moi|nous|son|sa|leur))"
)
_SOLE = re.compile(
    r"\b(?:ai|a|avons|garde) (?:les|mes|nos) (?:\d+ )?\w+ a plein temps\b"
    r"|\bgarde exclusive\b|\bresidence (?:\w+ ){0,4}(?:est )?(?:fixee )?chez moi\b"
    r"|\b(?:leur|son|sa) (?:pere|mere|papa|maman) (?:les|le|la) (?:prend|a|voit|recupere) (?:seulement |que )?"
    r"(?:un|1) week-?end sur (?:deux|2)"
)
_OTHER = re.compile(
    r"\b(?:vit|vivent|habite|habitent|reste|restent|est|sont) (?:toute l.annee |a plein temps |principalement )?"
    r"chez (?:sa|son|leur) (?:mere|pere|papa|maman)\b"
    r"|\bje (?:l.|les |le |la )(?:ai|prends|vois|recupere) (?:seulement |que )?(?:un|1) week-?end sur (?:deux|2)"
    r"|\bje (?:le|la|les) vois (?:seulement |que )?(?:pendant|pour|aux) (?:les )?(?:vacances|week-?ends)"
)
_HOME = re.compile(
    r"\b(?:vit|vivent|habite|habitent|est|sont|reste|restent) (?:encore |toujours )+"
    r"(?:a la maison|chez (?:moi|nous)|avec (?:moi|nous))\b|\b(?:vit|habite|vivent|habitent) a la maison\b"
    r"|\bsous (?:mon|notre) toit\b|\b(?:vit|habite|vivent|habitent) (?:encore |toujours )?(?:chez|avec) (?:moi|nous)\b"
)
_DENIED = re.compile(r"\b(?:pas|plus|jamais)\s+(?:en\s+)?$")
_PARENT_WORD = re.compile(r"\b(?:mere|pere|maman|papa|beau-pere|belle-mere|grand-\w+|mamie|papi|neveu|niece)\b")


def _of_child(folded: str, start: int) -> bool:
    """Whether the words before `start`, in its sentence, speak of a child (not a parent of the writer)."""
    before = re.split(r"[.;!?\n]", folded[:start])[-1][-80:]
    child = list(re.finditer(rf"\b{_CHILD}\b", before))
    if not child:
        return False
    return not _PARENT_WORD.search(before[child[-1].end() :]) and not re.search(
        r"\b(?:ma|mon) (?:mere|pere|maman|papa|beau-pere|belle-mere|grand-\w+|mamie|papi)\b[^,]*$",
        before[: child[-1].start()],
    )


def _custody(folded: str) -> set[str]:
    """Where the message puts the writer's children: "alternate", "sole", "other", "home", "away"."""
    found: set[str] = set()
    rest = folded
    for m in _AWAY.finditer(folded):
        if _of_child(folded, m.start() + 1) or re.search(r"\baucun\b", folded[max(0, m.start() - 15) : m.start()]):
            found.add("away")
    rest = _AWAY.sub(" ", rest)
    for m in _ALTERNATE.finditer(rest):
        if not _WORK_BEFORE.search(rest[: m.start()]) and not _DENIED.search(rest[max(0, m.start() - 12) : m.start()]):
            found.add("alternate")
    if _SOLE.search(rest):
        found.add("sole")
    for m in _OTHER.finditer(rest):
        if m.group().startswith("je ") or _of_child(rest, m.start() + 1):
            found.add("other")
    for m in _HOME.finditer(rest):
        if _of_child(rest, m.start() + 1):
            found.add("home")
    return found


# The draft's sentence on a child: « vos enfants », « votre fils », « un de vos enfants », « la garde de vos … ».
_DRAFT_CHILD = re.compile(
    r"\b(?:votre|vos) (?:\w+ )?(?:fils|filles?|enfants?|aine|ainee|cadet|cadette|ados?|jumeaux|jumelles|bebe)\b"
)
_DRAFT_PLACES = (
    ("away", r"\b(?:a|ont) quitte (?:le foyer|votre domicile|la maison)\b|\bne (?:vit|vivent|habite|habitent) plus "),
    ("alternate", r"\b(?:garde|residence) alternee\b|\ben alternance\b|\bune semaine (?:sur (?:deux|2)|chez vous)\b"),
    ("other", r"\bchez (?:leur|son|sa) (?:mere|pere|papa|maman|autre parent)\b"),
    (
        "sole",
        r"\bgarde exclusive\b|\b(?:vit|vivent|habite|habitent|residen?t?) (?:exclusivement|a plein temps|en permanence"
        r"|toute l.annee) chez vous\b|\bseule? a avoir la garde\b",
    ),
    (
        "home",
        r"\b(?:vit|vivent|habite|habitent|reside|resident|reste|restent|loge|logent) (?:encore |toujours )?"
        r"(?:chez vous|avec vous|a votre domicile|sous votre toit|au foyer|a la maison)\b",
    ),
)
# Who the place is said of: the children named before it (« vos enfants sont en garde alternée ») or the writer
# (« vous avez la garde exclusive de vos fils »), not a judge's decision (« le juge a fixé la résidence alternée de
# vos enfants »).
_SAID_OF = re.compile(rf"{_DRAFT_CHILD.pattern}|\bvous (?:avez|exercez|partagez)\b")
_CONDITION = re.compile(r"(?:\bsi\b|\bs['’]|\blorsqu\w*|\bquand\b|\ben cas de\b|\bau cas ou\b)")

# Pairs of places that cannot both be true of the writer's children; `_COVERS`: a place that makes another good.
_CLASHES = {
    "alternate": {"sole", "other"},
    "sole": {"alternate", "other", "away"},
    "other": {"alternate", "sole", "home"},
    "home": {"other", "away"},
    "away": {"home", "sole"},
}
_COVERS = {"home": {"sole"}}


def _child_home_traits(folded: str) -> list[Trait]:
    if not READ_CUSTODY or not _DRAFT_CHILD.search(folded) or _CONDITION.search(folded):
        return []
    for value, pattern in _DRAFT_PLACES:
        m = re.search(pattern, folded)
        if m:
            return [Trait("child_home", value)] if _SAID_OF.search(folded[: m.start()]) else []
    return []


def child_home_verdict(value: str, w: Writer) -> str:
    told = w.dependants.get("child_home", set())
    if value in told or told & _COVERS.get(value, set()):
        return CONSISTENT
    if told & _CLASHES[value]:
        return CONTRADICTED
    return UNSUPPORTED


# --- a parent taken in ----------------------------------------------------------------------------------------------

_PARENTS = {
    "mere": "mother",
    "maman": "mother",
    "pere": "father",
    "papa": "father",
    "belle-mere": "mother_in_law",
    "beau-pere": "father_in_law",
    "grand-mere": "grandmother",
    "grand-pere": "grandfather",
}
_ANY_PARENT = frozenset(_PARENTS.values())
_PARENT = r"(belle-mere|beau-pere|grand-mere|grand-pere|mere|maman|pere|papa)"
_DRAFT_HOSTED = re.compile(
    rf"\bvous (?:hebergez|accueillez|logez|avez (?:recueilli|accueilli|pris chez vous|heberge)) (?:chez vous )?"
    rf"(?:votre {_PARENT}\b|(?:un|une|vos) (?:parents?|proches?|personnes?) (?:age|ascendant|a charge)?)"
)
_TAKEN_IN = re.compile(
    rf"\b(?:j.ai|nous avons|on a) (?:pris|recueilli|accueilli|installe) (?:mon|ma|notre) {_PARENT} "
    r"(?:a la maison|chez (?:moi|nous)|avec (?:moi|nous))\b"
    rf"|\b(?:mon|ma|notre) {_PARENT} (?:est venue? (?:vivre|habiter|s.installer)|s.est installee?) (?:chez|avec) "
    r"(?:moi|nous)\b"
)


def _hosted_traits(folded: str) -> list[Trait]:
    if not READ_HOSTED_PARENT or _CONDITION.search(folded):
        return []
    m = _DRAFT_HOSTED.search(folded)
    if not m:
        return []
    return [Trait("hosted", _PARENTS[m.group(1)] if m.group(1) else "parent")]


def hosted_verdict(value: str, w: Writer) -> str:
    """A relative the draft says the writer takes in, against where the message puts them."""
    relations = _ANY_PARENT if value == "parent" else {value}
    if relations & w.dependants.get("hosted", set()):
        return CONSISTENT
    places = {p for name, r in w.relatives.items() if name in relations for p in r.places}
    if "with_writer" in places:
        return CONSISTENT
    return CONTRADICTED if places else UNSUPPORTED


# --- a child expected or just born ----------------------------------------------------------------------------------

_OTHERS_CHILD = re.compile(
    r"\b(?:ma|mon|sa|son) (?:soeur|fille|belle-fille|belle-soeur|cousine|voisine|niece|amie|collegue|bru|fils|frere)"
    r"\b[^.;!?]{0,30}$"
)
_EXPECTED = re.compile(
    r"\benceinte\b|\b(?:j.attends|nous attendons|on attend|attendons) (?:un|une|des|notre|mon) (?:enfant|bebe|heureux"
    r"|jumeaux|jumelles|petit)|\bbebe (?:est )?(?:prevu|attendu)|\bgrossesse\b|\baccouchement (?:est )?prevu"
    r"|\bterme (?:est )?prevu"
)
_BORN = re.compile(
    r"\b(?:est|sont) nee?s? (?:le (?:\[date|\d|1er)|il y a \d+ (?:jours|semaines)|hier|avant-hier|la semaine derniere"
    r"|ce mois)|\bvient de naitre\b|\bviens d.accoucher\b|\bai accouche\b|\bnouveau-nee?\b"
    r"|\bbebe (?:de|a) \d+ (?:jours|semaines)\b"
)
_DRAFT_EXPECTED = re.compile(
    r"\bvous (?:attendez un (?:enfant|bebe|heureux)|etes enceinte|allez (?:etre|devenir) (?:parents?|mere|pere|maman"
    r"|papa))"
)
_DRAFT_BORN = re.compile(
    r"\bvous (?:venez d.(?:avoir|accueillir) (?:un|une|votre) (?:enfant|bebe|fils|fille)|venez d.accoucher|avez "
    r"accouche)|\bvotre (?:enfant|bebe|fils|fille) (?:qui )?vient de naitre\b"
)


def _births(folded: str) -> set[str]:
    """ "expected", "born": the writer's (or the writer's partner's) child expected or just born."""
    found = set()
    for name, pattern in (("expected", _EXPECTED), ("born", _BORN)):
        if any(not _OTHERS_CHILD.search(folded[: m.start()]) for m in pattern.finditer(folded)):
            found.add(name)
    return found


def _birth_traits(folded: str) -> list[Trait]:
    if not READ_BIRTH or _CONDITION.search(folded):
        return []
    if _DRAFT_EXPECTED.search(folded):
        return [Trait("birth", "expected")]
    return [Trait("birth", "born")] if _DRAFT_BORN.search(folded) else []


def birth_verdict(value: str, w: Writer) -> str:
    told = w.dependants.get("birth", set())
    if value in told:
        return CONSISTENT
    return CONTRADICTED if told else UNSUPPORTED


# --- a marriage denied without « ne » -------------------------------------------------------------------------------

_BARE_NEVER = re.compile(
    r"\b(?:on|nous|j)\s*(?:a|avons|ai|s.est|nous sommes|se sont|est|etait|etions|sommes)\s+(?:jamais|pas)\s+"
    r"(?:ete\s+)?mariee?s?\b"
)
_OWN_MARRIAGE = re.compile(
    r"\b(?:mon|ma|notre) (?:mari|epoux|epouse|femme)\b|\b(?:je suis|nous sommes|on est|suis) (?:re)?mariee?s?\b"
    r"|\bdivorc\w*|\bveu(?:f|ve)s?\b|\bmariage\b"
)
_DRAFT_EVER = re.compile(r"\bvous (n.)?(?:avez|aviez) (jamais )?ete mariee?s?\b|\bvous (n.)?etes jamais mariee?s?\b")


def unmarry(folded: str, writer: Writer) -> None:
    """A marriage denied without « ne » (« on a jamais ete maries »): the writer is not read as married."""
    if not READ_BARE_NEVER_MARRIED or not _BARE_NEVER.search(folded):
        return
    if not _OWN_MARRIAGE.search(_BARE_NEVER.sub(" ", folded)):
        writer.couple.discard("married")


def _ever_traits(folded: str) -> list[Trait]:
    m = _DRAFT_EVER.search(folded) if READ_BARE_NEVER_MARRIED else None
    if not m or _CONDITION.search(folded[: m.start()]):
        return []
    return [Trait("ever_married", "no" if m.group(1) or m.group(2) or m.group(3) else "yes")]


def ever_married_verdict(value: str, w: Writer) -> str:
    """« vous n'avez jamais été mariée » against the message; a marriage said (« vous avez été mariée … ») is only
    denied here, its length or its date left to the rest of the check."""
    if "ever_married" in w.not_couple:  # `partner_words.EVER_MARRIED`
        return CONSISTENT if value == "no" else CONTRADICTED
    if value == "no" and w.couple & {"married", "divorced", "widowed"}:
        return CONTRADICTED
    return UNSUPPORTED


# --- the hooks ------------------------------------------------------------------------------------------------------


def read_dependants(folded: str) -> dict[str, set[str]]:
    """What a folded message says of the writer's children and dependants, by kind."""
    hosted = {_PARENTS[m.group(1) or m.group(2)] for m in _TAKEN_IN.finditer(folded)} if READ_HOSTED_PARENT else set()
    return {
        "child_home": _custody(folded) if READ_CUSTODY else set(),
        "hosted": hosted,
        "birth": _births(folded) if READ_BIRTH else set(),
    }


def dependant_claims(sentence: str, span: tuple[int, int], folded: str, writer: Writer) -> list[Claim]:
    """The claims of a folded draft sentence on the writer's children and dependants, kept even when the message
    says nothing of them (`CHILD_FACTS_NEED_SAYING` then leaves the sentence open); a marriage said is kept only
    where the message decides it (« vous avez été mariée dix ans » to a married writer stays with the rest of the
    check)."""
    traits = [*_child_home_traits(folded), *_hosted_traits(folded), *_birth_traits(folded)]
    traits += [t for t in _ever_traits(folded) if ever_married_verdict(t.value, writer) != UNSUPPORTED]
    return [Claim(sentence, span, folded.strip(), traits)] if traits else []


VERDICTS = {
    "child_home": child_home_verdict,
    "hosted": hosted_verdict,
    "birth": birth_verdict,
    "ever_married": ever_married_verdict,
}


def _of_children(trait: Trait) -> bool:
    return trait.kind == "child_home" or (
        trait.kind == "relative" and trait.value.split("|")[0] in {"child", "son", "daughter"}
    )


def _open_fact(trait: Trait, verdict: str, placed: bool) -> bool:
    """An open fact of the children; where the sentence's place is read here, the same place read by `relatives`
    (« votre fils|place=alternate ») is no other fact."""
    return verdict == UNSUPPORTED and _of_children(trait) and not (placed and "|place=" in trait.value)


def children_premise(verdicts: dict[Trait, str]) -> dict[Trait, str]:
    """The verdicts with the children's presence, and their place, left open where another fact the draft gives
    them is."""
    placed = any(t.kind == "child_home" and v != UNSUPPORTED for t, v in verdicts.items())
    if not CHILD_FACTS_NEED_SAYING or not any(_open_fact(t, v, placed) for t, v in verdicts.items()):
        return verdicts
    opened = {"children", "child_home"}
    return {t: UNSUPPORTED if t.kind in opened and v == CONSISTENT else v for t, v in verdicts.items()}
