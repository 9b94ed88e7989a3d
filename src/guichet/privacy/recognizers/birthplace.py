"""Places of birth said as such: "né à Colmar", "née le 17/09/1986 à Sétif (Algérie)", "lieu de naissance : Oloron-
Sainte-Marie", "native de Cebu", "born in Zaporizhzhia".

Product decision (nineteenth pass): the commune, town or city where a person was born is personal data and is
masked; the country stays, so that the reply can tell a birth abroad (acte from the Service central d'état civil in
Nantes) and which country: "né à Sétif (Algérie)" → "né à [LIEU_NAISSANCE_1] (Algérie)". "Né au Maroc", "née en
Algérie", "né à l'étranger", "né en France" and a country after "à" ("à Madagascar", "à Cuba") are left as they are,
and so is a département or a country in brackets after the commune ("Quimperlé (Finistère)": coarse, and the
corpora plant the commune alone). The same town named again elsewhere in the message is the same person's and is
masked there too (twenty-third pass), except as an office's, a court's or a street's ("le tribunal de Pau").

Thirty-eighth pass (the lead's decision): a country of birth other than France is personal data too; this recogniser
still leaves it, and `birth_country` masks it as `[PAYS_NAISSANCE_ETRANGER_n]` ("né à [LIEU_NAISSANCE_1]
([PAYS_NAISSANCE_ETRANGER_1])"); France and the overseas places stay.
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.text import fold

ENTITY = "LIEU_NAISSANCE"

# Countries, and the French overseas territories and islands named like one, in French (and a few in the writer's
# own language or in English, as forms and passports give them), without article; compared folded ("algerie").
COUNTRIES = frozenset(
    fold(name)
    for name in (
        "Afghanistan Afrique-du-Sud Albanie Algérie Allemagne Andorre Angleterre Angola Arabie-Saoudite Argentine "
        "Arménie Australie Autriche Azerbaïdjan Bahreïn Bangladesh Belgique Bénin Biélorussie Birmanie Bolivie Bosnie "
        "Brésil Bulgarie Burkina Burkina-Faso Burundi Cambodge Cameroun Canada Cap-Vert Centrafrique Chili Chine "
        "Chypre Colombie Comores Congo Corée Croatie Cuba Danemark Djibouti Écosse Égypte Équateur Érythrée Espagne "
        "Estonie États-Unis Éthiopie Finlande France Gabon Gambie Géorgie Ghana Grèce Guatemala Guinée "
        "Guinée-Bissau Guinée-Équatoriale Haïti Honduras Hongrie Inde Indonésie Irak Iran Irlande Islande Israël "
        "Italie Jamaïque Japon Jordanie Kazakhstan Kenya Kirghizistan Kosovo Koweït Laos Lettonie Liban Liberia "
        "Libye Liechtenstein Lituanie Luxembourg Macédoine Madagascar Malaisie Malawi Mali Malte Maroc Maurice "
        "Mauritanie Mexique Moldavie Monaco Mongolie Monténégro Mozambique Namibie Népal Nicaragua Niger Nigeria "
        "Norvège Ouganda Ouzbékistan Pakistan Palestine Panama Paraguay Pays-Bas Pérou Philippines Pologne Portugal "
        "Qatar Roumanie Royaume-Uni Russie Rwanda Salvador Sénégal Serbie Seychelles Singapour Slovaquie Slovénie "
        "Somalie Soudan Sri-Lanka Suède Suisse Syrie Tadjikistan Taïwan Tanzanie Tchad Tchéquie Thaïlande Togo "
        "Tunisie Turkménistan Turquie Ukraine Uruguay Venezuela Vietnam Viêt-Nam Yémen Zambie Zimbabwe "
        "RDC USA UK Algeria Morocco Tunisia Senegal Philippines Ukraine Portugal Brazil Brasil Germany Italy Spain "
        "España Italia Deutschland Polska Türkiye "
        # (fortieth pass, p124e) France in the writer's own language, no person's name: "vivo in Francia"
        "Francia França Frankreich Francja Frankrijk "
        # overseas France and islands named as a region ("née à Mayotte", "né à Tahiti")
        "Mayotte Réunion Guadeloupe Martinique Guyane Tahiti Polynésie Nouvelle-Calédonie Wallis Futuna "
        "Wallis-et-Futuna Saint-Pierre-et-Miquelon Saint-Barthélemy Corse Anjouan Mohéli Grande-Comore "
        # named after "aux" ("née aux Comores", "né aux Antilles"): islands and countries said in the plural
        "Antilles Émirats Maldives Bahamas Baléares Canaries Açores Marquises Kerguelen Îles Iles"
    ).split()
) | {
    fold(name)
    for name in (
        "Sri Lanka",
        "Burkina Faso",
        "Viet Nam",
        "Côte d'Ivoire",
        "Côte d’Ivoire",
        "Costa Rica",
        "Puerto Rico",
        "El Salvador",
        "Nouvelle Calédonie",
        "Grande Comore",
        "Arabie Saoudite",
        "Afrique du Sud",
        "États Unis",
        "Pays Bas",
        "Royaume Uni",
        "Cap Vert",
        "La Réunion",
        "Sierra Leone",
        "Nouvelle-Zélande",
        "République tchèque",
        "République démocratique du Congo",
        "République centrafricaine",
        "United Kingdom",
        "United States",
    )
}
# Capitalised words after "à" that are no place: feasts, and the words a sentence goes on with.
_NOT_PLACES = frozenset(
    fold(word)
    for word in (
        "Noël Pâques Toussaint Pentecôte Madame Monsieur Mme Mr Mlle Maître Me Docteur Dr Je Il Elle On Nous Vous Ils "
        "Elles Mon Ma Mes Son Sa Ses Notre Nos Leur Leurs Ce Cette Ces Et Mais Ou Donc Car Pour Par Avec Sans Sur "
        "Sous Dans Depuis Chez Vers Au Aux En De Du Des Un Une Le La Les Lui Moi Toi Qui Que Quand Si Merci Bonjour "
        "Cordialement Domicile Domicilié Domiciliée Demeurant Adresse Tel Tél Téléphone Nationalité "
        # a ward or a region after "au" ("née au CHU de Caen", "né au Pays basque", "au Nord-Kivu" stays a region)
        "CHU CHR CHI Centre Hôpital Hopital Pays Nord Sud Est Ouest Québec Kurdistan Sahara Tonkin Pendjab Cachemire"
    ).split()
)

# A word of a place: capitalised (also in capitals), with accents, apostrophes and hyphens, whose parts after a
# hyphen may be lower case: "Rohrbach-lès-Bitche", "Pointe-à-Pitre", "Hô Chi Minh-Ville", "L'Haÿ-les-Roses".
_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*"
# A particle inside a spaced name, before another capitalised word: "Rio de Janeiro", "Villeneuve d'Ascq".
_PARTICLE = r"(?:de|del|da|do|dos|das|di|du|des|la|el|al|d['’])"
_PLACE = (
    r"(?P<pii>(?:(?:La|Le|Les|LA|LE|LES)[ \t]+|L['’])?" + _WORD + r"(?:(?:[ \t]+" + _PARTICLE + r"[ \t]*|[ \t]+)"
    r"(?!(?:Le|La|Les|En|Au|Aux|De|Du|Des|Et)\b)" + _WORD + r"){0,3})"
    r"(?![\w'’\-])"
)
# The word of a birth: né, née, nés, nées, né(e), né(e)s, nee; never the end of "aîné" or "mort-né".
_BORN = r"(?<![\w'’\-])(?i:n[ée]e?s?|nee|n[ée]\(e\)s?|n[ée]e?\(s\)|n[ée]\(es\))(?![\w])"
_MONTHS = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    r"janv\.?|févr\.?|fév\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|déc\.?|"
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
_NUMBER_WORDS = (
    r"premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
    r"trente|quarante|cinquante|soixante|cent|mil|mille|et"
)
# A date or a year as people write it after "né le" / "né en": "17/09/1986", "1er mars 1938", "3 mars",
# "0 7 / 1 0 / 1 9 9 1", "premier avril quarante-sept", "1944 (11)", "1958-04-02".
_DATE_TOKEN = (
    r"(?:\d{4}[ \t]*[/.\-][ \t]*\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}|"
    r"\d{1,4}(?:er|re)?|\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}(?:[ \t]*[/.\-][ \t]*\d{2,4})?|\(\d{1,2}\)|"
    r"\(?(?i:présumée?)\)?|"
    r"(?i:" + _MONTHS + r"|" + _NUMBER_WORDS + r")(?:-(?i:" + _NUMBER_WORDS + r"))*)"
)
_DATE = r"(?:" + _DATE_TOKEN + r")(?:[ \t]+(?:" + _DATE_TOKEN + r"))*?"
# What may stand between the birth word and "à": a maiden name ("née Schwartz le 18 mars 1939 à"), a date, a year,
# a country ("née en Algérie, à Sétif"), "tous les deux".
_MAIDEN = (
    r"(?:[ \t]+" + _WORD + r"){1,3}"
    # (second shift, p65: the married name, then the maiden one after a comma: "née Ingrid Schneider, geb. Baumann,",
    # "née Marie Roux, épouse Lenz,")
    r"(?:[ \t]*,[ \t]*(?i:geb\.|geborene|ép\.|épouse|epouse|veuve)(?:[ \t]+" + _WORD + r"){1,2}[ \t]*(?=,))?"
)
_WHEN = r"(?:[ \t]*,?[ \t]*\(?(?i:le|du|en|on|in)?[ \t]*:?[ \t]*" + _DATE + r"\)?)"
_COUNTRY_FIRST = r"(?:[ \t]+(?i:en|au|aux)[ \t]+" + _WORD + r"[ \t]*,?)"
# (thirty-eighth pass, p117e) A country named after "en", "au" or "aux", of one to three words ("Pays-Bas", "Côte
# d'Ivoire", "République démocratique du Congo"), before the town in brackets.
_COUNTRY_NAMED = (
    r"(?:[ \t]+(?i:en|au|aux)[ \t]+"
    + _WORD
    + r"(?:[ \t]+(?:d['’][ \t]*|de[ \t]+|du[ \t]+|des[ \t]+)?"
    + _WORD
    + r"){0,2})"
)
_TOGETHER = (
    r"(?:[ \t]+(?i:tous|toutes|tous[ \t]+les[ \t]+deux|toutes[ \t]+les[ \t]+deux|aussi|également|"
    r"elle[ \t]+aussi|lui[ \t]+aussi))"
)
# ("A" too: a message in capitals, "NE LE 08/03/2020 A PIKINE")
# ("au" too, before a town whose name starts with "Le": "né au Moule", "née au Havre", "au Lamentin"; a country
# after it stays, "né au Maroc", and so does a ward, "née au CHU de…")
_AT = r"[ \t]*,?[ \t]+(?:à|a|À|A|(?i:aux|au))[ \t]*:?[ \t]+"
# The commune after the place of the birth: "à la maternité de Vannes", "à l'hôpital de Saint-Lô", "dans votre commune
# (Saint-Amand-Montrond)" (to the mairie that keeps the acte), "dans la commune de Bourganeuf".
_WARD = (
    r"(?:[ \t]*,?[ \t]+(?:à|a|À)[ \t]+(?i:la[ \t]+maternité|la[ \t]+maternite|l['’][ \t]*hôpital|l['’][ \t]*hopital|"
    r"la[ \t]+clinique|le[ \t]+CHU)[ \t]+(?i:de[ \t]+|d['’][ \t]*)|"
    # "née au CHU de Caen", "né au centre hospitalier de Dax"
    r"[ \t]*,?[ \t]+(?i:au)[ \t]+(?:CHU|CHR|(?i:centre[ \t]+hospitalier))[ \t]+(?i:de[ \t]+|d['’][ \t]*)|"
    r"[ \t]*,?[ \t]+(?i:dans)[ \t]+(?i:votre|la|cette|notre)[ \t]+(?i:commune|ville)[ \t]*"
    r"(?:\([ \t]*|(?i:de[ \t]+|d['’][ \t]*)|,[ \t]*))"
)
# A hospital, a clinic or a maternity named by its own name, with no "de" (twenty-fourth pass, p61): "née le … à la
# clinique Bel-Air", "né à la maternité de l'hôpital Jean-Verdier" (the name is masked, the kind of place stays; "à
# la clinique" alone names no place).
_NAMED_WARD = (
    r"[ \t]*,?[ \t]+(?:à|a|À)[ \t]+(?i:la[ \t]+maternit[ée][ \t]+(?:de[ \t]+l['’][ \t]*h[ôo]pital|"
    r"de[ \t]+la[ \t]+(?:poly)?clinique)|la[ \t]+maternit[ée]|l['’][ \t]*h[ôo]pital|la[ \t]+(?:poly)?clinique)"
    r"[ \t]+(?!(?i:de|d['’]|du|des)(?![\w'’\-]))"
)


class BirthplaceRecognizer(RegexRecognizer):
    """The town after a birth word or a label; countries and overseas regions stay (see the module's docstring)."""

    ENTITY = ENTITY
    PATTERNS = (
        # "né à Colmar", "née le 17/09/1986 à Sétif", "née Schwartz le 18 mars 1939 à Rohrbach-lès-Bitche",
        # "né en 1952 à …", "née en Algérie, à Sétif", "tous les deux nés à Saint-Claude"
        (
            f"{_BORN}(?:{_MAIDEN})?(?:{_WHEN})?(?:{_COUNTRY_FIRST})?(?:{_TOGETHER})?{_AT}{_PLACE}",
            0.8,
        ),
        # (thirty-eighth pass, p117e) the town in brackets after the country of birth: "né le 30/05/1969 aux Pays-Bas
        # (Dordrecht)", "née en Italie (Sanremo)", "né en Côte d'Ivoire (Bouaké)"; the country is `_is_town`'s
        # decision, the town is masked as any town of birth is
        (f"{_BORN}(?:{_MAIDEN})?(?:{_WHEN})?{_COUNTRY_NAMED}" + r"[ \t]*\([ \t]*" + _PLACE + r"(?=[ \t]*\))", 0.8),
        # "née le 2 mai 1950 à la maternité de Vannes", "né le … dans votre commune (Saint-Amand-Montrond)"
        (f"{_BORN}(?:{_MAIDEN})?(?:{_WHEN})?(?:{_TOGETHER})?{_WARD}{_PLACE}", 0.8),
        # "née le 28 mai 2024 à la clinique Bel-Air", "né à la maternité de l'hôpital Jean-Verdier"
        (f"{_BORN}(?:{_MAIDEN})?(?:{_WHEN})?(?:{_TOGETHER})?{_NAMED_WARD}{_PLACE}", 0.8),
        # "son acte de naissance (Plougastel-Daoulas, 11 novembre 1940)": the commune, then the date, in brackets
        (r"(?i:\bnaissance)[ \t]*\([ \t]*" + _PLACE + r"(?=[ \t]*,[ \t]*(?i:le[ \t]+)?(?:\d|" + _MONTHS + r"))", 0.8),
        # "lieu de naissance : Oloron-Sainte-Marie", "Lieu de naissance | Ghazni", "ville de naissance : Oran"; a
        # separator is needed: in a list of what a form asks, the label stands before the next one ("Lieu de
        # naissance Numéro de sécurité sociale", fiches F13890, F1599)
        (
            r"(?i:\b(?:lieu|ville|commune|localité)[ \t]+(?:de[ \t]+)?naissance|\bplace[ \t]+of[ \t]+birth|"
            r"\bbirth[ \t]*place|\bcity[ \t]+of[ \t]+birth)(?:[ \t]*\([^)\n]{0,30}\))?"
            r"[ \t]*(?::|\||=|-|–|(?i:est))[ \t]*(?:(?i:à)[ \t]+)?" + _PLACE,
            0.8,
        ),
        # (thirty-third pass, p95) the town in brackets after the label, as a list of what a fraudster knew says
        # it: "ma date de naissance (…), ma ville de naissance (Montbéliard) et mon adresse"
        (
            r"(?i:\b(?:lieu|ville|commune|localité)[ \t]+(?:de[ \t]+)?naissance|\bville[ \t]+natale)"
            r"[ \t]*\([ \t]*" + _PLACE + r"(?=[ \t]*\))",
            0.8,
        ),
        # a form's birth date, then the town: "Date de naissance : 04/07/1979 à Montauban", "Date et lieu de
        # naissance : 2 mai 1961 à Lens"
        (
            r"(?i:\bdate[ \t]+(?:et[ \t]+lieu[ \t]+)?de[ \t]+naissance|\bdate[ \t]+of[ \t]+birth)"
            r"[ \t]*(?::|\||=|-|–)[ \t]*" + _DATE + _AT + _PLACE,
            0.8,
        ),
        # the town first, the birth after it: "inhumation à Kaolack, où il est né le…", "à Tizi, où je suis née"
        (
            r"(?<![\w'’\-])(?:à|a|À)[ \t]+" + _PLACE + r"[ \t]*,?[ \t]+(?i:où|ou)[ \t]+"
            r"(?i:il|elle|je|j['’]|nous|ils|elles|mon[ \t]+\w+|ma[ \t]+\w+)[ \t]*"
            r"(?i:est|suis|sommes|sont|était|étais|etait|etais|a[ \t]+été)?[ \t]*" + _BORN,
            0.8,
        ),
        # (thirty-first pass, p88) the town after a ward named with its own words, then "à": "né le 3 mars 2024 à la
        # maternité des HUG à Genève", "née à l'hôpital Saint-Joseph à Beyrouth"
        (
            f"{_BORN}(?:{_MAIDEN})?(?:{_WHEN})?(?:{_TOGETHER})?"
            r"[ \t]*,?[ \t]+(?:à|a|À)[ \t]+(?i:la[ \t]+maternit[ée]|l['’][ \t]*h[ôo]pital|la[ \t]+(?:poly)?clinique)"
            r"[^.,;:!?\n()]{1,40}?[ \t]+(?:à|a)[ \t]+" + _PLACE,
            0.8,
        ),
        # (thirty-first pass, p88) the town in lower case after a birth and its date, ending the phrase: "né le
        # 02/05/1990 à viseu.", "née le 3 mars 1985 a porto," (a date first; "né à terme", "né à domicile" name no
        # town)
        (
            f"{_BORN}(?:{_MAIDEN})?{_WHEN}{_AT}"
            r"(?P<pii>(?!(?:la|le|les|une?|terme|domicile|maison|hôpital|hopital|clinique|maternité|maternite)"
            r"(?![\w'’\-]))[a-zà-ÿ][a-zà-ÿ]{2,}(?:-[a-zà-ÿ]+)*)(?=[ \t]*(?:[.,;!?)(\n]|$)"
            # (thirty-first pass, second shift, p89) or a new clause after it, in a message dictated without
            # punctuation: "né le vingt deux juin mille neuf cent cinquante huit à saïgon je voudrais savoir"
            r"|[ \t]+(?:je|j['’ ]|il|elle|nous|ils|elles|mon|ma|mes|et|mais|depuis|puis)(?![\w'’\-]))",
            0.7,
        ),
        # (thirty-first pass, p88) in German, as a German writer signs: "geb. 14.03.1985 in Hamburg", "geboren am 3.
        # Mai 1980 in Köln"
        (
            r"(?<![\w'’\-])(?i:geb\.|geboren|geborene)(?:[ \t]+(?i:am))?(?:"
            + _WHEN
            + r")?[ \t]+(?i:in)[ \t]+"
            + _PLACE,
            0.8,
        ),
        # "native de Cebu", "natif d'Oran", "native of Cebu"
        (r"(?<![\w'’\-])(?i:natif|native|natifs|natives)[ \t]+(?i:de[ \t]+|d['’][ \t]*|of[ \t]+)" + _PLACE, 0.8),
        # "born in Zaporizhzhia", "Born 04/11/1987 in Iloilo City", "born at Kandy", "Born: 08/12/2001, Davao City"
        (r"(?<![\w'’\-])(?i:born)(?:" + _WHEN + r")?[ \t]*,?[ \t]+(?i:in|at)[ \t]+" + _PLACE, 0.8),
        (r"(?<![\w'’\-])(?i:born)[ \t]*:[ \t]*" + _DATE + r"[ \t]*,[ \t]*" + _PLACE, 0.8),
    )

    def valid(self, value: str, text: str, start: int) -> bool:
        return _is_town(value) and not _negation_in_capitals(text[max(0, start - 80) : start])

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        found = list(super().spans(text))
        for _start, end, score in list(found):
            found.extend(_second_birthplace(text, end, score))
        yield from found
        yield from _named_again(text, found)


# A second birth said without its verb, in the same sentence: "Je suis née à Saint-André, mon compagnon à
# Saint-Benoît", "Chloé est née aux Abymes et Kevin à Basse-Terre", "moi à Fort-de-France et mon mari, Julien, à
# Angers". Between the first town and "à": "et" or a comma, then who (a possessive, a pronoun, or capitalised
# words of a name, commas allowed), and no verb of another sense ("mon frère vit à Lyon", "il travaille à…").
_SECOND = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:(?:en|in)[ \t]+\d{4}[ \t]*)?"
    # the first one's date between ("né à Mata-Utu (Wallis) le 8 mars 1994, et moi à …")
    r"(?:(?i:le|du)[ \t]+(?:" + _DATE_TOKEN + r")(?:[ \t]+(?:" + _DATE_TOKEN + r")){0,3}[ \t]*)?"
    r"(?:,[ \t]*(?:et[ \t]+)?|[ \t]+et[ \t]+)"
    r"(?P<who>(?:(?i:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|moi|lui|elle|eux|celui|celle)\b|"
    r"[A-ZÀ-Ý][\w'’\-]+\b)[^.;:!?\n()]{0,45}?)"
    r"[ \t]*,?[ \t]+(?:à|a|À|(?i:aux|au))[ \t]+" + _PLACE
)
_VERB = re.compile(
    # ("vis", thirty-ninth pass, p120e: "née à Cebu, Philippines, je vis à Nice" is no second birth)
    r"(?i)\b(?:habite\w*|vi[tv]\w*|vis|vivent|travaill\w*|réside\w*|reside\w*|demeur\w*|est|sont|était|étaient|"
    r"suis|es|a|ai|ont|avait|va|vont|part\w*|rest\w*|étudi\w*|loge\w*|hébergé\w*|install\w*|mari[ée]\w*|"
    r"décéd\w*|mort\w*|inhum\w*|enterr\w*|domicili\w*|rendez-vous|retourn\w*|allé\w*|envoy\w*)\b"
)


