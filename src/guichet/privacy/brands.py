"""Shops, chains and brands named after a person ("Leroy Merlin", "Yves Rocher", "Jean Louis David"): a citizen
names them as places ("chez Leroy Merlin", "une crème Yves Rocher") and fiches name none of them, yet spaCy and the
name rules read them as persons. Their names are public: masking them loses the reply's context (what was bought,
where) and counts as a false positive.

A brand stays a person after a title or a word of kinship ("M. Yves Rocher", "mon voisin Louis Pion"): someone may
bear the name. Only names of two words or more are listed: a one-word brand that is a first name ("Jules", "Célio",
"André") can be a person; the one-word brands that are surnames are in `name_rules._BRANDS`. Names made of two common
first names ("Marie Claire", "Christine Laure", "Anne Fontaine") are left out, as a person may bear them; "Charles &
Alice" only with its ampersand, as two children are written "Charles et Alice".

A brand named as the writer's employer ("je suis vendeuse chez Yves Rocher") is an employer, masked as such (the
twentieth pass's product decision): the employer recogniser leaves a first name and a name to the name rules, so the
brand is read here against the employer recogniser's cues.
"""

import re
import unicodedata

from guichet.privacy import gazetteer
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import ENTITY as EMPLOYER
from guichet.privacy.recognizers.employer import EmployerRecognizer

# National and cross-border chains, and brands citizens buy or cite, each named after a person, real or not.
_NAMES = """
leroy merlin|brico depot|mr bricolage|monsieur bricolage|jean louis david|jean-louis david|franck provost|
jacques dessange|camille albane|saint algue|yves rocher|marie blachere|charles & alice|jean coutu|louis vuitton|
yves saint laurent|yves saint-laurent|jean paul gaultier|jean-paul gaultier|christian dior|pierre cardin|guy degrenne|
marc orian|hugo boss|ralph lauren|tommy hilfiger|calvin klein|pierre fabre|jean delatour|louis pion|jeff de bruges|
claudie pierlot|chantal thomass|stephane plaza immobilier|guy hoquet|roche bobois|leon de bruxelles|buffalo grill|
alain afflelou|eric bompard|jacqueline riu|nicolas feuillatte|yves delorme|jacques vabre|marie brizard|fleury michon|
william saurin|justin bridou|paul predault|pierre herme|eric kayser|nina ricci|jean patou|roger & gallet|
armand thiery|gerard darel|georges rech|alain manoukian|philippe model|louis delhaize|jean caby|jean henaff|
harmonie mutuelle|malakoff humanis|ag2r la mondiale|mutuelle generale|swiss life|april sante
"""
BRANDS = frozenset(name.strip() for name in _NAMES.replace("\n", "").split("|") if name.strip())
# Twenty-sixth pass (p68, p70e): the lenders, debt collectors, hostel operators and debt associations that people in
# debt and their social workers name as creditors or helpers ("Ses créanciers sont Cofidis, Sofinco", "un crédit
# Cofidis", "loyers ADOMA", "l'association Crésus Alsace"): one word no one bears as a name, read as a person by the
# name rules' shapes. A word of a name found here makes it the lender's ("Crésus Alsace", "loyers ADOMA").
LENDERS = frozenset(
    """cofidis cetelem sofinco floa oney franfinance cofinoga younited finaref creatis sofemo carrefour-banque
    intrum kruk iqera hoist klarna paypal boursorama revolut adoma coallia sonacotra aftam cresus udaf""".split()
)
# Twenty-sixth pass, second shift (p69; 18 country masks in train + validation): what spaCy and the name rules read
# as a person though no one bears it as a whole: a car by its make and model ("une Renault Clio noire", "ma Fiat
# Panda"), a country or a city of two words ("Jaffna (Sri Lanka)", "Hai Phong (Viêt Nam)"), the public platforms
# where fraud is reported and the tax office's acronym ("la déclaration Perceval", "le logo de la DGFiP"). Only the
# whole value: "Perceval Martin" or "Nam" alone stay names.
_NOT_PERSONS = """
renault clio|renault megane|renault twingo|renault captur|renault scenic|renault kangoo|renault zoe|renault laguna|
renault espace|dacia sandero|dacia duster|dacia logan|dacia spring|citroen picasso|citroen berlingo|citroen saxo|
citroen xsara|toyota yaris|toyota corolla|toyota aygo|ford fiesta|ford focus|ford ka|volkswagen polo|volkswagen golf|
opel corsa|opel astra|fiat panda|fiat punto|nissan micra|nissan qashqai|seat ibiza|seat leon|skoda fabia|
skoda octavia|kia picanto|hyundai tucson|
sri lanka|viet nam|costa rica|burkina faso|sierra leone|hong kong|puerto rico|porto rico|new york|buenos aires|
sao paulo|rio de janeiro|abu dhabi|el salvador|san francisco|los angeles|addis abeba|phnom penh|kuala lumpur|
ho chi minh|cap vert|
perceval|pharos|thesee|dgfip
"""
NOT_PERSONS = frozenset(name.strip() for name in _NOT_PERSONS.replace("\n", "").split("|") if name.strip())

