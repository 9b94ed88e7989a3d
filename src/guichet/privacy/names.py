"""Person names in citizens' messages: titles, introductions, relatives, signatures, and spaCy's PER entities.

spaCy's small French model finds most names in running text but misses signatures on their own line and names
written in lower case; the rules below cover those. A word that is a common French word or an administrative
term ("CAF", "Pôle emploi", "Bonjour") is never a name on its own.
"""

import re
from collections.abc import Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy import bare_civility
from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_french, is_verb_form

ENTITY = "PERSONNE"


def _letters(lower: bool) -> str:
    """A character class body of the Latin letters of one case: ASCII, Latin-1, Extended-A and B (ł, ş, ğ, ț) and
    Extended Additional (Vietnamese "ễ", "ả"), so that "Nguyễn Thị Thảo" or "Wiśniewska" reads as one word."""
    chars = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))]
    kept = [c for c in chars if (c.islower() if lower else c.isupper()) and c not in "×÷"]
    return ("a-z" if lower else "A-Z") + "".join(kept)


_U = _letters(lower=False)
_L = _letters(lower=True)
_CAP = rf"(?:[DdLOMN]['’])?[{_U}][{_L}]+(?:['’\-][{_U}]?[{_L}]+)*"
_CAPS = rf"[{_U}]{{2,}}(?:[\-'’][{_U}]{{2,}})*"
_ANY = rf"[{_U}{_L}][{_U}{_L}'’\-]+"
_WORD = rf"(?:{_CAP}|{_CAPS})"
_PARTICLE = r"(?:de|du|des|de la|d'|d’|van|von|der|den|ben|bin|el|al|da|di|dos|das|le|la)"
_H = r"[ \t\u00a0]+"
_SEQ = rf"{_WORD}(?:{_H}(?:{_PARTICLE}{_H})?{_WORD}){{0,3}}"
_SEQ_AND = rf"{_SEQ}(?:{_H}(?:et|&){_H}{_SEQ})?"
# What may follow a signature: end of line, punctuation, a dash, or a number (the phone: "samir haddad 0652…").
_END = r"(?=[ \t\u00a0]*(?:$|[,.;!?()\n]|[\-–—][ \t])|[ \t\u00a0]+\+?\d)"

# Titles in any case ("madame fernandez"), and abbreviations that only count with their capital ("me" is a pronoun).
_HONORIFIC = (
    r"(?:(?i:mme|mmes|mlle|mlles|madame|monsieur|mademoiselle|messieurs|mesdames|docteur|maître|maitre|professeur|mr)|"
    r"M\.|Mr\.?|MM\.|Dr\.?|Me|Pr\.?)"
)
_RELATIVE = (
    r"(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)[ \t]+(?:petite?-|petits-|arrière-|beau-|belle-|ex-?)?"
    r"(?:fils|fille|filles|mari|femme|épouse|époux|conjointe?|compagnon|compagne|concubine?|partenaire|mère|père|maman|papa|parents|"
    r"frère|frères|sœur|soeur|sœurs|soeurs|enfants?|bébé|neveu|nièce|oncle|tante|cousine?|grand-mère|grand-père|"
    r"voisine?|amie?|aidante?|tuteur|tutrice|curateur|curatrice|employeur|propriétaire|bailleur|locataire|"
    r"ex|fiancée?|collègue|patron|patronne|médecin|avocate?)"
)
_KIN_TITLE = (
    r"(?:grand-mère|grand-mere|grand-père|grand-pere|grand-maman|grand-papa|mamie|mamy|mémé|meme|papi|papy|pépé|"
    r"tonton|tata|tatie|tantine|tante|oncle)"
)
_CLOSING = (
    r"(?:cordialement|bien cordialement|bien à vous|salutations(?: distinguées| respectueuses)?|"
    r"sincères salutations|respectueusement|merci(?: beaucoup| d'avance| par avance| encore| bien)?|"
    r"en vous remerciant(?: par avance| d'avance)?|bonne (?:journée|soirée)|amicalement|signé)"
)
_INTRO = (
    r"(?:(?:je m'appelle|je m’appelle|je me nomme|mon nom est|mon nom c'est|moi c'est|je soussignée?)[ \t]*:?|"
    r"(?:nom et prénom|prénom et nom|nom|prénom|prénom\(s\)|prénoms|nom\(s\)|nom de naissance|nom d['’]usage|"
    r"nom de famille|signataire|contact|interlocut(?:eur|rice)|demandeu(?:r|se)|"
    r"bénéficiaire|titulaire|assurée?|expéditeur|expéditrice)[ \t]*:|de la part de)"
)

