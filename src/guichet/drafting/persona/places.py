"""The places of the writer's life, and whose they are: where the writer lives, works, was born, lived before or
moved from, read against the place a draft gives them ("j'ai quitté Argenteuil pour m'installer dans la Drôme" /
"vous résidez en Île-de-France"; "ma mère vit à Ajaccio, moi j'habite à Nice" / "vous habitez en Corse"; "je vis à
Angers, mon fils habite à Montréal" / "vous vivez au Canada").

The readers of a town (`particulars`) and of a country (`writer._places`) keep a name without its role or owner:
the mother's town was the writer's, a region or a département was never compared with a town. This reads, in each
clause of the message whose subject is the writer ("je", "j'", "nous", "moi"), a verb of a place's role (living,
working, birth, a past home or a move) and the chain of places after it ("en Guadeloupe, à Baie-Mahault", "dans
l'Hérault, à Béziers", "à Valence, dans la Drôme"): one chain is one place told at several levels. A town is put in
its département, region and country only by the message's own chain or by `AREAS` below (a small table of the
départements, the regions and a few towns; no other geography is guessed).

A draft's "vous habitez / vivez / résidez / travaillez / êtes né(e) / êtes originaire de / avez vécu … PLACE" is:
consistent where a chain of the same role holds the place; contradicted where the message tells a chain of that
role and each one, lifted to the draft's level (a town, a département, a region, a country), names another place
there; otherwise no verdict (left to the other readers). Texts are folded. Switch: `PLACE_ROLES`.
"""

import re

from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, EU_COUNTRIES, EUROPE_OTHER, UNSUPPORTED, WORLD
from guichet.drafting.persona.model import Trait
from guichet.drafting.persona.subjects import other_subject

# Off: the places of the writer's life are read by `particulars` (a town) and `writer._places` (a country) only,
# as in the forty-seventh pass.
PLACE_ROLES = True

# Off: a town after "habite", "vit" is the writer's whoever's verb it is ("mon frère habite à Cayenne et moi à Paris"
# made "vous vivez à Paris" contradicted), as in the forty-seventh pass (`particulars.read_particulars`).
OTHERS_TOWNS = True

# Shipped off (forty-eighth pass, docs/benchmarks.md): a place given in a role the message tells nothing of ("vous
# êtes né à Lille" to "je travaille à Lille") would make the sentence unsupported. It flags 4 more on validation and
# 15 more on train, but wrongly flags one consistent train sentence whose birthplace the pseudonymisation masked as a
# name ("[PERSONNE_1], je me suis installé à Toulouse" / "vous êtes originaire de Strasbourg").
UNTOLD_PLACES = False

