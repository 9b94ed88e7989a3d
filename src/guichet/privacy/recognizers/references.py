"""Reference numbers that only a keyword or their shape give away: dossiers, titles, codes, long numbers."""

import re
from collections.abc import Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy.literal_gate import LiteralGate
from guichet.privacy.recognizers.base import LEFT, RIGHT, RegexRecognizer, recognition_metadata

# Keywords after which a legal text, not a person, is numbered; whole words only: the "loi" that ends "Pajemploi" or
# "emploi" is no law ("n° salarié Pajemploi 45128763" is the employee's number).
_LEGAL = re.compile(
    r"(?i)(?<![\w])(?:cerfa|article|art\.|loi|décret|arrêté|ordonnance|circulaire|règlement|directive|code|formulaire|"
    r"imprimé|notice|annexe|alinéa|l\.|r\.|d\.)\s*(?:n[°º]|no\.?|numéro)?\s*$"
)

# Words that introduce a personal reference number, and the type the number then gets.
_REFERENCE_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"passeport|passport|pasaporte|passaporte|passaporto|reisepass|paszport|pașaport|pasaport", "PASSEPORT"),
    (
        r"carte (?:nationale )?d['’]identité|cni|cin|dni|cnib|nin|cartão de cidadão|cartao de cidadao|"
        r"carte d['’]identité|pièce d['’]identité|cédula|cedula|carta d['’]identità|personalausweis|dowód osobisty|"
        r"buletin|id card|identity card|identité|identity|identidad|identidade|ausweis|document d['’]identité|"
        r"documento",
        "CNI",
    ),
    (r"permis(?: de conduire)?", "PERMIS"),
    # the European health insurance card's own number: "notre carte européenne : 80250 00341 02288719"
    (r"carte européenne(?: d['’]assurance maladie)?|carte europeenne|ceam|ehic", "REFERENCE"),
    (r"fiscal|spi|impôts?|contribuable", "NUMERO_FISCAL"),
    (r"allocataires?|caf", "ALLOCATAIRE"),
    (r"france travail|pôle emploi|pole emploi", "FRANCE_TRAVAIL"),
    # A foreign pension or insurance fund's number, printed with letters and spaces and after no "n°": "Pension
    # portugaise : 65 230963 V 017", "ma retraite belge 123 4567 89", "caisse d'assurance du Maroc 1234567": the
    # fund names its country, so the number that follows is the person's there.
    (
        r"(?:pension|retraite|rente|caisse(?: de retraite| d['’]assurance(?: vieillesse| maladie)?)?|"
        r"assurance (?:vieillesse|maladie)|sécurité sociale|securite sociale)"
        r"(?:[ \t]+(?:de (?:retraite|vieillesse|réversion|reversion)|d['’]invalidité|de base|complémentaire))?[ \t]+"
        r"(?:étrangère|etrangere|de l['’]étranger|(?:marocaine|algérienne|algerienne|tunisienne|portugaise|espagnole|"
        r"italienne|belge|allemande|suisse|britannique|anglaise|polonaise|roumaine|turque|sénégalaise|senegalaise|"
        r"malienne|ivoirienne|comorienne|malgache|camerounaise|congolaise|luxembourgeoise|néerlandaise|"
        r"neerlandaise|américaine|americaine|canadienne|serbe|croate|ukrainienne|russe|libanaise|vietnamienne|"
        r"chinoise|haïtienne|haitienne|mauricienne|capverdienne|brésilienne|bresilienne)|"
        r"(?:du|de la|de l['’]|d['’]|de|en|au|aux)[ \t]*(?:Maroc|Algérie|Algerie|Tunisie|Portugal|Espagne|Italie|"
        r"Belgique|Allemagne|Suisse|Royaume-Uni|Angleterre|Pologne|Roumanie|Turquie|Sénégal|Senegal|Mali|Comores|"
        r"Madagascar|Cameroun|Congo|Luxembourg|Pays-Bas|États-Unis|Etats-Unis|Canada|Serbie|Croatie|Ukraine|"
        r"Russie|Liban|Vietnam|Chine|Haïti|Haiti|Maurice|Cap-Vert|Brésil|Bresil|étranger|etranger))",
        "REFERENCE",
    ),
    (
        # "n.º", "n.°": the Portuguese and Spanish way of writing "n°" ("fatura n.º FT 2025/1234"), and an invoice
        # named in their languages, whose number is the writer's bill abroad
        r"n\.?[°º]|no\.?|num(?:éro|ero)?\.?|número|nummer|numer|number|nr|identifiant|id|référence|reference|réf\.?|"
        r"ref\.?|dossier|fatura|factura|fattura|rechnung|invoice|"
        r"matricule|étranger|etranger|agdref|titre de séjour|récépissé|demande|pré-demande|contrat|client|"
        r"adhérent|assuré|compte|facture|avis|code|"
        # a social insurer's number named as the law names the French one, "numéro d'immatriculation" (Monaco's
        # CCSS: "Mon numéro d'immatriculation CCSS c'est le 221975"); a plate holds letters and has its own rule
        r"immatriculation(?![ \t]+(?:du|de la|de mon|de ma|de votre|de sa|de son|d['’]un|d['’]une)[ \t]+"
        r"(?:véhicule|voiture|moto|scooter|camion|camping-car|remorque|bateau|entreprise|société|auto-entreprise|"
        r"micro-entreprise))|"
        # identifiers of other countries and of other documents
        r"nif|nie|nss|cnss|cnp|cpf|curp|rut|rfc|pesel|avs|ahv|bsn|egn|oib|jmbg|amka|codice fiscale|"
        # social insurance numbers of other countries: Portugal's and Belgium's NISS, Germany's pension number
        r"niss|rentenversicherungsnummer|versicherungsnummer|sozialversicherungsnummer|afiliación|afiliacion|"
        r"beneficiário|beneficiario|national insurance|"
        r"registre national|numéro national|rijksregisternummer|social security|ssn|nino|steuer-id|tin|"
        r"aps|visa|récépissé|recepisse|recommandé|recommande|contravention|procès-verbal|pv|suivi|colis|"
        r"commande|ticket|attestation|certificat|licence|carte professionnelle|carte grise|mandat|carte consulaire|"
        r"carte de résident|carte de séjour|titre de voyage|document de voyage|travel document|"
        # a vehicle's identification number (VIN, numéro de série of the carte grise's field E)
        r"(?-i:VIN)|châssis|chassis|numéro de série|n° de série|numéro d['’]identification",
        "REFERENCE",
    ),
)
# A civil-status act named by its kind: its number, however short, with the commune and the year finds the person's
# act ("Acte de mariage n° 1142", "l'acte de naissance numéro 87"); fiches name the acte without a number.
_ACT = re.compile(
    r"(?i)\bactes?[ \t]+(?:de[ \t]+|d['’][ \t]*)(?:naissance|mariage|décès|deces|reconnaissance|notoriété|notoriete)"
    r"[ \t]*(?:n\.?[°º]|no\.?|num(?:éro|ero)?\.?)?[ \t]*:?[ \t]*$"
)
_LEGAL_WORD = re.compile(r"(?i)\b(?:cerfa|article|art\.|loi|décret|arrêté|ordonnance|circulaire|code)\b")
# A date, or an amount under ten million written in groups of three ("52 000"); "112 485 763" is a number.
_DATE_OR_AMOUNT = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,3} \d{3}|\d \d{3} \d{3}"
)
# An amount or a quantity, in euros or another country's money (a foreign pension's amount: "12500 dinars").
_UNIT = re.compile(
    r"(?i)\s*(?:€|euros?|eur\b|%|km|ans?\b|mois|jours?|heures?|h\b|m2|m²|dinars?\b|dirhams?\b|dh\b|"
    r"francs?\b|chf\b|dollars?\b|\$|£|livres?\b|zlotys?\b|lei\b|leu\b)"
)
# The number itself: groups of letters and digits joined by - / . or spaces, as documents print them: "15263748 9
# ZX4" (a Portuguese citizen card), "M 823461", "1A 178 452 9634 2", "14 52 998 761 A". A group after a space holds a
# digit (a single digit only before another group), or is one letter that ends the number, or two or three capitals
# between two numbers, the fund's code in an Italian pension number ("1845 VO 00298711").
_GROUP = r"[A-Z0-9]+(?:[\-/.][A-Z0-9]+)*"
# A group of digits and letters is tried before one of digits only, so that "25A" is read whole and the number goes
# on past it (a tax notice's reference "24 25A 6690412 37" stopped at "24 25", too short to be a reference).
_REFERENCE_VALUE = (
    r"(?P<pii>(?:[A-Z]{1,3} (?=\d))?(?=[A-Z0-9\-/.]*\d)" + _GROUP + r"(?: (?:"
    r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{2,}|\d{2,}|\d(?= [A-Z0-9]*\d)|[A-Z]{2,3}(?= \d{4,}))(?:[\-/.][A-Z0-9]+)*)*"
    r"(?: [A-Z](?![\w'’]))?)"
)


