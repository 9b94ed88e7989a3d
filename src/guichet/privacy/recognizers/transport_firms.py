"""Firms of the road and of the land named by their trade and a place or a name (thirty-seventh pass,
engineer-p112e): taxi, ambulance, haulage and removal firms as drivers name them ("les Taxis Occitans du Capitole",
"Taxi Creusois", "Les Bras Cassés Déménagements", "Navettes Express 95"), cooperatives named after their kind and a
place ("la coopérative agricole Terres de Saintonge", "la coopérative laitière Val d'Ancre"), a firm its owner names
after saying what it does ("ma petite entreprise de déménagement, Les Bras Cassés …"), and a troupe whose name
holds an "à" ("la compagnie Théâtre à Bretelles").

Masked as `[EMPLOYEUR_n]` (product decision of the twentieth pass: the employer of the writer or of a relative
narrows a person to a handful), as `trade_names` does: a trade's word capitalised is masked with the name ("Taxis
Occitans du Capitole"); a kind in lower case stays ("la coopérative agricole [EMPLOYEUR_1]").

**Not masked**: a public body or service (`employer`'s public words: "Transports publics", "Taxis de France" stays
with "France", "coopérative d'utilisation de matériel agricole" names no one), a kind alone ("une coopérative
agricole", "les taxis conventionnés"), a name that is one French word alone after a lower-case kind ("la coopérative
Agricole").
"""

import re
from collections.abc import Iterator

from guichet.privacy import lexicon
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import ENTITY, firm_span
from guichet.text import fold

# As `trade_names.SCORE`: above the name rules, "Taxi Vidal" is the firm, not the surname in it.
SCORE = 0.85

_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ]*(?:['’\-][\wÀ-ÿ]+)*"
_ARTICLE = r"(?:(?:Les|Le|La|L['’]|Au|Aux)[ \t]*)"
_JOINER = r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])"
_NUMBER = r"(?:[ \t]+\d{2,3}(?![\d\w]))?"  # a département's number ends many firms' names ("Navettes Express 95")
_MORE = r"(?:(?:[ \t]+" + _JOINER + r"[ \t]*|[ \t]+&[ \t]+|[ \t]+" + _ARTICLE + r"?)" + _WORD + r"){0,4}"
_NAME = r"(?P<name>" + _ARTICLE + r"?" + _WORD + _MORE + _NUMBER + r")(?![\w'’\-])"

# Trades of the road, capitalised as a sign writes them, before the firm's own words.
_HEADS = (
    r"Taxis?|Transports?|Autocars?|Cars|Déménagements|Demenagements|Navettes?|Messageries?|Logistique|"
    r"Fret|Frigo|VTC|Coopérative|Cooperative|Coop"
)
_HEADED = re.compile(
    r"(?<![\w'’\-])(?P<head>" + _HEADS + r")(?P<gap>[ \t]+" + _JOINER + r"[ \t]*|[ \t]+)" + _NAME, re.MULTILINE
)
# A trade of the road ending the name: "Les Bras Cassés Déménagements", "Express Colis Normandie" is read by the
# head; two to three capitalised words before the tail, an article allowed first.
_TAILS = (
    r"Déménagements|Demenagements|Ambulances|Taxis|Transports|Logistique|Express|Livraisons|Colis|Fret|Autocars|"
    r"Voyages|Messagerie|VTC"
)
_TAILED = re.compile(
    r"(?<![\w'’\-])(?P<name>" + _ARTICLE + r"?" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,2}[ \t]+(?:" + _TAILS + r"))"
    r"(?![\w'’\-])",
    re.MULTILINE,
)
# A cooperative in lower case, its kind said, then its name: "la coopérative agricole Terres de Saintonge", "la
# coopérative viticole Les Vignerons du Pic", "la coopérative de taxis Alpha Taxis".
_COOP = re.compile(
    r"(?<![\w'’\-])(?:coopératives?|cooperatives?|coop|scop)"
    r"(?:[ \t]+(?:agricoles?|laitières?|laitieres?|viticoles?|fruitières?|fruitieres?|forestières?|maritimes?|"
    r"céréalières?|cerealieres?|ouvrières?|artisanales?|de[ \t]+taxis|d['’]ambulanciers|de[ \t]+transports?|"
    r"des[ \t]+ambulanciers|des[ \t]+taxis|des[ \t]+transporteurs|de[ \t]+transporteurs|"
    r"de[ \t]+(?:producteurs|éleveurs|eleveurs|vignerons)))?"
    r"[ \t]+" + _NAME,
    re.MULTILINE,
)
# The owner names the firm after saying what it does: "ma petite entreprise de déménagement, Les Bras Cassés …",
# "notre société de taxis : Taxi Azur", "mon entreprise de transport s'appelle Guillou Frères".
_OWN = re.compile(
    r"(?<![\w'’\-])(?i:ma|mon|notre|sa|son|leur)[ \t]+(?:(?i:petite|petit|propre|nouvelle|nouvel|jeune)[ \t]+)?"
    r"(?i:entreprise|société|societe|boîte|boite|affaire|compagnie|structure|agence|coopérative|cooperative)"
    r"[ \t]+(?i:de|d['’])[ \t]*[a-zà-ÿ][\wà-ÿ'’\-]*(?:[ \t]+(?:de|du|des|d['’])?[ \t]*[a-zà-ÿ][\wà-ÿ'’\-]*)?"
    r"[ \t]*(?:,|:|\(|[ \t](?i:c['’]est|s['’]appelle|se[ \t]+nomme|nommée?|appelée?))[ \t]*" + _NAME,
    re.MULTILINE,
)
# A troupe or a company of artists whose name holds "à" between two words of the language: "la compagnie Théâtre à
# Bretelles", "la cie Plume à Plume".
_TROUPE = re.compile(
    r"(?<![\w'’\-])(?:compagnie|cie|troupe|collectif)[ \t]+(?P<name>" + _WORD + r"[ \t]+à[ \t]+" + _WORD + r")"
    r"(?![\w'’\-])",
    re.MULTILINE,
)
# Words a sentence goes on with, that a capitalised trade's word may stand before at a sentence's start.
_NOT_NAMES = frozenset(fold(w) for w in "Sanitaires Scolaires Publics Urbains Collectifs En Et Ou".split())


