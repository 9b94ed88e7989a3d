"""Clubs, associations and sports grounds named after someone, and a club's officers signing with its name
(thirty-fifth pass, batch p105e): "le Judo Club Teddy-Riner", "l'AS Paul-Eluard", "l'Amicale Laïque Jules-Ferry",
"le club de plongée Jacques-Mayol", "le terrain Albert-Domec", "le centre nautique Éric-Tabarly", "l'association
Les Gazelles de Bagnolet", "Présidente des Gazelles".

Like a school or a pool named after a famous person (`named_places`), such a name is the club's or the ground's,
public (a club is registered, its ground is the town's), and says nothing of the writer; the name rules read it as a
person's ("Teddy-Riner", "Gazelles"), which masks the club the reply must name. A name right after one of these kind
words is left visible; a name after a title ("le club de M. Roux") or a comma ("au club, Julien Roux m'a dit") is
not right after one. A bare "terrain" (a plot of land may be someone's) or "centre" counts only before a name joined
by a hyphen, the way grounds and centres are named ("terrain Albert-Domec"); a sport word alone ("Handisport",
"Escrime") likewise.
"""

import functools
import re

from guichet.privacy.gazetteer import lookup
from guichet.privacy.literal_gate import LiteralGate

_SPORTS = (
    r"(?:foot|football|futsal|rugby|basket|basket-ball|handball|hand|volley|volley-ball|tennis|tennis[ \t]+de[ \t]+"
    r"table|ping-pong|badminton|judo|karaté|karate|boxe|lutte|escrime|taekwondo|aïkido|aikido|natation|plongée|"
    r"plongee|voile|kayak|canoë|canoe|aviron|surf|gym|gymnastique|danse|athlétisme|athletisme|cyclisme|vélo|velo|"
    r"pétanque|petanque|boules|échecs|echecs|équitation|equitation|randonnée|randonnee|marche|course|triathlon|"
    r"escalade|ski|golf|hockey|roller|patinage|tir|tir[ \t]+à[ \t]+l['’]arc|musculation|yoga|bridge|billard)"
)
# The name: capitalised words, joined by a particle, a hyphen or an article ("Jean-Prat", "Pierre de Coubertin",
# "Les Gazelles de Bagnolet").
_NAME = (
    r"(?P<name>(?:(?:Les|Le|La|L['’])[ \t]*)?[A-ZÀ-Ý][\w'’\-]*"
    r"(?:[ \t]+(?:(?:de|du|des|d['’]|la|le)[ \t]*)?[A-ZÀ-Ý][\w'’\-]*){0,3})"
)
_HYPHENED = r"(?P<name>[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)+)"
_CLUB = re.compile(
    # a club, a circle, a friendly society, by its kind and sport: "Tennis Club", "club de plongée", "Cercle
    # d'échecs", "Amicale Laïque", "Association sportive", "Entente Sportive"
    r"(?<![\w\-])(?:(?i:(?:club|cercle|amicale)(?:[ \t]+(?:de|d['’]|du)[ \t]*" + _SPORTS + r")?"
    r"(?:[ \t]+(?:laïque|laique|sportive?|nautique|omnisports|rythmique|volontaire|de[ \t]+seniors))?|"
    r"association[ \t]+sportive|union[ \t]+sportive|entente[ \t]+sportive|racing[ \t]+club|vélo[ \t]+club|"
    r"velo[ \t]+club|dojo|vélodrome|velodrome|boulodrome|patinoire|city[ \t\-]stade|"
    r"palais[ \t]+des[ \t]+sports|maison[ \t]+des[ \t]+(?:associations|sports)|"
    r"centre[ \t]+(?:nautique|équestre|equestre|aquatique|sportif)|base[ \t]+(?:nautique|de[ \t]+loisirs)|"
    r"terrain[ \t]+(?:synthétique|synthetique|municipal|de[ \t]+(?:foot|football|rugby|sport|sports|pétanque))|"
    r"gym(?:nastique)?[ \t]+volontaire)"
    # a club by its initials: "l'AS Paul-Eluard", "l'ES Michel-Platini", "le FC Jean-Bouin Angers"
    r"|(?:AS|US|ES|FC|SC|RC|CS|AC|UA|JA|ASPTT|OC|SO))[ \t]+"
    + _NAME
    # a ground, a centre or a sport by itself, before a name joined by a hyphen: "terrain Albert-Domec"
    + r"|(?<![\w\-])(?i:terrain|centre|ring|handisport|"
    + _SPORTS
    + r")[ \t]+"
    + _HYPHENED.replace("name", "hname")
)
# An association by its own name, without a first name in it: "l'association Les Gazelles de Bagnolet", "Moto Verte
# Berry" (an association may bear a private person's name: "Les Amis de Marius Vallet" stays masked).
_ASSOCIATION = re.compile(r"(?<![\w\-])(?i:association)[ \t]+" + _NAME)


# A club's officer signing with its name: "Présidente des Gazelles", "président de l'ES Michel-Platini".
_OFFICER = re.compile(
    r"(?im)^[ \t]*(?:vice-)?(?:président|présidente|president|presidente|trésorier|trésorière|tresorier|"
    r"tresoriere|secrétaire|secretaire|coach|entraîneur|entraineur|entraîneuse|entraineuse|capitaine)[ \t]+"
    r"(?:de[ \t]+la|de[ \t]+l['’]|des|du|de)[ \t]*(?-i:" + _NAME.replace("name", "oname") + r")[ \t]*$"
)

# A club named after a town and a parish, which spaCy reads as a person: "supporters du Paris Saint-Germain".
_TOWN_CLUBS = re.compile(r"(?<![\w\-])Paris[ \t]+Saint-Germain(?![\w\-])")


@functools.lru_cache(maxsize=8)
def club_stretches(text: str) -> tuple[tuple[int, int], ...]:
    """Where the names of clubs, associations and grounds are in `text`, each with its kind word ("Amicale Laïque
    Jules-Ferry", "Présidente des Gazelles"), and the football club named after a town and its parish."""
    found = []
    if _CLUB_GATE.may_match(text):
        for match in _CLUB.finditer(text):
            found.append(match.span())
    if "ssociation" in text:
        found += [m.span() for m in _ASSOCIATION.finditer(text) if not _first_name_in(m.group("name"))]
    if "Saint" in text:
        found += [match.span() for match in _TOWN_CLUBS.finditer(text)]
    if _OFFICER_GATE.may_match(text):
        found += [match.span() for match in _OFFICER.finditer(text)]
    return tuple(found)


def _first_name_in(name: str) -> bool:
    return any(
        (kind := lookup(word)) is not None and kind.first and not kind.common
        for word in re.findall(r"[^\W\d_]+", name)
    )


def in_club_name(start: int, end: int, stretches: tuple[tuple[int, int], ...]) -> bool:
    """True when the name at `start`-`end` lies inside a club's, an association's or a ground's name."""
    return any(a <= start and end <= b for a, b in stretches)


_CLUB_GATE = LiteralGate(_CLUB)
_OFFICER_GATE = LiteralGate(_OFFICER)