# The regions of France and their départements (INSEE, Code officiel géographique 2024: régions et départements).
_REGIONS = {
    "auvergne-rhone-alpes": "ain allier ardeche cantal drome isere loire haute-loire puy-de-dome rhone savoie "
    "haute-savoie",
    "bourgogne-franche-comte": "cote-d'or doubs jura nievre haute-saone saone-et-loire yonne territoire-de-belfort",
    "bretagne": "cotes-d'armor finistere ille-et-vilaine morbihan",
    "centre-val-de-loire": "cher eure-et-loir indre indre-et-loire loir-et-cher loiret",
    "corse": "corse-du-sud haute-corse",
    "grand-est": "ardennes aube marne haute-marne meurthe-et-moselle meuse moselle bas-rhin haut-rhin vosges",
    "hauts-de-france": "aisne nord oise pas-de-calais somme",
    "ile-de-france": "paris seine-et-marne yvelines essonne hauts-de-seine seine-saint-denis val-de-marne val-d'oise",
    "normandie": "calvados eure manche orne seine-maritime",
    "nouvelle-aquitaine": "charente charente-maritime correze creuse dordogne gironde landes lot-et-garonne "
    "pyrenees-atlantiques deux-sevres vienne haute-vienne",
    "occitanie": "ariege aude aveyron gard haute-garonne gers herault lot lozere hautes-pyrenees "
    "pyrenees-orientales tarn tarn-et-garonne",
    "pays-de-la-loire": "loire-atlantique maine-et-loire mayenne sarthe vendee",
    "provence-alpes-cote-d'azur": "alpes-de-haute-provence hautes-alpes alpes-maritimes bouches-du-rhone var vaucluse",
}
# The overseas départements and collectivities (each its own region or territory), French but not "la métropole".
_OVERSEAS = (
    "guadeloupe martinique guyane la-reunion mayotte nouvelle-caledonie polynesie-francaise saint-pierre-et-miquelon"
)
# A few towns and their département (INSEE, Code officiel géographique 2024), the préfectures and large towns whose
# name is no other place's: not "Valence" (also Spain's), "Saint-Denis", "Saint-Pierre", "Vienne", "Laval".
_TOWNS = {
    "paris": "paris",
    "marseille": "bouches-du-rhone",
    "aix-en-provence": "bouches-du-rhone",
    "lyon": "rhone",
    "villeurbanne": "rhone",
    "toulouse": "haute-garonne",
    "blagnac": "haute-garonne",
    "nice": "alpes-maritimes",
    "cannes": "alpes-maritimes",
    "antibes": "alpes-maritimes",
    "nantes": "loire-atlantique",
    "saint-nazaire": "loire-atlantique",
    "montpellier": "herault",
    "beziers": "herault",
    "strasbourg": "bas-rhin",
    "bordeaux": "gironde",
    "lille": "nord",
    "roubaix": "nord",
    "tourcoing": "nord",
    "dunkerque": "nord",
    "rennes": "ille-et-vilaine",
    "reims": "marne",
    "toulon": "var",
    "saint-etienne": "loire",
    "le havre": "seine-maritime",
    "rouen": "seine-maritime",
    "grenoble": "isere",
    "dijon": "cote-d'or",
    "angers": "maine-et-loire",
    "cholet": "maine-et-loire",
    "nimes": "gard",
    "clermont-ferrand": "puy-de-dome",
    "le mans": "sarthe",
    "brest": "finistere",
    "quimper": "finistere",
    "tours": "indre-et-loire",
    "amiens": "somme",
    "limoges": "haute-vienne",
    "annecy": "haute-savoie",
    "annemasse": "haute-savoie",
    "perpignan": "pyrenees-orientales",
    "metz": "moselle",
    "thionville": "moselle",
    "besancon": "doubs",
    "orleans": "loiret",
    "mulhouse": "haut-rhin",
    "colmar": "haut-rhin",
    "caen": "calvados",
    "nancy": "meurthe-et-moselle",
    "argenteuil": "val-d'oise",
    "cergy": "val-d'oise",
    "montreuil": "seine-saint-denis",
    "bobigny": "seine-saint-denis",
    "creteil": "val-de-marne",
    "vitry-sur-seine": "val-de-marne",
    "nanterre": "hauts-de-seine",
    "boulogne-billancourt": "hauts-de-seine",
    "versailles": "yvelines",
    "evry": "essonne",
    "melun": "seine-et-marne",
    "avignon": "vaucluse",
    "poitiers": "vienne",
    "niort": "deux-sevres",
    "la rochelle": "charente-maritime",
    "pau": "pyrenees-atlantiques",
    "bayonne": "pyrenees-atlantiques",
    "biarritz": "pyrenees-atlantiques",
    "ajaccio": "corse-du-sud",
    "bastia": "haute-corse",
    "lorient": "morbihan",
    "vannes": "morbihan",
    "saint-brieuc": "cotes-d'armor",
    "chartres": "eure-et-loir",
    "bourges": "cher",
    "troyes": "aube",
    "montauban": "tarn-et-garonne",
    "albi": "tarn",
    "rodez": "aveyron",
    "cahors": "lot",
    "agen": "lot-et-garonne",
    "perigueux": "dordogne",
    "angouleme": "charente",
    "gueret": "creuse",
    "tulle": "correze",
    "aurillac": "cantal",
    "le puy-en-velay": "haute-loire",
    "chambery": "savoie",
    "bourg-en-bresse": "ain",
    "macon": "saone-et-loire",
    "auxerre": "yonne",
    "nevers": "nievre",
    "epinal": "vosges",
    "charleville-mezieres": "ardennes",
    "arras": "pas-de-calais",
    "calais": "pas-de-calais",
    "beauvais": "oise",
    "laon": "aisne",
    "cherbourg": "manche",
    "saint-lo": "manche",
    "alencon": "orne",
    "evreux": "eure",
    "la roche-sur-yon": "vendee",
    "carcassonne": "aude",
    "foix": "ariege",
    "tarbes": "hautes-pyrenees",
    "auch": "gers",
    "mende": "lozere",
    "gap": "hautes-alpes",
    "digne-les-bains": "alpes-de-haute-provence",
    "pointe-a-pitre": "guadeloupe",
    "basse-terre": "guadeloupe",
    "baie-mahault": "guadeloupe",
    "fort-de-france": "martinique",
    "le lamentin": "martinique",
    "cayenne": "guyane",
    "kourou": "guyane",
    "mamoudzou": "mayotte",
    "noumea": "nouvelle-caledonie",
    "papeete": "polynesie-francaise",
}
# Other names of the same place ("la Réunion", "la région parisienne", "la Polynésie").
_SAME = {
    "reunion": "la-reunion",
    "la reunion": "la-reunion",
    "polynesie": "polynesie-francaise",
    "polynesie francaise": "polynesie-francaise",
    "region parisienne": "ile-de-france",
    "ile de france": "ile-de-france",
    "corse": "corse",
    "angleterre": "royaume-uni",
    "quebec": "canada",
    "etats-unis": "etats-unis",
    "usa": "etats-unis",
    "l'etranger": "etranger",
}
# Names of several words, joined before reading ("en région parisienne" → "en ile-de-france").
_PHRASES = {
    r"hors de france": "a l'etranger",
    r"region parisienne": "ile-de-france",
    r"ile de france": "ile-de-france",
    r"polynesie francaise": "polynesie-francaise",
    r"france metropolitaine": "metropole",
    r"nouvelle caledonie": "nouvelle-caledonie",
    r"(?:sur le|dans le) territoire (?:national|francais)": "en france",
    r"(?<!en )(?<!d')outre-mer": "en outre-mer",
    r"a \[lieu_naissance_\d+\],?\s*": "",  # a birthplace masked tells no place, its country may follow
    r"\[pays_naissance_etranger_\d+\]": "etranger",  # a birth country abroad, masked
}
_COUNTRIES = frozenset([*EU_COUNTRIES, *EUROPE_OTHER, *WORLD, "france", "tunisie", "singapour", "cote-d'ivoire"]) - {
    "quebec",
    "usa",
    "cote d'ivoire",
}
# A few towns abroad that French writers name, and their country (the same source's list of countries; each the
# only town of its name): "je vis à Montréal" is abroad.
_FOREIGN_TOWNS = {
    "montreal": "canada",
    "geneve": "suisse",
    "lausanne": "suisse",
    "bruxelles": "belgique",
    "londres": "royaume-uni",
    "berlin": "allemagne",
    "munich": "allemagne",
    "kehl": "allemagne",
    "madrid": "espagne",
    "barcelone": "espagne",
    "lisbonne": "portugal",
    "porto": "portugal",
    "faro": "portugal",
    "rome": "italie",
    "milan": "italie",
    "casablanca": "maroc",
    "rabat": "maroc",
    "marrakech": "maroc",
    "alger": "algerie",
    "oran": "algerie",
    "tunis": "tunisie",
    "hammamet": "tunisie",
    "dakar": "senegal",
    "abidjan": "cote-d'ivoire",
    "bamako": "mali",
    "new york": "etats-unis",
    "tokyo": "japon",
    "singapour": "singapour",
}
_DEPARTMENTS = {d: r for r, ds in _REGIONS.items() for d in ds.split()}
_OVERSEAS_SET = frozenset(_OVERSEAS.split())
# A place and the areas holding it: "nice" → {"nice", "alpes-maritimes", "provence-alpes-cote-d'azur", "france",
# "metropole"}; the levels name what kind each key is.
AREAS: dict[str, dict[str, str]] = {}
for _region in _REGIONS:
    AREAS[_region] = {"region": _region, "country": "france", "mainland": "metropole", "abroad": "france"}