# How a rule's match is checked: TITLE keeps the title in the span ("Mme Sow"), INTRO accepts lower-case words
# ("je m'appelle marcel dubreuil"), STRICT drops words that spaCy tags as verbs, adverbs… (signatures).
# SIGNATURE is STRICT and needs two words (a line starting with "Allemagne, Autriche…" is not signed). LOWER is a
# signature in lower case after a closing formula ("cordialement kevin durand"), LOWER_LINE one on its own line and
# LAST a single first name on its own line: those two only in the last lines.
TITLE, INTRO, PLAIN, STRICT, SIGNATURE = "title", "intro", "plain", "strict", "signature"
LOWER, LOWER_LINE, LAST, INSIDE = "lower", "lower_line", "last", "inside"
_LOWER_WORD = rf"[{_L}][{_L}'’\-]+"
_LOWER_NAME = rf"{_LOWER_WORD}(?:{_H}{_LOWER_WORD}){{1,2}}"
PATTERNS: tuple[tuple[re.Pattern[str], float, str], ...] = (
    (
        re.compile(rf"(?<!\w){_HONORIFIC}(?!\w)\.?{_H}(?P<pii>{_ANY}(?:{_H}(?:{_PARTICLE}{_H})?{_ANY}){{0,3}})"),
        0.85,
        TITLE,
    ),
    (re.compile(rf"(?i:\b{_RELATIVE}),?{_H}(?P<pii>{_SEQ})", re.MULTILINE), 0.75, PLAIN),
    # a relative's word used as a title, without a determiner: "chez Grand-mère Jeanne", "Tonton Ahmed", "tata Awa"
    (re.compile(rf"(?<![\w\-])(?i:{_KIN_TITLE}){_H}(?P<pii>{_SEQ})", re.MULTILINE), 0.75, PLAIN),
    (re.compile(rf"(?i:\bje suis){_H}(?P<pii>{_SEQ})", re.MULTILINE), 0.7, STRICT),
    (re.compile(rf"(?i:\bfamille){_H}(?P<pii>{_SEQ})", re.MULTILINE), 0.85, PLAIN),
    (re.compile(rf"(?i:\b{_INTRO})[ \t]*(?P<pii>{_ANY}(?:{_H}{_ANY}){{0,3}})", re.MULTILINE), 0.85, INTRO),
    (re.compile(rf"(?i:\b{_CLOSING})[ \t]*[,.!:]?\s*(?P<pii>{_SEQ_AND}){_END}", re.MULTILINE), 0.85, STRICT),
    (re.compile(rf"^[ \t]*(?P<pii>{_SEQ_AND}){_END}", re.MULTILINE), 0.7, SIGNATURE),
    # a signature after the last sentence, on the same line ("Appelez-moi. Laurent Girard")
    (
        re.compile(rf"(?<=[.!?…][ \t])[ \t]*(?P<pii>{_SEQ_AND})(?=[ \t]*(?:$|,|\n)|[ \t]+\+?\d)", re.MULTILINE),
        0.7,
        SIGNATURE,
    ),
    (re.compile(rf"(?i:\b{_CLOSING})[ \t]*[,.!:]?\s*(?P<pii>{_LOWER_NAME}){_END}", re.MULTILINE), 0.6, LOWER),
    (re.compile(rf"^[ \t]*(?P<pii>{_LOWER_NAME}){_END}", re.MULTILINE), 0.6, LOWER_LINE),
    (re.compile(rf"^[ \t]*(?P<pii>{_CAP})[ \t.]*$", re.MULTILINE), 0.6, LAST),
    # two capitalised words inside a sentence ("…m'a dit que Julien Moreau s'en occupait")
    (re.compile(rf"(?<=[{_L},;][ \t])(?P<pii>{_CAP}(?:{_H}(?:{_PARTICLE}{_H})?{_WORD}){{1,2}})"), 0.55, INSIDE),
)
# An object pronoun right after a word: the word is the subject of the verb that follows, not a name in
# apposition after a comma ("Mon fils, Paris lui plaît").
CLITIC_AFTER = re.compile(r"[ \t]+(?:lui|leur|me|te|se|nous|vous|y|en|le|la|les|ne|n['’])(?![\w'’\-])")
# How many of the last non-empty lines may hold a LOWER or LAST signature.
_TAIL_LINES = 3