class TransportFirmRecognizer(RegexRecognizer):
    """A firm of the road or a cooperative by its trade and its name (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for match in _HEADED.finditer(text):
            head, name = match.group("head"), match.group("name")
            first = re.match(r"[^ \t]+", name).group()
            if fold(first) in _NOT_NAMES or name.isupper() or _public(name):
                continue  # a sentence in capitals ("TAXI A TOULOUSE"), a public service ("Transports Région")
            if " " not in name.strip() and not match.group("gap").strip() and lexicon.is_french(name):
                # "Transports Publics", "Taxi Parisien" stays a kind of service unless more words follow
                if not head.startswith(("Taxi", "TAXI")):
                    continue
            yield from _firm(text, match.start(), match.end("name"))
        for match in _TAILED.finditer(text):
            name = match.group("name")
            if name.isupper() or _public(name):
                continue  # "AUTO ENTREPRENEUR CHAUFFEUR VTC", "Service Carte VTC" (a sender's name, a service's)
            yield from _firm(text, match.start("name"), match.end("name"))
        for regex in (_COOP, _OWN):
            for match in regex.finditer(text):
                name = match.group("name")
                if " " not in name.strip() and lexicon.is_french(name):
                    continue
                yield from _firm(text, match.start("name"), match.end("name"))
        for match in _TROUPE.finditer(text):
            # two words of the language ("Théâtre à Bretelles", "Plume à Plume"); a firm's own name before a town
            # ("la compagnie Transavia à Nantes") is left to the other rules, the town with it
            if all(lexicon.is_french(word) for word in match.group("name").split()[::2]):
                yield match.start("name"), match.end("name"), SCORE


# Words of a public service or of an office's department, which `employer`'s public words do not list: the name is
# no firm's ("Service Carte VTC", "Bureau des Taxis", "Pôle Transports").
_PUBLIC = frozenset(
    fold(word)
    for word in "Service Services Bureau Pôle Pole Direction Mission Centre Carte Cartes Ville Région Region Public "
    "Publics Scolaire Scolaires Départemental Départementaux Régional Régionaux Municipal Municipaux".split()
)


def _public(name: str) -> bool:
    return any(fold(word) in _PUBLIC for word in re.findall(r"[^\W\d_]+", name))


def _firm(text: str, start: int, end: int) -> Iterator[tuple[int, int, float]]:
    found = firm_span(text[start:end])
    if found is None:
        return
    stop = start + found[1]
    if re.fullmatch(r"[ \t]+\d{2,3}", text[stop:end]):
        stop = end  # the département's number that ends the name ("Navettes Express 95") is the name's
    yield start + found[0], stop, SCORE
