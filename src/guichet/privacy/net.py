"""The safety net of the prompt guard: shapes of personal data that detection may have missed, in a citizen's text.

Detection (`analyzer.detect`) must stay precise on ordinary French text (fiche paragraphs are its measure of false
positives). Before a model call the cost of a miss is higher and the cost of an extra mask is lower: the model reads
a placeholder instead of a number the writer gave. `suspects(text, public=…)` returns the spans of a citizen's
(already pseudonymised) text that look personal by their shape alone, whatever the words around them:

- a number of a file or an identifier: three digits or more, in one group or in groups joined by a space, a dot, a
  dash or a slash ("0654321", "112 485 763", "65 230963 V 017", "044 / 2024 / 118 592"), or a token that mixes
  letters and digits ("B214", "C-118", "7HG2PK", "2l04873", "1-ABC-234");
- a house's number with bis / ter ("au 3 ter"), a numbered thing ("caravane n° 4");
- a date: in figures ("14/03/2025", "11/10", "1988.07.19", "0l/03/2001") or a day with its month in words ("20 mai
  2025", "15 February 2025", "3 du mois dernier"), a day without its month ("le 27", "depuis le 10") or a month
  without its day ("depuis novembre", "fin août");
- a known first name that is neither a French word nor a common or public one, in any case ("lina", "MAMADOU"),
  and a known name, even a French word, as the text's last word after a dash, a comma or a line ("— Pascale").

Never: an amount or a quantity with its unit ("1 200 €", "3 enfants", "35 heures"), a year alone ("depuis 2019"), a
time ("14h30"), an ordinal ("3e"), a legal or form reference ("article L. 262-1", "cerfa 15692*01"), nor a number
written in `public` (the fiches of the prompt: "3949"). A placeholder ("[PERSONNE_1]") is never touched.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from guichet.privacy import gazetteer, lexicon
from guichet.privacy.names import is_common
from guichet.privacy.pseudonymise import PLACEHOLDER

_MONTHS = (
    r"janv(?:ier|\.)?|f[ée]v(?:rier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t|sept(?:embre|\.)?|"
    r"oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?|january|february|march|april|may|june|july|august|"
    r"september|october|november|december"
)
_DAY_WORDS = (
    r"premier|1er|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf|vingt(?:[ -](?:et[ -]un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|"
    r"trente(?:[ -]et[ -]un)?"
)
_DATE_WORDS = re.compile(
    rf"(?i)(?<![\w])(?:\d{{1,2}}|{_DAY_WORDS})(?:er)?[ \t]+(?:(?:{_MONTHS})(?![\w])(?:[ \t]+\d{{2,4}}(?!\d))?|"
    rf"du[ \t]+mois[ \t]+(?:dernier|prochain|pass[ée]|d'avant|d['’e][ \t]*(?:{_MONTHS})(?![\w]))|"
    r"du[ \t]+\d{1,2}(?:[ \t]+\d{2,4})?(?![\w]))"
)
# a day without its month, or a month without its day, dating something ("le 27", "depuis le 10", "du 2 au 9",
# "depuis novembre", "jusqu'en décembre", "fin août", "depuis le mois de mars"; not after a bare "en", the common
# way to say when a rule applies: "une aide en août"): in a citizen's text they date the case, and a model needs no
# more than a placeholder for them; never a quantity ("le 2e", "le 1 98 02…", "au 18 %")
_DAY_ALONE = re.compile(
    r"(?i)(?<![\w'’])(?:le|du|au|depuis[ \t]+le|dès[ \t]+le|avant[ \t]+le|après[ \t]+le|pour[ \t]+le|"
    r"jusqu['’][ \t]?au)[ \t]+(?P<day>(?:[1-9]|[12]\d|3[01])(?:er)?)(?![\w°/]|[.,:\-]\d|[ \t]*\d)"
    r"(?![ \t]+(?:bis|ter|quater|rue|avenue|av|bd|boulevard|chemin|allée|impasse|place|route|résidence|cité|quai|"
    r"cours|lotissement|hameau)\b)"
)
_MONTH_ALONE = re.compile(
    rf"(?i)(?<![\w'’])(?:(?:depuis|dès|jusqu['’][ \t]?en|à[ \t]+partir[ \t]+d['’e]|(?:le|au)[ \t]+mois[ \t]+"
    rf"d['’e])[ \t]*(?:le[ \t]+mois[ \t]+d['’e][ \t]*)?(?P<edge>(?:fin|début|debut|mi)[ \t\-]+)?|"
    rf"(?P<alone>(?:fin|début|debut|mi)[ \t\-]+))(?P<month>{_MONTHS})(?![\w])(?![ \t]*\d)"
)
# a public number called, not a day: "appelez le 15", "le 17 ou le 112"
_CALLED = re.compile(r"(?i)\b(?:appel\w*|compos\w*|joindre|contact\w*|num[ée]ro|urgences?|samu|pompiers?)\b")
# digits, with O / o / l / I read as digits inside (a scan's damage), in groups joined by one separator
_DIGITISH = r"[0-9OolI|]"
_GROUPS = re.compile(
    r"(?<![\w])\d[\dOolI]*(?:(?:[ \t]*[/\-][ \t]*|\.(?=\d)|[ \t])(?:[\dOolI]*\d[\dOolI]*|"
    r"[A-Z]{1,3}(?=[ \t./\-]\d)))*(?![\w])"
)
_MIXED = re.compile(r"(?<![\w\-])(?=[\w\-]*\d)(?=[\w\-]*[A-Za-z])[A-Za-z0-9][\w\-]*[A-Za-z0-9](?![\w])")
_DATE_FIGURES = re.compile(
    r"(?<![\w/.])(?P<day>[0-3]?[\dOolI])[ \t]*[/.\-][ \t]*(?P<month>[01]?[\dOolI])"
    r"(?:[ \t]*[/.\-][ \t]*(?P<year>(?:1[89]|2[01])?[\dOolI]{2}))?(?![\w/])"
    r"|(?<![\w/.])(?:19|20)\d\d[./\-][01]?\d[./\-][0-3]?\d(?![\w/])"
)
_UNIT_AFTER = re.compile(
    r"(?i)[ \t]*(?:€|eur(?:os?)?\b|k€|%|ans?\b|mois\b|jours?\b|semaines?\b|heures?\b|h\b|min(?:utes?)?\b|km\b|"
    r"kms\b|m²|m2\b|m3\b|mètres?\b|kg\b|g\b|ml\b|cl\b|l\b|litres?\b|enfants?\b|personnes?\b|pièces?\b|fois\b|x\b|"
    r"places?\b|lits?\b|salariés?\b|habitants?\b|points?\b|pages?\b|exemplaires?\b|trimestres?\b|cv\b|kw\b|kwh\b|"
    r"ko\b|mo\b|go\b|dollars?\b|\$|net\b|nets\b|brut\b|bruts\b|vnd\b|usd\b|gbp\b|chf\b|f?cfa\b|dh\b|"
    r"dinars?\b|litres?\b|cv\b|ch\b)"
)
# an amount said without its unit: "je gagne 1450", "je rembourse 1100 par mois", "un loyer de 640"
_AMOUNT_BEFORE = re.compile(
    r"(?i)\b(?:gagne\w*|touch\w*|per[çc]oi\w*|salaires?|revenus?|loyers?|pa[iy]\w*|rembours\w*|pensions?|"
    r"retraites?|smic|verse\w*|co[uû]t\w*|dette|dois|doit|montant|somme|total)[ \t]+(?:de[ \t]+|d['’]|environ[ \t]+|"
    r"à peu près[ \t]+|plus de[ \t]+|moins de[ \t]+|que[ \t]+)?\Z"
)
_UNIT_BEFORE = re.compile(r"(?i)(?:€|\$|£)[ \t]*\Z")
_REFERENCE_BEFORE = re.compile(
    r"(?i)(?:\b(?:articles?|art\.|lois?|décrets?|decrets?|ordonnances?|cerfa|formulaire|directive|règlement|"
    r"reglement|alinéa|code)[ \t]+(?:n°[ \t]*|[LRDA]\.?[ \t]*)?"
    r"|\b(?:décret|decret|loi|ordonnance|arrêté|arrete|circulaire)[ \t]+(?:n°[ \t]*[\d\-]+[ \t]+)?du[ \t]+)\Z"
)
# France's short numbers of public services ("le 3949", "le 36 46", "le 115"): never a person's
_PUBLIC_SHORT = re.compile(r"3[\d ]?\d{2}|1\d{1,2}")
# a known first name after a word of place is the place ("né à Oran", "au foyer Saint-Martin")
# the text's last word, after a dash, a comma or on its own line: where a writer signs ("merci — Pascale")
_SIGNATURE_WORD = re.compile(
    r"(?:[—–\-,]|^)[ \t]*(?P<word>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t.!]*(?:[^\w\s][ \t]*)*\Z", re.MULTILINE
)
_COMPANY_BEFORE = re.compile(r"(?i)\bchez[ \t]+\Z")
_PLACE_BEFORE = re.compile(r"(?i)(?:\bà|\ba|\bau|\baux|\ben|\bvers|\bsur|\bdepuis|\bfoyer|\bville|\bcommune)[ \t]+\Z")
_ORDINAL = re.compile(r"(?i)\d+(?:er|ère|ere|e|è|ème|eme|nd|nde|h\d*|:\d+)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# years, a period of years, a month and its year: a career's history, not a file's number
_YEARS = re.compile(r"(?:(?:0?[1-9]|1[0-2])[/.])?(?:19|20)\d\d(?:[ \t]*[-/][ \t]*(?:19|20)?\d\d)?")
_TIME = re.compile(r"\d{1,2}[:h]\d{2}")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# a house's number with its letter word, a numbered thing: "au 3 ter", "n° 14", "n°4"
_NUMBERED = re.compile(
    r"(?i)(?<![\w])(?:\d{1,4}[ \t]*(?:bis|ter|quater)(?![\w])|(?:n°|no\.?|num\.?)[ \t]*\d{1,4}(?![\w]))"
)


@dataclass(frozen=True)
class Suspect:
    kind: str  # a placeholder type: "DATE", "IDENTIFIANT", "PERSONNE"
    start: int
    end: int


def suspects(text: str, *, public: str = "") -> list[Suspect]:
    """Non-overlapping spans of `text` that look personal by their shape (see the module), sorted."""
    if not text.strip():
        return []
    public_numbers = {_squash(m.group()) for m in re.finditer(r"\d[\d \t./\-]*\d|\d", public)}
    public_numbers |= {_squash(m.group()) for regex in (_GROUPS, _MIXED) for m in regex.finditer(public)}
    taken = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    found: list[Suspect] = []
    for suspect in _candidates(text, public_numbers):
        if all(suspect.end <= a or suspect.start >= b for a, b in taken):
            taken.append((suspect.start, suspect.end))
            found.append(suspect)
    return sorted(found, key=lambda s: s.start)


def _candidates(text: str, public_numbers: set[str]) -> Iterator[Suspect]:
    for match in _DATE_WORDS.finditer(text):
        if not _REFERENCE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            yield Suspect("DATE", match.start(), match.end())
    for match in _DATE_FIGURES.finditer(text):
        if _real_date(match) and not _REFERENCE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            yield Suspect("DATE", match.start(), match.end())
    for match in _GROUPS.finditer(text):
        if _identifier(text, match, public_numbers):
            yield Suspect("IDENTIFIANT", match.start(), match.end())
    for match in _MIXED.finditer(text):
        if _code(text, match, public_numbers):
            yield Suspect("IDENTIFIANT", match.start(), match.end())
    signature = _SIGNATURE_WORD.search(text)
    # (not a town after the name already found: "[PERSONNE_1], Chelles")
    if (
        signature is not None
        and _signature_name(signature.group("word"))
        and not re.search(r"\][ \t]*,[ \t]*\Z", text[max(0, signature.start("word") - 6) : signature.start("word")])
    ):
        yield Suspect("PERSONNE", signature.start("word"), signature.end("word"))
    for match in _NUMBERED.finditer(text):
        if not _REFERENCE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            yield Suspect("IDENTIFIANT", match.start(), match.end())
    for match in _WORD.finditer(text):
        start = match.start()
        elided = max(match.group().rfind("'"), match.group().rfind("’"))
        if 0 < elided < 3:  # "d'Yvette", "l'Abdou"
            start += elided + 1
        word = text[start : match.end()].rstrip("'’-")
        if _first_name(word) and not _PLACE_BEFORE.search(text, max(0, start - 12), start):
            kind = gazetteer.lookup(word)
            if kind is not None and kind.surname and _COMPANY_BEFORE.search(text, max(0, start - 6), start):
                continue  # "chez Renault": a firm named after its founder
            yield Suspect("PERSONNE", start, start + len(word))

    # last: a day or a month alone never takes the place of a house's number or a date found above
    for match in _DAY_ALONE.finditer(text):
        day = match.group("day").removesuffix("er")
        before = text[max(0, match.start() - 40) : match.start()]
        called = day in {"15", "17", "18"} and (
            _CALLED.search(before) or re.match(r"[ \t]+ou[ \t]+le[ \t]+1\d", text[match.end() :])
        )
        if not called and not _UNIT_AFTER.match(text, match.end()) and not _REFERENCE_BEFORE.search(before):
            yield Suspect("DATE", match.start("day"), match.end("day"))
    for match in _MONTH_ALONE.finditer(text):
        start = match.start("edge") if match.group("edge") else match.start("alone") if match.group("alone") else None
        yield Suspect("DATE", match.start("month") if start is None else start, match.end("month"))


def _digits(value: str) -> str:
    return value.translate(str.maketrans("OolI|", "00111"))


def _real_date(match: re.Match[str]) -> bool:
    if match.group("day") is None:
        return True  # year first: "1988.07.19"
    day, month = int(_digits(match.group("day"))), int(_digits(match.group("month")))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    # "1/2" (a half) or "3.5": a date needs a year, or two digits in the day or the month
    return match.group("year") is not None or len(match.group("day")) + len(match.group("month")) >= 3


def _squash(value: str) -> str:
    return re.sub(r"[\s./\-]", "", value)


def _identifier(text: str, match: re.Match[str], public_numbers: set[str]) -> bool:
    value = match.group()
    digits = sum(char.isdigit() for char in value)
    if digits < 3 or _squash(value) in public_numbers or _PUBLIC_SHORT.fullmatch(_squash(value)):
        return False
    if digits < 4 and _squash(value) == value:  # one group of three digits: a car model, an office, an error
        return False
    if _YEARS.fullmatch(value) or re.match(r"[ \t]*:\d", text[match.end() : match.end() + 3]):
        return False  # "1982-1984", "11/1983"; a time "15:32"
    if re.match(r",\d", text[match.end() : match.end() + 2]):  # a decimal: an amount ("1 022,00")
        return False
    if (
        re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+", value)
        and sum(char.isdigit() for char in value) <= 6
        and not re.match(r"[ \t]+[A-Z]", text[match.end() : match.end() + 2])
    ):
        return False  # thousands: an amount or a count ("4 820", "12.500"), not a postcode before its town
    if _YEAR.fullmatch(value) or _TIME.fullmatch(value) or _ORDINAL.fullmatch(value):
        return False
    if _UNIT_AFTER.match(text, match.end()) or _UNIT_BEFORE.search(text, max(0, match.start() - 3), match.start()):
        return False
    if (
        digits <= 5
        and _squash(value) == value
        and _AMOUNT_BEFORE.search(text, max(0, match.start() - 30), match.start())
    ):
        return False
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", value) and _UNIT_AFTER.match(text, match.end()):
        return False
    return not _REFERENCE_BEFORE.search(text, max(0, match.start() - 30), match.start())


def _code(text: str, match: re.Match[str], public_numbers: set[str]) -> bool:
    value = match.group()
    if ("-" not in value and len(value) < 4) or sum(char.isdigit() for char in value) < 2:
        return False  # a school class or a benefit ("CE1", "C2S"), a tyre size
    if _ORDINAL.fullmatch(value) or _TIME.fullmatch(value) or _squash(value) in public_numbers:
        return False
    if re.fullmatch(r"\d+(?:[.,]\d+)?[A-Za-z]{1,3}", value):  # a quantity glued to its unit: "20km", "3x"
        return False
    if re.fullmatch(r"[A-Za-z]+\d{1,2}", value) and value[:-1].isalpha() and value[0].islower():
        return False  # "covid19"
    return not _REFERENCE_BEFORE.search(text, max(0, match.start() - 30), match.start())


def _signature_name(word: str) -> bool:
    """A known first name or surname where a writer signs, even a French word ("Pascale", "Constant")."""
    kind = gazetteer.lookup(word)
    return kind is not None and (kind.first or kind.surname) and not kind.public and not is_common(word)


def _first_name(word: str) -> bool:
    if "'" in word or "’" in word or word.lower().startswith("saint") or (word.isupper() and len(word) <= 4):
        return False
    if len(word) < 4 or is_common(word) or lexicon.is_french(word) or lexicon.is_filler(word):
        return False
    kind = gazetteer.lookup(word)
    return kind is not None and kind.first and not kind.common and not kind.public
