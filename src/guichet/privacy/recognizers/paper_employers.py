"""Employers and birthplaces on papers copied into a message (forty-third pass, engineer-p136e): a payslip's or an
attestation's "Employeur :" field in capitals ("Employeur : CLINIQUE VÉTÉRINAIRE DES TROIS RIVIÈRES — Salarié : …"),
a certificate's letterhead ("TRANSPORTS MOREAU ET FILS" above the firm's address), a second workplace further on in
a work sentence ("j'ai travaillé à la Filature … de 1982 à 1987 puis aux Tissages Dubrulle"), a passport's or a
form's abbreviated label ("Lieu de naiss. : ANGERS").

What is masked is what a person's employer or birthplace is, read from the paper's own structure, not every firm or
town named: a field's label, a letterhead's place above an address, a trade's word after a work sentence's "puis".
Each rule has its own switch, read at run time, so that the lead can measure it both ways (`PAPER_FIELDS` and
`LETTERHEADS` ship off, the others on):

- `PAPER_FIELDS`: the value of an employer's field ("Employeur :", "Raison sociale :", "Nom de l'employeur :",
  "Entreprise :", "Société :") up to the line's end or the next field, in any case; the legal form before it stays.
- `LETTERHEADS`: a line that is a firm's whole name, its first word a trade's, or its last a family firm's tail
  ("et Fils", "& Cie"), right above an address line (a house number and a street's word, or a postcode).
- `NEXT_WORKPLACE`: in a sentence with a word of work, "puis", "ensuite" or "avant" then "au", "aux", "à la", "à l'"
  or "chez" and a trade's word with its name ("puis aux Tissages Dubrulle"): a town there ("puis à Lyon") has no
  trade's word and stays.
- `SIGNATURE_FIRMS`: in the signature after the closing words ("Cordialement", "Bien à vous"…), the firm after the
  signer's job on one line ("Responsable RH — Nettoyage Industriel Francilien") or a line that is a firm headed by a
  trade's word, a town after a comma left out ("Cabinet médical des Tilleuls", "Crèche Les P'tits Loups, Vienne").
- `BIRTH_ABBREVIATIONS`: "Lieu de naiss. :", "Lieu naiss :", "LIEU DE NAISS." before a town (masked as a birthplace),
  and "Date de naiss. :" before a date, its zeros scanned as letters O ("3O 01 1995", masked as a date of birth).

**Not masked**: a public body or a person in the field (`employer.is_firm`: "Employeur : Mairie de Lyon",
"Employeur : VIDALENC Bernard"), a title line ("CERTIFICAT DE TRAVAIL"), a letterhead without an address below it.
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.birthplace import ENTITY as BIRTHPLACE
from guichet.privacy.recognizers.employer import ENTITY, is_firm
from guichet.text import fold

# Shipped off: no validation item moves with them (PAPER_FIELDS removes two train strings at no measured cost;
# LETTERHEADS moves no train or validation item), see docs/benchmarks.md, forty-third pass, engineer-p136e.
PAPER_FIELDS = False
LETTERHEADS = False
NEXT_WORKPLACE = True
BIRTH_ABBREVIATIONS = True
SIGNATURE_FIRMS = True

# As `employer.SCORE`: above the name rules, "Transports Moreau" is the firm, not the surname in it.
SCORE = 0.85

# A word of a firm's name, in any case ("CLINIQUE", "P'tits", "Net'Pro", "B.T.R.", "3F").
_WORD = r"[A-ZÀ-ÖØ-Þ0-9][\wÀ-ÿ]*(?:['’.\-][\wÀ-ÿ]+)*\.?"
_JOINER = r"(?i:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|et|&|le|la|les|l['’]|aux|au|en|sur|sous)"
_NAME = _WORD + r"(?:(?:[ \t]+" + _JOINER + r"[ \t]*|[ \t]+)" + _WORD + r"){0,7}"

# --- PAPER_FIELDS ------------------------------------------------------------------------------------------------
_FIELD_LABEL = (
    r"(?i:employeur|raison[ \t]+sociale|nom[ \t]+de[ \t]+l['’][ \t]*(?:employeur|entreprise|établissement)|"
    r"entreprise|soci[ée]t[ée]|[ée]tablissement[ \t]+employeur)"
)
# The field's value ends at the line's end, a dash between fields, a bar, a semicolon, a comma, a bracket, two spaces
# or the next identifier's label.
_FIELD_END = r"(?=[ \t]*(?:$|[—–|;,(]|[ \t]-[ \t]|[ \t]{2}|(?i:SIRET|SIREN|N°|APE|NAF|URSSAF)\b))"
_FIELD = re.compile(
    r"(?<![\w'’\-])" + _FIELD_LABEL + r"[ \t]*:[ \t]*(?P<pii>" + _NAME + r")" + _FIELD_END, re.MULTILINE
)
_LEGAL = frozenset("sarl eurl sasu sas sa earl gaec scea snc scop ets ets. etablissements".split())

# --- LETTERHEADS -------------------------------------------------------------------------------------------------
# Trades' words that begin a firm's name on a letterhead (capitalised or in capitals), beside `trade_names`' shops
# ("Bâtiment" is not one: above a postcode it is an address's building, "Bâtiment Flamboyant").
_TRADES = (
    r"transports?|nettoyage|propreté|proprete|déménagements?|demenagements?|logistique|entrepôts?|"
    r"maçonnerie|maconnerie|plâtrerie|platrerie|carrelages?|peinture|électricité|electricite|plomberie|chauffage|"
    r"couverture|charpente|menuiserie|terrassements?|travaux|btp|construction|rénovation|"
    r"renovation|sécurité|securite|gardiennage|ambulances?|taxis?|garage|carrosserie|imprimerie|pressing|laverie|"
    r"boulangerie|pâtisserie|patisserie|boucherie|charcuterie|fromagerie|restaurant|brasserie|hôtel|hotel|"
    r"tissages?|filature|fonderie|scierie|laiterie|conserverie|cartonnerie|cartonnages?|emballages?|"
    r"menuiseries|métallerie|metallerie|serrurerie|paysages?|jardins?|espaces[ \t]+verts|vergers?|maraîchage|"
    r"maraichage|domaine|cave|élevage|elevage|pépinières?|pepinieres?|optique|coiffure|pharmacie|clinique|"
    r"cabinet|atelier|ateliers|ets\.?|établissements|etablissements|sarl|sas|eurl|earl|gaec|scea|"
    r"auto-école|auto-ecole|aide[ \t]+à[ \t]+domicile|services?|crèche|creche|micro-crèche|micro-creche"
)
_TAIL = r"(?i:(?:et|&)[ \t]+(?:fils|fille|filles|frères|freres|associés|associes|cie))"
_HEAD_LINE = re.compile(
    r"^[ \t]*(?P<pii>(?:(?i:" + _TRADES + r")(?![\w'’\-])[ \t]+" + _NAME + r"|" + _NAME + r"[ \t]+" + _TAIL + r"))"
    r"[ \t]*$\n(?=[ \t]*(?:\d{1,4}(?:[ \t]*(?i:bis|ter))?[ \t,]+(?i:rue|avenue|av\.|bd|boulevard|chemin|allée|allee|"
    r"impasse|place|route|quai|cours|zone|za|zi|zac|parc|lieu-dit)\b|(?i:z\.?i\.?|z\.?a\.?|zac|zone|parc|"
    r"lieu-dit|route|chemin|rue|avenue|bd|boulevard|place|quai)\b[^\n]*\b\d{5}\b|[^\n]*\b\d{5}[ \t]+[A-ZÀ-Þ]))",
    re.MULTILINE,
)
# A trade's word, up to two words in lower case that say what it is, then its name: "Cabinet médical des Tilleuls".
_TRADE_FIRM = (
    r"(?i:"
    + _TRADES
    + r")(?![\w'’\-])(?:[ \t]+(?!(?:de|du|des|d|la|le|les|l|et|en|au|aux)\b)[a-zà-ÿ][\wà-ÿ'’\-]*){0,2}"
    r"(?:[ \t]+" + _JOINER + r")?[ \t]*" + _NAME
)
# --- SIGNATURE_FIRMS ---------------------------------------------------------------------------------------------
_CLOSING = re.compile(
    r"(?im)^[ \t]*(?:cordialement|bien[ \t]+(?:à|a)[ \t]+vous|bien[ \t]+cordialement|salutations|"
    r"sinc[èe]res[ \t]+salutations|respectueusement|merci(?:[ \t]+d['’]avance)?)\b[^\n]{0,60}$"
)
_SIGNED_FIRM = re.compile(
    r"^[ \t]*(?:(?P<job>[A-ZÀ-Þ][\wà-ÿ'’\-]*(?:[ \t]+[\wà-ÿ'’\-]+){0,4})[ \t]+[—–|\-][ \t]+)?"
    r"(?P<pii>" + _TRADE_FIRM + r"|(?(job)" + _NAME + r"|(?!)))[ \t]*(?:,[ \t]*" + _NAME + r")?[ \t]*$",
    re.MULTILINE,
)
# How far after the closing words a signature runs.
_SIGNATURE_SPAN = 400

# A heading in capitals is a paper's title, never a firm: "CERTIFICAT DE TRAVAIL", "ATTESTATION EMPLOYEUR".
_TITLE_WORDS = frozenset(
    "certificat attestation bulletin fiche objet contrat lettre recu reçu solde declaration déclaration".split()
)

# --- NEXT_WORKPLACE ----------------------------------------------------------------------------------------------
_WORK = (
    r"(?i:travaill\w*|bossé|employée?|salariée?|embauchée?|ouvri(?:er|ère)|apprentie?|intérim\w*|CDD|CDI|"
    r"carrière|poste|emploi|contrat)"
)
_NEXT = re.compile(
    r"(?<![\w'’\-])" + _WORK + r"(?![\w'’\-])[^.!?;\n]{0,200}?(?<![\w'’\-])(?i:puis|ensuite|avant|après)"
    r"(?![\w'’\-])[ \t]+(?:(?i:chez)[ \t]+(?:(?i:les|la|le|l['’])[ \t]*)?|(?i:aux|au|à[ \t]+la|à[ \t]+l['’]))[ \t]*"
    r"(?P<pii>(?=[A-ZÀ-Þ])(?i:" + _TRADES + r")(?![\w'’\-])(?:[ \t]+" + _JOINER + r")?[ \t]+" + _NAME + r")",
    re.MULTILINE,
)

# --- BIRTH_ABBREVIATIONS -----------------------------------------------------------------------------------------
_PLACE = (
    r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ]*(?:['’\-][\wÀ-ÿ]+)*"
    r"(?:[ \t]+(?:(?i:de|du|des|sur|en|la|le|les)[ \t]+)?[A-ZÀ-ÖØ-Þ][\wÀ-ÿ\-]*){0,3}"
)
_BIRTH_FIELD = re.compile(
    r"(?<![\w'’\-])(?i:lieu|ville|commune)[ \t]+(?:(?i:de)[ \t]+)?(?i:naiss\.?|nais\.|naiss(?=[ \t]*:))"
    r"[ \t]*(?::|\||=)[ \t]*(?:(?i:à)[ \t]+)?(?P<pii>" + _PLACE + r")(?![\w'’\-])",
    re.MULTILINE,
)

# A date of numbers as a scan reads it, a zero as the letter O: "3O 01 1995", "12.O4.1990", "O7/11/2001".
_SCANNED = r"[0-3Oo]?[0-9Oo][ \t./\-]+[0-1Oo]?[0-9Oo][ \t./\-]+(?:19|20|2O|l9)[0-9Oo]{2}"
_BIRTH_DATE_FIELD = re.compile(
    r"(?<![\w'’\-])(?i:date|dt)[ \t]+(?:(?i:de)[ \t]+)?(?i:naiss\.?|nais\.|naissance)"
    r"[ \t]*(?::|\||=)[ \t]*(?P<pii>" + _SCANNED + r")(?![\w'’\-])",
    re.MULTILINE,
)


class PaperEmployerRecognizer(RegexRecognizer):
    """An employer on a copied paper: its field, its letterhead, a second workplace (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if PAPER_FIELDS and ":" in text:
            yield from _fields(text)
        if LETTERHEADS and "\n" in text:
            yield from _letterheads(text)
        if NEXT_WORKPLACE:
            yield from _next_workplaces(text)
        if SIGNATURE_FIRMS and "\n" in text:
            yield from _signature_firms(text)


class AbbreviatedBirthplaceRecognizer(RegexRecognizer):
    """A town after an abbreviated label of birth: "Lieu de naiss. : ANGERS" (see the module's docstring)."""

    ENTITY = BIRTHPLACE

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not BIRTH_ABBREVIATIONS or "nais" not in text.lower():
            return
        for match in _BIRTH_FIELD.finditer(text):
            yield match.start("pii"), match.end("pii"), 0.8


class AbbreviatedBirthDateRecognizer(RegexRecognizer):
    """A date after an abbreviated label of birth, as typed or scanned: "Date de naiss. : 3O 01 1995"."""

    ENTITY = "DATE_NAISSANCE"

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not BIRTH_ABBREVIATIONS or "nais" not in text.lower():
            return
        for match in _BIRTH_DATE_FIELD.finditer(text):
            yield match.start("pii"), match.end("pii"), 0.9


def _fields(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _FIELD.finditer(text):
        start, end = match.span("pii")
        found = _firm_words(text, start, end)
        if found is not None:
            yield *found, SCORE


def _letterheads(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _HEAD_LINE.finditer(text):
        start, end = match.span("pii")
        if fold(text[start:end].split()[0]) in _TITLE_WORDS:
            continue
        if is_firm(text[start:end]):
            yield start, end, SCORE


def _next_workplaces(text: str) -> Iterator[tuple[int, int, float]]:
    if not re.search(r"(?i)\b(?:puis|ensuite|avant|après)\b", text):
        return
    for match in _NEXT.finditer(text):
        start, end = match.span("pii")
        found = _trim(text, start, end)
        if found is not None and is_firm(text[found[0] : found[1]]):
            yield *found, SCORE


def _signature_firms(text: str) -> Iterator[tuple[int, int, float]]:
    closings = list(_CLOSING.finditer(text))
    if not closings:
        return
    start = closings[-1].end()
    tail = text[start : start + _SIGNATURE_SPAN]
    for match in _SIGNED_FIRM.finditer(tail):
        found = _trim(tail, *match.span("pii"))
        if found is None:
            continue
        value = tail[found[0] : found[1]]
        # a firm after the job needs two words ("Responsable RH — Nettoyage Industriel Francilien"), not a town
        if match.group("job") and " " not in value:
            continue
        if is_firm(value):
            yield start + found[0], start + found[1], SCORE


def _firm_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The field's value without a legal form before it ("SARL Da Luigi" → "Da Luigi"); None for a public body, a
    person or a form alone."""
    words = list(re.finditer(r"[^ \t]+", text[start:end]))
    while words and fold(words[0].group()).rstrip(".") in _LEGAL:
        words.pop(0)
    if not words:
        return None
    first, last = start + words[0].start(), start + words[-1].end()
    return (first, last) if is_firm(text[first:last]) else None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Without the words a sentence goes on with after the firm ("… Dubrulle De 2019", "… Moreau En 2020")."""
    words = list(re.finditer(r"[^ \t]+", text[start:end]))
    while len(words) > 1 and (
        fold(words[-1].group()) in {"de", "du", "des", "d", "et", "&", "le", "la", "les", "en", "au", "aux", "sur"}
        or words[-1].group()[0].isdigit()
    ):
        words.pop()
    return (start + words[0].start(), start + words[-1].end()) if words else None
