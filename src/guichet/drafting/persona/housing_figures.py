"""The writer's housing said in figures and words, compared by value (fifty-fourth pass, issue 14): the number of
rooms (« un T3 », « F3 », « trois-pièces », « un 3 pièces », a studio is one), the surface (« 48 m² », « 48 m2 »,
« quarante-huit mètres carrés »), the sector (« HLM », « logement social », « bailleur social », « office HLM », a
social landlord named « … Habitat » against « parc privé », « dans le privé », « logement privé »), a flatshare
(« coloc », « colocation », « colocataire » against « je vis seul », « sans colocataire ») and the day the writer
moved in (« entrée dans mon studio le 1er septembre 2025 » / « vous avez emménagé le 01/09/2025 »).

A model restating a case rounds these off in its own words: a T3 becomes a four-room flat, 48 m² becomes 84, an HLM
a private let. Each figure is compared by value and only where the message gives one of the same kind (the caller
keeps these claims only then): a draft's surface to a message that gives none is left to the rest of the check. The
look-alikes left alone: a room count or surface under a condition (« si votre logement fait moins de 9 m² »), a home
sought or asked for (« je cherche un T2 », « ma demande de logement social »: no home of now), the count of bedrooms
(« deux chambres » is no count of rooms). Texts are folded, numbers in digits where `lexicon.spell_digits` spells
them; the small ones are read here.

Read at call time, so the lead can measure each way:"""

import re

from guichet.drafting.persona.lexicon import (
    CONSISTENT,
    CONTRADICTED,
    MONTH,
    MONTHS,
    UNSUPPORTED,
    sentences,
    word_number,
)
from guichet.drafting.persona.model import Trait, Writer

# The number of rooms of the writer's home (« T3 », « F2 », « trois-pièces », « 3 pièces », « studio » = 1).
READ_ROOMS = True
# The surface of the writer's home in square metres (« 48 m² », « 48 mètres carrés »).
READ_SURFACE = True
# Social housing or private (« HLM », « logement social », « bailleur social » / « parc privé », « dans le privé »).
READ_SECTOR = True
# A flatshare said or denied (« en coloc », « ma colocataire » / « je vis seul », « sans colocataire »).
READ_FLATSHARE = True
# The day the writer moved in (« entrée dans mon studio le 1er septembre 2025 », « depuis le 15 mars … mon appart »).
READ_MOVE_IN = True
# A housing figure the message does not give (« un deux-pièces d'environ 40 m² » to « un deux pièces » alone, « un
# logement social » to « mon bailleur ») leaves the sentence open: its other facts found said no longer make it good.
FIGURES_AS_DETAILS = True

KINDS = ("rooms", "surface", "sector", "flatshare", "move_in")

_NUMBER = r"(\d{1,2}|deux|trois|quatre|cinq|six|sept)"
_NOT_ROOM = r"(?!\s*(?:justificati|jointe|d.identite|manquant|a fournir|demande|de monnaie|detachee))"
_CONDITION = re.compile(r"\b(?:si|lorsque|lorsqu|quand|a condition|moins de|plus de|au moins)\b")
_SOUGHT = re.compile(
    r"\b(?:cherch\w*|recherch\w*|demande\w* de logement|demande de \w+|trouver|visite\w*|propos\w*|attribu\w*|"
    r"mutation|echange\w*|voudr\w*|souhait\w*)\b"
)
_ROOMS = re.compile(
    rf"\b[tf]\s?([1-9])(?:\s?bis)?\b(?!\s*(?:\d|mois|ans?|jours?|%))|\b{_NUMBER}[\s-]pieces?\b{_NOT_ROOM}|\b(studio)s?\b"
)
_SURFACE = re.compile(r"\b(\d{1,3})(?:[.,]\d)?\s*(?:m2|m²|metres? carres?)(?!\w)")
_SOCIAL = re.compile(
    r"\bhlm\b|\blogements? sociaux?\b|\bbailleurs? sociaux?\b|\bparc social\b|\boffice public\b|"
    r"\b[a-z-]+ (?:metropole )?habitat\b|\bopac\b|\blogement social\b"
)
_PRIVATE = re.compile(
    r"\bparc prive\b|\bdans le prive\b|\blogement prive\b|\bimmeuble prive\b|\bbailleur prive\b|\blocation privee\b"
    r"|\bproprietaire prive\b|\bchez un particulier\b"
)
_FLATSHARE = re.compile(r"\bcolocs?\b|\bcolocation\b|\bcolocataires?\b|\ben coloc\b")
_ALONE = re.compile(
    r"\b(?:je vis|je vit|j.habite|je suis|je loge|vous vivez|vous habitez)\s+(?:toute?\s+)?seule?\b"
    r"|\bsans (?:aucun |aucune )?colocataires?\b"
    r"|\bpas (?:de|en) coloc\w*\b"
)
_HOME = r"(?:logement|appartement|appart|studio|maison|chambre|lieux|t\d|f\d|pavillon|hlm)"
_DAY_MONTH = (
    rf"(1er|\d{{1,2}})\s+({MONTH})(?:\s+(\d{{4}}))?|\b(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\b|\ben\s+({MONTH})\s+(\d{{4}})"
)
_MOVED = re.compile(
    rf"\b(?:entree?s?|emmenage\w*|installee?s?|arrivee?s?)\b[^.;!?\n]{{0,40}}?{_HOME}?[^.;!?\n]{{0,30}}?"
    rf"(?:le\s+|depuis le\s+|au\s+)?(?:{_DAY_MONTH})"
    rf"|\bdepuis le\s+(?:{_DAY_MONTH})[^.;!?\n]{{0,50}}\b{_HOME}\b"
    rf"|\b(?:occupez|habitez|vivez)\s+(?:ce|votre|le)\s+{_HOME}\s+depuis\s+le\s+(?:{_DAY_MONTH})"
)