def _second_birthplace(text: str, end: int, score: float) -> Iterator[tuple[int, int, float]]:
    match = _SECOND.match(text, end)
    if match is None or _VERB.search(match.group("who")):
        return
    value = match.group("pii")
    if _is_town(value):
        yield match.start("pii"), match.end("pii"), score
        yield from _second_birthplace(text, match.end("pii"), score)


# An office, a court or a service named after its town: the town stays there ("le tribunal de Pau", "la CAF de
# Papeete", "le service central d'état civil à Nantes"), though the writer was born in it.
_OFFICE_BEFORE = re.compile(
    r"(?i:tribunal|cour|préfecture|prefecture|sous-préfecture|mairie|caf|cpam|carsat|cgss|caisse|agence|consulat|"
    r"ambassade|hôpital|hopital|chu|chr|clinique|maternité|maternite|université|universite|lycée|lycee|collège|"
    r"college|école|ecole|gare|aéroport|aeroport|port|service|centre|état[ \t]+civil|etat[ \t]+civil|ville|"
    r"commune|rue|avenue|boulevard|place|route|chemin)(?:[ \t]+[\wà-ÿ'’\-]+){0,3}?[ \t]+(?:de|d['’]|du|à|a)[ \t]*$"
)


def _named_again(text: str, found: list[tuple[int, int, float]]) -> Iterator[tuple[int, int, float]]:
    """The town of a birth named again elsewhere in the message ("Nous sommes arrivés de Papeete en août … née à
    Papeete"): the same person's town, masked there too, except as an office's, a court's or a street's."""
    towns = {text[start:end]: score for start, end, score in found}
    spans = {(start, end) for start, end, _ in found}
    for town, score in towns.items():
        for match in re.finditer(r"(?<![\w'’\-])" + re.escape(town) + r"(?![\w\-])", text):
            if (match.start(), match.end()) in spans:
                continue
            if _OFFICE_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue
            yield match.start(), match.end(), score


# In a message in capitals, "NE" is also the negation ("PERSONNE NE RÉPOND AUX MESSAGES", "NE NOUS A DIT"): an
# unaccented "NE" is a birth only with a date before the town ("NE LE 08/03/2020 A PIKINE").
_CAPITAL_NE = re.compile(r"(?<![\w'’\-])NEE?S?(?![\w'’\-])(?P<rest>[^\n]*)$")


def _negation_in_capitals(before: str) -> bool:
    match = _CAPITAL_NE.search(before)
    return match is not None and re.search(r"\d", match.group("rest")) is None


def _is_town(value: str) -> bool:
    """Not a country or an overseas region, not a word a sentence goes on with."""
    folded = fold(value)
    if folded in COUNTRIES or re.sub(r"^(?:la|le|les|l['’])\s*", "", folded) in COUNTRIES:
        return False
    first = re.split(r"[ \t'’\-]", value, maxsplit=1)[0]
    return fold(first) not in _NOT_PLACES or fold(first) in {"la", "le", "les"} and len(value.split()) > 1
