"""Particulars of the writer's case that the traits of `lexicon` do not hold: the town they live in ("vous habitez
toujours Lyon" to "nous avons quitté Lyon pour Grenoble"), a car ("vous disposez d'un véhicule" to "je n'ai pas de
voiture"), work in France ("comme vous avez déjà travaillé en France" to "je n'ai jamais travaillé en France"), a
rate of incapacity ("au moins 80 %" to "entre 50 et 79 %") and the writer's role toward the person concerned ("vous
êtes la mère de …" to "je suis la grand-mère de …")."""

import re

from guichet.drafting.persona import disability_rates, finished, places, resources
from guichet.drafting.persona.disability_rates import draft_rate, message_rates, rate_verdict
from guichet.drafting.persona.lexicon import (
    CONSISTENT,
    CONTRADICTED,
    EU_COUNTRIES,
    EUROPE_OTHER,
    MONTH,
    UNSUPPORTED,
    WORLD,
)
from guichet.drafting.persona.model import Particulars, Trait

_NOT_TOWNS = set(
    "seul seule seuls seules en france chez avec depuis dans un une le la les toujours encore ici pres loin "
    "maintenant actuellement la-bas une un au aux du de des ce cet cette mon ma mes notre nos son sa ses leur "
    "leurs metropole "
    "banlieue campagne ville centre quartier region departement zone rue avenue immeuble appartement maison logement "
    "foyer residence hlm studio etranger l'etranger outre-mer depuis desormais pas plus tout juste aussi bien "
    "toute tous proximite cote temps l'hotel l'adresse l'annee l'heure moment present deux trois quatre plusieurs "
    "proche plein partiel mi-temps domicile".split()
) | set(EU_COUNTRIES + EUROPE_OTHER + WORLD)
_LIVES = (
    r"(?:j.habite|habite|habitons|habitez|je vis|vivons|vivez|je reside|residons|residez|domiciliee?s?|installee?s?)"
)
_TOWN = r"(?:toujours |encore |actuellement |desormais |maintenant )?(?:a |au |sur )?([a-z][a-z'-]{2,})"

ROLES = {
    "parent": r"mere|pere|maman|papa|parent",
    "grandparent": r"grand-mere|grand-pere|grand mere|grand pere|mamie|papi|papy|grands-parents",
    "guardian": r"tut(?:eur|rice)|curat(?:eur|rice)|mandataire",
    "kin": r"tante|oncle|belle-mere|beau-pere|soeur|frere|cousine?",
}
_ROLE = "|".join(ROLES.values())
_FAMILY = {"parent", "grandparent", "kin"}  # one of these excludes the others; a guardian may be any of them
# Whom the writer writes for ("j'écris pour mon voisin", "je vous écris au nom de ma mère"): the person, folded, its
# feminine ending dropped ("voisine" → "voisin").
_FOR = r"(?:pour (?:le compte (?:de|d.)\s*)?|au nom (?:de|d.)\s*|de la part (?:de|d.)\s*)"
_PERSON = (
    r"(petit-fils|petite-fille|belle-mere|beau-pere|belle-soeur|beau-frere|grand-mere|grand-pere|mere|pere|fils|"
    r"fille|frere|soeur|mari|epouse?|femme|conjointe?|compagnon|compagne|voisine?|amie?|neveu|niece|tante|oncle|"
    r"cousine?|enfant|maman|papa|mamie|papi|parents)\b"
)
_WRITES_FOR = re.compile(
    rf"\b(?:j.ecris|je vous ecris|je vous contacte|j.envoie ce message)\s+{_FOR}(?:mon|ma|mes|notre|nos)\s+{_PERSON}"
)
_DRAFT_WRITES_FOR = re.compile(rf"\becrivez\s+{_FOR}(?:votre|vos)\s+{_PERSON}")
_SAME_PERSON = {"maman": "mere", "papa": "pere", "mamie": "grand-mere", "papi": "grand-pere", "epous": "epoux"}


def _person(word: str) -> str:
    word = _SAME_PERSON.get(word, word)
    return word[:-1] if word.endswith("e") and word[:-1] in {"voisin", "ami", "cousin", "conjoint", "epous"} else word


def _role(word: str) -> str:
    return next((name for name, pattern in ROLES.items() if re.fullmatch(pattern, word)), "")


# A move told with its date between the verb and the towns ("déménagé le [DATE_1] de Rennes à Brest", "partis en
# mars de Lille pour Nantes").
_MOVED = re.compile(
    rf"\b(?:demenage|demenagee?s|partie?s?|venue?s?|arrivee?s?)\s+(?:le \[date_\d+\]\s+|en {MONTH}\s+|\[date_\d+\]\s+|"
    r"il y a [a-z0-9]+ [a-z]+\s+)(?:de|d.)\s*([a-z][a-z'-]{2,})(?:\s+(?:pour|a|vers|jusqu.a)\s+([a-z][a-z'-]{2,}))?"
)