class ReferenceRecognizer(LocalRecognizer):
    """A reference number after a keyword: "dossier n° 2024-CI-0458721", "N° étranger 9302871456"…

    Needs at least five digits; numbers of legal texts and forms ("cerfa n° 12100", "article 1234") are not
    personal data.
    """

    MIN_DIGITS = 5

    def __init__(self) -> None:
        self.compiled = [
            (
                re.compile(
                    r"(?i)(?<!\w)(?P<keyword>"
                    + keywords
                    + r")(?!\w)[^\n\d]{0,25}?(?-i:(?<![0-9A-Za-z+])"
                    + _REFERENCE_VALUE
                    + r")",
                    re.MULTILINE,
                ),
                entity,
            )
            for keywords, entity in _REFERENCE_KEYWORDS
        ]
        # An employee's number named by what it is, then said further on in the sentence, past the place it is
        # printed: "son numéro de salariée sur vos bulletins est le X 81 06 227", "n° de salarié (sur la fiche de
        # paie) : Y 52 10 884"; no full stop, question mark or line break between.
        self.compiled.append(
            (
                re.compile(
                    r"(?i)(?<!\w)(?P<keyword>(?:numéro|numero|n[°º]|no\.?|matricule)[ \t]+(?:de[ \t]+)?salariée?)"
                    r"(?!\w)[^\n\d.?!]{0,50}?(?-i:(?<![0-9A-Za-z+])" + _REFERENCE_VALUE + r")",
                    re.MULTILINE,
                ),
                "REFERENCE",
            )
        )
        # The keyword heads a label whose colon is further than the keyword's 25 characters: "Référence indiquée sur
        # le courrier : DB/2024/IJ/55821" (p77-058); no digit, sentence end or other colon before the colon. The
        # colon may be said: "Le numéro qui est sur le courrier c'est 0918364" (p80-028, twenty-ninth pass).
        self.compiled += [
            (
                re.compile(
                    r"(?i)(?<!\w)(?P<keyword>"
                    + keywords
                    + r")(?!\w)[^\n\d.?!:;]{0,45}?(?:[ \t]:|[ \t](?:c['’ ]?est|cest|est)(?:[ \t]+le)?)[ \t]*"
                    r"(?-i:(?<![0-9A-Za-z+])" + _REFERENCE_VALUE + r")",
                    re.MULTILINE,
                ),
                entity,
            )
            for keywords, entity in _REFERENCE_KEYWORDS
        ]
        entities = sorted({entity for _, entity in _REFERENCE_KEYWORDS})
        self.gates = {regex: LiteralGate(regex) for regex, _ in self.compiled}  # see `literal_gate`
        super().__init__(supported_entities=entities, supported_language="fr", name="ReferenceRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for regex, entity in self.compiled:
            gate = self.gates.get(regex)
            if gate is not None and not gate.may_match(text):
                continue
            for match in regex.finditer(text):
                start, end = match.span("pii")
                value = text[start:end].rstrip("./-")
                end = start + len(value)
                if (start, end) in seen or not (
                    self._personal(text, match.start(), start, value, entity)
                    or _form_field(text, match.start(), match.end("keyword"), start, value)
                ):
                    continue
                seen.add((start, end))
                score = 0.75 if entity == "REFERENCE" else 0.85
                metadata = recognition_metadata(self)
                results.append(RecognizerResult(entity, start, end, score, recognition_metadata=metadata))
        return results

    def _personal(self, text: str, keyword_start: int, start: int, value: str, entity: str) -> bool:
        digits = sum(char.isdigit() for char in value)
        letters = sum(char.isalpha() for char in value)
        # A mixed code (X4RTBPFW4) needs fewer digits than a plain number, a named document fewer than a "n°".
        needed = 2 if entity != "REFERENCE" else (3 if letters else self.MIN_DIGITS)
        if _ACT.search(text[max(0, keyword_start - 40) : start]):
            return digits >= 2 and not _DATE_OR_AMOUNT.fullmatch(value)  # "acte de mariage n° 1142"
        if digits < needed or len(value) < 6 and digits < 5 or _DATE_OR_AMOUNT.fullmatch(value):
            return False
        after = text[start + len(value) : start + len(value) + 12]
        if after.startswith("*") or _UNIT.match(after):  # cerfa 12345*01, 52 000 euros
            return False
        # (the legal word in the keyword's own sentence: "il faut le formulaire Cerfa ? Mon dossier : 54-2025-011873"
        # is the writer's file)
        before = _ASKED.split(text[max(0, keyword_start - 20) : keyword_start])[-1] + text[keyword_start:start]
        # (a file's code, digits with letters inside, numbers no legal text: "naturalisation par décret (référence
        # 2022X0047219)"; a decree is "2021-1234", an article "L. 262-2", a form "12100*02")
        if _FILE_CODE.fullmatch(value):
            return True
        return not _LEGAL.search(before) and not _LEGAL_WORD.search(before)


_FILE_CODE = re.compile(r"\d{2,}[A-Z]{1,3}\d{4,}")


# The end of a question or an exclamation, or of a line, before a keyword.
_ASKED = re.compile(r"[?!][ \t]+|\n")


# A field of a pasted form or payslip, alone on its line or between bars or slashes: "Matricule : 0047", "N°
# adhérent : 40219", "| Identifiant : 7731 |". Its label says the value is the person's, however short (four digits
# or more, the whole field).
_FIELD_COLON = re.compile(r"[ \t]*(?:n[°º]|no\.?)?[ \t]*:[ \t]*\Z", re.IGNORECASE)
_FIELD_END = re.compile(r"[ \t]*(?:$|[\n|/])")


def _form_field(text: str, keyword_start: int, keyword_end: int, start: int, value: str) -> bool:
    return (
        sum(char.isdigit() for char in value) >= 4
        and text[max(0, keyword_start - 20) : keyword_start].rstrip(" \t")[-1:] in ("", "\n", "|", "/")
        and _FIELD_COLON.match(text[keyword_end:start]) is not None
        and _FIELD_END.match(text, start + len(value)) is not None
        and not _DATE_OR_AMOUNT.fullmatch(value)
        and not _UNIT.match(text, start + len(value))
    )


# A short code of capitals and digits that a line holds alone, or that a chat's line holds after its time: a code
# sent in reply ("Julien 14:30 : 7HG2PK", a booking, a transfer or a one-time code); two letters and a digit or more.
_CODE_ALONE = re.compile(
    r"(?m)^(?:[^\n:]{0,40}?\b\d{1,2}[:h]\d{2}[ \t]*:[ \t]*|[ \t]*)"
    r"(?P<pii>(?=[A-Z]*\d)(?=\d*[A-Z]\d*[A-Z])[A-Z0-9]{5,12})[ \t.!]*$"
)


class CodeRecognizer(RegexRecognizer):
    """A code of capitals and digits (pré-demande ANTS 7A3B9C2D1E, CNI X4RTBPFW4), without a keyword."""

    ENTITY = "REFERENCE"
    PATTERNS = (
        (LEFT + r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,20}" + RIGHT, 0.5),
        # a letter or two and six digits or more, as passports and identity cards of many countries: "Z4567812"
        (LEFT + r"[A-Z]{1,2}\d{6,9}[A-Z]?" + RIGHT, 0.5),
        # groups joined by dashes: 2024-CI-0458721
        (LEFT + r"(?=[A-Z0-9\-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){2,}" + RIGHT, 0.5),
        # a few capitals, a dash and six digits or more: a portal's, a card's or a file's number ("FAM-008812",
        # "HM-77120488"); no law, product or norm is numbered so in a message (those have fewer digits: "COVID-19")
        (LEFT + r"(?<![\-/.])[A-Z]{2,4}-\d{6,10}" + RIGHT + r"(?![\-/.]\w)", 0.5),
    )

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().spans(text)
        for match in _CODE_ALONE.finditer(text):
            if not re.fullmatch(r"[A-Z]+\d+", match.group("pii")):  # "COVID19", "PARIS15": a word and a number
                yield *match.span("pii"), 0.5

    def valid(self, value: str, text: str, start: int) -> bool:
        digits = sum(char.isdigit() for char in value)
        if _LEGAL_WORD.search(text[max(0, start - 25) : start]) or _LEGAL.search(text[max(0, start - 20) : start]):
            return False  # "article L1234567", "décret n° D2019-…"
        if "-" in value:
            return digits >= 5
        return digits >= 6 or digits >= 3 and sum(char.isalpha() for char in value) >= 2


class LongNumberRecognizer(RegexRecognizer):
    """Any run of 9 or more digits that no other recogniser claimed (in a citizen's message it is an identifier),
    also in groups ("112 485 763", "183.492.570"; not an amount: no unit after it), and 7 or 8 digits alone on a
    line, and a file number of a year and five digits ("25/00931")."""

    ENTITY = "REFERENCE"
    PATTERNS = (
        (LEFT + r"\d{9,}" + RIGHT, 0.5),
        (r"(?<![\w.,/\-])(?<!\d[ .\-])\d{2,5}(?:[ .\-]\d{2,5}){2,5}(?![\w/]|[.,\-]\d)", 0.5),
        # 7 or 8 digits alone on a line (under a signature: an allocataire or file number)
        (r"^[ \t]*(?P<pii>\d{7,8})[ \t]*$", 0.5),
        # a court's or an office's file number, its year and five digits: "RG 25/00931", "dossier 20/03155" (no
        # date has a month of five digits, no share or score is written so)
        (r"(?<![\w/.,\-])\d{2}/\d{5}(?![\w/]|[.,\-]\d)", 0.5),
    )

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for index, (regex, score) in enumerate(self.compiled):
            for match in regex.finditer(text):
                start, end = match.span("pii") if "pii" in regex.groupindex else match.span()
                if index == 1 and not _grouped_number(text, start, end):
                    continue
                yield start, end, score
        for match in _FOLLOW_UP.finditer(text):
            if not _UNIT.match(text, match.end("pii")):
                yield *match.span("pii"), 0.6
        if _BENEFITS.search(text):
            for match in _BARE_SEVEN.finditer(text):
                before = text[max(0, match.start() - 40) : match.start()]
                if not _UNIT.match(text, match.end()) and not _LEGAL_WORD.search(before):
                    yield match.start(), match.end(), 0.5


# A writer coming back to their file by its number alone: "c'est encore moi pour le 4417829", "c'est de nouveau moi
# concernant le 21598403" (five digits or more, no amount).
_FOLLOW_UP = re.compile(
    r"(?i)(?<![\w'’])(?:c['’ ]?est|cest|c)[ \t]+(?:(?:encore|toujours|de[ \t]+nouveau|à[ \t]+nouveau|a[ \t]+nouveau)"
    r"[ \t]+)?moi[ \t]*,?[ \t]+(?:pour|concernant|au[ \t]+sujet[ \t]+d[eu]|rapport[ \t]+au)[ \t]+"
    r"(?:(?:le|la|l['’]|mon|ma|du)[ \t]*)?(?P<pii>\d{5,12})(?![\w/]|[.,]\d)"
)
# In a message about family benefits, seven digits alone (no separator, no unit, no law before them) are the
# allocataire number of the Caf or the MSA: "je n'ai pas eu mon apl, 2208734".
_BENEFITS = re.compile(
    r"(?i)(?<![\w'’])(?:caf|msa|apl|als|alf|rsa|allocataires?|alloc|aides? au logement|allocations? familiales|"
    r"prime d['’]activité|prime d['’]activite|paje|ars|aah)(?![\w'’])"
)
_BARE_SEVEN = re.compile(r"(?<![\w.,/\-+])\d{7}(?![\w/]|[.,\-]\d)")


def _grouped_number(text: str, start: int, end: int) -> bool:
    """Nine digits or more in groups, with no unit after them (an amount) and no dash between two years."""
    value = text[start:end]
    after = text[end : end + 12]
    if re.fullmatch(r"0\d{9}", re.sub(r"[ .\-]", "", value)):
        return False  # a phone number (those of services, 08…, are no one's)
    return sum(char.isdigit() for char in value) >= 9 and not _UNIT.match(after)


# The next number of a list that a found identifier opens: "CMI-S 2023-0451287 et CMI-I 2023-0451288", "n° salarié
# 45 73 20 19 et un ancien 40918827", "n° 2024-0339128 et l'ancienne carte de priorité 23-118842". A writer who lists
# their numbers lists numbers of the same kind: after ",", "et", "ou", "puis" or "/" and up to five words of the same
# line (no law, no amount), a value of five digits or more is the next one.
_LIST_NEXT = re.compile(
    r"[ \t]*(?:,|/|;)?[ \t]*(?:(?i:et|ou|puis|ainsi[ \t]+que)[ \t]+)?"
    r"(?P<words>(?:[^\W\d_]+(?:[\-'’][^\W\d_]*)*\.?[ \t]*:?[ \t]+){0,5}?)"
    r"(?<![0-9A-Za-z+\-/.])(?P<pii>(?:[A-Z]{1,5}(?:-[A-Z]{1,3})? (?=\d))?(?=[A-Z0-9\-/.]*\d)" + _GROUP + r"(?: (?:"
    r"\d{2,}|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{2,})(?:[\-/.][A-Z0-9]+)*)*(?: [A-Z](?![\w'’]))?)"
    r"(?![\w\-/]|[.,]\d)"
)
_LIST_JOIN = re.compile(r"(?i)[ \t]*(?:,|/|;|et|ou|puis|ainsi[ \t]+que)(?![\w'’])")


def next_in_list(text: str, end: int) -> tuple[int, int] | None:
    """Where the next number of a list stands, when the identifier that ends at `end` opens one."""
    if not _LIST_JOIN.match(text, end):
        return None
    match = _LIST_NEXT.match(text, end)
    if match is None:
        return None
    start, stop = match.span("pii")
    value = match.group("pii")
    if (
        sum(char.isdigit() for char in value) < 5
        or _DATE_OR_AMOUNT.fullmatch(value)
        or _UNIT.match(text, stop)
        or _LEGAL_WORD.search(match.group("words"))
        or _LEGAL.search(text[max(0, start - 20) : start])
    ):
        return None
    return start, stop
