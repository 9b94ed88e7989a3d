"""Small firms named by their trade's word and their own name, wherever the message names them (thirty-sixth pass,
engineer-p108e): "le Garage des Trois Chênes", "la Forge du Vieux Pont", "BTP Sud Bâtiment", "Le Fournil de
Rémire", "Éditions du Petit Héron", "l'hôtel Le Grand Saint-Clair", "la galerie Ocre Bleu", "l'asso Rythmes &
Quartiers" (an association after a word of work or pay only), "chez Au Pain d'Antan", "VoxLine Studio".

`employer` reads a firm after a cue of work ("je travaille chez …", "mon employeur, …"); artisans, shopkeepers and
artists name theirs without one ("Je tiens le Café de la Halle", "mon atelier, la Forge du Vieux Pont", "trois ans
chez Agence Horizon Événementiel", "3 dates pour la cie Les Lucioles Vagabondes"). A trade's word followed by a
capitalised name is a firm whatever the sentence around it: the name is masked as `[EMPLOYEUR_n]` (product decision of
the twentieth pass: the employer of the writer or of a relative narrows a person to a handful).

- A trade's word capitalised, as a sign writes it, then its name, straight or after "de", "du", "des", "de la":
  the word and the name are masked together ("Garage des Trois Chênes", "Pharmacie Centrale de Périgueux").
- A trade's word in lower case, then a capitalised name straight after it: the name alone is masked, the word stays
  ("la librairie [EMPLOYEUR_1]"). In lower case, "de" or "du" and a capital is a town's or a place's ("la boucherie
  de Riom", "le café du coin"): left to the other rules.
- A capitalised name, then a trade's word that ends a firm's name ("VoxLine Studio", "Lunenoire Éditions", "Costa
  Rénovation"), the name's first word unknown to the French dictionary.

**Not masked**: a public body or a public place ("Agence régionale de santé", "Théâtre national de Bretagne", "Opéra
de Paris", "Maison France Services", "Compagnie républicaine de sécurité"): a word of `_PUBLIC_TAIL` or of
`employer`'s public words in the name; a street named after a trade ("rue du Garage", "place de la Halle"); a trade's
word at a sentence's start before a sentence's word ("Agence, Mairie, Caf").
"""

import re
from collections.abc import Iterator

from guichet.privacy import lexicon
from guichet.privacy.literal_gate import LiteralGate
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import ENTITY, firm_span
from guichet.text import fold

# As `employer.SCORE`: above the name rules (0.6 to 0.8), "Garage Lemoine" is the firm, not the surname in it.
SCORE = 0.85

# (fortieth pass, p124e) the small shops of a neighbourhood: "la blanchisserie Lavage Express", "Traiteur Hong Kong",
# "Kebab Istanbul Grill", "de manucure Lotus Ongles", "l'enseigne Wax & Couleurs". A single French word after them
# stays, in either case ("Le Traiteur Central livre les repas").
_SHOPS = (
    r"blanchisseries?|laveries?|pressings?|traiteurs?|kebabs?|snacks?|sup[ée]rettes?|ongleries?|manucure|enseignes?"
)
_SHOP_HEAD = re.compile(r"(?i:" + _SHOPS + r")")
# Trades' and shops' words that begin a firm's name. First letter in either case; the rest as written, accents or not.
_HEADS = (
    r"boulangeries?|p[âa]tisseries?|boucheries?|charcuteries?|fromageries?|poissonneries?|[ée]piceries?|"
    r"garages?|carrosseries?|caf[ée]s?|bar-tabac|bars?|brasseries?|bistrots?|bistros?|restaurants?|auberges?|"
    r"cr[êe]peries?|pizzerias?|h[ôo]tels?|salons?|pharmacies?|librairies?|quincailleries?|cordonneries?|forges?|"
    r"menuiseries?|charpentes?|plomberies?|toitures?|scieries?|imprimeries?|agences?|ambulances?|boutiques?|"
    r"ateliers?|caves?|chaudronneries?|[ée]b[ée]nisteries?|[ée]ditions?|th[ée][âa]tres?|studios?|op[ée]ra|"
    r"orchestres?|compagnies?|cie|cirques?|galeries?|ensembles?|associations?|asso|fournils?|salaisons?|"
    r"laiteries?|fleuristes?|coiffure|BTP|"
    # (thirty-eighth pass, p117e) a wine house by its word and its owner's name: "Champagne Guyot-Lemaire", "Domaine
    # Ferrand", "Vignobles Sarrazin & Fils"
    r"champagnes?|domaines?|vignobles?|" + _SHOPS
)
# What may stand between the trade's word and its name: "Orchestre de chambre Les Saisons Vives", "Opéra-Bouffe".
_QUALIFIER = r"(?:-[A-ZÀ-Þ][\wà-ÿ]+|[ \t]+de[ \t]+chambre|[ \t]+symphonique|[ \t]+de[ \t]+danse)?"
# A word of the name: capitalised or in capitals, apostrophes and hyphens inside ("Coiff'Elégance", "Saint-Clair").
_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ]*(?:['’\-][\wÀ-ÿ]+)*"
_ARTICLE = r"(?:(?:Les|Le|La|L['’]|Au|Aux)[ \t]*)"
_JOINER = r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])"
_MORE = r"(?:(?:[ \t]+" + _JOINER + r"[ \t]*|[ \t]+&[ \t]+|[ \t]+" + _ARTICLE + r"?)" + _WORD + r"){0,4}"