def _rooms(sentence: str) -> set[str]:
    if not READ_ROOMS or _SOUGHT.search(sentence):
        return set()
    found = set()
    for m in _ROOMS.finditer(sentence):
        found.add("1" if m.group(3) else str(word_number(m.group(1) or m.group(2))))
    return found - {"0"}


def _surfaces(sentence: str) -> set[str]:
    if not READ_SURFACE or _SOUGHT.search(sentence):
        return set()
    return {m.group(1) for m in _SURFACE.finditer(sentence)}


def _sector(sentence: str) -> set[str]:
    if not READ_SECTOR or _SOUGHT.search(sentence):
        return set()
    found = set()
    if _SOCIAL.search(sentence):
        found.add("social")
    if _PRIVATE.search(sentence):
        found.add("private")
    return found


def _flatshare(sentence: str) -> set[str]:
    if not READ_FLATSHARE:
        return set()
    if _ALONE.search(sentence):
        return {"no"}
    return {"yes"} if _FLATSHARE.search(sentence) and not _SOUGHT.search(sentence) else set()


def _date(groups: tuple[str | None, ...]) -> str:
    """« 1/9/2025 », « 15/3/ », « /6/2024 » from a match of `_DAY_MONTH` (day, month, year; a part left out empty)."""
    day, month, year, d2, m2, y2, m3, y3 = groups
    if d2:
        return f"{int(d2)}/{int(m2 or 0)}/{y2}"
    if m3:
        return f"/{MONTHS.index(m3) + 1}/{y3}"
    first = "1" if day == "1er" else str(int(day or 0))
    return f"{first}/{MONTHS.index(month) + 1 if month else 0}/{year or ''}"


def _moves(sentence: str) -> set[str]:
    if not READ_MOVE_IN:
        return set()
    found = set()
    for m in _MOVED.finditer(sentence):
        groups = m.groups()
        parts = next(groups[i : i + 8] for i in (0, 8, 16) if any(groups[i : i + 8]))
        found.add(_date(parts))
    return found


def read_home(folded: str) -> dict[str, set[str]]:
    """The housing figures a folded message gives: {"rooms": {"3"}, "surface": {"48"}, "sector": {"social"}, …}."""
    home: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for sentence in sentences(folded):
        home["rooms"] |= _rooms(sentence)
        home["surface"] |= _surfaces(sentence)
        home["sector"] |= _sector(sentence)
        home["flatshare"] |= _flatshare(sentence)
        home["move_in"] |= _moves(sentence)
    return home


def home_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The housing figures a folded draft sentence states (not under a condition), kept by the caller only where
    the message gives one of the same kind."""
    if _CONDITION.search(folded):
        return []
    traits = [Trait("rooms", v) for v in sorted(_rooms(folded))]
    traits += [Trait("surface", v) for v in sorted(_surfaces(folded))]
    traits += [Trait("sector", v) for v in sorted(_sector(folded))]
    traits += [Trait("flatshare", v) for v in sorted(_flatshare(folded))]
    traits += [Trait("move_in", v) for v in sorted(_moves(folded))]
    return [(0, folded.strip(), traits)] if traits else []


def _same_day(said: str, told: str) -> bool:
    """Two dates « d/m/y » agree where each part both give agrees (a part left out agrees with any)."""
    return all(
        not a or not b or a == "0" or b == "0" or a == b
        for a, b in zip(said.split("/"), told.split("/"), strict=False)
    )


def home_verdict(kind: str, value: str, writer: Writer) -> str:
    """A housing figure of the draft against those of the message: said, another said, or none said."""
    told = writer.home.get(kind, set())
    if not told:
        return UNSUPPORTED
    if kind == "move_in":
        return CONSISTENT if any(_same_day(value, t) for t in told) else CONTRADICTED
    return CONSISTENT if value in told else CONTRADICTED


def settle_home(verdicts: dict[Trait, str], clause: str, writer: Writer) -> dict[Trait, str]:
    """The verdicts with those found said made unsupported where the sentence gives a housing figure of a kind the
    message does not give (the caller dropped that figure's claim, since alone it is no verdict)."""
    if not FIGURES_AS_DETAILS:
        return verdicts
    traits = [t for _, _, found in home_claims(clause) for t in found]
    if not any(home_verdict(t.kind, t.value, writer) == UNSUPPORTED for t in traits):
        return verdicts
    return {t: UNSUPPORTED if v == CONSISTENT else v for t, v in verdicts.items()}
