"""Draft sentences that contradict the passage they cite: deterministic, no model (principle 2, "grounded or silent").

Word overlap cannot see a contradiction: "Vous devez payer la CVEC si vous êtes en BTS" shares nearly every word
with "les étudiants en BTS ne paient pas la CVEC". So each draft sentence is aligned to the best-matching sentence of
the source(s) it cites (most of its content words in one source sentence), and the two are compared on what word
overlap ignores:

* polarity: the parity of the negations and exemptions of each ("ne … pas", "aucun", "sans", "sauf", "exonéré",
  "dispensé", "n'a pas à", "pas obligé"…), so that an exemption turned into an obligation, a negation lost or
  added, or "sauf" made "uniquement si" differ;
* comparison direction: "au moins" / "au plus", "plus de" / "moins de", "avant" / "après", "minimum" / "maximum",
  "supérieur" / "inférieur", a sentence that says one where the passage says only the other;
* numbers: a number of the sentence, with its unit, absent from the aligned passage sentence where a number of the
  same unit stands (the figure of another row, or a changed one).

Alignment reads a paraphrase as the fiche's words where it is cheap to: a body named in full as its acronym
("caisse primaire d'assurance maladie" / "CPAM"), a few verbs and nouns as one ("mettre fin" / "rompre", "démarrer" /
"commencer", "rémunération" / "salaire"). A rank of day or month ("au 4e jour") is a number of its own unit; "brut"
and "net" are antonyms; "cesser de" / "arrêter de" is a negation ("cesser de travailler" = "ne pas travailler"); a
clause that only details the one before ("…, dont 6 après la naissance") is read with it.

An obligation, permission or tax status that a source statement about the same thing reverses is found by
`modality` for the sentences this alignment does not compare ("modality"): against the cited sources' statements,
then, when they say nothing, against every source of the draft (a neighbouring fiche's answer that Guichet quotes
among the key points), each clause's main clause read apart from the "si …" / "lorsque …" case it is said for.

`find_contradictions` returns one entry per contradicting sentence:
``{"sentence", "span", "source", "passage", "reasons"}`` (`reasons` among "polarity", "scope", "antonym",
"direction", "number", "modality", and `contradictions_shifts`' "period", "conjunction", "anchor").
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from guichet.drafting.contradictions_shifts import age_not_reached, anchor_moved, conjunction_swapped, period_moved
from guichet.drafting.modality import answered, main_clause, modalities, reversed_modality, subject_terms
from guichet.text import STOP_WORDS, content_terms, fold, sentence_spans

# Share of the draft sentence's content words that its best source sentence must hold for the two to be compared:
# below it the sentence says something else (unsupported, not contradicted) and the support check speaks.
ALIGN_MIN = 0.5
# Share of a clause's content words the aligned passage must hold for that clause to be compared.
CLAUSE_MIN = 0.5
# Content words a draft sentence needs before it is compared (a greeting or a bare link says nothing).
MIN_TERMS = 3

_CITATION = re.compile(r"\[(?:Sources?\s*)?(\d+(?:\s*(?:,|et|-)\s*\d+)*)\]", re.IGNORECASE)
# A source sentence ends at . ; : or a line break (fiches list conditions one per line or after a colon).
_SOURCE_BREAK = re.compile(r"(?<=[.!?;:])\s+|\n+")

# Negations and exemptions, on folded text. "ne … pas/plus/jamais/aucun/rien/ni" counts once, "sans aucun" once.
_NEGATORS = re.compile(
    r"\b(?:ne|n')\s*(?:[\w']+\s+){0,3}?(?:pas|plus|jamais|aucun\w*|rien|guere|nullement|ni)\b"
    r"|\b(?:sans aucun\w*|sans|hors(?! d[eu'])|aucun\w*|nul(?:le)?|non|exclu\w*|exoner\w*|dispens\w*|"
    r"sauf|hormis|excepte|a l'exception d\w*|"
    r"interdi\w*|impossible|facultati\w*|(?:cess|arret)\w* de)\b",
    re.IGNORECASE,
)

# The scope of a rule: with an exception ("sauf si"), restricted to a case ("uniquement si"), or universal
# ("dans tous les cas", "même si", "y compris"). A sentence whose scope marker the passage does not share, where
# the passage has another one, turns the rule around ("sauf si X" made "uniquement si X").
_SCOPES: dict[str, re.Pattern[str]] = {
    "exception": re.compile(r"\b(?:sauf|hormis|excepte|a l'exception d\w*|en dehors d\w*)\b"),
    "restriction": re.compile(
        r"\b(?:(?:uniquement|seulement|exclusivement) (?:si|pour|lorsqu\w*|quand|en cas|dans|aux?)|"
        r"(?:ne|n')\s*(?:[\w']+\s+){0,4}?que (?:si|pour|lorsqu\w*|quand|en cas|dans)|^seule?s? (?:le|la|les|un|une)|"
        r"\bseule?s? (?:le|la|les|un|une) \w+ (?:peu\w*|doi\w*|p?a|ont))\b"
    ),
    "universal": re.compile(
        r"\b(?:toujours|dans tous les cas|en tout cas|quel(?:le)?s? que soi\w*|meme (?:si|lorsqu\w*|quand|en cas)|"
        r"y compris|tout de meme|quoi qu'il|systematiquement|automatiquement)\b"
    ),
}
# Words whose antonym in the passage, without the word itself, reverses the sentence.
_ANTONYMS: tuple[tuple[str, str], ...] = (
    (r"\bgratuit\w*", r"\bpayant\w*|\bpayer\b"),
    (r"\baccord\w*|\baccept\w*", r"\brefus\w*|\brejet\w*"),
    (r"\bobligatoire\w*|\bindispensable\w*|\bimperati\w*", r"\bfacultati\w*|\boptionnel\w*"),
    (r"\bimposable\w*|\bsoumis\w*", r"\bexoner\w*|\bnon imposable\w*"),
    (r"\bmajor\w*|\baugment\w*", r"\bminor\w*|\bdiminu\w*|\breduit\w*|\breduction\w*"),
    (r"\bsuspend\w*|\binterromp\w*|\bprolong\w*", r"\bmaintenu\w*|\bcontinue\w*"),
    (r"\bbrut(?:e|s|es)?\b", r"\bnet(?:te|s|tes)?\b"),
)
_ANTONYM_PATTERNS = [(re.compile(a), re.compile(b)) for a, b in _ANTONYMS]

# Comparison markers and their opposites (folded).
_DIRECTIONS: tuple[tuple[str, str, str], ...] = (
    ("au_moins", r"\bau moins\b|\bminimum\b|\bminimale?s?\b|\bau minimum\b", "au_plus"),
    ("au_plus", r"\bau plus\b(?! tard| tot)|\bmaximum\b|\bmaximale?s?\b|\bau maximum\b|\bau-dela\b", "au_moins"),
    ("plus_de", r"\bplus d[e']|\bsuperieure?s? a\b|\bdepasse\w*|\bexcede\w*", "moins_de"),
    ("moins_de", r"\bmoins d[e']|\binferieure?s? a\b|\bn'excede\w* pas\b", "plus_de"),
    ("avant", r"\bavant\b|\bau plus tard\b", "apres"),
    ("apres", r"\bapres\b|\bau plus tot\b|\ba partir d[ue']", "avant"),
)
_DIRECTION_PATTERNS = {name: re.compile(pattern) for name, pattern, _ in _DIRECTIONS}
_OPPOSITE = {name: opposite for name, _, opposite in _DIRECTIONS}

_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
# A number and its unit family, on folded text ("21 112 €", "3 mois", "9 heures", "31 mars").
_QUANTITY = re.compile(
    r"(?<![\w,])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?\s?"
    r"(€|euros?|%|ans?\b|mois\b|jours?\b|semaines?\b|heures?\b|h\b|minutes?\b|m2|m²|km\b|kg\b|"
    r"(?:er )?(?:" + _MONTHS + r")\b)?([a-z]{3,})?"
)
# A rank in a count of days, weeks, months or years ("au 8e jour de l'arrêt", "avant la fin du 7e mois"): the unit is
# the rank's, so that "4e jour" stands against "8e jour" and not against "4 jours".
_ORDINAL = re.compile(r"(?<![\w,])(\d+)\s?(?:e|eme|ere|er)\s+(jour|mois|semaine|annee|trimestre)s?\b")
_NUMBER_WORDS = {"deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6", "sept": "7", "huit": "8",
                 "neuf": "9", "dix": "10", "douze": "12", "quinze": "15", "vingt": "20", "trente": "30"}  # fmt: skip
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
# "au moins un enfant": "un" is a number only after a bound.
_ONE_AFTER_BOUND = re.compile(r"\b(au moins|au plus|plus d'|moins d'|plus de|moins de|seulement|que) (un|une)\b")
_UNIT_FAMILY = {"euro": "€", "euros": "€", "an": "ans", "jour": "jours", "semaine": "semaines", "heure": "heures",
                "h": "heures", "minute": "minutes", "m²": "m2"}  # fmt: skip


@dataclass(frozen=True)
class Aligned:
    """The source sentence a draft sentence is compared with."""

    source: int
    text: str
    overlap: float


def _fold(text: str) -> str:
    return fold(text).replace("’", "'")


def _bare(text: str) -> str:
    """Folded, without citation marks (sources are renumbered once the draft is assembled) or repeated spaces."""
    return " ".join(_fold(_CITATION.sub(" ", text)).split())


# What a negation bears on ends at the end of its clause.
_SCOPE_END = re.compile(r"[,.;:!?()]")


# A Q&A fiche's answer word, at the head of a line ("Non, elles sont exonérées d'impôt").
_ANSWER_WORD = re.compile(r"^\s*(?:oui|non)\b[\s,.:;!-]*")
# Exemptions said of their subject, before them ("les aides suivantes sont exonérées"): they bear on their clause
# (an exemption, not a prohibition: "l'eau est interdite pour la consommation" restates the "ne … pas" after it).
_PARTICIPLE = re.compile(r"^(?:exoner|dispens)")


def _clause_at(folded: str, start: int, end: int) -> str:
    """The clause around folded[start:end], from the last punctuation before it to the next one after it, and the
    list item after it when the clause introduces a list ("… sont exonérés : les régions")."""
    before = max(folded.rfind(c, 0, start) for c in ",.;:!?()")
    after = _SCOPE_END.split(folded[end:], maxsplit=1)
    rest = folded[end + len(after[0]) :]
    item = _SCOPE_END.split(rest[1:], maxsplit=1)[0] if rest.startswith(":") else ""
    return f"{folded[before + 1 : end]}{after[0]} {item}"


# "ne … pas dépasser" / "n'excède pas" before a figure: a ceiling, read as one where the other text states a ceiling.
_CEILING = re.compile(r"\s+(?:depass|exced)\w*")


# "ne … pas tenu de" / "ne vous oblige pas à": no duty, which a text that only permits ("vous pouvez …") says too.
_RELIEF_AFTER = re.compile(r"\s+(?:tenue?s?|obligee?s?)\s+(?:de|d'|a)\b")
_DUTY = re.compile(r"\b(?:devez|doit|doivent|devra\w*|devr\w*|obligatoire\w*|oblige\w*|tenue?s?|impose\w*)\b")
_PERMISSION = re.compile(r"\b(?:pouvez|peut|peuvent|pourr\w*|possible|libre)\b")


def _relieved(folded: str, m: re.Match[str]) -> bool:
    return bool(_RELIEF_AFTER.match(folded, m.end())) or ("oblig" in m.group(0) and m.group(0).startswith("ne "))


def _permission_only(other: str) -> bool:
    folded = _fold(other)
    return bool(_PERMISSION.search(folded)) and not _DUTY.search(folded)


def polarity(text: str, other: str | None = None) -> int:
    """The number of negations and exemptions of a sentence (its parity is what matters).

    With `other` (the text it is compared with), a negation counts only when what it bears on (its own words and
    the few after it) is talked about in `other` too: "sans limitation de durée" says nothing against a sentence
    that does not speak of a duration. An exemption said of its subject ("les aides suivantes sont exonérées")
    bears on its whole clause. A Q&A answer's leading "Non" answers the question (which the aligned text is about):
    it counts once for the answer, not again when the answer goes on to say it ("Non, elles sont exonérées")."""
    folded = age_not_reached(_fold(text)) if SHIFTS else _fold(text)
    other_terms = _align_terms(other) if other is not None else None
    answer = _ANSWER_WORD.match(folded)
    start = answer.end() if answer else 0
    count = 0
    for m in _NEGATORS.finditer(folded, start):
        scope = _SCOPE_END.split(folded[m.start() : m.end() + 40], maxsplit=1)[0]
        if _PARTICIPLE.match(m.group(0)):
            scope = _clause_at(folded, m.start(), m.end()) + " " + scope
        if other_terms is not None and not (content_terms(scope) & other_terms):
            continue
        if SHIFTS and other is not None and _CEILING.match(folded, m.end()) and "au_plus" in directions(other):
            continue  # "ne peut pas dépasser un mois" is the ceiling "au maximum d'un mois" states, not a negation
        if SHIFTS and other is not None and _relieved(folded, m) and _permission_only(other):
            continue  # "vous n'êtes pas tenu d'y aller" says the "vous pouvez y aller ou …" of the other text
        count += 1
    if answer and answer.group(0).lstrip().startswith("non") and count == 0:
        count = 1
    return count


def directions(text: str) -> set[str]:
    folded = _fold(text)
    return {name for name, pattern in _DIRECTION_PATTERNS.items() if pattern.search(folded)}


def _numbers_text(text: str) -> str:
    """Folded text with its number words written in digits ("au moins deux enfants" → "au moins 2 enfants")."""
    folded = _fold(_CITATION.sub(" ", text))
    folded = _ONE_AFTER_BOUND.sub(lambda m: f"{m.group(1)} 1", folded)
    return _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1)], folded)


def _quantity(m: re.Match[str]) -> tuple[str, str]:
    value = re.sub(r"\D", "", m.group(1)) + (f",{m.group(2)}" if m.group(2) else "")
    unit = (m.group(3) or "").replace("er ", "")
    if unit and re.fullmatch(_MONTHS, unit):
        return f"{value} {unit}", "date"
    if not unit and m.group(4) and m.group(4) not in STOP_WORDS:
        return value, m.group(4).rstrip("sx")[:6]  # "2 enfants": what is counted is the unit
    return value, _UNIT_FAMILY.get(unit, unit)


def quantities(text: str) -> set[tuple[str, str]]:
    """(value, unit) pairs of a sentence; the unit is "" for a bare number, "date" for a day of a month."""
    return {_quantity(m) for m in _QUANTITY.finditer(_numbers_text(text))}


# Clauses of a draft sentence compared one by one: "Vous ne payez pas de cotisations, mais vous devez déclarer…"
# says two things, each with its own polarity.
_CLAUSE_BREAK = re.compile(r"\s*[:;,]\s+|\s+(?:mais|puisque|car|alors que|tandis que|cependant)\s+|\s+:\s*")
PAIRS = True
# A figure moved to another period, a "ou" made "et" (`contradictions_shifts`).
SHIFTS = True
# The obligation / permission / tax-status check of `modality` (for sentences the word alignment does not compare).
MODALITY = True
# The modality check reads a clause's main clause apart from its "si …" / "lorsque …" condition.
MAIN_CLAUSE = True
# The modality check reads a sentence also against the other sources of the draft, when its cited ones say nothing.
ALL_SOURCES = True
# Against the other sources, a statement as close that states neither the sentence's modality nor its opposite
# does not clear the sentence (on the cited sources alone, every equally close statement must reverse it).
NEUTRAL_CLOSE = True


# A clause that only details the one before it ("…, dont 6 après la naissance", "…, soit 6 jours") is read with it.
_APPOSITION = re.compile(r"^\s*(?:dont|soit|y compris|notamment)\b", re.IGNORECASE)


def clauses(sentence: str) -> list[str]:
    pieces: list[str] = []
    for piece in _CLAUSE_BREAK.split(_CITATION.sub(" ", sentence)):
        if pieces and _APPOSITION.match(piece):
            pieces[-1] = f"{pieces[-1]}, {piece}"
        else:
            pieces.append(piece)
    parts = [p for p in pieces if len(content_terms(p)) >= MIN_TERMS]
    return parts if len(parts) > 1 else [sentence]


_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


def source_sentences(text: str) -> list[str]:
    """The sentences of a source; a list item comes with the line that introduces it ("Vous n'êtes pas concerné si
    vous êtes : - inscrit en lycée…"), since the item alone has lost its polarity."""
    out: list[str] = []
    lead = ""
    for line in text.split("\n"):
        if not line.strip():
            continue
        if lead and _LIST_ITEM.match(line):
            out.append(f"{lead} {_LIST_ITEM.sub('', line).strip()}")
            continue
        lead = line.strip() if line.rstrip().endswith(":") else ""
        out.extend(s.strip() for s in _SOURCE_BREAK.split(line) if s and len(content_terms(s)) >= 2)
    return out


# Modal verbs say how, not what: they do not count for alignment ("vous devez avoir un garant" is about a garant).
_MODALS = frozenset(
    {"devez", "devrez", "devra", "devron", "doiven", "pouvez", "pourre", "pourra", "pourri", "pouvoi", "condit"}
)


# Bodies a draft names in full where the fiche writes the acronym, or the reverse (folded): aligned as the acronym.
_ACRONYMS: tuple[tuple[str, str], ...] = (
    (r"caisses? primaires? d'assurance maladie", "cpam"),
    (r"caisses? d'allocations familiales", "caf"),
    (r"caisses? nationales? d'assurance vieillesse", "cnav"),
    (r"maisons? departementales? des personnes handicapees", "mdph"),
    (r"allocation aux adultes handicapes", "aah"),
    (r"revenu de solidarite active", "rsa"),
    (r"aide personnalisee au logement", "apl"),
    (r"allocation de rentree scolaire", "ars"),
    (r"allocation d'aide au retour a l'emploi", "are"),
    (r"contrat a duree determinee", "cdd"),
    (r"contrat a duree indeterminee", "cdi"),
)
# Words a paraphrase puts for the fiche's (folded), aligned as one word: "mettre fin à la période d'essai" is about
# what "la période d'essai ne peut pas être rompue" is about.
_SYNONYMS: tuple[tuple[str, str], ...] = (
    (r"(?:y )?(?:mettre|met|mettent|mis|mise) fin|rompre|rompu\w*|ruptures?|resilier|resiliation", "rompre"),
    (r"envoyer|envoi|transmettre|transmission|adresser|expedier", "envoyer"),
    (r"demarre\w*|debute\w*|commence\w*", "commencer"),
    (r"accouchement|naissances?", "naissance"),
    (r"bailleurs?|proprietaires?", "bailleur"),
    (r"remunerations?|salaires?", "salaire"),
)
# One pass over the text: acronyms first (longest), then the synonyms; each alternative in its own group.
_CANONICAL = [short for _, short in _ACRONYMS] + [word for _, word in _SYNONYMS]
_CANONICAL_PATTERN = re.compile(r"\b(?:" + "|".join(f"({words})" for words, _ in (*_ACRONYMS, *_SYNONYMS)) + r")\b")
# Words that say nothing of what a sentence is about: "même" ("le jour même", "même si", "en même temps").
_NOT_ALIGNED = frozenset({"meme"})


@lru_cache(maxsize=8192)
def _align_terms(text: str) -> frozenset[str]:
    """Content words compared for alignment: modal verbs and "même" left out, a body named in full read as its
    acronym ("caisse primaire d'assurance maladie" aligns with "CPAM")."""
    folded = _fold(_CITATION.sub(" ", text))
    folded = _CANONICAL_PATTERN.sub(lambda m: _CANONICAL[m.lastindex - 1], folded)
    return frozenset(content_terms(folded) - _MODALS - _NOT_ALIGNED)


def candidates_of(sentences: Sequence[str]) -> list[str]:
    """What a draft sentence may be compared with: each source sentence, its clauses, and two adjacent sentences
    together (a draft sentence often joins a rule and its exception, written as two sentences in the fiche)."""
    out: list[str] = []
    for i, sentence in enumerate(sentences):
        out.append(sentence)
        if PAIRS and i + 1 < len(sentences) and not sentences[i + 1].startswith(sentence):
            out.append(f"{sentence} {sentences[i + 1]}")
    return out


def covering(sentence: str, passage: str) -> str:
    """The clauses of `passage` that hold the sentence's content words, each adding words the others lack: a
    passage's clause about something else (and its negation) is left out of the comparison."""
    terms = _align_terms(sentence)
    parts: list[tuple[str, frozenset[str]]] = []
    introduces: set[int] = set()  # the parts that end with a colon: a list's introducing line
    for sent in _SOURCE_BREAK.split(passage):
        for piece in re.split(r"(?<=:)\s+", sent or ""):
            parts.extend((p, _align_terms(p)) for p in _CLAUSE_BREAK.split(piece) if p and p.strip())
            if piece.rstrip().endswith(":") and parts:
                introduces.add(len(parts) - 1)
    covered: set[str] = set()
    chosen: list[int] = []
    while True:
        gains = [(len((t & terms) - covered), -i) for i, (_, t) in enumerate(parts) if i not in chosen]
        if not gains or max(gains)[0] == 0:
            break
        _, i = max(gains)
        chosen.append(-i)
        covered |= parts[-i][1] & terms
    # A list item comes with the line that introduces it (its polarity: "Les aides suivantes sont exonérées :").
    # A list item comes with its introducing line (its exemption, `polarity`, reaches the item after the colon).
    leads = {i - 1 for i in chosen if i - 1 in introduces} - set(chosen)
    picked = sorted({*chosen, *leads})
    out = ""
    for i in picked:
        text = parts[i][0].rstrip(" :")
        out += text if not out else (f" : {text}" if i - 1 in leads else f" ; {text}")
    return out or passage


def align(sentence: str, sources: Sequence[tuple[int, Sequence[str]]]) -> Aligned | None:
    """The source text holding most of the draft sentence's content words (ties: the one with fewest others)."""
    terms = _align_terms(sentence)
    if not terms:
        return None
    best: Aligned | None = None
    best_key = (0.0, 0.0)
    for n, candidates in sources:
        for candidate in candidates:
            cand_terms = _align_terms(candidate)
            if not cand_terms:
                continue
            shared = len(terms & cand_terms)
            overlap = shared / len(terms)
            key = (round(overlap, 6), shared / len(cand_terms))
            if key > best_key:
                best, best_key = Aligned(n, candidate, overlap), key
    return best


def scopes(text: str) -> set[str]:
    folded = _fold(text)
    return {name for name, pattern in _SCOPES.items() if pattern.search(folded)}


def _antonym_flip(sentence: str, passage: str) -> bool:
    said, stated = _fold(sentence), _fold(passage)
    for a, b in _ANTONYM_PATTERNS:
        for one, other in ((a, b), (b, a)):
            if one.search(said) and other.search(stated) and not one.search(stated) and not other.search(said):
                return True
    return False


# A bound on a number: "plus de 12 ans", "au moins 20 ans", "moins de 28 ans", "au plus 2 ans", "dès 16 ans".
_BOUND = re.compile(
    r"\b(plus d[e']|au moins|a partir d[e']|des|apres|superieure? a|moins d[e']|au plus|au maximum|"
    r"jusqu'a|avant|inferieure? a|au minimum|minimum|maximum)\s*$"
)
_LOWER = {"plus de", "plus d'", "au moins", "a partir de", "a partir d'", "des", "apres", "superieur a",
          "superieure a", "au minimum", "minimum"}  # fmt: skip


def _number(value: str) -> float | None:
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return None


def bounded_quantities(text: str) -> dict[tuple[str, str], str]:
    """Each (value, unit) of a sentence with the bound that precedes it ("lower", "upper" or "")."""
    folded = _numbers_text(text)
    out: dict[tuple[str, str], str] = {}
    for m in _QUANTITY.finditer(folded):
        value, unit = _quantity(m)
        bound = _BOUND.search(folded[max(0, m.start() - 20) : m.start()])
        out[(value, unit)] = "" if not bound else ("lower" if bound.group(1) in _LOWER else "upper")
    for m in _ORDINAL.finditer(folded):
        out[(m.group(1), f"rang {m.group(2)}")] = ""
    return out


def _number_differs(sentence: str, passage: str) -> bool:
    """A number of the sentence absent from the passage where a number of the same unit stands; a number the
    passage bounds ("plus de 12 ans") is not contradicted by a case inside the bound ("votre fils a 13 ans")."""
    own, theirs = bounded_quantities(sentence), bounded_quantities(passage)
    for (value, unit), bound in own.items():
        if not unit or (value, unit) in theirs:
            continue
        same_unit = [(v, b) for (v, u), b in theirs.items() if u == unit]
        if not same_unit:
            continue
        x = _number(value)
        inside = False
        if not bound and x is not None:
            for v, b in same_unit:
                y = _number(v)
                if y is not None and ((b == "lower" and x >= y) or (b == "upper" and x <= y)):
                    inside = True
        if not inside:
            return True
    return False


def reasons(sentence: str, passage: str) -> list[str]:
    """Why `sentence` contradicts `passage` (its aligned source sentence), or [] when nothing does."""
    found: list[str] = []
    if polarity(sentence, passage) % 2 != polarity(passage, sentence) % 2:
        found.append("polarity")
    said, stated = scopes(sentence), scopes(passage)
    if said - stated and stated - said:
        found.append("scope")
    if _antonym_flip(sentence, passage):
        found.append("antonym")
    said, stated = directions(sentence), directions(passage)
    if any(_OPPOSITE[d] in stated and d not in stated for d in said):
        found.append("direction")
    if _number_differs(sentence, passage):
        found.append("number")
    if SHIFTS and period_moved(sentence, passage):
        found.append("period")
    if SHIFTS and conjunction_swapped(sentence, passage):
        found.append("conjunction")
    if SHIFTS and anchor_moved(sentence, passage):
        found.append("anchor")
    return found


def _cited(sentence: str) -> set[int]:
    return {int(n) for m in _CITATION.finditer(sentence) for n in re.findall(r"\d+", m.group(1))}


def source_texts(sources: Sequence[dict[str, Any]]) -> list[tuple[int, list[str]]]:
    """Each numbered source with its sentences (passage and verbatim extract)."""
    out: list[tuple[int, list[str]]] = []
    for i, s in enumerate(sources, start=1):
        text = "\n".join(str(s.get(k) or "") for k in ("passage", "extract"))
        out.append((int(s.get("n") or i), candidates_of(source_sentences(text))))
    return out


Statement = tuple[int, str, frozenset[str], frozenset[str]]


@lru_cache(maxsize=512)
def _statements_of(title: str, text: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    out = []
    for sentence in source_sentences(text):
        statement, stated = answered(title, sentence)
        if stated:
            out.append((statement, frozenset(stated), subject_terms(statement)))
    return tuple(out)


def modal_statements(sources: Sequence[dict[str, Any]]) -> list[Statement]:
    """Each source sentence that states a modality (`modality.modalities`), a Q&A answer read with its question:
    (source number, text, modalities, subject words)."""
    out: list[Statement] = []
    for i, s in enumerate(sources, start=1):
        text = "\n".join(str(s.get(k) or "") for k in ("passage", "extract"))
        n = int(s.get("n") or i)
        out.extend(
            (n, statement, stated, terms)
            for statement, stated, terms in _statements_of(str(s.get("title") or ""), text)
        )
    return out


def _modal_contradiction(sentence: str, statements: Sequence[Statement], *, neutral: bool = False) -> Statement | None:
    """The source statement about the same thing as a clause of `sentence` whose modality it reverses: the
    statement sharing most of the clause's subject words, none as close saying the same."""
    for whole in clauses(sentence):
        clause = main_clause(whole) if MAIN_CLAUSE else whole
        terms = subject_terms(clause)
        if not terms:
            continue
        ranked = sorted(statements, key=lambda st: len(terms & st[3]), reverse=True)
        if not ranked or not ranked[0][3] & terms:
            continue
        best = len(terms & ranked[0][3])
        closest = [st for st in ranked if len(terms & st[3]) == best]
        hits = [st for st in closest if reversed_modality(clause, st[1], st[2])]
        said = modalities(clause)
        # Every equally close statement reverses it, or (`neutral`) none as close agrees: a statement as close
        # stating another modality ("les revenus imposables sont pris en compte") neither confirms nor clears it.
        agrees = [st for st in closest if st not in hits and said & st[2]]
        if hits and (len(hits) == len(closest) or (neutral and not agrees)):
            return hits[0]
    return None


# A sentence too long to align as a whole ("…, même si vous vivez le reste du temps à l'étranger") has each of its
# clauses aligned alone; a clause holding CLAUSE_ALIGN_MIN of its words in one source sentence is compared with it,
# on the reasons a clause cut from its sentence keeps (not its negations: "même si" belongs to the sentence), its
# figures only when the sentence has no other (a figure computed from the writer's case is not the source's).
CLAUSE_ALIGN = True
CLAUSE_ALIGN_MIN = 0.6
_CLAUSE_REASONS = frozenset({"number", "period", "conjunction", "direction"})


def _clause_contradiction(sentence: str, candidates: Sequence[tuple[int, Sequence[str]]]) -> dict[str, Any] | None:
    """The first clause of a sentence that does not align as a whole that contradicts its own aligned source."""
    parts = clauses(sentence)
    if len(parts) < 2:
        return None
    for clause in parts:
        aligned = align(clause, candidates)
        if aligned is None or aligned.overlap < CLAUSE_ALIGN_MIN:
            continue
        kept = _CLAUSE_REASONS
        if quantities(sentence) - quantities(clause):
            # Figures of the writer's case elsewhere in the sentence ("Âgée de 34 ans, avec 10 jours acquis, vous
            # pouvez prétendre à 4 jours"): the clause's figure may be computed from them, not read in the source.
            kept = kept - {"number"}
        why = [r for r in reasons(clause, covering(clause, aligned.text)) if r in kept]
        if why:
            return {"source": aligned.source, "passage": aligned.text, "reasons": why}
    return None


def find_contradictions(
    text: str, sources: Sequence[dict[str, Any]], *, skip: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """The sentences of `text` that contradict the source sentence they align with (cited sources first), or whose
    obligation, permission or tax status a source statement about the same thing reverses."""
    numbered = source_texts(sources)
    statements = modal_statements(sources) if MODALITY else []
    if not any(sentences for _, sentences in numbered):
        return []
    skip_folded = {_bare(s) for s in skip if s.strip()}
    out: list[dict[str, Any]] = []
    for start, end, sentence in sentence_spans(text):
        folded = _bare(sentence)
        if folded in skip_folded or any(folded in s for s in skip_folded):
            continue
        if len(content_terms(_CITATION.sub(" ", sentence))) < MIN_TERMS:
            continue
        cited = _cited(sentence)
        candidates = [(n, sents) for n, sents in numbered if n in cited] or numbered
        aligned = align(sentence, candidates)
        if aligned is None or aligned.overlap < ALIGN_MIN:
            clause_hit = _clause_contradiction(sentence, candidates) if CLAUSE_ALIGN else None
            if clause_hit is not None:
                out.append({"sentence": sentence, "span": [start, end], **clause_hit})
                continue
            own = [st for st in statements if st[0] in cited]
            modal = _modal_contradiction(sentence, own or statements)
            if modal is None and own and ALL_SOURCES and len(own) < len(statements):
                # A statement of another source of the same draft (the fiche whose answer Guichet quotes among the
                # key points) that reverses the sentence, none as close of any source agreeing.
                modal = _modal_contradiction(sentence, statements, neutral=NEUTRAL_CLOSE)
            if modal is not None:
                out.append(
                    {
                        "sentence": sentence,
                        "span": [start, end],
                        "source": modal[0],
                        "passage": modal[1],
                        "reasons": ["modality"],
                    }  # fmt: skip
                )
            continue
        for clause in clauses(sentence):
            cover = covering(clause, aligned.text)
            terms = _align_terms(clause)
            if not terms or len(terms & _align_terms(cover)) / len(terms) < CLAUSE_MIN:
                continue  # this clause speaks of something the aligned passage does not
            why = reasons(clause, cover)
            if why:
                out.append(
                    {
                        "sentence": sentence,
                        "span": [start, end],
                        "source": aligned.source,
                        "passage": aligned.text,
                        "reasons": why,
                    }
                )
                break
    return out
