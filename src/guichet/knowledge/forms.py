"""A form named instead of the procedure: « le cerfa 13750 », « le 15776*02 », « la requête 15891 ».

Citizens often name the paper they were handed rather than what they want to do. The fiches list their forms
(`ServiceEnLigne @type="Formulaire"`, an R id), and each form's own R fiche is titled with its Cerfa number
(« Formulaire 13750*07 : Demande de certificat d'immatriculation d'un véhicule »). Both are in the built index
(`meta.json`: the R fiches' titles and each fiche's `resources`), so the table number → fiches is read from the
index at its first use, without a re-ingest: a Cerfa number (five digits, « 60-3950 » for the old ones) names the
R form, and the F fiches that list that form are the procedures it belongs to. A resource's own `cerfa` (a
`NumeroCerfa` child of the `ServiceEnLigne`, as in the test fixtures; the DILA snapshot writes it as an attribute
the parser does not read, so it is empty in today's index) counts too.

Not read (a re-ingest would be needed): the forms' other numbers (`autrenumero` / `AutreNumero`: « 2042 »,
« 2705 », « S3705 »), which the parser (`guichet.knowledge.fiches`) does not keep; nor the forms' names.

A number is only a form's where the message says so or cannot mean anything else: an amount (« 13 750 € »), a
postcode (« Plan-d'Orgon (13750) », « 75011 Paris »), a file, claimant or invoice number (« numéro de dossier
15776 », « facture n° 10072 », « RG 14/12100 ») are set aside before the table is read, and a number the table does
not hold points nowhere. A form listed by more than `MAX_FICHES` fiches (the 2042's Cerfa 10330 by 82, the MDPH's
by 16) says too little of the procedure to point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.index import LoadedIndex
from guichet.knowledge.query import Query

READ_FORMS = True  # off: the forty-fifth pass (a form's number is a word like any other)
MAX_FICHES = 4  # a form listed by more fiches than this points to none of them
CONTEXT_WEIGHT = 1.0  # the pointer's weight when the number is told in the story only (1.0: as in an ask)
# Forty-seventh pass (engineer-r81): a number right after the word for a file, a claim or a case (« dossier 48213 »,
# « réclamation 55107 », « jugement 24118 », « convocation 30114 ») is that file's, without « n° » or « numéro »
# between them (off: only « dossier n° … » was set aside, and a bare « dossier 12539 » pointed to a form). Measured on
# train + validation: no message read differently (one train message, v80-015 « remplir le dossier 12539 », went
# 2 -> 7 before « dossier » was kept to the writer's own file and a heading); no gain on validation: shipped off
SET_ASIDE_FILE_WORDS = False

# The Cerfa numbers at the start of an R form's title: « Formulaire 13750*07 : … », « Formulaire 12321 et 12322 »
_TITLE_HEAD = re.compile(r"^[^:]*?formulaire\s+([^:]*?)\s*:", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\d/.,])(\d{5}|\d{2}-\d{4})(?:\s?[*#]\s?\d{1,2})?(?![\d]|[.,]\d)")
_SUFFIXED = re.compile(r"^\s?[*#]")
_AMOUNT_AFTER = re.compile(r"^\s*(?:€|euros?\b|eur\b|e\b|k€|francs?\b|m2|m²|km\b)", re.IGNORECASE)
_TOWN_AFTER = re.compile(r"^\s+[A-ZÉÈ][a-zéèêàâîôû]")  # « 75011 Paris »
_TOWN_BEFORE = re.compile(r"[A-ZÉÈ][\w'-]+\s*\(\s*$")  # « Plan-d'Orgon (13750) »
_FORM_CUE = re.compile(r"\b(?:cerfa|formulaires?|imprimes?|requete|feuille|attestation|demande|declaration)\b")
_OTHER_NUMBER = re.compile(
    r"\b(?:numeros?|num|no|allocataire|facture|rg|reference|ref|code postal|cp|rue|avenue|bd|boulevard|siret|"
    r"compte|contrat|immatricule|plaque|telephone|tel)\b|\bn\s?°|\bdossier\s+n"
)
# the words of `SET_ASIDE_FILE_WORDS`: a file, a claim, a case, an order or a parcel, an account, a summons
# « dossier » only as the writer's own file (« mon dossier 48213 ») or as a heading (« Dossier 48213 : … »): « remplir
# le dossier 12539 » names the form (v80-015, the collège grant's Cerfa, a form's number all the same)
_FILE_WORD = re.compile(
    r"\b(?:reclamations?|affaires?|jugements?|ordonnances?|commandes?|colis|suivi|clients?|adherents?|identifiants?"
    r"|matricules?|tickets?|convocations?|recepisses?)\b"
    r"|\b(?:mon|ma|mes|notre|nos|votre|vos|son|sa|ses|leur|leurs) (?:\w+ )?dossiers?\b|(?:^|[.!?:;\n(]\s*)dossiers?\b"
)
_CUE_WINDOW = 40  # characters before the number read for a cue


@dataclass(frozen=True)
class NamedForm:
    text: str  # the number as written
    number: str  # its key: the five digits (or « 60-3950 »)
    fiches: tuple[str, ...]  # the procedures' fiches, the best fitting first
    weight: float  # 1.0 in the subject or an ask, `CONTEXT_WEIGHT` in the story


def _numbers_in_title(title: str) -> list[str]:
    head = _TITLE_HEAD.match(title)
    if not head:
        return []
    return [match.group(1) for match in _NUMBER.finditer(head.group(1))]


def form_table(index: LoadedIndex) -> dict[str, tuple[str, ...]]:
    """Cerfa number → the F fiches that list that form, the fiche whose title shares most of the form's title
    first, then the fiche with fewer forms (the procedure's own rather than a page that lists them all). Cached on
    the index (its `masks` dict, dropped with it)."""
    cached = index.masks.get(("forms",))
    if cached is not None:
        return cached  # type: ignore[return-value]
    forms: dict[str, list[str]] = {}  # R id → its numbers
    titles: dict[str, set[str]] = {}
    for fiche in index.fiches:
        if fiche["kind"] == "R":
            numbers = _numbers_in_title(fiche["title"])
            if numbers:
                forms[fiche["fiche_id"]] = numbers
                titles[fiche["fiche_id"]] = set(analyze(fiche["title"].split(":", 1)[-1]))
    users: dict[str, list[tuple[int, int, str]]] = {}
    for fiche in index.fiches:
        if fiche["kind"] != "F":
            continue
        listed = {
            r["id"] or r["title"]: [*forms.get(r["id"], ()), *(m.group(1) for m in _NUMBER.finditer(r["cerfa"]))]
            for r in fiche["resources"]
            if r["kind"] == "form"
        }
        listed = {form: numbers for form, numbers in listed.items() if numbers}
        own = set(analyze(fiche["title"]))
        for form, numbers in listed.items():
            shared = len(own & titles.get(form, set()))
            for number in dict.fromkeys(numbers):
                users.setdefault(number, []).append((-shared, len(listed), fiche["fiche_id"]))
    table = {number: tuple(dict.fromkeys(f for *_, f in sorted(found))) for number, found in users.items()}
    index.masks[("forms",)] = table  # type: ignore[assignment]
    return table


def _is_form(text: str, start: int, end: int, suffixed: bool) -> bool:
    """Whether the number at text[start:end] names a form rather than an amount, a postcode or another number."""
    after = text[end : end + 12]
    if _AMOUNT_AFTER.match(after):
        return False
    before = text[max(0, start - _CUE_WINDOW) : start]
    if _TOWN_BEFORE.search(before) or (not suffixed and _TOWN_AFTER.match(after)):
        return False
    folded = fold(before)
    cues = [match.end() for match in _FORM_CUE.finditer(folded)]
    others = [match.start() for match in _OTHER_NUMBER.finditer(folded)]
    if SET_ASIDE_FILE_WORDS:
        # read on the whole text up to the number, so that a heading « Dossier 48213 » is seen at the text's start
        head = fold(text[:start])
        shift = len(head) - len(folded)
        others = sorted([*others, *(m.start() - shift for m in _FILE_WORD.finditer(head) if m.start() >= shift)])
    # the nearest cue says what the number is: « demande … numéro de dossier 15776 » is a file's, « cerfa n° 12100 »
    # (the other cue right after the form's) a form's
    if not others:
        return True
    return bool(cues) and (others[-1] < cues[-1] or folded[cues[-1] : others[-1]].strip() == "")


def named_forms(index: LoadedIndex, query: Query) -> list[NamedForm]:
    """The forms the message names by their Cerfa number and the fiches of their procedures (`READ_FORMS`)."""
    if not READ_FORMS:
        return []
    table = form_table(index)
    if not table:
        return []
    asked = [query.subject, *query.asks]
    out: list[NamedForm] = []
    seen: set[str] = set()
    for part in [*asked, *query.context]:
        for match in _NUMBER.finditer(part):
            number = match.group(1)
            fiches = table.get(number)
            if not fiches or number in seen or len(fiches) > MAX_FICHES:
                continue
            if not _is_form(part, match.start(), match.end(), bool(_SUFFIXED.match(match.group(0)[len(number) :]))):
                continue
            seen.add(number)
            weight = 1.0 if any(part is sentence for sentence in asked) else CONTEXT_WEIGHT
            out.append(NamedForm(match.group(0), number, fiches, weight))
    return out
