"""Public buildings and streets named after a person, where the other rules read the person (forty-ninth pass,
engineer-p163e, issue 13): "l'Université de Picardie Jules Verne", "le lycée maritime Jacques Cartier", "EN CE1 A
L ECOLE JULES FERRY", "au college jean moulin", "chez l'opticien de la rue Pasteur".

`named_places` and `research_names` leave a famous person's name visible right after the kind of building ("le
lycée Marie-Curie", "l'Université Toulouse Jean-Jaurès"). Four shapes of a building's name escape them, and a street
that names a shop or a building is read as a home; each reading is behind its switch (read at call time from
`analyzer._brands_out`):

- `TOWN_THEN_NAME`: an official name puts the town or the region first, after "de" ("Université de Picardie Jules
  Verne"). The place is one or two capitalised words that are no first name, the name a first name the gazetteer
  knows then one to three capitalised words ("l'école de Lucas Martin" is a pupil's school: not read).
- `KIND_ADJECTIVES`: a kind's adjective `named_places` does not list ("lycée maritime", "lycée hôtelier", "collège
  privé catholique"), then a first name and a capitalised word.
- `KIND_IN_SPAN`: a span that holds the kind word itself, as a message in capitals gives it ("L ECOLE JULES FERRY"):
  the kind of a school, a sports or a cultural building (not a hospital or a clinic, planted as an employer or a care
  place), then a first name the gazetteer knows and one to three words.
- `LOWER_NAMES`: the kind in lower case, then a first name and a surname in lower case ("au college jean moulin"),
  the surname no first name ("l'école lucas martin" is not read).
- `PLACE_STREETS`: a street without a number right after a shop's, a practice's or a public building's noun ("chez
  l'opticien de la rue Pasteur", "le cabinet de la rue Pasteur", "la pharmacie rue Victor Hugo"): the street names
  that place, not a home (as `analyzer._OFFICE_BEFORE` does for offices). Not after a home's word ("mon appartement
  rue Pasteur", "les voisins de la rue …", a shelter's "foyer"), nor after a building site's or a garage's ("le
  chantier de la rue Voltaire" may be a client's home), nor after a bar or a café (a noise complaint's neighbour:
  "le bar de l'impasse du Lavoir", as the eleventh pass's tests keep it masked), nor an impasse (a few homes).
"""

import functools
import re

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.literal_gate import LiteralGate

# Switches, read at call time (`analyzer._brands_out`); figures in docs/benchmarks.md, forty-ninth pass, p163e. The
# three off each cut one over-mask on train and none on validation (on only with a validation gain).
TOWN_THEN_NAME = False
KIND_ADJECTIVES = False
KIND_IN_SPAN = False
LOWER_NAMES = True
PLACE_STREETS = True

_WORD = r"[A-ZÀ-Ý][\wà-ÿ'’]*(?:-[A-ZÀ-Ýa-zà-ÿ][\wà-ÿ'’]*)*"
_NAME = r"(?P<first>" + _WORD + r")(?:[ \t]+(?:(?:de|du|d['’]|le|la)[ \t]*)?" + _WORD + r"){1,3}"
_KINDS = (
    r"université|universite|faculté|faculte|lycée|lycee|collège|college|école|ecole|groupe[ \t]+scolaire|"
    r"médiathèque|mediatheque|bibliothèque|bibliotheque|stade|gymnase|piscine|conservatoire|complexe[ \t]+sportif|"
    r"salle|crèche|creche|maison[ \t]+de[ \t]+quartier|centre[ \t]+social"
)
_TOWN_BODY = re.compile(
    r"(?<![\w\-])(?i:" + _KINDS + r"|hôpital|hopital|centre[ \t]+hospitalier)"
    r"(?:[ \t]+(?i:élémentaire|elementaire|maternelle|primaire|publique?|municipale?|professionnel(?:le)?|"
    r"polyvalent|général|general|technique|agricole|universitaire|intercommunal|régional|regional))*"
    r"[ \t]+(?i:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|de[ \t]+|d['’][ \t]*|du[ \t]+)"
    r"(?P<place>" + _WORD + r"(?:[ \t]+" + _WORD + r")?)"
    r"[ \t]+(?:[-–—][ \t]+)?(?P<name>" + _NAME + r")(?![\w'’\-])"
)
_ADJECTIVE_BODY = re.compile(
    r"(?<![\w\-])(?i:" + _KINDS + r")"
    r"(?:[ \t]+(?i:maritime|hôtelier|hotelier|horticole|forestier|viticole|militaire|naval|international|"
    r"européen|europeen|départemental|departemental|communal|mixte|privée?|privee?|catholique|protestant|laïque|"
    r"laique|bilingue|numérique|numerique|olympique|nautique|omnisports|des[ \t]+sports|des[ \t]+métiers|"
    r"des[ \t]+metiers|d['’]enseignement[ \t]+(?:général|general|professionnel|agricole)|"
    r"régional|regional|professionnel(?:le)?|polyvalent|technique|général|general|agricole|"
    r"élémentaire|elementaire|maternelle|primaire|publique?|municipale?))+"
    r"[ \t]+(?P<name>" + _NAME + r")(?![\w'’\-])"
)
_KIND_START = re.compile(r"(?i:(?:l[ae]?[ \t]+|l['’][ \t]*)?(?:" + _KINDS + r"))[ \t]+(?P<rest>.+)", re.DOTALL)
_LOWER_BODY = re.compile(
    r"(?<![\w\-])(?i:" + _KINDS + r")[ \t]+(?P<name>(?P<first>[a-zà-ÿ]{3,})[ \t\-]+(?P<last>[a-zà-ÿ]{3,}))"
    r"(?![\w'’\-])"
)
_STREET = (
    r"(?P<street>(?i:rue|avenue|boulevard|bd|place|allée|allee|quai|cours|square|passage)"
    r"(?![\w'’])[^\d\n,.;:!?()]*)"
)
_PLACE_THEN_STREET = re.compile(
    r"(?<![\w\-])(?i:opticien|opticienne|pharmacie|cabinet|boulangerie|boucherie|épicerie|epicerie|magasin|"
    r"supermarché|supermarche|restaurant|salon|laverie|banque|clinique|"
    r"laboratoire|dentiste|kiné|kine|accueil[ \t]+de[ \t]+jour|église|eglise|mosquée|mosquee|temple|"
    r"synagogue|marché|marche|parking|école|ecole|collège|college|lycée|lycee|crèche|creche|médiathèque|"
    r"mediatheque|bibliothèque|bibliotheque|piscine|gymnase|stade|centre[ \t]+social|maison[ \t]+de[ \t]+quartier|"
    r"trottoir|carrefour|feu|arrêt|arret)"
    r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de)|,|[ \t]+(?:situé|situee|située)[ \t]+)?[ \t]*" + _STREET
)