_HEADED = re.compile(
    r"(?:(?<![\w'’\-])|(?<=(?<!\w)[LlDd]['’]))(?P<head>(?i:"
    + _HEADS
    + r"))"
    + _QUALIFIER
    + r"(?P<gap>[ \t]+"
    + _JOINER
    + r"[ \t]*|[ \t]+)"
    r"(?P<name>" + _ARTICLE + r"?" + _WORD + _MORE + r")(?![\w'’\-])",
    re.MULTILINE,
)
# (forty-second pass, p132e) family houses, behind `FAMILY_HOUSES`: a wine château by its owner's name ("Château
# Lavergne", "Château La Tour Blanche"; capitalised, its name straight after it: "le château de Chambord" and
# "Château-Thierry" stay), the trades of a family house ("Chocolaterie Artisanale du Pays Basque", "Distillerie
# Perrot & Fils", "Clinique vétérinaire des Quatre Chemins"), and any trade's word said "familial" before its name
# ("le restaurant familial Le Jardin de Saïgon", "l'entreprise familiale Bâti Morel").
FAMILY_HOUSES = True
_FAMILY_HEADS = (
    r"chocolateries?|distilleries?|confiseries?|biscuiteries?|brûleries?|torréfactions?|"
    r"cliniques?[ \t]+v[ée]t[ée]rinaires?|cabinets?[ \t]+v[ée]t[ée]rinaires?"
)
_FAMILY_HEADED = re.compile(
    r"(?:(?<![\w'’\-])|(?<=(?<!\w)[LlDd]['’]))(?P<head>(?i:"
    + _FAMILY_HEADS
    + r"|(?:"
    + _HEADS
    + r"|entreprises?|exploitations?|soci[ée]t[ée]s?)[ \t]+familia(?:l|le|ux|les))|Ch[âa]teau(?=[ \t]))"
    + r"(?P<gap>[ \t]+"
    + _JOINER
    + r"[ \t]*|[ \t]+)"
    r"(?P<name>" + _ARTICLE + r"?" + _WORD + _MORE + r")(?![\w'’\-])",
    re.MULTILINE,
)
# "chez Au Pain d'Antan", "chez Aux Délices de Léa": a shop's sign after "chez"
_SIGN = re.compile(
    r"(?<![\w'’\-])(?i:chez)[ \t]+(?P<name>(?:Au|Aux)[ \t]+" + _WORD + _MORE + r")(?![\w'’\-])", re.MULTILINE
)
# A trade's word that ends a firm's name ("VoxLine Studio", "Costa Rénovation", "Ardennes Métal Services").
_TAILED = re.compile(
    r"(?<![\w'’\-])(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r")?[ \t]+(?:Studios?|Éditions|Editions|Productions|"
    r"Événements|Evénements|Evenements|Événementiel|Evénementiel|Rénovation|Renovation|Bâtiment|Batiment|"
    r"Constructions?|Multiservices|Paysages|Transports|Immobilier|Nettoyage|Services))(?![\w'’\-])",
    re.MULTILINE,
)
# A firm named by its members after their own word for it: "Notre compagnie c'est Les Fils d'Ariane", "mon
# entreprise s'appelle Bâti Confort", "notre asso : Rythmes & Quartiers".
_CALLED = re.compile(
    r"(?<![\w'’\-])(?i:notre|nos|ma|mon|sa|son|leur)[ \t]+(?i:" + _HEADS + r"|entreprise|société|societe|boîte|boite|"
    r"troupe|structure|groupe|label|marque|enseigne)[ \t]*(?i:c['’]est|s['’]appelle|se[ \t]+nomme|:|,)[ \t]*"
    r"(?P<name>" + _ARTICLE + r"?" + _WORD + _MORE + r")(?![\w'’\-])",
    re.MULTILINE,
)
# Words of a public body or a public place: the name is no small firm's ("Agence régionale de santé", "Théâtre
# national", "Maison France Services", "Opéra de Paris" is left by `_PUBLIC_NAMES`).
_PUBLIC_TAIL = frozenset(
    fold(word)
    for word in (
        "National Nationale Nationaux Nationales Régional Régionale Régionaux Départemental Départementale Municipal "
        "Municipale Communal Communale Intercommunal Intercommunale Public Publique Publics Publiques France Français "
        "Française Européen Européenne Européennes Universitaire Universitaires Territorial Territoriale Républicaine "
        "République État Etat Sécurité Social Sociale Sociaux Santé Emploi Habitat Logement Travail Paiement Eau "
        "Environnement Énergie Retraite Retraites Solidarité Solidarités Famille Familles Jeunesse Jeunes Culture "
        "Ville Commune Département Région Métropole Agglomération Trésor Titres Recherche Justice Défense Armées "
        "Insertion Handicap Handicapées Personnes Erasmus Anah Ademe ANTS ARS CAF Caf Urssaf "
        # a hospital ("l'Hôtel-Dieu de Nantes"), a school ("Ensemble Scolaire …"), a workshop's or a flat's kind
        # ("Atelier Numérique", "Studio Meublé"): no small firm's name
        "Dieu Scolaire Scolaires Numérique Numériques Meublé Meublée Meublés"
    ).split()
)
# Great public houses a fiche or a citizen names as places: "Opéra de Paris", "Comédie-Française".
_PUBLIC_NAMES = re.compile(r"(?i:op[ée]ra[ \t]+(?:de|du)[ \t]+(?:Paris|Lyon|Bordeaux|Marseille|Nice|Lille|Rouen))")
# A street or a square named after a trade: "rue du Garage", "place de la Halle", "impasse des Forges".
_STREET_BEFORE = re.compile(
    r"(?i:rue|avenue|av\.|boulevard|bd|chemin|impasse|all[ée]e|place|quai|route|square|cours|passage|sentier|"
    r"lotissement|r[ée]sidence|cit[ée])[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])?[ \t]*\Z"
)