for _dept, _region in _DEPARTMENTS.items():
    AREAS[_dept] = {"departement": _dept, **AREAS[_region]}
for _place in _OVERSEAS_SET:
    AREAS[_place] = {"departement": _place, "region": _place, "country": "france", "mainland": "outre-mer"}
    AREAS[_place]["abroad"] = "france"
for _town, _dept in _TOWNS.items():
    AREAS[_town] = {"town": _town, **AREAS[_dept]}
for _country in _COUNTRIES - {"france"}:
    AREAS[_country] = {"country": _country, "abroad": "etranger"}
for _town, _country in _FOREIGN_TOWNS.items():
    AREAS[_town] = {"town": _town, **AREAS[_country]}
AREAS["france"] = {"country": "france", "abroad": "france"}
AREAS["metropole"] = {"mainland": "metropole", "country": "france", "abroad": "france"}
AREAS["outre-mer"] = {"mainland": "outre-mer", "country": "france", "abroad": "france"}
AREAS["etranger"] = {"abroad": "etranger"}

# A place after its preposition: "à" a town (no article, but "Le Havre", "La Rochelle", "La Réunion"), "en", "au",
# "aux", "dans le / la / l' / les" a known area, "à l'étranger", "hors de France", "en métropole".
_NAME = r"[a-z][a-z'-]{1,}(?:\ssur\s[a-z][a-z'-]+)?"
_PLACE = re.compile(
    r"(?:\b(?:(?:a|au|aux|en|sur|de|dans(?: le| la| les)?)\s|d'|dans l')(la |le |les )?("
    + _NAME
    + r")|\(("
    + _NAME
    + r")\))"
)
_GAP = re.compile(r"^(?:\s*,\s*|\s+|\s*\(\s*)$")
# Words after "à" that name no place: a time, a manner, a thing ("à temps partiel", "à côté", "à 62 ans").
_NOT_PLACE = frozenset(
    "temps cote domicile distance present nouveau peine partir compter cause chaque plein moi mon ma mes son sa ses "
    "leur leurs notre nos un une des ce cette cet tout toute tous quel quelle ladite proximite pied velo pres "
    "l'heure l'annee l'age l'hopital l'ecole l'universite l'aeroport l'usine peu cette deux trois bout jour "
    "quatre cinq six sept huit neuf dix mi-temps vie titre nouveau cause".split()
)

