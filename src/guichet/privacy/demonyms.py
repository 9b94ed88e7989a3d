"""Nationality and regional adjectives in lower case ("je suis philippine", "ma femme est mauricienne"): French
writes them without a capital, and several are also given names (Philippine, Argentine, Lorraine, Romaine): after
"je suis" or "ma femme est" such a word says where someone comes from, not who they are.

(thirty-fourth pass, p100e) Only lower case is read: "Je suis Philippine, j'habite à Brest" may be a name.
"""

import unicodedata

# The masculine singular; the feminine and the plurals are built below ("ivoirien" → "ivoirienne", "ivoiriens").
_MASCULINE = """
afghan albanais algérien allemand américain angolais arménien argentin australien autrichien azerbaïdjanais
bangladais basque belge béninois biélorusse birman bolivien bosnien brésilien breton britannique bulgare burkinabé
burundais cambodgien camerounais canadien capverdien cap-verdien centrafricain chilien chinois chypriote colombien
comorien congolais coréen corse croate cubain danois djiboutien dominicain écossais égyptien équatorien érythréen
espagnol estonien éthiopien européen finlandais français gabonais gambien géorgien ghanéen grec guadeloupéen
guatémaltèque guinéen guyanais haïtien hondurien hongrois indien indonésien irakien iranien irlandais israélien
italien ivoirien jamaïcain japonais jordanien kabyle kanak kazakh kenyan kirghiz kosovar koweïtien kurde laotien
letton libanais libérien libyen lituanien lorrain luxembourgeois macédonien mahorais malais malaisien malgache
malien maltais marocain martiniquais mauricien mauritanien mexicain moldave mongol monténégrin mozambicain namibien
népalais néerlandais nicaraguayen nigérian nigérien normand norvégien ougandais ouzbek pakistanais palestinien
panaméen paraguayen péruvien philippin polonais polynésien portugais qatari réunionnais roumain russe rwandais
salvadorien saoudien sénégalais serbe sierra-léonais singapourien slovaque slovène somalien soudanais sri-lankais
suédois suisse syrien tadjik tahitien taïwanais tamoul tanzanien tchadien tchèque tchétchène thaïlandais tibétain
togolais tunisien turc turkmène ukrainien uruguayen vénézuélien vietnamien yéménite zambien zimbabwéen
"""

_IRREGULAR_FEMININE = {"turc": "turque", "grec": "grecque", "kazakh": "kazakhe", "kanak": "kanak"}


def _forms(masculine: str) -> set[str]:
    if masculine in _IRREGULAR_FEMININE:
        feminine = _IRREGULAR_FEMININE[masculine]
    elif masculine.endswith("e"):
        feminine = masculine
    elif masculine.endswith(("ien", "éen", "on")):
        feminine = masculine + "ne"
    else:
        feminine = masculine + "e"
    forms = {masculine, feminine, feminine + "s"}
    forms.add(masculine if masculine.endswith(("s", "x")) else masculine + "s")
    return forms


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_DEMONYMS = frozenset(_fold(form) for word in _MASCULINE.split() for form in _forms(word))


def is_demonym(word: str) -> bool:
    """`word` is a nationality or regional adjective written in lower case, with or without its accents."""
    return word.islower() and _fold(word) in _DEMONYMS