# (thirty-eighth pass, p117e) A vehicle by its make and model, whatever the model ("un Renault Master", "mon camion
# Renault Trafic", "une Skoda Superb", "un Renault Kangoo TPMR", "la Peugeot 208"): the make, then one or two words
# that are no one's first name or surname; or the make alone right before a model's number ("une Peugeot 208").
# The model list above only knew the cars of the twenty-sixth pass. A make alone elsewhere may be a surname ("M.
# Peugeot", "Louis Renault") or an employer ("chez Renault"), and stays with the other rules; makes that are words of
# a name ("Man", "Mercedes", "Kia") are left out.
CAR_MAKES = frozenset(
    """renault peugeot citroen dacia toyota ford volkswagen opel fiat nissan seat skoda hyundai bmw audi
    mercedes-benz tesla suzuki mazda mitsubishi honda volvo iveco scania""".split()
)
_MODEL_NUMBER_AFTER = re.compile(r"[ \t]+(?:\d{2,4}|[A-Z]\d{1,2})(?![\w\-])")


def is_vehicle(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, read as a person's name, is a vehicle's make and model (see `CAR_MAKES`)."""
    words = fold(text[start:end]).split(" ")
    if words[0] not in CAR_MAKES or len(words) > 3:
        return False
    if len(words) == 1:
        return _MODEL_NUMBER_AFTER.match(text, end) is not None
    return not any((kind := gazetteer.lookup(word)) is not None and (kind.first or kind.surname) for word in words[1:])


# A title or a word of kinship or neighbourhood right before the name: a person bears it.
_PERSON_BEFORE = re.compile(
    r"(?i)(?:\b(?:m|mme|mlle|mr|dr|me)\.?|\b(?:monsieur|madame|mademoiselle|docteur|maître|maitre|"
    r"(?:mon|ma|notre|son|sa|leur)\s+(?:\w+\s+)?(?:voisin|voisine|fils|fille|mari|femme|épouse|époux|frère|"
    r"sœur|soeur|père|mère|oncle|tante|cousin|cousine|ami|amie|collègue|patron|patronne|propriétaire|"
    r"conjoint|conjointe|compagnon|compagne|enfant|neveu|nièce|petit-fils|petite-fille)))[\s,]*$"
)


def fold(value: str) -> str:
    """Lower case, no accents, single spaces: "Marie  Blachère" -> "marie blachere"."""
    decomposed = unicodedata.normalize("NFD", value)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.lower().split())


# (thirty-second pass, p94e) A mutuelle by its one-word name right after the word ("la mutuelle Alan", "de la
# mutuelle Alan à la MGEN"): the insurer's name, a first name or not, and so is the same word elsewhere in the message
# ("… envoie toujours chez Alan"). Not when a second capitalised word follows ("la mutuelle Jean Dupont").
_MUTUAL_NAME = re.compile(r"(?i:\bmutuelle)[ \t]+(?P<name>[A-ZÀ-Ý][\w\-]+)(?![ \t]+[A-ZÀ-Ý])(?![\w\-])")


def insurer_names(text: str) -> set[str]:
    """The one-word names of mutuelles the message names after the word "mutuelle", folded."""
    if "utuelle" not in text and "UTUELLE" not in text:
        return set()
    return {fold(match.group("name")) for match in _MUTUAL_NAME.finditer(text)}


# (thirty-third pass, p97e) Firms, apps and shops named by one word that is also a first name ("on est maintenant
# chez Alan", "850 € par Lydia", "des achats en quatre fois avec Alma", "le distributeur du Cora"), each with the
# words of its trade: the word is the firm's when the message speaks of that trade and the word stands after a
# preposition or a word of its kind ("chez", "par", "avec", "l'appli", "compte"), with no title, kin or surname. A
# person of that name in a message of that trade ("avec Max" in a message about a bank) would stay visible: the
# trade words are narrow, and "chez" alone is not enough for a first name as common as Paul or Nicolas, left out.
_FIRST_NAME_FIRMS = {
    "alan": r"mutuelle|complémentaire|complementaire|remboursement|télétransmission|teletransmission|tiers payant",
    "lydia": r"€|euros?|virement|appli|application|payé|payer|envoyé|envoyer|rembours",
    "sumeria": r"€|euros?|virement|appli|application|payé|payer|envoyé|envoyer|rembours",
    "luko": r"assur|sinistre|cambriol|dégât|degat",
    "max": r"banque|appli|application|compte|découvert|decouvert|avance|prêt|pret|crédit|credit",
    "alma": r"paiement|payé|payer|fois|achat|crédit|credit",
    "cora": r"supermarché|supermarche|hypermarché|hypermarche|courses|distributeur|magasin|caddie",
}
_FIRM_TRADE = {name: re.compile(rf"(?i){words}") for name, words in _FIRST_NAME_FIRMS.items()}
# a word of the firm's kind in the few words before it ("un compte chez Max", "Notre assureur, Luko"), or a
# preposition right before it ("850 € par Lydia"), except for a first name as common as Max ("dormi chez Max")
_FIRM_KIND_BEFORE = re.compile(
    r"(?i)\b(?:appli|application|app|compte|carte|banque|néobanque|neobanque|assureur|assurance|mutuelle|"
    r"complémentaire|complementaire)\b[^.\n!?]*\Z"
)
_FIRM_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:chez|avec|par|via|du|au)[ \t]+\Z")
_KIND_ONLY = {"max"}
_SURNAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]")


def first_name_firm(text: str, start: int, end: int) -> bool:
    """Whether the one word `text[start:end]` is a firm named like a first name (see `_FIRST_NAME_FIRMS`): the
    message speaks of its trade and, at this place or another of the message, the word follows a preposition or
    a word of its kind."""
    trade = _FIRM_TRADE.get(fold(text[start:end]))
    if trade is None or not trade.search(text) or _SURNAME_AFTER.match(text, end):
        return False
    word = text[start:end]
    for match in re.finditer(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", text):
        before = text[max(0, match.start() - 25) : match.start()]
        preposition = fold(word) not in _KIND_ONLY and _FIRM_PREPOSITION_BEFORE.search(before)
        if (preposition or _FIRM_KIND_BEFORE.search(before)) and not _SURNAME_AFTER.match(text, match.end()):
            return True
    return False


def is_brand(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, read as a person's name, is one of the brands, with no title or kin before it."""
    value = fold(text[start:end])
    if (
        value not in BRANDS
        and value not in NOT_PERSONS
        and not LENDERS.intersection(value.split(" "))
        and value not in insurer_names(text)
        and not (value in _FIRST_NAME_FIRMS and first_name_firm(text, start, end))
        and not is_vehicle(text, start, end)
    ):
        return False
    return _PERSON_BEFORE.search(text[max(0, start - 40) : start]) is None


_employer: EmployerRecognizer | None = None


def brand_type(text: str, start: int, end: int) -> str | None:
    """What a name found at `text[start:end]` is if it is a brand: "" (nothing to mask) or the employer's type
    (named after an employment cue); None when it is no brand."""
    global _employer
    if not is_brand(text, start, end):
        return None
    if _employer is None:
        _employer = EmployerRecognizer()
    # the employer recogniser's cues, before it sets aside what reads as a first name and a name
    for a, b, _score in RegexRecognizer.spans(_employer, text):
        if a <= start and end <= b:
            return EMPLOYER
    return ""