# The writer's verbs of each role, first person; "moi à Paris", "moi, je suis à Orléans" are homes.
_FIRST = r"(?:j'|je |nous |moi,? (?:je |j')?)(?:ne |n')?"
_ROLE_VERBS = {
    "home": _FIRST + r"(?:habite|vis|reside|residons|habitons|vivons|loge|logeons|demeure|suis (?:domicilie|"
    r"installe|installee|encore|toujours|actuellement|maintenant|aujourd'hui|desormais)\w*|sommes installe\w*|"
    r"m'installe|me suis installee?|nous sommes installes|(?:suis|sommes) partie?s? (?:vivre|habiter|m'installer|"
    r"nous installer))\b(?:\s+(?:toujours|encore|actuellement|maintenant|"
    r"aujourd'hui|desormais|depuis \w+ ans?))?"
    r"|\bmoi,?(?: je suis)?(?= a )|\bchez (?:moi|nous),?(?= a )",
    # "je suis en Martinique, au Lamentin", "je reste à Grenoble": a known area only after "suis" (`_KNOWN_ONLY`)
    "stay": _FIRST + r"(?:suis|sommes|reste|restons)\b",
    "work": _FIRST + r"(?:travaille|travaillons|bosse|suis (?:salariee?|employee?|frontaliere?)[^,.;]{0,40}?)\b"
    r"(?:\s(?:\w+\s){0,3}?(?=a |en |au |aux |dans ))?",
    "birth": _FIRST + r"(?:suis nee?|sommes nes)\b|\b(?:je suis |suis )?originaire\b",
    "past": _FIRST + r"(?:ai vecu|avons vecu|habitais|vivais|residais|habitions|vivions)\b"
    r"(?:\s(?:\w+\s){0,3}?(?=a |en |au |aux |dans ))?",
}
# A move: "quitté X pour (m'installer) à Y", "déménagé (deux fois :) de X à Y, puis de Y à Z": the places left are
# past, the last one reached is the home (`read_places`).
_MOVE = re.compile(
    r"\b(?:j'|nous |je |moi,? j')(?:ai|avons|suis|sommes|vais|allons|viens de|venons de)\s+(?:\w+\s+){0,2}?"
    r"(?=(?:quitter|quitte|demenage|demenager|partie?s?|partir)\b)"
)
# The start of the place reached, its preposition kept or "à" put back ("de Nantes à Angers": "angers" → "a angers").
_TO = re.compile(r"^(?!a |en |au |aux |dans )")
_LEG = re.compile(
    r"(?:^|\s|,)(?:de |d')([a-z][a-z'-]+)\s+(?:a |pour |vers |jusqu'a )"
    r"|\b(?:quitte|quitter)\s+(la |le |les |l')?([a-z][a-z'-]+)(?:\s[^,.;]{0,30}?)?\s(?:pour|vers)\s+"
    r"((?:m'|nous |vous |me |se )?(?:install\w+|venir|aller|vivre|habiter|revenir|rejoindre \w+))?"
)
_ROLE_RES = {role: re.compile(pattern) for role, pattern in _ROLE_VERBS.items()}
# A draft's clause that gives the writer a place: the verb of its role.
_DRAFT_VERBS = {
    "home": r"\bvous (?:habitez|vivez|residez|logez|demeurez|etes (?:domicilie|installe)\w*)\b"
    r"(?:\s+(?:toujours|encore|actuellement|maintenant|aujourd'hui|desormais))?"
    r"|\bvous vous etes installee?s?\b|\bvous (?:allez vous installer|vous installez)\b"
    r"|\bvotre (?:domicile|residence(?: principale)?|adresse) (?:se trouve|se situe|est)\b",
    "work": r"\b(?:vous |et )travaillez\b|\bvous exercez(?: votre (?:activite(?: professionnelle)?|emploi|metier))?\b"
    r"|\bvotre lieu de travail (?:se trouve|se situe|est)\b",
    "birth": r"\bvous etes nee?s?\b|\bvous etes originaire\b",
    "past": r"\bvous avez (?:vecu|habite)\b",
}
_DRAFT_RES = {role: re.compile(pattern) for role, pattern in _DRAFT_VERBS.items()}
# A condition or a question is no claim ("si vous habitez en Corse", "lorsque vous travaillez à l'étranger").
_CONDITION = re.compile(r"\b(?:si|s'|lorsque|lorsqu'|quand|pour peu que|a condition que|que|qu')\s?$")
_STOP = re.compile(r"[.;!?\n]|\bmais\b|(?=\bet (?:moi|je|j'))|\bou\b")