# (forty-third pass, p137e) each pattern is tried only on a text that holds one of the words every match of it holds
# (`literal_gate`: a trade's word, "chez", "mon"…): the same spans, about a third of the recogniser's CPU on
# validation. `GATED = False` tries every pattern on every text, as before.
GATED = True
_HEADED_GATE = LiteralGate(_HEADED)
_FAMILY_GATE = LiteralGate(_FAMILY_HEADED)
_CALLED_GATE = LiteralGate(_CALLED)
_SIGN_GATE = LiteralGate(_SIGN)
_TAILED_GATE = LiteralGate(_TAILED)


def _found(regex: re.Pattern[str], gate: LiteralGate, text: str) -> list[re.Match[str]]:
    """The matches of `regex` in `text`, none looked for where `gate` says none can be (when `GATED`)."""
    if GATED and not gate.may_match(text):
        return []
    return [*regex.finditer(text)]


class TradeNameRecognizer(RegexRecognizer):
    """A small firm named by its trade's word and its own name (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        headed = _found(_HEADED, _HEADED_GATE, text)
        if FAMILY_HOUSES:
            headed += [
                match
                for match in _found(_FAMILY_HEADED, _FAMILY_GATE, text)
                if not (match.group("head").startswith(("Château", "Chateau")) and match.group("gap").strip())
            ]
        for match in headed:
            head, name = match.group("head"), match.group("name")
            capital = head[0].isupper()
            if head.split()[0][1:] != head.split()[0][1:].lower() and head != "BTP":
                continue  # a sentence in capitals ("GARAGE FERMÉ LE LUNDI")
            if _STREET_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue
            if head in _LOWER_ONLY:
                continue
            if _ASSOCIATION.fullmatch(head) and not _PAID_BEFORE.search(
                text, max(0, match.start() - 80), match.start()
            ):
                continue
            if not capital and match.group("gap").strip():
                continue  # "la boucherie de Riom", "le café du coin": a town's or a place's
            if not capital and _ends_sentence_before(text, match.start("name")):
                continue
            if " " not in name.strip() and not match.group("gap").strip():
                shop = bool(_SHOP_HEAD.fullmatch(head))
                if fold(name) in _MAKES or ((not capital or shop) and lexicon.is_french(name)):
                    continue  # "le garage Renault", "la boulangerie Centrale"
            start = match.start() if capital else match.start("name")
            found = _firm(text, start, match.end("name"), name)
            if found is not None:
                yield *found, SCORE
        for match in _found(_CALLED, _CALLED_GATE, text):
            if match.group("name").isupper() and " " not in match.group("name"):
                continue  # a number's keyword: "Mon entreprise, SIREN 732829320, a fermé"
            found = _firm(text, match.start("name"), match.end("name"), match.group("name"))
            if found is not None:
                yield *found, SCORE
        for match in _found(_SIGN, _SIGN_GATE, text):
            found = _firm(text, match.start("name"), match.end("name"), match.group("name"), sign=True)
            if found is not None:
                yield *found, SCORE
        for match in _found(_TAILED, _TAILED_GATE, text):
            name = match.group("name")
            first = re.match(r"[^ \t]+", name).group()
            if lexicon.is_french(first) or fold(first) in _NOT_FIRST:
                continue
            found = _firm(text, match.start("name"), match.end("name"), name)
            if found is not None:
                yield *found, SCORE


# An association is most often one that helps the writer (home help, a domiciliation, a housing aid: "l'ADMR",
# "l'association Le Relais"), whose name the reply may need: it is a workplace only after a word of work or pay in the
# same sentence ("payé par l'association …", "L'employeur est l'association …"). A "Salon" capitalised is an event's
# ("le Salon du Livre"); a hairdresser's is written "salon" before its name.
_ASSOCIATION = re.compile(r"(?i:associations?)")
_PAID_BEFORE = re.compile(
    r"(?i:employeur|employée?|salariée?|payée?|pay[ée]s|rémunérée?|contrat|cachets?|heures|travaill\w*|"
    r"embauch\w*|CDD|CDI|CDDU|bulletins?|fiches?[ \t]+de[ \t]+paie)[^.!?;\n]{0,60}\Z"
)
_LOWER_ONLY = frozenset({"Salon", "Salons"})
# A single word after the trade's word that names a make or a chain, not the firm ("le garage Renault", "la pharmacie
# Lafayette" is a chain too): the earlier passes' decision, kept (a French word alone stays as well: "la boulangerie
# Centrale", "une pizzeria Napolitaine").
_MAKES = frozenset(
    fold(word)
    for word in (
        "Renault Peugeot Citroën Citroen Toyota Volkswagen Ford Opel Fiat Nissan Dacia Kia Hyundai BMW Mercedes Audi "
        "Skoda Seat Tesla Volvo Suzuki Honda Mazda Mitsubishi Midas Norauto Speedy Lidl Aldi Carrefour Leclerc Auchan "
        "Intermarché Casino Monoprix Franprix Lafayette Krys Afflelou Optic2000 Ibis Novotel Mercure Kyriad Campanile "
        "Formule1 McDonald's Quick KFC Subway Paul Brioche"
    ).split()
)
_NOT_FIRST = frozenset({"le", "la", "les", "nos", "vos", "mes", "ses", "leurs", "des", "aux", "au", "et", "ou"})


def _ends_sentence_before(text: str, position: int) -> bool:
    """A trade's word in lower case that ends a sentence, the capital starting the next ("au garage. Ensuite")."""
    return bool(re.search(r"[.!?:;]\s*\Z", text[max(0, position - 3) : position]))


