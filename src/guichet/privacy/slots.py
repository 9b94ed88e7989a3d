"""Places in a sentence that hold a person's first name whatever the word, and numbers dictated in words.

- apposition after a kinship noun: "Le bébé, Gabriel, est né…", "mon fils, Jules,", "sa fille Victoire" - the
  slot says the word is a name, even a public or common first name the gazetteer marks as such;
- an inline first-name slot: "(prénom : Tiago)", "son prénom, c'est Tiago", "prénommée Inès", "s'appelle Ortega";
- a phone number dictated in words, wholly or in part: "zéro sept 53 48 20 16", "zéro six, douze, trente-quatre…".

Each rule keeps away from a word of the lexicon's common French, a stop word, a calendar word or a title. A
household's list item ("Famille Ramos : Tiago, …") was tried and dropped: it matched no text of the corpora outside
the batch it was written from.
"""

import re
from collections.abc import Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy.family_surnames import family_surnames
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_filler, is_french, is_listed
from guichet.privacy.name_rules import (
    _BRANDS,
    _CALENDAR,
    _CLOSING_WORDS,
    _DEPARTMENTS,
    _FUNCTION_WORDS,
    _OFFICE_WORDS,
    _SUBJECT_NOT,
    _TITLE_WORDS,
    _plain_common,
    in_capitals,
)
from guichet.privacy.names import CLITIC_AFTER, ENTITY
from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.privacy.spacy_fr import STOP_WORDS
from guichet.privacy.surname_subjects import surname_subjects
from guichet.privacy.word_names import signed_word_names, word_names

PHONE = "TELEPHONE"

_NAME = r"[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?"
_KIN = (
    r"bébé|bebe|nourrisson|fils|fille|enfant|fillette|garçon|garcon|aîné|aîn[ée]e|aine|ainee|cadet|cadette|benjamin|"
    r"benjamine|petit|petite|petit-fils|petite-fille|frère|frere|sœur|soeur|demi-frère|demi-sœur|demi-soeur|"
    r"neveu|nièce|niece|cousin|cousine|filleul|filleule|jumeau|jumelle|mari|époux|epoux|épouse|epouse|femme|"
    r"compagnon|compagne|conjoint|conjointe|concubin|concubine|fiancé|fiancée|mère|mere|père|pere|grand-mère|"
    r"grand-père|grand-mere|grand-pere|belle-fille|beau-fils|belle-mère|beau-père|oncle|tante"
)
# A kinship noun after a determiner, a comma or nothing, then a capitalised word: "le bébé, Gabriel, est né",
# "mon fils, Jules, a 4 ans", "sa fille Victoire". The name is closed by a comma, a bracket, the end of the clause
# or a lower-case word (a verb): "ma fille Louise habite", never a second capitalised word ("la mère Denis Martin"
# is left to the full-name rules).
_KIN_APPOSED = re.compile(
    r"(?i:(?<![\w'’\-])(?:le|la|l['’]|mon|ma|notre|votre|son|sa|leur|un|une|du|de[ \t]+la|au|à[ \t]+la)[ \t]*"
    r"(?:(?:petit|petite|jeune|plus[ \t]+jeune|grand|grande|dernier|dernière|nouveau-née?|nouveau|second|seconde|"
    r"deuxième|aînée?|cadette?|nouvelle?|autre)[ \t]+)?"
    rf"(?:{_KIN})(?:[ \t]+(?:aînée?|ainee?|cadette?|majeure?|mineure?|handicapée?|actuelle?|né(?:e)?|"
    r"de[ \t]+\d+[ \t]+ans))?)"
    rf"(?P<comma>[ \t]*,)?[ \t]+(?P<name>{_NAME})"
    r"(?=[ \t]*(?:[,;.)!?:\n]|$|\(|[ \t]+[a-zà-ÿ]))"
)
# The same in a message typed in capitals: "MON AUTRE FILS CONSTANT NE VEUT PAS", a known first name only.
_KIN_APPOSED_CAPS = re.compile(
    _KIN_APPOSED.pattern.replace(rf"(?P<name>{_NAME})", r"(?P<name>[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?)").replace(
        r"[ \t]+[a-zà-ÿ]", r"[ \t]+[A-ZÀ-Ý]"
    )
)
# Words after a kinship noun that are never a person: "le père Noël", "la mère Michel" (a song) stay to the rules
# that know full names.
_NOT_AFTER_KIN = {"noël", "noel", "fouettard", "teresa", "thérésa", "nature", "patrie", "michel"}