def _key(name: str) -> str:
    """A place's key: folded, its article and inner spaces joined ("la reunion" → "la-reunion")."""
    name = re.sub(r"^l'", "", re.sub(r"\s+", " ", name.strip(" ,'-")))
    if name in _SAME:
        return _SAME[name]
    if name in AREAS:
        return name
    joined = name.replace(" ", "-")
    return _SAME.get(joined, joined)


def _joined(folded: str) -> str:
    """A folded text with its names of several words joined and its masked birthplaces read (`_PHRASES`)."""
    for words, key in _PHRASES.items():
        folded = re.sub(rf"\b{words}", key, folded)
    return folded


def _chain(text: str, town_ok: bool, of_ok: bool = False) -> list[str]:
    """The places that start `text`, one after another ("en guadeloupe, a baie-mahault, depuis …")."""
    out: list[str] = []
    pos = 0
    while True:
        m = _PLACE.search(text, pos)
        if not m or not _GAP.match(text[pos : m.start()] or " ") and (out or m.start() > pos + 1):
            break
        article, name, bracketed = m.group(1) or "", m.group(2), m.group(3)
        name = bracketed or name
        prep = m.group(0).split()[0].split("'")[0]
        key = _key(f"{article}{name}")
        if key not in AREAS:
            key = _key(name)
        known = key in AREAS
        # "de" names a town only after "originaire" ("je travaille de nuit" is no place)
        bare_town = (
            prep in {"a", *(("de", "d") if of_ok else ())} and not article and name.split()[0] not in _NOT_PLACE
        )
        if not known and not (town_ok and bare_town and not re.search(r"\d|\[", name)):
            break
        out.append(key)
        pos = m.end()
    return out