def _first_name(word: str) -> bool:
    kind = lookup(word)
    return kind is not None and kind.first


def _a_name(words: str) -> bool:
    first = re.split(r"[ \t]+", words)[0]
    return all(_first_name(part) for part in first.split("-") if part)


def eponym_stretches(text: str) -> tuple[tuple[int, int], ...]:
    """Where the places and the person's names of such buildings are in `text` ("Picardie Jules Verne" in
    "l'Université de Picardie Jules Verne", "Jacques Cartier" in "le lycée maritime Jacques Cartier")."""
    if not (TOWN_THEN_NAME or KIND_ADJECTIVES or LOWER_NAMES) or not _GATE.may_match(text):
        return ()
    return _stretches(text, TOWN_THEN_NAME, KIND_ADJECTIVES, LOWER_NAMES)


@functools.lru_cache(maxsize=8)
def _stretches(text: str, towns: bool, adjectives: bool, lower: bool) -> tuple[tuple[int, int], ...]:
    found = []
    if towns:
        for match in _TOWN_BODY.finditer(text):
            if any(_first_name(word) for word in re.split(r"[ \t]+", match.group("place"))):
                continue  # "l'école de Lucas Martin": a pupil's school
            if _a_name(match.group("name")):
                found.append((match.start("place"), match.end("name")))
    if adjectives:
        found += [m.span("name") for m in _ADJECTIVE_BODY.finditer(text) if _a_name(m.group("name"))]
    if lower:
        for match in _LOWER_BODY.finditer(text):
            first, last = lookup(match.group("first")), lookup(match.group("last"))
            if first is None or last is None or first.common or last.common or is_common(match.group("first")):
                continue  # "… mais bon": a word, not a name
            if first.first and last.surname and not last.first:
                found.append(match.span("name"))
    return tuple(found)


def in_eponym(start: int, end: int, stretches: tuple[tuple[int, int], ...]) -> bool:
    """True when the name at `start`-`end` lies inside such a building's name."""
    return any(a <= start and end <= b for a, b in stretches)


def kind_and_name(value: str) -> bool:
    """(`KIND_IN_SPAN`) A found name that is a school's, a sports or a cultural building's kind then a person's name
    ("L ECOLE JULES FERRY", "Collège Jean Moulin")."""
    if not KIND_IN_SPAN:
        return False
    match = _KIND_START.fullmatch(value)
    if match is None:
        return False
    rest = match.group("rest")
    return re.fullmatch(_NAME, rest) is not None and _a_name(rest)


def a_place_street(text: str, start: int, end: int) -> bool:
    """(`PLACE_STREETS`) The street without a number at `start`-`end` comes right after a shop's, a practice's or a
    public building's noun: it names that place."""
    if not PLACE_STREETS or "\n" in text[start:end] or re.search(r"\d", text[start:end]):
        return False
    for match in _PLACE_THEN_STREET.finditer(text, max(0, start - 40), end):
        street_start, street_end = match.span("street")
        if street_start == start and street_end >= end:
            return True
    return False


def a_place_name(text: str, kind: str, start: int, end: int, *, person: str) -> bool:
    """The span of type `kind` at `start`-`end` is a building's or a street's name, not a person or a home (the hook
    in `analyzer._brands_out`; `person` is the person's type)."""
    if kind == person:
        return in_eponym(start, end, eponym_stretches(text)) or kind_and_name(text[start:end])
    return kind == "ADRESSE" and a_place_street(text, start, end)


# A cheap test before the patterns: one of their kinds' words is in the text.
_GATE = LiteralGate(re.compile(r"(?i:" + _KINDS + r"|hôpital|hopital|centre[ \t]+hospitalier)"))