# An inline first-name slot: "(prénom : Tiago)", "prénom Tiago,", "son prénom, c'est Tiago", "prénommée Inès".
_FIRST_NAME_SLOT = re.compile(
    r"(?i:(?<![\w'’\-])(?:pr[ée]noms?[ \t]*(?::|,[ \t]*c['’]est|est)?|pr[ée]nomm[ée]e?s?|s['’]appel(?:le|ait|lera)|"
    r"m['’]appel(?:le|lent|ait|aient)))"
    rf"[ \t]+(?:«[ \t\u00a0]*|\"|“)?(?P<name>{_NAME})"
    r"(?=[ \t\u00a0]*(?:[,;.)!?»\"”:\n]|$|[ \t]+[a-zà-ÿ]|[ \t]+\())"
)


_SLOT_MORE = re.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]+(?:ou|et)[ \t]+)(?P<name>{_NAME})(?=[ \t]*(?:[,;.)!?»\"”:\n]|$|[ \t]+[a-zà-ÿ]|[ \t]+\())"
)


def _never_a_name(word: str) -> bool:
    """A stop, function, calendar, title or office word, or a filler: no slot holds it as a name."""
    lower = word.lower()
    return (
        lower in STOP_WORDS
        or lower in _FUNCTION_WORDS
        or lower in _CALENDAR
        or lower in _TITLE_WORDS
        or lower in _OFFICE_WORDS
        or is_filler(word)
    )


def _slot_word_ok(word: str) -> bool:
    """A capitalised word a slot may hold as a name: not common French, a stop, function, calendar, title or
    office word, nor a filler; a gazetteer name of any kind (public or common first names too), or a word of no
    language the lexicon knows."""
    if _never_a_name(word):
        return False
    kind = lookup(word)
    if kind is not None and kind.first:
        # a public word that is also common is a place or a body first ("Paris", "France"), not "Gabriel"
        return not (kind.common and kind.public) and not (kind.common and is_french(word) and _plain_common(word))
    return not is_french(word) and not _plain_common(word)


def kin_apposed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_KIN_APPOSED`; in a message typed in capitals, `_KIN_APPOSED_CAPS` with a first name the gazetteer
    knows."""
    if in_capitals(text):
        for match in _KIN_APPOSED_CAPS.finditer(text):
            word = match.group("name").capitalize()
            kind = lookup(word)
            if kind is not None and kind.first and word.lower() not in _NOT_AFTER_KIN and _slot_word_ok(word):
                yield match.start("name"), match.end("name"), 0.6
    for match in _KIN_APPOSED.finditer(text):
        word = match.group("name")
        if word.lower() in _NOT_AFTER_KIN or not _slot_word_ok(word):
            continue
        # without a comma, a word the gazetteer does not know as a first name is left to other rules
        # ("sa fille Préfecture…" never; "ma sœur Roseline" is known)
        kind = lookup(word)
        if match.group("comma") is None and (kind is None or not kind.first):
            continue
        if match.group("comma") is not None and CLITIC_AFTER.match(text, match.end("name")):
            continue  # "Mon fils, Paris lui plaît": the comma sets a topic apart, the word is the verb's subject
        yield match.start("name"), match.end("name"), 0.65


def slotted_first_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_FIRST_NAME_SLOT`."""
    for match in _FIRST_NAME_SLOT.finditer(text):
        if _slot_word_ok(match.group("name")):
            yield match.start("name"), match.end("name"), 0.65
            # the other names the slot gives: "on m'appelle Rémy ou Riri", "prénoms : Jean, Marc et Luc"
            end = match.end("name")
            while (more := _SLOT_MORE.match(text, end)) is not None and _slot_word_ok(more.group("name")):
                yield more.start("name"), more.end("name"), 0.6
                end = more.end("name")


# What people call the writer or a relative, after "on m'appelle", "tout le monde m'appelle", "à la maison on
# l'appelle": the next word is a nickname whatever its case or the lexicon ("choupette", "titine", "bichou",
# "ti-rose", "Will"), unless a frequent, stop, function, calendar or title word ("on m'appelle souvent", "elle
# m'appelle tous les jours", "on m'appelle madame"). A family word before it is passed over ("mémé Mounette",
# "tata lulu"); "ou", "ou bien", "et" or a comma add the next ones ("lamine ou bien dams").
_CALLED_BY = re.compile(
    r"(?i:(?<![\w'’\-])(?:on|tout[ \t]+le[ \t]+monde|tous|toutes|ils|elles|il|elle|[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*s)[ \t]+"
    r"(?:me|m['’]|l['’]|les[ \t]+)[ \t]*appel(?:le|lent|ait|aient)[ \t]+(?:«[ \t\u00a0]*|\"|“)?)"
)
_CALLED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?![\w'’])")
_CALLED_MORE = re.compile(r"(?i:[ \t]*,[ \t]*(?:(?:ou[ \t]+bien|ou|et)[ \t]+)?|[ \t]+(?:ou[ \t]+bien|ou|et)[ \t]+)")
# When someone calls: "il m'appelle bientôt", "on m'appelle demain", "elle m'appelle régulièrement".
_CALLED_WHEN = set(
    "bientôt bientot demain tard tôt tot vite souvent parfois jamais toujours encore aujourd'hui hier ici là "
    "maintenant ensuite désormais desormais dès des chaque tout tous rarement jeudi lundi".split()
)
# Family and affection words before a nickname, passed over ("mémé Mounette"); never a nickname on their own.
_CALLED_FAMILY = set(
    "mémé meme mémée pépé pepe mamie mamy mamé papi papy tata tonton tatie tantine maman papa bébé bebe chérie "
    "cherie chéri cheri ma mon la le petit petite p'tit p'tite ti tit grand grande".split()
)


def _called_word_ok(word: str) -> bool:
    lower = word.lower()
    if len(word) < 3 or lower in _CALLED_FAMILY or _never_a_name(word) and not lookup(word):
        return False
    if lower in _CALLED_WHEN or lower.endswith("ment"):
        return False
    return not _plain_common(word) and lower not in STOP_WORDS and lower not in _FUNCTION_WORDS


def called_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_CALLED_BY`."""
    for match in _CALLED_BY.finditer(text):
        position = match.end()
        while True:
            word = _CALLED_WORD.match(text, position)
            if word is None:
                break
            if word.group().lower() in _CALLED_FAMILY:
                gap = re.match(r"[ \t]+", text[word.end() :])
                if gap is None:
                    break
                position = word.end() + gap.end()
                continue
            if not _called_word_ok(word.group()):
                break
            yield word.start(), word.end(), 0.6
            more = _CALLED_MORE.match(text, word.end())
            if more is None:
                break
            position = more.end()


# A firm named after its owner: a trade's word before the name ("transports Vermenouze", "Garage Kerouédan",
# "Spedition Kühn", "les Vergers Delmas-Lacoste", "impresa edile Mazzoleni") or "Frères" / "& Fils" after it
# ("Lemarchand Frères", "Ferrandon & Fils"). The name is a surname the gazetteer knows or no word at all, never a
# French, common or public word, a brand or a département ("garage Renault", "boulangerie Centrale", "transports
# Ardèche").
_TRADE = (
    r"transports?|garage|boulangerie|pâtisserie|boucherie|charcuterie|menuiserie|maçonnerie|maconnerie|plomberie|"
    r"charpente|couverture|électricité|ets\.?|établissements|etablissements|entreprise|sarl|eurl|sas|scea|gaec|earl|"
    r"spedition|impresa(?:[ \t]+edile)?|taxis?|ambulances?|vergers|pépinières?|pepinieres?|élevage|elevage|"
    r"carrosserie|serrurerie|maison|auto[ \t]+pi[eè]ces|"
    # the shops and services citizens name an employer or a supplier by (p43 "Traiteur Arax", p47e "Électroménager
    # Pujol", "Immobilière Garnier"): each word a trade's or a shop's, never a person's
    r"traiteurs?|immobili[eè]re|électroménager|electromenager|brasserie|restaurant|pizzeria|coiffure|optique|"
    r"camping|pressing|fromagerie|librairie|quincaillerie|cordonnerie|bijouterie|ébénisterie|ebenisterie|"
    r"chauffage|déménagements|demenagements|paysages|pompes[ \t]+funèbres|pompes[ \t]+funebres|auto-école|"
    r"auto-ecole|"
    # a notary's or a lawyer's office by its holders' names: "Étude Moreau-Lenoir" (p46), "cabinet Rivière"
    r"étude|etude|cabinet"
)
_FIRM_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?i:{_TRADE})[ \t]+(?P<name>[A-ZÀ-Ý][a-zà-ÿß'’]+(?:-[A-ZÀ-Ý][a-zà-ÿß'’]+)?)(?![\w'’\-])"
)
_FIRM_AFTER = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][a-zà-ÿß'’]+(?:-[A-ZÀ-Ý][a-zà-ÿß'’]+)?)[ \t]+(?:&[ \t]+|et[ \t]+)?"
    r"(?:Frères|Freres|Fils|Cie)(?![\w'’\-])"
)
# a building firm: "Ferrandini BTP", "SANTUCCI BTP" (the name in capitals too)
_FIRM_BTP = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][A-Za-zÀ-ÿß'’]+(?:-[A-ZÀ-Ý][A-Za-zÀ-ÿß'’]+)?)[ \t]+BTP(?![\w'’\-])"
)

# A shop's sign, "Chez" capitalised inside a sentence or between quotes: "la supérette « Chez Kandiah »", "le
# restaurant Chez Mourad" (not "Chez nous" nor a sentence starting "Chez Lidl, …").
_FIRM_CHEZ = re.compile(
    r"(?:(?<=[«\"“][ \t])|(?<=[«\"“])|(?<=[a-zà-ÿ,][ \t]))Chez[ \t]+"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿß'’]+(?:-[A-ZÀ-Ý][a-zà-ÿß'’]+)?)(?![\w'’\-])"
)


_TRADE_BEFORE = re.compile(rf"(?<![\w'’\-])(?i:{_TRADE})[ \t]+\Z")


def _owner_word_ok(name: str, *, after_trade: bool = False) -> bool:
    """After a trade's word, a surname the gazetteer knows is the owner's even if also a French word ("Traiteur
    Pelletier"), and a word that is French only through a stripped ending ("Arax" read as "aras") is a name; a
    dictionary's own form or headword that is no surname still is not ("Traiteur Central")."""
    for word in name.split("-"):
        lower = fold(word)
        if _never_a_name(word) or lower in _DEPARTMENTS or lower in _BRANDS or lower in _SUBJECT_NOT:
            return False
        kind = lookup(word)
        if after_trade and kind is not None and kind.surname and not (kind.common or kind.public):
            continue
        french = is_listed(word) if after_trade and kind is None else is_french(word)
        if french or _plain_common(word) or (kind is not None and (kind.common or kind.public)):
            return False
        if kind is not None and not kind.surname:
            return False
    return True


def firm_owner_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Owners' names in firm names: see `_FIRM_BEFORE`, `_FIRM_AFTER`, `_FIRM_BTP` and `_FIRM_CHEZ` (a shop's sign
    also takes a known first name, never a brand, a French word or a public name)."""
    for pattern in (_FIRM_BEFORE, _FIRM_AFTER, _FIRM_BTP):
        for match in pattern.finditer(text):
            if _owner_word_ok(match.group("name"), after_trade=pattern is _FIRM_BEFORE):
                yield match.start("name"), match.end("name"), 0.55
    for match in _FIRM_CHEZ.finditer(text):
        name = match.group("name")
        kind = lookup(name)
        # (a first name the fiches also write capitalised is still the owner's here, "la Boulangerie Chez Martine",
        # twenty-fifth pass; not a town that is also a word, "Chez Paris", nor a country, "Chez France")
        owner = kind is not None and kind.first and not (kind.public and kind.common) and fold(name) not in COUNTRIES
        if owner and fold(name) not in _BRANDS and _TRADE_BEFORE.search(text, 0, match.start()):
            # "la Brasserie Chez Germaine", "restaurant Chez Paulette": after a trade's word, the owner's first
            # name, even one that is also a French word
            yield match.start("name"), match.end("name"), 0.55
        elif (kind is not None and kind.first and not kind.surname) or _owner_word_ok(name):
            if fold(name) not in _BRANDS and not is_french(name) and not (kind is not None and kind.public):
                yield match.start("name"), match.end("name"), 0.55


# "Msa" (Moussa), a word of Comorian names, in title case after "née", a title or a relative's word, then one or two
# capitalised words: "née Msa Echati", "ma mère Msa Hadidja", "Mme Msa Zalifa Abdou". The office is written "MSA",
# or "la Msa" after an article; the words after it are a first name the gazetteer knows or a surname, an unknown
# word, never a French word, a département or a brand ("Msa Gironde", "Msa Sud Aquitaine" stay).
_MSA_NAME = re.compile(
    rf"(?i:(?<![\w'’\-])(?:née?|épouse|veuve|vve|mme|madame|monsieur|mlle|mademoiselle|m\.|{_KIN}))[ \t]+"
    r"(?P<name>Msa(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?){1,2})(?![\w'’\-])"
)


def _msa_word_ok(word: str) -> bool:
    kind = lookup(word)
    if kind is not None and kind.first and not kind.public and fold(word) not in _BRANDS:
        return True
    return _owner_word_ok(word)


def msa_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_MSA_NAME`: the whole name, "Msa" with it; the words after the first are kept while they pass."""
    for match in _MSA_NAME.finditer(text):
        start, end = match.start("name"), match.start("name") + 3
        for word in re.finditer(r"\S+", match.group("name")[3:]):
            if not _msa_word_ok(word.group()):
                break
            end = match.start("name") + 3 + word.end()
        if end > start + 3:
            yield start, end, 0.6