def _with_areas(keys: list[str]) -> dict[str, str]:
    """The areas of a chain by level: each place's own and the table's ("a valence, dans la drome")."""
    levels: dict[str, str] = {}
    for key in keys:
        for level, value in AREAS.get(key, {"town": key}).items():
            levels.setdefault(level, value)
    return levels


def read_places(folded: str) -> dict[str, list[frozenset[tuple[str, str]]]]:
    """The writer's places by role ("home", "work", "birth", "past"), each a chain with its areas; "others" the
    places the message gives other persons (a relative's town)."""
    found: dict[str, list[frozenset[tuple[str, str]]]] = {}
    if not PLACE_ROLES:
        return found
    for sentence in _STOP.split(_joined(folded)):
        for role, pattern in _ROLE_RES.items():
            for m in pattern.finditer(sentence):
                keys = _chain(sentence[m.end() :], town_ok=role != "stay", of_ok=role == "birth")
                if other_subject(sentence[max(0, m.start() - 40) : m.start()]):
                    continue
                if role != "stay":  # the role is told, its place read or not ("née à [LIEU_NAISSANCE_1]")
                    found.setdefault("told", []).append(frozenset({("role", role)}))
                if keys:
                    found.setdefault("home" if role == "stay" else role, []).append(_areas(keys))
        for m in re.finditer(r"\b(?:habite|vit|vivent|habitent|reside|resident|travaille|est nee?)\b", sentence):
            if other_subject(sentence[: m.start()]) and (keys := _chain(sentence[m.end() :], town_ok=True)):
                found.setdefault("others", []).append(_areas(keys))
        for m in _MOVE.finditer(sentence):
            left, reached = _legs(sentence[m.end() :])
            found.setdefault("past", []).extend(_areas([key]) for key in left)
            if reached and not re.search(r"\b(?:vais|allons)\b", m.group(0)):
                found.setdefault("home", []).append(_areas(reached))
    # A masked birthplace or employer tells the role without its place ("Né à [LIEU_NAISSANCE_1]", "au [EMPLOYEUR_1]").
    for role, mask in (("birth", r"\[(?:lieu|pays)_naissance"), ("work", r"\[employeur_\d+\]")):
        if re.search(mask, folded):
            found.setdefault("told", []).append(frozenset({("role", role)}))
    return {role: chains for role, chains in found.items() if chains}


def _areas(keys: list[str]) -> frozenset[tuple[str, str]]:
    return frozenset(_with_areas(keys).items())


def _legs(text: str) -> tuple[list[str], list[str]]:
    """The places a move leaves ("de Nantes à Angers, puis d'Angers à Cholet": Nantes, Angers) and the last one it
    reaches (Cholet), with its areas told after it ("pour m'installer dans la Drôme, à Valence")."""
    left: list[str] = []
    reached: list[str] = []
    for leg in _LEG.finditer(text):
        name = leg.group(1) or leg.group(3)
        # "quitté la SNCF pour prendre sa retraite": after an article or without a verb of moving, a known place only
        keys = _chain(f"a {name}", town_ok=not leg.group(2))
        if not keys:
            continue  # "quitté mon emploi pour …": no place left
        left += keys
        rest = _TO.sub("a ", text[leg.end() :].lstrip(), count=1)
        reached = _chain(rest, town_ok=bool(leg.group(1) or leg.group(4))) or reached
    return left, reached