# A rent and its amount ("notre loyer est de 650 euros", "je paie 480 € de loyer", "un loyer de 700 €"); an amount
# to the euro or rounded, read the same.
_AMOUNT = r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d{2,5})(?:,\d{1,2})?\s*(?:€|euros?)"
_RENT = re.compile(
    r"\bloyer\s+(?:mensuel\s+|actuel\s+|hors charges\s+|charges comprises\s+)?"
    rf"(?:est\s+|s.eleve\s+|atteint\s+|passe\s+)?(?:de\s+|a\s+|d.environ\s+)?{_AMOUNT}"
    rf"|{_AMOUNT}\s+(?:par mois\s+)?(?:de|d.)\s*loyer\b"
)


def _euros(text: str) -> float:
    return float(re.sub(r"\D", "", text))


def read_particulars(folded: str) -> Particulars:
    """The particulars a folded message says of its writer."""
    found = Particulars()
    folded = finished.without_today(folded)  # « j'habite aujourd'hui à Brest »: no town « aujourd'hui » (`finished`)
    for m in re.finditer(rf"\b{_LIVES}\s+{_TOWN}", folded):
        if not places.others_town(folded, m.start()):  # not "mon frère habite à Cayenne" (`places`)
            found.towns.add(m.group(1))
    for m in re.finditer(r"\b(?:je suis|jsuis|suis|sommes) restee?s? (?:a|sur) ([a-z][a-z'-]{2,})", folded):
        found.towns.add(m.group(1))  # "elle a déménagé à Lyon et moi je suis resté à Grenoble"
    for m in re.finditer(
        r"\b(?:quitte|demenage de|parti de|partie de|partis de|venons de|venu de|venue de)\s+([a-z][a-z'-]{2,})"
        r"(?:\s+(?:pour|a|vers)\s+([a-z][a-z'-]{2,}))?",
        folded,
    ):
        found.towns_left.add(m.group(1))
        if m.group(2):
            found.towns.add(m.group(2))
    for m in _MOVED.finditer(folded):  # "nous avons déménagé le [DATE_1] de Rennes à Brest"
        found.towns_left.add(m.group(1))
        if m.group(2):
            found.towns.add(m.group(2))
    found.towns -= found.towns_left - {m.group(1) for m in re.finditer(rf"\b{_LIVES}\s+{_TOWN}", folded)}
    found.towns = {t for t in found.towns - _NOT_TOWNS if not t.endswith("ment")}  # "habituellement"
    found.towns_left = {t for t in found.towns_left - _NOT_TOWNS if not t.endswith("ment")}
    if re.search(r"\b(?:pas|plus|aucune?) (?:de |d.)?(?:voiture|vehicule)\b|\bsans (?:voiture|vehicule)\b", folded):
        found.car = "no"
    elif re.search(r"\b(?:ma|mon|notre) (?:voiture|vehicule|auto)\b|\bj.ai une voiture\b", folded):
        found.car = "yes"
    if re.search(r"\b(?:jamais|pas encore|encore jamais|pas) travaille en france\b", folded):
        found.worked_in_france = "no"
    elif re.search(r"\bj.ai travaille\b|\bje travaille\b|\bj.ai (?:cotise|bosse)\b", folded):
        found.worked_in_france = "yes"
    # the writer's rates, "reconnu à 30 %", "inférieur à 50 %" (`disability_rates`), or every "taux de N %" as before
    found.incapacity = message_rates(folded) if disability_rates.WIDER_RATES else _rates_said(folded)
    found.writing_for = {_person(m.group(1)) for m in _WRITES_FOR.finditer(folded)}
    found.rents = {
        _euros(m.group(1) or m.group(2)) for m in _RENT.finditer(folded) if not resources.rent_share(folded, m)
    }  # « ma part de loyer de 300 € » is no rent of the home (`resources`)
    for m in re.finditer(rf"\bje suis (?:la|le|sa|son|leur|votre)\s+({_ROLE})\b", folded):
        if role := _role(m.group(1)):
            found.roles.add(role)
    return found


def _rates_said(folded: str) -> list[tuple[int, int]]:
    """Every rate of a folded message after "taux", whoever's, as (low, high), as read before `disability_rates`."""
    rates: list[tuple[int, int]] = []
    for m in re.finditer(
        r"\btaux (?:d.incapacite |d.invalidite )?(?:de |d.au moins |entre )?(\d{1,3})(?:\s*%)?"
        r"(?:\s+(?:et|a)\s+(\d{1,3}))?\s*%",
        folded,
    ):
        low = int(m.group(1))
        rates.append((low, int(m.group(2)) if m.group(2) else low))
    return rates