# A household named by its surname after "chez les", "avec les": "hébergés chez les Benali", "ouvrier agricole chez
# les Dubreuil"; the name checked as a firm's owner is (a surname or an unknown word, no French or common word, no
# brand, no département: "chez les Vergers Sauvaire", "chez les Bleus" stay), never a trade's word ("chez les Ets").
_HOUSEHOLD = re.compile(
    r"(?<![\w'’\-])(?i:chez|avec|pour)[ \t]+les[ \t]+"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿß'’]+(?:-[A-ZÀ-Ý][a-zà-ÿß'’]+)?)(?![\w'’\-])"
)


def household_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_HOUSEHOLD`."""
    for match in _HOUSEHOLD.finditer(text):
        name = match.group("name")
        if not re.fullmatch(rf"(?i:{_TRADE})", name) and _owner_word_ok(name):
            yield match.start("name"), match.end("name"), 0.55


# A doctor's name typed in lower case, a compound or a word no dictionary holds: "le dr wagner-eichholtzer", "chez
# le docteur eichholtzer" (a lower-case name the gazetteer knows is already found; "le docteur de garde" stays).
_DOCTOR_LOWER = re.compile(
    r"(?<![\w'’\-])(?i:dr|docteur|docteure|doctoresse)\.?[ \t]+(?P<name>[a-zà-ÿß]{3,}(?:-[a-zà-ÿß]{2,})*)(?![\w'’\-])"
)


def _doctor_part_ok(word: str) -> bool:
    if _never_a_name(word) or _plain_common(word) or fold(word) in _BRANDS | {"sos", "samu", "smur"}:
        return False
    kind = lookup(word)
    if kind is not None:
        return kind.surname and not kind.common and not kind.public
    return not is_french(word)


def lower_doctor_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_DOCTOR_LOWER`."""
    for match in _DOCTOR_LOWER.finditer(text):
        name = match.group("name")
        if all(_doctor_part_ok(part) for part in name.split("-")):
            yield match.start("name"), match.end("name"), 0.55


# Verbs said of a person as their object: "j'ai appelé Rose", "on a prévenu Blanche", "j'ai parlé à Olive",
# "téléphoné à Victoire". Only verbs whose object is a person, never a place: not "écrit à", "envoyé à", "vu"
# ("j'ai écrit à Nancy" may be the office there).
_CONTACTED = re.compile(
    r"(?i:(?<![\w'’\-])(?<!s['’])(?<!on[ \t])(?:"
    r"r?appel(?:é|ée|és|ées|er|le|lé)|contact(?:é|ée|er)|relanc(?:é|ée|er)|prévenu|prévenue|prévenir|"
    r"rencontr(?:é|ée|er)|accompagn(?:é|ée|er)|emmen(?:é|ée|er)|"
    r"(?:parl(?:é|er)|téléphon(?:é|er)|demand(?:é|er)|expliqu(?:é|er)|répondu|répondre|confi(?:é|er))"
    r"[ \t]+(?:à|a|avec)))"
    rf"[ \t]+(?P<name>{_NAME})"
    r"(?=[ \t]*(?:[,;.)!?:\n]|$|\(|[ \t]+[a-zà-ÿ]))"
)
# What is said of a person, not of a thing or a place, right after a capitalised word: an age, a birth, a death,
# a school, a stay in hospital: "Marin a eu 18 ans", "Prudence est née le…", "Loyal va avoir 16 ans".
_AGE_NUMBER = (
    r"(?:\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)"
)
_PERSON_PREDICATE = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME})"
    r"(?i:[ \t]+(?:(?:a|avait|aura|va[ \t]+avoir|vient[ \t]+d['’]avoir|a[ \t]+eu|aurait)[ \t]+"
    rf"{_AGE_NUMBER}[ \t]+(?:ans|mois)\b"
    r"|(?:est|était|sera|a[ \t]+été)[ \t]+(?:née?|décédée?|morte?|hospitalisée?|scolarisée?|enceinte|"
    r"handicapée?|placée?|opérée?|inscrite?|"
    r"en[ \t]+(?:cp|ce1|ce2|cm1|cm2|maternelle|sixième|6e|seconde|terminale))\b))"
)
# A role or a relative after a comma, the apposition closed there: "J'ai appelé Olive, ma conseillère, …",
# "Victoire, ma sœur, habite…" (not "à Lyon, mon fils habite…": a verb goes on right after the noun).
_ROLE = (
    r"conseill[eè]re?|voisine?|amie?|copine|copain|collègue|colocataire|coloc|assistante?[ \t]+sociale?|"
    r"assistante[ \t]+maternelle|nounou|auxiliaire[ \t]+de[ \t]+vie|aide[ \t]+à[ \t]+domicile|aidante?|"
    r"tut(?:eur|rice)|curat(?:eur|rice)|médecin|avocate?|patronne?|employeu(?:r|se)|propriétaire|bailleu(?:r|se)|"
    r"référente?|éducat(?:eur|rice)|institut(?:eur|rice)|maîtresse|marraine|parrain|belle-sœur|beau-frère|"
    r"belle-mère|beau-père|grand-mère|grand-père|mère|père|maman|papa|fille|fils|sœur|soeur|frère|mari|femme|"
    r"épouse|époux|compagne|compagnon|conjointe?|cousine?|tante|oncle|nièce|neveu|petite?-fille|petit-fils"
)
# A verb said of a person after a capitalised first name: "Michel habite au Canada", "Nicole ne travaille plus";
# a word that is both a common and a public word ("Paris", "Blanche") is left out.
_PERSON_VERB = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME})[ \t]+(?:ne[ \t]+|n['’])?"
    r"(?:habite|habitait|vit|vivait|travaille|travaillait|étudie|dort|dormait|pleure|pleurait|mange|souffre|"
    r"marche|parle|parlait|refuse|refusait)(?![\w'’\-])"
)
_ROLE_APPOSED = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME}),[ \t]*(?i:(?:mon|ma|notre|son|sa|leur|la|le|l['’])[ \t]*(?:{_ROLE}))"
    r"(?=[ \t]*(?:[,.;!?)\n]|$|qui\b|de\b|d['’]|du\b))"
)


def _person_slot_word(word: str, *, any_name: bool = False) -> bool:
    """A capitalised word a person's slot holds as a name: a first name the gazetteer knows, even a common or
    public word ("Rose", "Blanche", "Marin"), or with `any_name` any name it knows ("Loyal", a surname); never a
    stop, function, calendar, title, office or closing word, a filler, a département, a firm, "France"."""
    if _never_a_name(word) or word.lower() in _CLOSING_WORDS or fold(word) in _DEPARTMENTS | _BRANDS | _SUBJECT_NOT:
        return False
    kind = lookup(word)
    if kind is None:
        return not is_french(word) and not _plain_common(word) and len(word) >= 3
    return kind.first or any_name


def person_slot_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A name in a slot only a person fills: the object of a verb said of people (`_CONTACTED`), the subject of an
    age, a birth, a death, a school (`_PERSON_PREDICATE`), a word with a role in apposition (`_ROLE_APPOSED`)."""
    for regex, any_name in ((_CONTACTED, False), (_PERSON_PREDICATE, True), (_ROLE_APPOSED, False)):
        for match in regex.finditer(text):
            word = match.group("name")
            if regex is _ROLE_APPOSED and lookup(word) is None:
                continue  # "une maladie de Crohn, mon médecin du travail…": a word the gazetteer lacks
            if _person_slot_word(word, any_name=any_name):
                yield match.start("name"), match.end("name"), 0.65
    for match in _PERSON_VERB.finditer(text):
        word = match.group("name")
        kind = lookup(word)
        if kind is not None and not (kind.common and kind.public) and _person_slot_word(word):
            yield match.start("name"), match.end("name"), 0.6


# The message's last word after a comma, in lower case, a first name the gazetteer knows that is no common word:
# "… je suis allocataire 3390218, sophie", "merci d'avance, julie".
_LAST_AFTER_COMMA = re.compile(r",[ \t]*(?P<name>[a-zà-ÿ][a-zà-ÿ\-]{2,})[ \t.!]*\Z")


def last_lower_first_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_LAST_AFTER_COMMA`."""
    match = _LAST_AFTER_COMMA.search(text.rstrip())
    if match is None:
        return
    word = match.group("name")
    if word in STOP_WORDS or word in _CLOSING_WORDS or word in _FUNCTION_WORDS or is_filler(word):
        return
    kind = lookup(word)
    if kind is not None and kind.first and not kind.common and fold(word) not in _DEPARTMENTS | _SUBJECT_NOT:
        yield match.start("name"), match.end("name"), 0.6


_UNITS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}  # fmt: skip
_NUMBER_WORD = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
# One group of a dictated number: figures, or a French number word under 100 ("quatre-vingt-douze", "vingt et un").
_GROUP = rf"(?:\d{{1,4}}|{_NUMBER_WORD}(?:(?:-|[ \t]+et[ \t]+|[ \t]*-[ \t]*et[ \t]*-[ \t]*){_NUMBER_WORD}){{0,3}}s?)"
_DICTATED = re.compile(
    rf"(?i)(?<![\w'’\-]){_GROUP}(?:[ \t]*[,.\-/]?[ \t]+{_GROUP}|[ \t]*[.\-/][ \t]*{_GROUP}){{3,9}}(?![\w'’\-])"
)


def _group_value(group: str) -> str | None:
    """The figures a group stands for, "53" for "cinquante-trois", "07" never ("zéro sept" is two groups)."""
    group = group.strip().lower()
    if group.isdigit():
        return group
    words = [w for w in re.split(r"[ \t\-]+", group.rstrip("s") if group.endswith("vingts") else group) if w]
    words = [w for w in words if w != "et"]
    if not words or any(w not in _UNITS for w in words):
        return None
    total, current = 0, 0
    for w in words:
        value = _UNITS[w]
        if value == 20 and current in (4,):  # quatre-vingt
            current *= 20
        else:
            current += value
    total += current
    return str(total) if total < 100 else None


def _groups(value: str) -> list[str]:
    pattern = re.compile(rf"(?i){_GROUP}")
    return [m.group() for m in pattern.finditer(value)]


def dictated_phones(text: str) -> Iterator[tuple[int, int, float]]:
    """A French phone number (ten figures from 0, or +33 / 0033 spoken) told with at least one group in words:
    "zéro sept 53 48 20 16", "zéro six douze trente-quatre cinquante-six soixante-dix-huit"."""
    for match in _DICTATED.finditer(text):
        groups = _groups(match.group())
        if all(g.isdigit() for g in groups):
            continue  # figures only: the phone recogniser's
        values = [_group_value(g) for g in groups]
        if any(v is None for v in values):
            continue
        # find a run of groups whose figures are a French phone number
        for first in range(len(values)):
            digits = ""
            for last in range(first, len(values)):
                digits += values[last] or ""
                if len(digits) > 10:
                    break
                if len(digits) == 10 and re.fullmatch(r"0[1-9]\d{8}", digits):
                    if all(g.isdigit() for g in groups[first : last + 1]):
                        break
                    start, end = _group_bounds(match, groups, first, last)
                    yield start, end, 0.7
                    break


def _group_bounds(match: re.Match[str], groups: list[str], first: int, last: int) -> tuple[int, int]:
    pattern = re.compile(rf"(?i){_GROUP}")
    found = list(pattern.finditer(match.group()))
    return match.start() + found[first].start(), match.start() + found[last].end()


class SlotRecognizer(LocalRecognizer):
    """First names in the slots above, and phones dictated in words."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY, PHONE], supported_language="fr", name="SlotRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        names = {*kin_apposed_names(text), *slotted_first_names(text), *person_slot_names(text), *called_names(text)}
        names |= set(firm_owner_names(text))
        names |= set(lower_doctor_names(text))
        names |= set(household_names(text))
        names |= set(msa_names(text))
        names |= set(last_lower_first_names(text))
        names |= set(surname_subjects(text))
        names |= set(word_names(text))
        names |= set(signed_word_names(text))
        names |= set(family_surnames(text))
        results = [RecognizerResult(ENTITY, s, e, score, recognition_metadata=metadata) for s, e, score in names]
        results += [
            RecognizerResult(PHONE, s, e, score, recognition_metadata=metadata)
            for s, e, score in dictated_phones(text)
        ]
        return sorted(results, key=lambda r: r.start)
