"""Countries of birth other than France (thirty-eighth pass, engineer-p116e): which words name one.

Product decision (the lead's, thirty-eighth pass, issue 13): a country of birth other than France is personal data
(it can reveal origin) and is masked with a placeholder of its own, `[PAYS_NAISSANCE_ETRANGER_n]`, whose name keeps
what a reply needs — that the birth was abroad (acte from the Service central d'état civil in Nantes). France, "la
métropole" and the overseas departments, regions and communities (Guadeloupe, La Réunion, Mayotte, Tahiti…) stay
visible, coarse like a département; so do vague words ("les îles", "les Antilles").

Names are compared folded, with spaces, hyphens and apostrophes alike ("Côte-d'Ivoire" = "Côte d'Ivoire").
"""

import re

from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.text import fold


def key(name: str) -> str:
    """A name as compared: folded, each run of spaces, hyphens and apostrophes one space, no article first."""
    folded = re.sub(r"[\s\-'’]+", " ", fold(name)).strip()
    return re.sub(r"^(?:la|le|les|l) ", "", folded)


# France and its overseas places, and words that name no one country: a birth there is no birth abroad.
FRENCH_OR_VAGUE = frozenset(
    key(name)
    for name in (
        "France",
        # (fortieth pass, p124e) France in another language ("nata in Francia", "geboren in Frankreich")
        "Francia",
        "França",
        "Frankreich",
        "Francja",
        "Frankrijk",
        "métropole",
        "France métropolitaine",
        "Corse",
        "Mayotte",
        "Réunion",
        "La Réunion",
        "Guadeloupe",
        "Martinique",
        "Guyane",
        "Guyane française",
        "Tahiti",
        "Polynésie",
        "Polynésie française",
        "Nouvelle-Calédonie",
        "Wallis",
        "Futuna",
        "Wallis-et-Futuna",
        "Saint-Pierre-et-Miquelon",
        "Saint-Barthélemy",
        "Saint-Martin",
        "Marquises",
        "Kerguelen",
        "Antilles",
        "Îles",
        "Iles",
    )
)

# Countries missing from `birthplace.COUNTRIES` (which other recognisers read and which stays as it was), their
# longer names, and former names that people born before they changed still write ("né au Zaïre", "en URSS").
_MORE = (
    "Comores",
    "Corée du Sud",
    "Corée du Nord",
    "Soudan du Sud",
    "République dominicaine",
    "République du Congo",
    "République populaire de Chine",
    "Congo-Brazzaville",
    "Congo-Kinshasa",
    "Émirats arabes unis",
    "Guinée équatoriale",
    "Bosnie-Herzégovine",
    "Macédoine du Nord",
    "Trinité-et-Tobago",
    "Papouasie-Nouvelle-Guinée",
    "Sao Tomé-et-Principe",
    "São Tomé-et-Príncipe",
    "Grande-Bretagne",
    "Pays de Galles",
    "Irlande du Nord",
    "Hollande",
    "Bélarus",
    "Iraq",
    "Oman",
    "Bhoutan",
    "Brunei",
    "Myanmar",
    "Timor oriental",
    "Fidji",
    "Vanuatu",
    "Samoa",
    "Tonga",
    "Botswana",
    "Lesotho",
    "Eswatini",
    "Swaziland",
    "Libéria",
    "Nigéria",
    "Barbade",
    "Belize",
    "Guyana",
    "Suriname",
    "Porto Rico",
    "Hong Kong",
    "Macao",
    "Groenland",
    "Zaïre",
    "URSS",
    "Union soviétique",
    "Yougoslavie",
    "Tchécoslovaquie",
    "RDA",
    "RFA",
    "Indochine",
    "Dahomey",
    "Haute-Volta",
    "Ceylan",
    "Rhodésie",
    "Kampuchéa",
    "Sahara occidental",
    "Vatican",
    "Saint-Marin",
    # regions abroad said like a country ("né au Québec", "née au Kurdistan"): a birth abroad all the same
    "Québec",
    "Kurdistan",
    "Pendjab",
    "Cachemire",
    "Tonkin",
    "Nord-Kivu",
    "Sud-Kivu",
    # (thirty-ninth pass, p120e) regions abroad said "en …" as a country is ("né en Kabylie", "née en Casamance"):
    # the lead's policy masks a country of birth because it reveals origin, and such a region reveals it as
    # precisely (Algeria, Senegal, Turkey, Italy…); `birthplace` had taken "Kabylie" for a town or left it. None is
    # a French region's name.
    "Kabylie",
    "Casamance",
    "Anatolie",
    "Tchétchénie",
    "Sicile",
    "Sardaigne",
    "Calabre",
    "Andalousie",
    "Galice",
    "Transylvanie",
    "Morocco",
    "Algeria",
    "Tunisia",
    "Senegal",
    "Brazil",
)

FOREIGN = frozenset({key(name) for name in COUNTRIES} | {key(name) for name in _MORE}) - FRENCH_OR_VAGUE
_LONGEST = max(len(name.split()) for name in FOREIGN)
# A word of a country's name as written: letters, apostrophes and hyphens inside ("d'Ivoire", "Cap-Vert").
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def foreign_country_length(text: str) -> int:
    """The length of the foreign country that `text` begins with (an article allowed: "la Tunisie"), the longest
    one ("Corée du Sud" before "Corée"); 0 when it begins with none, or with France or an overseas place."""
    best = 0
    for count, word in enumerate(_WORD.finditer(text[:120]), start=1):
        if count == 1 and word.start() != 0 or count > _LONGEST + 1:
            break
        if key(text[: word.end()]) in FOREIGN:
            best = word.end()
    return best


def names_foreign_country(text: str) -> bool:
    """Whether a short text (what a bracket holds: "Mali", "Corée du Sud", "République populaire de Chine") names a
    foreign country among its words, and no French place."""
    words = [match.start() for match in _WORD.finditer(text)]
    if len(words) > 6:
        return False
    if any(key(text[start:]) in FRENCH_OR_VAGUE for start in words):
        return False
    return any(foreign_country_length(text[start:]) for start in words)