# --- the draft's side ---------------------------------------------------------------------------------------------


def particular_traits(clause: str, negated: bool) -> list[Trait]:
    """The particulars a folded clause about the writer states."""
    traits: list[Trait] = []
    clause = finished.without_today(clause)  # « vous habitez aujourd'hui à Brest » (`finished`)
    town = re.search(rf"\b(?:habitez|residez|vivez|domiciliee?s?|install(?:ee?s?|er|ez))\s+{_TOWN}\b", clause)
    if town and town.group(1) not in _NOT_TOWNS and not town.group(1).endswith("ment"):
        traits.append(Trait("town", town.group(1), negated))
    left = re.search(r"\b(?:quitte|demenage de|parti de|partie de)\s+([a-z][a-z'-]{2,})", clause)
    if left and left.group(1) not in _NOT_TOWNS:
        traits.append(Trait("town_left", left.group(1), negated))  # "vous avez quitté Brest"
    if re.search(r"\b(?:disposez|possedez|avez)\s+(?:d.|de |un |une )?(?:\w+\s+)?(?:vehicule|voiture)\b", clause):
        traits.append(Trait("car", "yes", negated))
    if re.search(r"\bavez (?:deja |toujours |bien )?travaille en france\b", clause):
        traits.append(Trait("worked_in_france", "yes", negated))
    rate = re.search(
        r"\btaux d.incapacite (?:est )?(d.au moins |d.au minimum |superieur ou egal a |de |d.environ |egal a )?"
        r"(\d{1,3})\s*%",
        clause,
    )
    wider = draft_rate(clause)  # "fixé à 80 %", "taux d'invalidité inférieur à 50 %" (`disability_rates`)
    if wider:
        traits.append(Trait("incapacity", wider))
    elif rate:
        traits.append(
            Trait("incapacity", (">=" if rate.group(1) and "moins" in rate.group(1) else "=") + rate.group(2))
        )
    rent = _RENT.search(clause)
    if rent and not resources.rent_share(clause, rent):  # « votre part du loyer » (`resources`)
        traits.append(Trait("rent", f"{_euros(rent.group(1) or rent.group(2)):g}", negated))
    writes_for = _DRAFT_WRITES_FOR.search(clause)
    if writes_for:
        traits.append(Trait("writing_for", _person(writes_for.group(1)), negated))
    role = re.search(rf"\b(?:etes (?:la|le)|qualite de|en tant que)\s+({_ROLE})\b", clause)
    if role and _role(role.group(1)):
        traits.append(Trait("role", _role(role.group(1)), negated))
    return traits


def _yes_no(value: str, said: str) -> str:
    return UNSUPPORTED if not said else CONSISTENT if said == value else CONTRADICTED


def particular_verdict(kind: str, value: str, found: Particulars) -> str:
    """A particular stated by a draft against what the message says (negation not applied)."""
    if kind == "town":
        if value in found.towns:
            return CONSISTENT
        return CONTRADICTED if value in found.towns_left or found.towns else UNSUPPORTED
    if kind == "town_left":
        if value in found.towns_left:
            return CONSISTENT
        return CONTRADICTED if value in found.towns else UNSUPPORTED
    if kind == "rent" and found.rents:  # within 5 %: "environ 650 €" to "652 €"
        return CONSISTENT if any(abs(r - float(value)) <= 0.05 * r for r in found.rents) else CONTRADICTED
    if kind == "car":
        return _yes_no(value, found.car)
    if kind == "worked_in_france":
        return _yes_no(value, found.worked_in_france)
    if kind == "incapacity" and disability_rates.WIDER_RATES:
        return rate_verdict(value, found.incapacity)
    if kind == "incapacity" and found.incapacity:
        bound = int(value.lstrip(">="))
        if value.startswith(">="):
            ok = any(low >= bound for low, _ in found.incapacity)
            return (
                CONSISTENT
                if ok
                else CONTRADICTED
                if all(high < bound for _, high in found.incapacity)
                else UNSUPPORTED
            )
        return CONSISTENT if any(low <= bound <= high for low, high in found.incapacity) else CONTRADICTED
    if kind == "writing_for" and found.writing_for:
        return CONSISTENT if value in found.writing_for else CONTRADICTED
    if kind == "role" and found.roles:
        if value in found.roles:
            return CONSISTENT
        return CONTRADICTED if value in _FAMILY and found.roles & _FAMILY else UNSUPPORTED
    return UNSUPPORTED


KINDS = ("town", "town_left", "rent", "car", "worked_in_france", "incapacity", "role", "writing_for")