# After the name, a postcode: the line is an address ("Atelier des Roches, 24200 Sarlat").
_POSTCODE_AFTER = re.compile(r"[ \t]*,?[ \t]*\d{5}(?!\d)")
# A shop's sign "Chez" and a first name ("Brasserie Chez Germaine"): the owner's name, left to `slots`, which masks it
# as a person's, and the first name again elsewhere in the message with it.
_CHEZ = re.compile(r"Chez[ \t]")
_SIGN_ARTICLE = re.compile(r"(?:Au|Aux)[ \t]+(?=[A-ZÀ-Þ])")


def _firm(text: str, start: int, end: int, name: str, *, sign: bool = False) -> tuple[int, int] | None:
    """The firm's span when its words are no public body's, cut by `employer.firm_span` where a sentence goes on."""
    value = text[start:end]
    if _POSTCODE_AFTER.match(text, end) or _CHEZ.match(name):
        return None
    words = {fold(word) for word in re.findall(r"[^\W\d_]+", value)}
    if words & _PUBLIC_TAIL or _PUBLIC_NAMES.match(value):
        return None
    if sign:
        return start, end
    article = _SIGN_ARTICLE.match(value)
    if article:
        # (fortieth pass, p124e) a shop's sign after its trade's word: "la boulangerie Au Pain Doré" (the article
        # is the sign's first word, no firm's for `firm_span`)
        found = firm_span(value[article.end() :])
        return None if found is None else (start, start + article.end() + found[1])
    found = firm_span(value)
    if found is None:
        return None
    return start + found[0], start + found[1]