# Parts of speech a name never has (spaCy tags some rare surnames as verbs, so verbs are allowed).
_NOT_NAME_POS = {"AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "ADV", "NUM", "PUNCT", "SYM", "INTJ"}
# Parts of speech a lower-case name may get ("je m'appelle marcel dubreuil").
_NAME_POS = {"PROPN", "NOUN", "ADJ", "X"}
_PLACES = {"LOC", "ORG", "MISC"}
_CONNECTORS = {"et", "&", "de", "du", "des", "la", "le", "d'", "d’", "van", "von", "der", "den", "ben", "bin", "el"}
_CONNECTORS |= {"al", "da", "di", "dos", "das"}
# "et" joins two names only in a signature ("Coralie et Mickaël Dupuis"), not after a title ("Dr Martin et le…").
_AND = {"et", "&"}
_TOKEN = re.compile(r"[^\s]+")
# Capitalised particles that start a surname after a label ("Nom : Le Goff", "De Sousa", "Van Damme").
_SURNAME_PARTICLES = {"Le", "La", "Les", "Du", "De", "Des", "Da", "Do", "Dos", "Das", "Di", "Del", "Van", "Von", "El"}
_NEXT_CAPITALISED = re.compile(rf"[ \t]+[{_U}]")


class PersonRecognizer(LocalRecognizer):
    """Names from rules and from spaCy's NER, without common words at either end."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], supported_language="fr", name="PersonRecognizer")

    def load(self) -> None:
        """The spaCy model is loaded by the NLP engine."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        pos = {token.idx: token.pos_ for token in doc} if doc is not None else {}
        places = (
            [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _PLACES] if doc is not None else []
        )
        results = []
        for start, end, score in (*self._rule_spans(text, pos, places), *self._ner_spans(nlp_artifacts, pos)):
            metadata = {
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            }
            results.append(RecognizerResult(ENTITY, start, end, score, recognition_metadata=metadata))
        return results

    def _rule_spans(
        self, text: str, pos: dict[int, str], places: list[tuple[int, int]]
    ) -> Iterator[tuple[int, int, float]]:
        tail = _tail_start(text)
        for regex, score, kind in PATTERNS:
            for match in _overlapping(regex, text):
                if kind in (LOWER, LOWER_LINE, LAST):
                    in_tail = kind == LOWER or match.start() >= tail
                    if in_tail and _tail_name(text, match, pos, places, single=kind == LAST):
                        yield *match.span("pii"), score
                    continue
                strict = kind in (STRICT, SIGNATURE, INSIDE)
                lenient = kind in (INTRO, TITLE)
                span = _trim(text, *match.span("pii"), pos=pos, lenient=lenient, strict=strict)
                if span is None:
                    continue
                signature = kind in (SIGNATURE, INSIDE)
                if strict and not _signature_like(text[span[0] : span[1]], span[0], pos, signature=signature):
                    continue
                if kind in (SIGNATURE, INSIDE) and (span[0] != match.start("pii") or _inside(span, places)):
                    continue
                if kind == INSIDE and not _proper_nouns(text, span, pos, places):
                    continue
                start, end = span
                if kind == TITLE and _job_title(text, match):
                    continue  # "je suis professeur principal", "docteur en droit": a trade, no title before a name
                if kind == PLAIN and _shouted_verb(text[start:end].split()[0]):
                    continue  # "MON FILS PLEURE TOUS LES SOIRS": the relative's verb, shouted
                if kind in (PLAIN, STRICT) and _shouted_words(text[start:end]):
                    continue  # "JE SUIS FURIEUX", "MON MARI ETAIT EXPLOITANT AGRICOLE": a state or a trade, shouted
                if "," in text[match.start() : match.start("pii")] and CLITIC_AFTER.match(text, end):
                    continue  # "Mon fils, Paris lui plaît": a topic set apart, then the verb's subject
                if kind == TITLE and start == match.start("pii"):
                    start = match.start()
                yield start, end, score
        if bare_civility.ENABLED:
            # (forty-fifth pass, p145e) a man's title without its full stop: "signé par M Castanié"
            for start, end in bare_civility.bare_titles(text):
                yield start, end, 0.85

    def _ner_spans(self, nlp_artifacts: NlpArtifacts | None, pos: dict[int, str]) -> Iterator[tuple[int, int, float]]:
        if nlp_artifacts is None:
            return
        text = nlp_artifacts.tokens.text
        for ent in nlp_artifacts.entities:
            if ent.label_ not in ("PER", "PERSON"):  # Presidio's artifacts call spaCy's "PER" "PERSON"
                continue
            span = _trim(text, ent.start_char, ent.end_char, pos=pos, lenient=False, strict=True)
            if span is None:
                continue
            # two capitalised words or more, none of them a French word ("Le TESA de Krasimir Petrov"): not
            # "Mobile Connect", "Exit Tax", "Terres australes et antarctiques françaises" in fiches, "XX XX"
            words = [word for word in text[span[0] : span[1]].split() if word.lower() not in _CONNECTORS]
            if len(words) < 2 or any(is_french(word) or not re.fullmatch(_CAP, word) for word in words):
                continue
            yield span[0], span[1], 0.6


_JOB_TITLES = {"professeur", "docteur", "maître", "maitre"}


def _job_title(text: str, match: re.Match[str]) -> bool:
    """(twenty-ninth pass, p82e) "professeur", "docteur", "maître" followed by French words in lower case name a
    trade, not a person: "je suis professeur principal", "professeur contractuel en lettres", "maître nageur" (not
    "professeur dupont", "docteur lefebvre", whose words are no French words)."""
    title = match.group()[: match.start("pii") - match.start()].strip().rstrip(".").lower()
    if title not in _JOB_TITLES:
        return False
    words = match.group("pii").split()
    return all(word.islower() and is_french(word) for word in words[:1])


def _shouted_verb(word: str) -> bool:
    """(twenty-ninth pass, p82e) A conjugated verb in capitals that is no first name ("PLEURE", "MANGE", "VIENT"):
    after "MON FILS", "MA MÈRE" in a shouted message it is what the relative does, not their name."""
    if not (word.isupper() and len(word) > 2 and is_verb_form(word)):
        return False
    kind = lookup(word)
    return not (kind is not None and kind.first)


def _shouted_words(value: str) -> bool:
    """(thirty-fourth pass, p100e) Words in capitals that are all French words and none a name the lists know
    (a common word may be a surname: "AGRICOLE"), after "JE SUIS" or a relative in a shouted message: "FURIEUX",
    "VEUVE", "EXPLOITANT AGRICOLE" (not "ROSE", "BOULANGER", "MARTIN", which the lists hold as names)."""
    words = [word for word in value.split() if word.lower() not in _CONNECTORS]
    if not words or not all(word.isupper() and len(word) > 2 for word in words):
        return False
    for word in words:
        kind = lookup(word)
        if not is_french(word) or kind is not None and not kind.common:
            return False
    return True


def _tail_start(text: str) -> int:
    """Where the last `_TAIL_LINES` non-empty lines begin (never the first line: a one-line text is not signed)."""
    starts = [m.start() for m in re.finditer(r"^[ \t]*\S", text, re.MULTILINE)]
    if len(starts) < 2:
        return len(text) + 1
    return starts[max(1, len(starts) - _TAIL_LINES)]


def _tail_name(
    text: str, match: re.Match[str], pos: dict[int, str], places: list[tuple[int, int]], *, single: bool
) -> bool:
    """A signature without capitals, or a lone first name: every word must be unknown to the common-word list
    and tagged as a noun or proper noun (a lone word: a proper noun), and not be a place."""
    span = match.span("pii")
    words = list(re.finditer(r"\S+", text[span[0] : span[1]]))
    if _inside(span, places) or any(is_common(word.group()) for word in words):
        return False
    tags = [pos.get(span[0] + word.start(), "X") for word in words]
    if single:
        return tags == ["PROPN"]
    return not any(tag in _NOT_NAME_POS for tag in tags)


def _proper_nouns(text: str, span: tuple[int, int], pos: dict[int, str], places: list[tuple[int, int]]) -> bool:
    """Every capitalised word is a proper noun for spaCy, and none is part of a place or an organisation."""
    if any(start < span[1] and span[0] < end for start, end in places):
        return False
    words = re.finditer(r"\S+", text[span[0] : span[1]])
    return all(pos.get(span[0] + w.start()) == "PROPN" for w in words if w.group().lower() not in _CONNECTORS)


def _overlapping(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches that may overlap: after "M. et Mme Martin" is rejected for "et", "Mme Martin" is still tried."""
    position = 0
    while (match := regex.search(text, position)) is not None:
        yield match
        position = max(match.start("pii"), match.start() + 1)


def _signature_like(name: str, start: int, pos: dict[int, str], *, signature: bool) -> bool:
    """A name found from its position alone needs two words, or one that spaCy calls a proper noun after a
    closing formula. A line that merely starts with capitals needs a word in title case ("SYSTEM OVERRIDE:")."""
    words = [word for word in name.split() if word.lower() not in _CONNECTORS]
    if signature:
        return len(words) >= 2 and any(word[0].isupper() and not word.isupper() for word in words)
    return len(words) >= 2 or pos.get(start) == "PROPN"


def _inside(span: tuple[int, int], places: list[tuple[int, int]]) -> bool:
    """True when spaCy saw a place or an organisation over the whole span."""
    return any(start <= span[0] and span[1] <= end for start, end in places)


def _looks_like_surname(word: str) -> bool:
    """A single word found by spaCy is kept only if it cannot be an ordinary capitalised word."""
    return bool(re.fullmatch(_CAPS, word)) and len(word) > 3


def _trim(
    text: str, start: int, end: int, *, pos: dict[int, str], lenient: bool, strict: bool
) -> tuple[int, int] | None:
    """Drop common words at either end and cut at the first line break; None if nothing name-like is left.

    `lenient` accepts lower-case words (after "je m'appelle"), otherwise every kept word must be capitalised;
    `strict` also treats words tagged as verbs, adverbs, determiners… as common words.
    """
    newline = text.find("\n", start, end)
    if newline != -1:
        end = newline
    words = [(m.start() + start, m.end() + start) for m in _TOKEN.finditer(text[start:end])]
    kept: list[tuple[int, int]] = []
    for word_start, word_end in words:
        word = text[word_start:word_end].rstrip(",.;:!?")
        word_end = word_start + len(word)
        if not word:
            break
        if kept and word.lower() in _CONNECTORS and (strict or word.lower() not in _AND):
            kept.append((word_start, word_end))
            continue
        if not kept and lenient and word in _SURNAME_PARTICLES and _NEXT_CAPITALISED.match(text, word_end):
            kept.append((word_start, word_end))  # "Nom : Le Goff", "Nom : Da Silva"
            continue
        if is_common(word) or (strict or not word[0].isupper()) and pos.get(word_start) in _NOT_NAME_POS:
            if kept or lenient:
                break
            continue
        if not word[0].isupper() and (not lenient or pos.get(word_start, "PROPN") not in _NAME_POS):
            break
        kept.append((word_start, word_end))
    while kept and text[kept[-1][0] : kept[-1][1]].lower() in _CONNECTORS:
        kept.pop()
    if not kept:
        return None
    return kept[0][0], kept[-1][1]