# A draft's move: "vous avez quitté le Nord pour vous installer dans les Bouches-du-Rhône".
_DRAFT_MOVE = re.compile(r"\bvous (?:avez|allez|venez de)\s+(?=(?:quitter|quitte|demenage|demenager)\b)")


def place_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """The places a folded draft sentence gives the writer: "vous habitez en Corse" → ("home", "corse")."""
    out: list[tuple[int, str, list[Trait]]] = []
    if not PLACE_ROLES:
        return out
    for clause in re.split(r"[.;!?]|\bmais\b", folded):
        start = folded.find(clause)
        clause = _joined(clause)
        traits: list[Trait] = []
        for role, pattern in _DRAFT_RES.items():
            for m in pattern.finditer(clause):
                if _CONDITION.search(clause[: m.start()]):
                    continue
                keys = _chain(clause[m.end() :], town_ok=True, of_ok=role == "birth")
                if keys:
                    traits.append(Trait("place", f"{role}|{keys[0]}"))
        for m in _DRAFT_MOVE.finditer(clause):
            if _CONDITION.search(clause[: m.start()]):
                continue
            left, reached = _legs(re.sub(r"\b(?:quitte|quitter) (?:le |la |les |l')", "quitte ", clause[m.end() :]))
            traits += [Trait("place", f"past|{key}") for key in left[:1]]
            traits += [Trait("place", f"home|{key}") for key in reached[:1]]
        if traits:
            out.append((start, clause, traits))
    return out


def _level(key: str) -> str:
    """The level a key names: "nice" a town, "drome" a département, "metropole" the mainland, "etranger" abroad."""
    return next((level for level, value in AREAS.get(key, {}).items() if value == key), "town")


def place_verdict(value: str, places: dict[str, list[frozenset[tuple[str, str]]]]) -> str:
    """A place given to the writer in a role: a chain of that role holds it (consistent), or each chain names
    another place at a level both know (contradicted)."""
    role, _, key = value.partition("|")
    level = _level(key)
    areas = AREAS.get(key, {"town": key})
    chains = [dict(c) for c in places.get(role, [])]
    if role == "past":  # "vous avez vécu en Belgique": a place left, a past home or the birthplace
        chains += [dict(c) for c in places.get("birth", [])]
        return CONSISTENT if any(c.get(level) == key for c in chains) else UNSUPPORTED
    if any(c.get(level) == key for c in chains):
        return CONSISTENT
    if chains and all(any(c[lv] != v for lv, v in areas.items() if lv in c) for c in chains):
        return CONTRADICTED
    return UNSUPPORTED


def others_town(folded: str, start: int) -> bool:
    """Whether the verb of living at `start` is another person's ("ma mère vit à Ajaccio", "mon frère habite à
    Cayenne"): its town is then no town of the writer (`particulars.read_particulars`, `OTHERS_TOWNS`)."""
    if not OTHERS_TOWNS:
        return False
    before = re.split(r"[.;!?\n]|\bmais\b|\bet\b", folded[max(0, start - 80) : start])[-1]
    return not re.match(r"\s*(?:j'|je\b|nous\b)", folded[start:]) and other_subject(before)


def untold_claims(
    folded: str, places: dict[str, list[frozenset[tuple[str, str]]]]
) -> list[tuple[int, str, list[Trait]]]:
    """The draft's places in a role of which the message tells no place at all (`UNTOLD_PLACES`): "vous êtes né à
    Lille" to a writer who only says where they work. A home is untold only where no move is told either."""
    if not UNTOLD_PLACES:
        return []
    out = []
    for start, clause, traits in place_claims(folded):
        untold = [t for t in traits if _untold(t.value.partition("|")[0], places)]
        if untold:
            out.append((start, clause, untold))
    return out


def _untold(role: str, places: dict[str, list[frozenset[tuple[str, str]]]]) -> bool:
    """Whether the message tells nothing of a role: no verb of it said by the writer, no place of it read."""
    if frozenset({("role", role)}) in places.get("told", []) or places.get(role):
        return False
    return role in {"work", "birth"} or (role == "home" and not places.get("past"))
