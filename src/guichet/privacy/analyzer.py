"""Presidio's analyzer with spaCy `fr_core_news_sm` and Guichet's French recognisers, loaded once per process.

`detect(text)` returns non-overlapping spans: where two recognisers disagree, the higher score wins (checksums
score 1.0), then the longer span. Every word of a detected name is then also masked where it appears alone
("Mme Sow" after "Aminata Sow").
"""

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from guichet.privacy import (
    address_pieces,
    address_titles,
    article_nicknames,
    birth_years,
    brands,
    club_names,
    club_registers,
    eponym_places,
    familiar_forms,
    family_names,
    firm_surnames,
    gazetteer,
    glued_names,
    household_employers,
    left_names,
    lettered_keys,
    lexicon,
    listed_word_names,
    named_identifiers,
    named_places,
    numbered_labels,
    numbered_places,
    ocr,
    overlap_rests,
    overmask_guards,
    pet_names,
    plain_word_repeats,
    propagation,
    question_words,
    research_names,
    role_labels,
    second_mentions,
    spacy_fr,
    spoken_names,
    streetless_homes,
    study_bodies,
    table_cells,
    word_surnames,
)
from guichet.privacy.lower_words import lower_french_repeat
from guichet.privacy.name_rules import ContextNameRecognizer, in_capitals
from guichet.privacy.names import ENTITY as PERSON
from guichet.privacy.names import PersonRecognizer, is_common
from guichet.privacy.recognizers import RECOGNIZERS, form_fields, spaced_forms, workplaces
from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.privacy.recognizers.contact import EMAIL_ADDRESS, FR_POSTCODE, EmailRecognizer
from guichet.privacy.recognizers.references import next_in_list
from guichet.privacy.slots import SlotRecognizer
from guichet.text import fold, regex_cache

LANGUAGE = "fr"
SPACY_MODEL = "fr_core_news_sm"
_lock = threading.RLock()
_analyzer: AnalyzerEngine | None = None
_BLAS = ThreadpoolController()
# spaCy's results for the latest texts: a message's body is analysed again when its title brings a new name.
_CACHE_SIZE = 256
_artifacts: OrderedDict[str, NlpArtifacts] = OrderedDict()


@dataclass(frozen=True)
class Span:
    type: str
    start: int
    end: int
    score: float


class FrenchSpacyNlpEngine(SpacyNlpEngine):
    """spaCy without the dependency parser (not needed for NER and part-of-speech tags, and a third of the time) nor
    the lemmatizer: no recogniser reads a lemma (none has context words, the only reader of lemmas in Presidio), and
    the lexicon reads the lemmatizer's tables, not its output. Same spans without it on the privacy corpus (train and
    validation), the triage corpus and 1,000 fiche paragraphs; 2,935 texts (issue 15)."""

    def load(self) -> None:
        nlp = spacy_fr.load(SPACY_MODEL, disable=["parser", "lemmatizer"])
        # spaCy's matrix products through numpy's BLAS (OpenBLAS), on one thread, instead of blis: half the CPU of
        # spaCy on the 2-core VM (6.2 -> 3.1 ms a message in batches), the same entities, tags and morphology on
        # 3,369 texts (privacy and triage corpora, fiche paragraphs, generated rows; issue 15).
        ops = NumpyOps(use_blis=False)
        for _, pipe in nlp.pipeline:
            for node in pipe.model.walk() if hasattr(pipe, "model") else ():
                node.ops = ops
        self.nlp = {LANGUAGE: nlp}

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        with _BLAS.limit(limits=1, user_api="blas"):
            return super().process_text(text, language)

    def process_batch(
        self, texts: list[str], language: str, batch_size: int = 1, n_process: int = 1, as_tuples: bool = False
    ) -> Iterator:
        with _BLAS.limit(limits=1, user_api="blas"):  # two threads burn twice the CPU for nothing here
            done = list(super().process_batch(texts, language, batch_size, n_process, as_tuples))
        return iter(done)


class _Engine(AnalyzerEngine):
    """Presidio's engine without its context step when no recogniser has context words nor its own context logic
    (none has: see `FrenchSpacyNlpEngine`): that step deep-copies every result and matches each against every
    recogniser, a tenth of the detection's CPU for results it returns unchanged, in the same order (thirty-third
    pass). Should a recogniser gain context words, the step runs again."""

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        if context or any(_uses_context(recognizer) for recognizer in recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        return raw_results


def _uses_context(recognizer: EntityRecognizer) -> bool:
    own = type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context
    return bool(recognizer.context) or own


def analyzer() -> AnalyzerEngine:
    """The analyzer, built on first use and then shared (loading spaCy takes seconds)."""
    global _analyzer
    if _analyzer is None:
        with _lock:
            if _analyzer is None:
                _analyzer = _build()
    return _analyzer


def _build() -> AnalyzerEngine:
    ner = NerModelConfiguration(labels_to_ignore=["MISC", "LOC", "ORG"])
    nlp_engine = FrenchSpacyNlpEngine(
        models=[{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}], ner_model_configuration=ner
    )
    nlp_engine.load()
    lexicon.use(nlp_engine.nlp[LANGUAGE].get_pipe("lemmatizer").lookups)
    lexicon.preload()
    recognizers = [recognizer() for recognizer in RECOGNIZERS]
    recognizers += [PersonRecognizer(), ContextNameRecognizer(), SlotRecognizer()]
    gazetteer.preload()
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[LANGUAGE])
    engine = _Engine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE])
    regex_cache.finish()  # start-up is over: the patterns compiled so far are kept for the next run (if installed)
    return engine


def nlp_artifacts(text: str) -> NlpArtifacts:
    """spaCy's analysis of `text`, from the cache filled by `prefetch` or computed now (and kept a while)."""
    with _lock:
        artifacts = _artifacts.pop(text, None)
    if artifacts is None:
        artifacts = analyzer().nlp_engine.process_text(text, LANGUAGE)
    _remember(text, artifacts)
    return artifacts


def prefetch(texts: Iterable[str], *, batch_size: int = 32) -> None:
    """Run spaCy over many texts at once (about twice as fast as one by one); `detect` then reads the cache."""
    engine = analyzer().nlp_engine
    todo = list(dict.fromkeys(text for text in texts if text.strip() and text not in _artifacts))
    for text, artifacts in engine.process_batch(todo, LANGUAGE, batch_size=batch_size):
        _remember(text, artifacts)


def _remember(text: str, artifacts: NlpArtifacts) -> None:
    with _lock:
        _artifacts[text] = artifacts
        while len(_artifacts) > _CACHE_SIZE:
            _artifacts.popitem(last=False)


def detect(
    text: str, *, known: Mapping[str, str] | None = None, flexible: bool = False, scanned: bool = True
) -> list[Span]:
    """Personal data in `text`, as sorted, non-overlapping spans.

    `known` maps values already found in the message (in the title, say) to their type: they are found here
    too, exactly or, when `flexible`, whatever their case and separators; the words of known names are masked.
    When `scanned`, text damaged by a scan ("0l/03/2001", "19 r ue des Cer isiers") is also read through its
    normalised view (`ocr.view`): what the view finds over a changed place is masked on the original characters.
    """
    if not text.strip():
        return []
    spans = _detect(text, known=known, flexible=flexible)
    if not scanned:
        return spans
    view = ocr.view(text)
    if view.text == text:
        return spans
    found = [
        Span(s.type, *view.back(s.start, s.end), s.score)
        for s in _detect(view.text, known=known, flexible=flexible)
        if view.changed(s.start, s.end, text)
    ]
    return sorted(_resolve(spans + found), key=lambda s: s.start) if found else spans


def _detect(text: str, *, known: Mapping[str, str] | None, flexible: bool) -> list[Span]:
    known = known or {}
    results = analyzer().analyze(text=text, language=LANGUAGE, nlp_artifacts=nlp_artifacts(text))
    # a shop or a brand named after a person ("chez Leroy Merlin") is no person: left before the names found are
    # extended or looked for elsewhere in the message (`brands`)
    raw = address_titles.trimmed(text, [Span(r.entity_type, r.start, r.end, r.score) for r in results])  # (p153e)
    raw = form_fields.trimmed(text, raw)  # (p186e) a form's next label swallowed by a name, a label alone
    raw = numbered_labels.amended(text, raw, Span)  # (p196e) « Enfant 2 : Adam », a reference over a phone
    raw += [Span("ADRESSE", a, b, numbered_places.SCORE) for a, b in numbered_places.place_spans(text)]  # (p201e)
    raw += [Span("ADRESSE", a, b, streetless_homes.SCORE) for a, b in streetless_homes.place_spans(text, _homes(raw))]
    chosen = _resolve(_brands_out(text, raw), text=text)  # (p158e) a cut span keeps its rest (`overlap_rests`)
    chosen = _resolve(_address_lines(text, chosen))
    chosen = _resolve(
        chosen
        + _listed_names(text, chosen)
        + _bracketed_names(text, chosen)
        + _names_called_after(text, chosen)
        + _item_names(text, chosen)
    )
    # (forty-second pass, p132e) a first name that is also a word, a place or a month, in a list of people
    people = [(s.start, s.end) for s in chosen if s.type == PERSON]
    listed = [Span(PERSON, a, b, 0.5) for a, b in listed_word_names.listed_word_names(text, people)]
    if listed:
        chosen = _resolve(chosen + listed)
    extended = _extended_names(text, chosen) + _same_shape(text, chosen) + _particles_before(text, chosen)
    extended += _words_before(text, chosen) + _birth_names_after(text, chosen) + _surname_comma_first(text, chosen)
    extended += _identifier_tails(text, chosen) + _name_columns(text, chosen) + _listed_identifiers(text, chosen)
    extended += [Span(k, a, b, 0.9) for k, a, b in lettered_keys.key_spans(text, _typed(chosen))]  # (p206e) « 123 B »
    # (forty-sixth pass, p148e) "mme blanc, nee marchand": a birth name in lower case (`family_names`)
    people = [(s.start, s.end) for s in chosen if s.type == PERSON]
    extended += [Span(PERSON, a, b, 0.5) for a, b in family_names.lower_birth_names(text, people)]
    extended += [Span(PERSON, a, b, 0.5) for a, b in spoken_names.spoken_spans(text, people)]  # (p153e)
    extended += [Span(PERSON, a, b, 0.5) for a, b in plain_word_repeats.first_names_before(text, people)]  # (p153e)
    extended += [Span(PERSON, a, b, 0.5) for a, b in pet_names.capital_short_forms(text, people)]  # (p167e)
    # (forty-fifth pass, p145e) a name glued to a title's stop or to a number: "Mme.Keita", "Zoé2015"
    extended += [Span(kind, start, end, 0.8) for kind, start, end in glued_names.glued_spans(text)]
    # (forty-sixth pass, p149e) JSON fields, dot-leader form fields, a form's birthplace line (`table_cells`)
    extended += [Span(PERSON, a, b, 0.7) for a, b in table_cells.json_names(text)]
    extended += [Span(PERSON, a, b, 0.7) for a, b in table_cells.dotted_fields(text)]
    extended += [Span(kind, a, b, 0.7) for kind, a, b in table_cells.birthplace_lines(text)]
    extended += [Span(PERSON, a, b, 0.7) for a, b in role_labels.role_names(text)]  # (p157e) « Père : Sami »
    extended += [Span(PERSON, a, b, 0.7) for a, b in club_registers.officer_first_names(text)]  # (p162e)
    # (forty-sixth pass, p150e) a login, a reference or a private link that holds a name: "mbertrand1990"
    extended += [Span(kind, start, end, 0.85) for kind, start, end in named_identifiers.identifier_spans(text)]
    # (fifty-fifth pass, p193e) a date in spaced pieces, a given name before a particle in capitals (`spaced_forms`)
    extended += [Span(kind, a, b, 0.95) for kind, a, b in spaced_forms.spaced_dates(text)]
    # (fifty-sixth pass, p198e) a name after a familiar form, the year after a town of birth (`familiar_forms`)
    extended += [
        Span(kind, a, b, 0.9) for kind, a, b in familiar_forms.spans(text, [(s.type, s.start, s.end) for s in chosen])
    ]
    extended += [Span(PERSON, a, b, 0.9) for a, b in article_nicknames.spans(text)]  # (p202e) « le Grand Jo »
    extended += [Span(PERSON, a, b, 0.9) for a, b in left_names.spans(text)]  # (p205e) « on l'appelle Titou »
    extended += [Span(kind, a, b, 0.95) for kind, a, b in household_employers.spans(text)]  # (p202e) Cesu, Pajemploi
    people = [(s.start, s.end) for s in chosen if s.type == PERSON]
    extended += [Span(PERSON, a, b, 0.9) for a, b in spaced_forms.given_before_particle(text, people)]
    # (fifty-sixth pass, p197e) a surname that is a word, in capitals, after a kin word, « les » or a first name
    extended += [Span(PERSON, a, b, 0.8) for a, b in word_surnames.spans(text, people)]
    if extended:
        chosen = _resolve(chosen + extended, text=text)
    chosen = _resolve(chosen + _row_neighbours(text, chosen))
    chosen = _headers_out(text, chosen)
    names = [text[s.start : s.end] for s in chosen if s.type == PERSON]
    names += [value for value, kind in known.items() if kind == PERSON]
    extra = _known_values(text, known, flexible=flexible) + _name_words(text, names) + _initials_of(text, names)
    extra += [Span(PERSON, start, end, 0.3) for start, end in _other_forms(text, chosen, names)]
    extra += _places_again(text, chosen)
    extra += [Span("EMPLOYEUR", a, b, 0.5) for a, b in second_mentions.firms_again(text, _firms(chosen))]
    extra += [
        Span(PERSON, a, b, 0.5) for a, b in firm_surnames.firm_surname_spans(text, _firms(chosen), _spans_of(chosen))
    ]
    spans = _resolve(chosen + extra)
    spans = _resolve(spans + _name_codes(text, spans))  # the names found anywhere, their words alone included
    spans = _resolve(spans + _postcodes_before(text, spans))
    # (forty-seventh pass, p154e) the year after a birth date masked in pieces: "Nata il 3 marzo 1947" (`birth_years`)
    spans = _resolve(spans + [Span("DATE_NAISSANCE", a, b, 0.95) for a, b in _birth_years(text, spans)])
    spans = _headers_out(text, spans)
    # (p191e) a national chain or company named alone as an employer names no one (`workplaces`)
    spans = [s for s in spans if not (s.type == "EMPLOYEUR" and workplaces.national_employer(text[s.start : s.end]))]
    return sorted(_home_pieces(text, _brands_out(text, spans)), key=lambda s: s.start)


def _birth_years(text: str, spans: list[Span]) -> Iterator[tuple[int, int]]:
    return birth_years.birth_year_spans(text, [(s.start, s.end) for s in spans])


def _row_neighbours(text: str, spans: list[Span]) -> list[Span]:
    """(forty-sixth pass, p149e) A first name beside a name's cell, a town after a birth date's (`table_cells`)."""
    if ";" not in text and "\t" not in text and "|" not in text and ("," not in text or not table_cells.CSV_ROWS):
        return []
    found = table_cells.row_neighbours(text, [(s.type, s.start, s.end) for s in spans], PERSON)
    return [Span(kind, a, b, 0.6) for kind, a, b in found]


def _headers_out(text: str, spans: list[Span]) -> list[Span]:
    """(forty-sixth pass, p149e) No name in a table's header row made of labels ("Titulaire", "Prénom NOM"), nor
    a cell that says a flat is empty or names a department ("vacant", "service RH") (`table_cells`)."""
    if not table_cells.CLEAR_HEADERS:
        return spans
    headers = [(a, b) for a, b in table_cells.header_rows(text) if table_cells.header_labels(text, a, b)]
    kept = []
    for span in spans:
        if span.type == PERSON and _a_label_cell(text, span, headers):
            continue
        kept.append(span)
    return kept


def _a_label_cell(text: str, span: Span, headers: list[tuple[int, int]]) -> bool:
    """A header row's labels, or a cut row's cell that is an empty flat's word or lower-case labels."""
    value = text[span.start : span.end]
    if any(a <= span.start and span.end <= b for a, b in headers) and table_cells.a_label(value, loose=True):
        return True
    if not (value.lower() in table_cells.EMPTY_CELLS or value[:1].islower()):
        return False
    line = text[text.rfind("\n", 0, span.start) + 1 : (text.find("\n", span.end) + 1 or len(text) + 1) - 1]
    if re.search(r"[|\t;]", line) is None or not _in_a_cell(text, span.start, span.end):
        return False
    return value.lower() in table_cells.EMPTY_CELLS or table_cells.a_label(value)


def _home_pieces(text: str, spans: list[Span]) -> list[Span]:
    """(thirty-fourth pass, p100e) Each address with the building, floor, door or estate that touch it
    (`address_pieces`); a unit's number or another address inside the pieces joins it, anything else stops it."""
    for span in [s for s in spans if s.type == "ADRESSE"]:
        start, end = address_pieces.extend(text, span.start, span.end)
        if (start, end) == (span.start, span.end):
            continue
        inside = [o for o in spans if o is not span and o.start < end and start < o.end]
        if any(
            (o.type not in ("ADRESSE", "REFERENCE") and not address_pieces.is_unit_word(text[o.start : o.end]))
            or o.start < start
            or o.end > end
            for o in inside
        ):
            continue
        spans = [o for o in spans if o is not span and o not in inside] + [Span("ADRESSE", start, end, span.score)]
    return spans


# A postcode that begins an address's part (after a comma, a colon or at a line's start), right before a town masked
# as a birthplace or read as a name ("Né à Voh. … Tribu de Tiéta, 98833 Voh", "BP 112 Patio, 98733 Taha'a"): the
# town's mask won over the address, which left the postcode.
_CODE_BEFORE = re.compile(r"(?:^|(?<=[,:\n]))[ \t]*(?P<code>" + FR_POSTCODE + r")[ \t]+\Z")


def _postcodes_before(text: str, spans: list[Span]) -> list[Span]:
    """(thirtieth pass, second shift, p85) See `_CODE_BEFORE`: the postcode is masked as an address."""
    found = []
    covered = _covered(spans)
    for span in spans:
        if span.type not in (PERSON, "LIEU_NAISSANCE"):
            continue
        before = _CODE_BEFORE.search(text, max(0, span.start - 12), span.start)
        if before and not covered.intersection(range(before.start("code"), before.end("code"))):
            found.append(Span("ADRESSE", before.start("code"), before.end("code"), 0.5))
    return found


# A line of the writer's address read as a name: the words that begin a line and the postcode and town after them on
# the same line ("Philippe MOUREAUX⏎La Grange Neuve 71220 Verosvres", "Lieu-dit Puech Grand, 12310 Laissac"): a
# lieu-dit, a farm or a house's name, never a person's. The words say a place: a place's word first, or an article
# and a French word that is no one's first name ("Le Mas des Pommiers"); "Thierry Faure, 26000 Valence", "Le Gall
# Francine, 29000 Quimper" or "Lestrade, 15120 Montsalvy" stay a name (a lieu-dit named alone is masked as one, and
# elsewhere in the message as its words).
_PLACE_START = re.compile(
    r"(?i:lieu-dit|lieudit|lieu[ \t]+dit|hameau|domaine|ferme|moulin|mas|manoir|château|chateau|bastide|"
    r"résidence|residence|za|zi|zac)(?![\w'’\-])"
)
_ARTICLE_START = re.compile(r"(?:La|Le|Les|L['’])[ \t]*(?=[A-ZÀ-Ý])")
_POSTCODE_TOWN_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?<!\d)" + FR_POSTCODE + r"[ \t]+[A-ZÀ-Ý][\w'’\-]*"
    r"(?:[ \t]+(?:[A-ZÀ-Ý][\w'’\-]*|sur|sous|lès|les|en|de|du|la|le|(?i:cedex)(?:[ \t]+\d{1,2})?))*[ \t]*(?=\n|$)"
)
_POSTCODE_START = re.compile(r"\d")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*\Z")


def _address_lines(text: str, spans: list[Span]) -> list[Span]:
    """See `_POSTCODE_TOWN_AFTER`: the place becomes the address, with its postcode and town; after a name that
    begins the line, the postcode and town are the address ("Odile Vermorel, 46100 Figeac")."""
    lines: list[Span] = []
    for span in spans:
        after = _POSTCODE_TOWN_AFTER.match(text, span.end) if span.type == PERSON else None
        if after is None or not _LINE_START.search(text, max(0, span.start - 40), span.start):
            lines.append(span)
        elif _a_place(text[span.start : span.end]):
            lines.append(Span("ADRESSE", span.start, after.end(), span.score))
        else:
            code = _POSTCODE_START.search(text, span.end, after.end())
            lines += [span, Span("ADRESSE", code.start() if code else span.end, after.end(), 0.6)]
    return lines


def _a_place(value: str) -> bool:
    if _PLACE_START.match(value):
        return True
    article = _ARTICLE_START.match(value)
    if article is None:
        return False
    words = _NAME_TOKEN.findall(value[article.end() :])
    if any((kind := gazetteer.lookup(word)) is not None and kind.first and not kind.common for word in words):
        return False
    return any(lexicon.is_french(word) for word in words if word.lower() not in {"de", "du", "des", "la", "le", "les"})


# (thirty-first pass, p90e) A person's name right after a street's word is the street's ("l'agence de la rue Victor
# Hugo", "l'avenue Jean Moulin", "la place Charles de Gaulle", "au cimetière Jean Moulin"): no one's personal data.
# Where the street is a home, the address rules mask it whole as an address.
_STREET_WORD_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:rue|avenue|av\.|boulevard|bd|place|impasse|allée|allee|chemin|route|quai|cours|square|"
    r"passage|ruelle|sentier|esplanade|promenade|parvis|rond-point|pont|cimetière|cimetiere|"
    r"(?:résidence|residence|cité|cite)[ \t]+(?:universitaire|sociale|étudiante|etudiante))[ \t]+\Z"
)
# (thirty-first pass, p90e) A public office and the street it stands in, without a number: "à l'agence de la rue
# Victor Hugo", "la mairie annexe du quartier Saint-Jean", "l'accueil de la CAF rue de la Joliette", "la permanence de
# la place Charles de Gaulle". The street names the office, not a home: no address.
_OFFICE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:agence|antenne|mairie(?:[ \t]+annexe)?|annexe|accueil|permanence|guichet|bureau|"
    r"bureau[ \t]+de[ \t]+poste|poste|commissariat|gendarmerie|caf|cpam|carsat|msa|urssaf|france[ \t]+travail|"
    r"p[ôo]le[ \t]+emploi|france[ \t]+services|maison[ \t]+france[ \t]+services|trésorerie|tresorerie|"
    r"centre[ \t]+des[ \t]+finances[ \t]+publiques|centre[ \t]+des[ \t]+impôts|centre[ \t]+des[ \t]+impots|"
    r"sous-préfecture|sous-prefecture|préfecture|prefecture|tribunal|ccas|mds)"
    r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de)|,)?[ \t]*\Z"
)
_NUMBERLESS_STREET = re.compile(
    r"(?i:rue|avenue|av\.|boulevard|bd|place|impasse|allée|allee|chemin|route|quai|cours|square|passage|quartier)"
    r"(?![\w'’])[^\d\n]*"
)


# (thirty-first pass, p88) A town after a preposition of place, its country in brackets after it: "nous rentrons de
# Valencia (Espagne)", "je pars à Porto (Portugal)". The town is no person (a place of birth is found as such).
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:à|au|depuis|vers|from|in|(?:rentr\w*|reven\w*|revien\w*|arriv\w*|venue?s?|viens|vient|"
    r"partie?s?)[ \t]+(?:de|d['’]))[ \t]*\Z"
)
_COUNTRY_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<country>[^\W\d_][\w'’ \-]{2,30}?)[ \t]*\)")


def _a_town_in_its_country(text: str, span: Span) -> bool:
    """See `_PLACE_PREPOSITION_BEFORE`."""
    if span.type != PERSON or " " in text[span.start : span.end].strip():
        return False
    after = _COUNTRY_AFTER.match(text, span.end)
    return (
        after is not None
        and fold(after.group("country")) in COUNTRIES
        and _PLACE_PREPOSITION_BEFORE.search(text, max(0, span.start - 30), span.start) is not None
    )


# (thirty-first pass, p90e) A country after a preposition of place is no person: "Michel habite au Canada", "j'ai
# travaillé en Italie puis en France", "un neveu au Canada", "née en Algérie". After "à", "de" or "d'" only a country
# that is no one's first name ("à Maurice", "de France" may be someone).
_COUNTRY_PREPOSITION = re.compile(r"(?i)(?<![\w'’])(?P<prep>au|aux|en|in|à|a|de|du|d['’])[ \t]*\Z")


def _a_country(text: str, span: Span) -> bool:
    """See `_COUNTRY_PREPOSITION`."""
    if span.type != PERSON:
        return False
    value = text[span.start : span.end]
    if fold(value) not in COUNTRIES and not all(fold(part) in COUNTRIES for part in value.split("-")):
        return False
    before = _COUNTRY_PREPOSITION.search(text, max(0, span.start - 6), span.start)
    if before is None:
        return False
    if before.group("prep").lower() in ("au", "aux", "en", "in"):
        return True
    return not any((kind := gazetteer.lookup(part)) is not None and kind.first for part in value.split("-"))


def _an_office_street(text: str, span: Span) -> bool:
    """See `_OFFICE_BEFORE`. Not an "aire d'accueil", where travellers live."""
    office = _OFFICE_BEFORE.search(text, max(0, span.start - 50), span.start)
    return (
        span.type == "ADRESSE"
        and office is not None
        and _NUMBERLESS_STREET.fullmatch(text, span.start, span.end) is not None
        and not _PITCH_BEFORE.search(text, max(0, office.start() - 10), office.start() + 1)
    )


_PITCH_BEFORE = re.compile(r"(?i)\baire[ \t]+d['’][ \t]*a\Z")


def _brands_out(text: str, spans: list[Span]) -> list[Span]:
    """The spans, less the names that are a shop's or a brand's, or a public building's ("le collège Victor Hugo",
    `named_places`); a brand after an employment cue is the employer's (`brands.brand_type`)."""
    kept = []
    named = named_places.named_stretches(text)
    clubs = club_names.club_stretches(text)
    bodies = research_names.body_stretches(text)
    # (twenty-sixth pass, second shift) a no-reply mailbox stays visible (`contact.EmailRecognizer.valid`): its
    # domain is no person ("ne-pas-repondre@agirc-arrco.fr")
    mailboxes = (
        [(m.start(), m.end()) for m in EMAIL_ADDRESS.finditer(text) if not EmailRecognizer.personal(m.group())]
        if "@" in text
        else []
    )
    for span in spans:
        if span.type == PERSON and named_places.named_after(span.start, span.end, named):
            continue  # "le collège Victor Hugo": a public place's name (`named_places`)
        if eponym_places.a_place_name(text, span.type, span.start, span.end, person=PERSON):
            continue  # "Université de Picardie Jules Verne", "l'opticien de la rue Pasteur" (`eponym_places`, p163e)
        if span.type == PERSON and research_names.in_body_name(span.start, span.end, bodies):
            continue  # "le laboratoire Pierre Aigrain", "la bourse Eiffel": a research body's name (`research_names`)
        if span.type == PERSON and club_names.in_club_name(span.start, span.end, clubs):
            continue  # "le Judo Club Teddy-Riner", "Présidente des Gazelles": a club's name (`club_names`)
        if club_registers.not_personal(text, span.type, span.start, span.end):
            continue  # (p162e) "RNA W691087734", "le Cercle des Nageurs Alain-Mimoun" (`club_registers`)
        if pet_names.not_a_name(text, span.type, span.start, span.end, person=PERSON):
            continue  # (p167e) "grand-père Papou", "Bébé est né", "jai perdu": no name (`pet_names`)
        if overmask_guards.not_a_person(text, span.type, span.start, span.end, person=PERSON):
            continue  # (p192e) « Nom d'usage : Néant », « vit à Ben Arous »: no one's name (`overmask_guards`)
        if span.type == PERSON and question_words.not_a_name(text[span.start : span.end]):
            continue  # "c'est : est-ce que…", "Né le 25/04/2003": a question's verb, a birth cue (`question_words`)
        if span.type == PERSON and any(a <= span.start and span.end <= b for a, b in mailboxes):
            continue
        if span.type == PERSON and _STREET_WORD_BEFORE.search(text, max(0, span.start - 20), span.start):
            continue  # "la rue Victor Hugo": the street's name (`_STREET_WORD_BEFORE`)
        if span.type in ("EMPLOYEUR", "ETABLISSEMENT") and study_bodies.a_study_body(text, span.start, span.end):
            continue  # "doctorant à l'Université Paris-Saclay": a public place of study (`study_bodies`)
        if _an_office_street(text, span):
            continue  # "l'agence de la rue Victor Hugo": the office's street (`_OFFICE_BEFORE`)
        if _a_country(text, span):
            continue  # "au Canada", "en Italie": a country (`_COUNTRY_PREPOSITION`)
        if _a_town_in_its_country(text, span):
            continue  # "de Valencia (Espagne)": a town (`_PLACE_PREPOSITION_BEFORE`)
        kind = brands.brand_type(text, span.start, span.end) if span.type == PERSON else None
        if kind is None:
            kept.append(span)
        elif kind:
            kept.append(Span(kind, span.start, span.end, max(span.score, 0.85)))
    return kept


# A found address that is a place's own name, without a number: one or two capitalised words, one of them no
# French word ("Kerhuel", "La Bartassière").
_PLACE_WORD = r"[A-ZÀ-Ý][^\W\d_]+(?:['’\-][^\W\d_]+)*"
_PLACE_VALUE = re.compile(r"(?:(?:La|Le|Les|L['’])[ \t]*)?" + _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD + r")?")


def _places_again(text: str, spans: list[Span]) -> list[Span]:
    """A lieu-dit found in the writer's address, named again elsewhere in the message, where it is the same home
    ("…ancien exploitant à Kerlaouen…" above "…⏎Kerlaouen⏎29360 Clohars-Carnoët"): each whole-word occurrence."""
    found = []
    for value in {text[s.start : s.end] for s in spans if s.type == "ADRESSE"}:
        if not _PLACE_VALUE.fullmatch(value):
            continue
        words = [w for w in re.findall(r"[^\W\d_]+", value) if w not in ("La", "Le", "Les", "L")]
        if all(lexicon.is_french(word) or is_common(word) for word in words):
            continue
        pattern = re.compile(r"(?<![\w'’\-])" + re.escape(value) + r"(?![\w'’\-])")
        found += [Span("ADRESSE", m.start(), m.end(), 0.4) for m in pattern.finditer(text)]
    return found


def _other_forms(text: str, chosen: list[Span], names: list[str]) -> list[tuple[int, int]]:
    """The other forms of a found name (`propagation`): glued in a hashtag or a handle, spelt two letters apart,
    a nickname or a surname in brackets beside it, a part of a compound first name, a short first name an address
    spells beside the surname; and neighbouring words that an address of the message spells."""
    found = []
    enabled = propagation.ENABLED
    if "glued" in enabled:
        found += propagation.glued_forms(text, names)
    if "far" in enabled:
        found += propagation.far_spellings(text, names)
    if "nicknames" in enabled:
        found += propagation.nicknames_beside(text, [(s.start, s.end) for s in chosen if s.type == PERSON])
    if "spelled" in enabled:
        found += propagation.spelled_by_address(text)
    if "parts" in enabled:
        found += propagation.compound_parts(text, names)
    if "address" in enabled:
        found += propagation.address_nicknames(text, names)
    if "joined" in enabled:
        found += propagation.joined_spellings(text, names)
    if "joined_beside" in enabled:
        found += propagation.joined_beside(text, names)
    found += second_mentions.capital_respellings(text, names)
    return found


def _homes(spans: list[Span]) -> list[tuple[int, int]]:
    """(p206e) The addresses found, for `streetless_homes`."""
    return [(s.start, s.end) for s in spans if s.type == "ADRESSE"]


def _typed(spans: list[Span]) -> list[tuple[str, int, int]]:
    return [(s.type, s.start, s.end) for s in spans]


def _spans_of(spans: list[Span]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in spans]


def _firms(spans: list[Span]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in spans if s.type == "EMPLOYEUR"]


def known_value_spans(text: str, known: Mapping[str, str], *, flexible: bool = True) -> list[Span]:
    """Where the values of `known` (value → type) appear in `text`; when `flexible`, whatever their case and
    separators ("06.41.77.32.08" for "06 41 77 32 08")."""
    return _known_values(text, known, flexible=flexible)


def name_word_spans(text: str, names: list[str]) -> list[Span]:
    """Each word of these names (not a title nor a common word, 3 letters or more) where it stands alone."""
    return _name_words(text, names)


_SEPARATORS = re.compile(r"[\s.\-]+")


def _known_values(text: str, known: Mapping[str, str], *, flexible: bool) -> list[Span]:
    spans = []
    squashed = _SEPARATORS.sub("", text).casefold() if flexible else ""
    for value, kind in known.items():
        if not value.strip() or not kind:
            continue
        if flexible:
            if _SEPARATORS.sub("", value).casefold() not in squashed:
                continue  # cannot match: the regex below is compiled only for the values that can
            pattern = r"[\s.\-]*".join(re.escape(char) for char in re.sub(r"[\s.\-]+", "", value))
            regex = re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE)
        else:
            if value not in text:
                continue
            regex = re.compile(re.escape(value))
        spans += [Span(kind, m.start(), m.end(), 0.4) for m in regex.finditer(text)]
    return spans


# A capitalised particle right before a detected name is part of it: "DA COSTA PEREIRA", "Dos Santos", "AIT
# Ahmed"; "LE", "LA", "DU", "DES" only before a name in capitals ("LE GOFF"), never at a sentence's start. The Arabic
# patronymic particles (abu, abou, ould, ibn, bint, bin: "son of", "father of") are no French word: in any case
# ("mon voisin abu bakr diallo", "ould cheikh").
_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?P<any>DA|Da|DE|De|DOS|Dos|DAS|Das|DO|Do|DI|Di|DEL|Del|DELLA|Della|VAN|Van|VON|Von|EL|El|BEN|"
    r"Ben|AIT|Ait|AÏT|Aït|BOU|Bou|(?i:abu|abou|ould|ibn|bint|bin))|(?P<capitals>LE|LA|DU|DES))[ \t]+\Z"
)


# A word of a name just before a found name, on its line: a first name in a table's cell ("Benoît [Le Floch]   |"),
# or a birth name before a married one ("SOW épouse [CAMARA]", "Morel née [Vidal]").
_WORD_BEFORE = re.compile(
    r"(?P<word>[A-ZÀ-Ý][A-Za-zÀ-ÿ]+(?:-[A-ZÀ-Ý][A-Za-zÀ-ÿ]+)?)(?P<link>[ \t]+(?:épouse|épse|ép\.|veuve|vve|née|né|"
    r"divorcée|dite?)[ \t]+|[ \t])\Z"
)


def _words_before(text: str, spans: list[Span]) -> list[Span]:
    found = []
    names = _covered([s for s in spans if s.type == PERSON])
    for span in spans:
        if span.type != PERSON:
            continue
        match = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
        if match is not None and match.start() in names:
            continue  # "[Claire Morel] née [Vidal]": two names found already
        if match is None or (
            match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "'’")
        ):
            continue
        word = match.group("word")
        kind = gazetteer.lookup(word)
        if is_common(word) or lexicon.is_filler(word) or (kind is not None and (kind.common or kind.public)):
            continue
        if match.group("link").strip():  # a birth name: a known name, or a word in capitals
            if kind is not None or (word.isupper() and not lexicon.is_french(word)):
                found.append(Span(PERSON, match.start(), span.end, span.score))
        elif kind is not None and kind.first and _in_a_cell(text, match.start(), span.end):
            found.append(Span(PERSON, match.start(), span.end, span.score))
        elif kind is not None and kind.first and _a_heading_name(text, match.start(), span.end):
            found.append(Span(PERSON, match.start(), span.end, span.score))
    return found


# The name that heads a letterhead's or an invoice's line, before a dash or at the line's end: "Paulo [Da Silva] – 5
# rue …" (the first name known as one, the surname found elsewhere in the message).
_HEADING_AFTER = re.compile(r"[ \t]*(?:[–—|][ \t]|[ \t]-[ \t]|\n|\Z)")


def _a_heading_name(text: str, start: int, end: int) -> bool:
    return bool(_LINE_START.search(text, max(0, start - 40), start) and _HEADING_AFTER.match(text, end))


# A birth name right after a found name: "Odette Blanc née Petit (19/11/1945)", "Jacqueline Pernot nee Boulanger le
# 2/9/1940" (p46): whatever the word (a French word, a brand), as "née" names the family; its particle with it ("née Le
# Goff"), never a date's or a place's word ("née le 3 mai", "née à Oran" are in lower case).
_BIRTH_NAME_AFTER = re.compile(
    r"(?P<gap>[ \t]+|[ \t]*\n[ \t]*)(?i:née|nee|né|épouse|epouse|épse|epse|ép\.|ep\.|veuve|vve)[ \t]+"
    r"(?P<word>(?:(?:Le|La|De|Du|Des|Da|Van|Von)[ \t]+)?(?:(?:LE|LA)[ \t]+(?=[A-ZÀ-Ý]{2,}(?![\w’'\-])))?"
    r"(?:(?:[DL][’'])?[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?|[A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})?))(?![\w’'\-])"
)


def _birth_names_after(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in (s for s in spans if s.type == PERSON):
        match = _BIRTH_NAME_AFTER.match(text, span.end)
        if match is None:
            continue
        word = match.group("word")
        if word.lower() in _TITLES or word.lower() in _NOT_NAME_WORDS or word.lower() in _CALENDAR_WORDS:
            continue
        # an abbreviation ("épse", "vve") is written before a name only: "MAILLOT épse CADET"
        abbreviated = re.search(r"(?i:épse|epse|vve)[ \t]+\S+\Z", match.group())
        if word.isupper() and (len(word) < 3 or lexicon.is_french(word)) and not abbreviated:
            continue  # "MME ROSE TESTARD NÉE EN 1950": a word of the sentence typed in capitals
        if "\n" in match.group("gap"):
            # "Annick Prigent⏎épouse LE DU": the line under a signature; the name alone, the line break kept
            found.append(Span(PERSON, match.start("word"), match.end("word"), span.score))
            continue
        found.append(Span(PERSON, span.start, match.end("word"), span.score))
    return found


# A line that holds only "Surname, First name", as forms and German or Austrian letters sign: "Hofmann, Dieter" (p40),
# the first name found; the surname is a surname the gazetteer knows or no French or common word.
_SURNAME_COMMA = re.compile(
    r"(?:^|\n)[ \t]*(?P<word>[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?|[A-ZÀ-Ý]{2,}),[ \t]*\Z"
)


def _surname_comma_first(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in (s for s in spans if s.type == PERSON):
        if text[span.end : text.find("\n", span.end) if "\n" in text[span.end :] else len(text)].strip(" \t."):
            continue
        match = _SURNAME_COMMA.search(text, max(0, span.start - 40), span.start)
        if match is None:
            continue
        word = match.group("word")
        kind = gazetteer.lookup(word)
        if is_common(word) or lexicon.is_filler(word) or word.lower() in _TITLES or word.lower() in _NOT_NAME_WORDS:
            continue
        # one found first name after a surname the gazetteer knows ("Grazie, Marco", "Obrigada, Maria Pires" are
        # thanks in another language)
        if len(text[span.start : span.end].split()) == 1 and kind is not None and kind.surname and not kind.public:
            found.append(Span(PERSON, match.start("word"), span.end, span.score))
    return found


def _in_a_cell(text: str, start: int, end: int) -> bool:
    """`start..end` fills a cell of a table: a line's start, a bar, a tab or a wide gap on each side ("Xin [Lan],
    bonjour" is a greeting)."""
    before = re.search(r"(?:^|[|\t]|  )[ \t]*\Z", text[max(0, start - 40) : start], re.MULTILINE)
    return before is not None and re.match(r"[ \t]*(?:$|[|\t]|  )", text[end:], re.MULTILINE) is not None


def _particles_before(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.type != PERSON:
            continue
        match = _PARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start)
        if match is None:
            given = _GIVEN_AND_PARTICLE.search(text, max(0, span.start - 40), span.start)
            if given is not None and _unknown_or_given(given.group("given")):
                found.append(Span(PERSON, given.start(), span.end, span.score))
            continue
        if match.group("capitals") and not text[span.start : span.end].isupper():
            continue
        found.append(Span(PERSON, match.start(), span.end, span.score))
    return found


# (thirtieth pass, second shift, p85) a Portuguese or Brazilian name's given name, then "da", "do", "das" or "dos" in
# lower case, before the surnames found: "Raimunda da [Silva Souza]", "Joelma dos [Santos]".
_GIVEN_AND_PARTICLE = re.compile(r"(?<![\w'’\-])(?P<given>[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,})[ \t]+(?:da|do|das|dos)[ \t]+\Z")


def _unknown_or_given(word: str) -> bool:
    """A given name, or a word of no language the lexicon knows ("Raimunda"); never a French word ("Maison")."""
    kind = gazetteer.lookup(word)
    return (kind is not None and kind.first) or not lexicon.is_french(word)


# An identifier spelled in groups goes on over the groups a recogniser left after it, with the separator it already
# holds: "19 AB 45 678" (a passport read as a plate up to "45"), "12-AB-34-56-78-90", "25 93 A 184 772 10", "4812 77
# 3 W", "25 13 B 4417802 66" (a tax notice); groups of 1 to 7 digits, or one capital letter at the end; never a
# count or an amount ("… 2 enfants").
_NOT_IDENTIFIERS = {PERSON, "ADRESSE", "DATE", "DATE_NAISSANCE", "EMAIL"}
_TAIL_GROUP = re.compile(r"(?P<sep>[ .\-/])(?:(?P<digits>\d{1,7})(?![\w])|(?P<letter>[A-Z])(?![\w'’\-]))")
_COUNTED = re.compile(
    r"(?i)[ \t]*(?:€|euros?\b|%|ans?\b|mois\b|jours?\b|semaines?\b|enfants?\b|h\b|heures?\b|fois\b|km\b|m²|m2\b|"
    r"personnes?\b|pièces?\b|x\b)"
)


def _identifier_tails(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.type in _NOT_IDENTIFIERS:
            continue
        value = text[span.start : span.end]
        end = span.end
        for _ in range(4):
            match = _TAIL_GROUP.match(text, end)
            if match is None or not re.search(rf"\w{re.escape(match.group('sep'))}\w", value):
                break
            if match.group("digits") and _COUNTED.match(text, match.end()):
                break
            end = match.end()
            if match.group("letter"):
                break
        if end > span.end:
            found.append(Span(span.type, span.start, end, span.score))
    return found


# A found name glued by dashes, dots or underscores to groups that hold digits: an identifier built on the name, as
# portals and clubs make them ("IONESCU-D-0382", "famille-rousseau-8812", "MARTIN_L_1985"); masking the name alone
# left the code's digits. The tail needs two digits, so "Jean-Pierre" or "Morvan-Le Du" stay names.
_CODE_TAIL = re.compile(r"(?:[\-_./][A-Za-z0-9]+)+(?![\w\-])")
_CODE_HEAD = re.compile(r"(?:[A-Za-z0-9]+[\-_.])+\Z")


def _name_codes(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.type != PERSON or re.search(r"\s", text[span.start : span.end]):
            continue  # a name of one word only, the code's own ("Anne Leroux-12" is left whole to the names)
        tail = _CODE_TAIL.match(text, span.end)
        if tail is None or sum(char.isdigit() for char in tail.group()) < 2:
            continue
        head = _CODE_HEAD.search(text, max(0, span.start - 30), span.start)
        start = head.start() if head is not None else span.start
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "@-_."):
            continue  # inside a longer word or an e-mail address
        found.append(Span("REFERENCE", start, tail.end(), min(1.0, span.score + 0.05)))
    return found


def _listed_identifiers(text: str, spans: list[Span]) -> list[Span]:
    """The numbers of a list a found identifier opens (`references.next_in_list`), of the same type."""
    covered = _covered(spans)
    found = []
    for span in spans:
        if span.type not in _SHAPED_TYPES and span.type != "TITRE_SEJOUR":
            continue
        end = span.end
        for _ in range(4):
            place = next_in_list(text, end)
            if place is None or covered.intersection(range(*place)):
                break
            found.append(Span(span.type, *place, 0.45))
            end = place[1]
    return found


# A table pasted as text: two or more consecutive lines cut into the same number of cells by tabs, bars or
# semicolons. A column whose header is a name's label ("Nom", "Prénom", "Enfant") or two of whose cells are names
# already found holds a person in every cell, whatever the word ("MENDY | Pierre | 19/06/2015 | fils").
_CELL_BAR = re.compile(r"[ \t]*(?:\t|\|)[ \t]*|[ \t]*;[ \t]*")
_NAME_LABEL = re.compile(
    r"(?i)^(?:nom|noms|prénoms?|prenoms?|nom[ \t]+(?:et|/)[ \t]+prénoms?|prénoms?[ \t]+(?:et|/)[ \t]+nom|"
    r"nom[ \t]+de[ \t]+(?:naissance|famille|jeune[ \t]+fille)|nom[ \t]+d['’]usage|enfants?|identité|identite|"
    r"bénéficiaires?|beneficiaires?|membres?|personnes?|ayants?[ \t]+droit)[ \t*:]*$"
)
_CELL_SPACES = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")
_NAME_CELL = re.compile(r"[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3}\.?")
_NOT_NAME_CELLS = {"moi", "idem", "id", "néant", "neant", "aucun", "aucune", "nc", "non", "oui", "total"}


def _table_rows(text: str) -> Iterator[list[list[tuple[int, int]]]]:
    """Each block of consecutive lines with the same number (2+) of cells: rows of (start, end) cells."""
    block: list[list[tuple[int, int]]] = []
    for line in re.finditer(r"(?m)^[^\n]*", text):
        cells = []
        # cells cut by bars, tabs or semicolons, or else aligned with spaces ("LAMBERT      CLARA    19/08/2006")
        splitter = _CELL_BAR if _CELL_BAR.search(line.group()) else _CELL_SPACES
        csv = table_cells.csv_cells(text, line.start(), line.end())  # (forty-sixth pass, p149e) a CSV line
        if csv is not None:
            cells = csv
        elif splitter.search(line.group().strip()):
            position = line.start()
            for split in splitter.finditer(text, line.start(), line.end()):
                cells.append((position, split.start()))
                position = split.end()
            cells.append((position, line.end()))
            cells = [(a, b) for a, b in cells if text[a:b].strip()]
        if len(cells) >= 2 and (not block or len(block[-1]) == len(cells)):
            block.append(cells)
            continue
        if len(block) >= 2:
            yield block
        block = [cells] if len(cells) >= 2 else []
    if len(block) >= 2:
        yield block


def _name_columns(text: str, spans: list[Span]) -> list[Span]:
    if "|" not in text and "\t" not in text and ";" not in text and "  " not in text:
        if "," not in text or not table_cells.CSV_ROWS:
            return []
    names = [s for s in spans if s.type == PERSON]
    covered = _covered(spans)
    found = []
    for rows in _table_rows(text):
        for column in range(len(rows[0])):
            header = text[rows[0][column][0] : rows[0][column][1]].strip()
            labelled = bool(_NAME_LABEL.match(header))
            cells = [row[column] for row in (rows[1:] if labelled else rows)]
            named = sum(1 for a, b in cells if any(s.start < b and a < s.end for s in names))
            if not labelled and named < 2:
                continue
            for a, b in cells:
                value = text[a:b]
                if (
                    _NAME_CELL.fullmatch(value)
                    and value.lower().strip(".") not in _NOT_NAME_CELLS
                    and not covered.intersection(range(a, b))
                ):
                    found.append(Span(PERSON, a, b, 0.6))
    return found


def _resolve(spans: list[Span], *, text: str | None = None) -> list[Span]:
    """Keep the best span of each overlapping group: highest score, then longest, then first.

    Overlapping names are joined first: "Mohamed" (a title rule) and "Mohamed Ait Ahmed" (the signature) are one
    name, and the longer reading must not lose to the higher score. With `text`, a span cut at one end by a single
    chosen span keeps its rest when it is still a name or a number (`overlap_rests`).
    """
    spans = _join_names(spans)
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start)):
        if all(span.end <= other.start or span.start >= other.end for other in chosen):
            chosen.append(span)
        elif (head := _address_head(span, chosen)) is not None:
            chosen.append(head)
        elif text is not None and (kept := _rest(text, span, chosen)) is not None:
            chosen.append(kept)
    return chosen


def _rest(text: str, span: Span, chosen: list[Span]) -> Span | None:
    blockers = [(o.start, o.end) for o in chosen if o.start < span.end and span.start < o.end]
    found = overlap_rests.rest(text, span.type, span.start, span.end, blockers, person=PERSON)
    if found is None or not all(found[1] <= o.start or found[0] >= o.end for o in chosen):
        return None
    return Span(span.type, found[0], found[1], span.score)


def _address_head(span: Span, chosen: list[Span]) -> Span | None:
    """(thirtieth pass, second shift, p85) An address whose town at its end is masked already as a birthplace ("né à
    Saint-Joseph, demeurant chemin Bœuf-Mort, lieu-dit Jean-Petit, 97480 Saint-Joseph"): the address is kept up to
    that town, its street and postcode included, instead of being lost whole. Not before a name: "Je suis coursier,
    Thomas Lefranc" is no address."""
    if span.type != "ADRESSE":
        return None
    blockers = [o for o in chosen if o.start < span.end and span.start < o.end]
    if len(blockers) != 1 or blockers[0].type != "LIEU_NAISSANCE":
        return None
    blocker = blockers[0]
    if blocker.start <= span.start + 3 or blocker.end < span.end:
        return None
    return Span(span.type, span.start, blocker.start - 1, span.score) if blocker.start - 1 > span.start else None


def _join_names(spans: list[Span]) -> list[Span]:
    names = sorted((s for s in spans if s.type == PERSON), key=lambda s: (s.start, -s.end))
    joined: list[Span] = []
    for span in names:
        if joined and span.start < joined[-1].end:
            last = joined[-1]
            joined[-1] = Span(PERSON, last.start, max(last.end, span.end), max(last.score, span.score))
        else:
            joined.append(span)
    return [s for s in spans if s.type != PERSON] + joined


_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
# Between two names of a list: "Théo et lou", "Moussa, awa, et fatou", "yanis 6 ans et lina", "Inès & Malo".
# (an age in brackets needs no unit: "Tidiane (19) et Aminata (17)")
_AGE = r"(?:[ \t]*\([ \t]*\d{1,2}[ \t]*(?:ans?|mois)?[ \t]*\)|[ \t]*\d{1,2}[ \t]*(?:ans?|mois)[ \t]*)?"
# "… et la petite olive", "…, et notre dernier Malo": a child's word between the joiner and the name
_CHILD_WORD = r"(?:(?:le|la|notre|mon|ma)[ \t]+(?:petite?|dernière?|derniere?|bébé|bebe|cadette?)[ \t]+)?"
_LIST_JOINER = re.compile(
    _AGE
    + r"(?:[ \t]*,[ \t]*(?:(?i:et)[ \t]+)?"
    + _CHILD_WORD
    + r"|[ \t]+(?i:et)[ \t]+"
    + _CHILD_WORD
    + r"|[ \t]*&[ \t]*"
    # a heart or another emoji between two names: "Léa 💕 Thomas"
    + r"|[ \t]*(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)+[ \t]*)"
)
_LIST_BEFORE = re.compile(r"(?<![\w'’\-])(?P<word>[^\W\d_][\w'’\-]*)" + _LIST_JOINER.pattern + r"\Z")


def _listed_names(text: str, spans: list[Span]) -> list[Span]:
    """The first names listed with a detected name, joined by "et", "&" or a comma, whatever their case ("Théo et
    lou", "Moussa, awa, et fatou", "yanis 6 ans et lina")."""
    covered = _covered(spans)
    shouting = in_capitals(text)
    found: list[Span] = []
    for span in (s for s in spans if s.type == PERSON):
        end = span.end
        for _ in range(8):  # to the right, word by word
            joiner = _LIST_JOINER.match(text, end)
            word = _NAME_TOKEN.match(text, joiner.end()) if joiner else None
            if word is None or not (
                _listed_first_name(word.group(), after_a_name=True, shouting=shouting)
                or (end == span.end and _paired_with_full_name(text, span, joiner.group(), word.group()))
            ):
                break
            if not covered.intersection(range(word.start(), word.end())):
                found.append(Span(PERSON, word.start(), word.end(), 0.5))
            end = word.end()
        start = span.start
        for _ in range(8):  # to the left
            before = _LIST_BEFORE.search(text, max(0, start - 40), start)
            # "lina et noah": a known first name joined by "et" is listed, even if the lexicon has its form
            joined = before is not None and bool(_AND_BEFORE.search(text, before.end("word"), start))
            if before is None or not (
                _listed_first_name(before.group("word"), after_a_name=joined, shouting=shouting)
                or (
                    start == span.start
                    and _paired_with_full_name(text, span, text[before.end("word") : start], before.group("word"))
                )
            ):
                break
            if not covered.intersection(range(before.start("word"), before.end("word"))):
                found.append(Span(PERSON, before.start("word"), before.end("word"), 0.5))
            start = before.start("word")
    return found


def _paired_with_full_name(text: str, span: Span, joiner: str, word: str) -> bool:
    """A capitalised first name that is also a common word ("Pierre", "Rose", "Olive"), joined by a bare "et" to a
    full name of two words or more: "mes grands-parents, Pierre et Rose Fontaine", "Rose Fontaine et Pierre". Alone
    such a word stays (`_listed_first_name`); beside a full name it is the other person of a couple or a family."""
    if joiner.strip().lower() != "et" or len(text[span.start : span.end].split()) < 2:
        return False
    if len(word) < 3 or not word[0].isupper() or word.isupper() or word.lower() in _CALENDAR_WORDS:
        return False
    if lexicon.is_filler(word) or word.lower() in _KIN_WORDS or word.lower() in _NOT_NAME_WORDS:
        return False
    kind = gazetteer.lookup(word)
    return kind is not None and kind.first  # even a place's name too ("Pierre"): beside a full name, a person


# A line of a list holding one word: "- Vuthy", "3) Kelyan".
_ITEM_LINE = re.compile(
    r"^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]*(?P<word>[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?)[ \t]*$"
)
_ITEM_START = re.compile(r"^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]*")


def _item_names(text: str, spans: list[Span]) -> list[Span]:
    """A line of a list that holds one capitalised word, next to a line of the same list that begins with a found
    name ("- Mdahoma" above "- Vuthy"): the word is a name, unless it is a French or common word, a word in
    capitals or a public name that is no first name ("- Logement", "- Paris" stay)."""
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]
    named_items = set()
    for index, (start, _end, line) in enumerate(lines):
        head = _ITEM_START.match(line)
        if head and any(s.type == PERSON and s.start == start + head.end() for s in spans):
            named_items.add(index)
    if not named_items:
        return []
    covered = _covered(spans)
    found = []
    for index, (start, _end, line) in enumerate(lines):
        match = _ITEM_LINE.match(line)
        if match is None or not ({index - 1, index + 1} & named_items):
            continue
        a, b = start + match.start("word"), start + match.end("word")
        word = match.group("word")
        if covered.intersection(range(a, b)) or is_common(word) or lexicon.is_french(word) or lexicon.is_filler(word):
            continue
        kind = gazetteer.lookup(word)
        if kind is not None and (kind.common or kind.public and not kind.first):
            continue
        found.append(Span(PERSON, a, b, 0.5))
    return found


_AND_BEFORE = re.compile(r"[ \t]+(?:et|&)[ \t]+\Z")
# A first name in brackets right after a name: its other form ("bébert (robert)", "Titi (Thierry)").
# "(Paul)", "(Michel pour mes voisins)", "(Maé pour les intimes)", "(on l'appelle Bông)": a name someone goes by;
# "(François sur les papiers)": the name the papers give.
# An age may come between: "Zuzanna 13 ans (Zuzia)".
_BRACKETED_AFTER = re.compile(
    r"(?P<age>[ \t]+\d{1,2}[ \t]*ans)?"
    r"[ \t]*\([ \t]*(?P<called>(?:on[ \t]+l['’]appel(?:le|ait)|dite?|alias|surnommée?)[ \t]+)?"
    r"(?P<word>[^\W\d_][\w'’\-]*)[ \t]*(?:\)|(?:,[ \t]*|[ \t]+(?=pour\b|au\b|à\b|chez\b|dans\b|"
    r"comme\b|de\b|en\b|sur\b|d['’]))[^()\n]{1,40}\))"
)


def _bracketed_names(text: str, spans: list[Span]) -> list[Span]:
    """A known first name (never a common word, nor a public word that is no first name: "(Lyon)" is a place) in
    brackets right after a name, alone or with what it is for ("Hồ Văn Minh (Michel pour mes voisins)")."""
    found = []
    for span in (s for s in spans if s.type == PERSON):
        match = _BRACKETED_AFTER.match(text, span.end)
        if match is None:
            continue
        word = match.group("word")
        kind = gazetteer.lookup(word)
        if match.group("called") and word[0].isupper() and not word.isupper() and not lexicon.is_french(word):
            # "Bảo Ngọc (on l'appelle Bông)": what the family calls the person, whatever the word
            found.append(Span(PERSON, match.start("word"), match.end("word"), 0.5))
            continue
        # "(Paris)", "(Lyon)": a place; a first name that is also public ("(Paul)", "(Michel)") is the name the
        # person goes by, unless it is also a common word ("Paris" is, "France" is)
        public = kind is not None and kind.public and word[0].isupper() and not kind.first
        if _short_form(word, text[span.start : span.end]) and not match.group("called") and not public:
            # "Costel (Costi)", "Zuzanna 13 ans (Zuzia)": a short form of the name just found, whatever the gazetteer
            found.append(Span(PERSON, match.start("word"), match.end("word"), 0.5))
            continue
        if (
            kind is not None
            and kind.first
            and not kind.common
            and not is_common(word)
            and not word.isupper()
            and not public
        ):
            found.append(Span(PERSON, match.start("word"), match.end("word"), 0.5))
    return found


def _short_form(word: str, name: str) -> bool:
    """`word` is a short or pet form of one of `name`'s words: one capitalised word, no French or common word, shorter
    than that word and its first three letters those of it ("Costi" of "Costel", "Zuzia" of "Zuzanna", "Dav" of
    "Davit"; "Nouméa (Nouvelle-Calédonie)" is no short form, "(Cos)" too short to tell)."""
    if len(word) < 3 or not word.isalpha() or not word[0].isupper() or word.isupper():
        return False
    if is_common(word) or lexicon.is_french(word):
        return False
    folded = word.casefold()
    return any(len(part) > len(word) and part[:3].casefold() == folded[:3] for part in re.findall(r"[^\W\d_]+", name))


# Right after a found name, what the person is called or how the name is also spelt: 'Guénolé Morvan, dit "Gwen"',
# "Mohamed Ait Ouarab (parfois écrit AIT-OUARRAB)", "Jeanne Py, dite Nénette"; a relative clause, "José, que tout le
# monde appelle Zé", "Davit (qu'on appelle Dav à la maison)", "Yvette, que ses amis surnomment Vévette".
_CALLED_RELATIVE = (
    r"qu['’][ \t]*(?:on|il|elle|ils|elles)[ \t]+(?:l['’][ \t]*)?|"
    r"que[ \t]+(?:l['’][ \t]*on|tout[ \t]+le[ \t]+monde|tous|toutes|toute[ \t]+la[ \t]+famille|"
    r"(?:ses|leurs|nos|mes)[ \t]+[a-zà-ÿ]+|je|nous)[ \t]+(?:l['’][ \t]*)?"
)
_CALLED_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*|\([ \t]*|[ \t])(?:(?i:dite?|alias|surnommée?|(?:"
    + _CALLED_RELATIVE
    + r")(?:appel(?:le|lent|ait|aient|ons)|surnomm(?:e|ent|ait|aient|ons)))|"
    r"(?P<spelt>(?i:parfois|aussi|souvent|également)"
    r"[ \t]+(?i:écrite?|ecrite?|orthographiée?)|(?i:écrite?|ecrite?|orthographiée?)[ \t]+(?i:parfois|aussi|souvent)))"
    r"[ \t]+[\"«“]?[ \t\u00a0]*(?P<article>(?:la|le|l['’])[ \t]*(?=[A-ZÀ-Ý]))?"
    r"(?P<word>[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*)?)"
)


def _names_called_after(text: str, spans: list[Span]) -> list[Span]:
    """See `_CALLED_AFTER`: the name, unless a common word ("dit Monsieur", "dite Madame"); a spelling is a name
    whatever its words ("AIT-OUARRAB")."""
    found = []
    for span in (s for s in spans if s.type == PERSON):
        match = _CALLED_AFTER.match(text, span.end)
        if match is None:
            continue
        words = re.findall(r"[^\W\d_]+", match.group("word"))
        if match.group("article") and not family_names.ARTICLE_NICKNAMES:
            continue
        # (forty-sixth pass, p148e) "Inès qu'on appelle la Puce": after an article, the capital makes the name
        common = not match.group("article") and any(is_common(word) for word in words)
        if not match.group("spelt") and (common or any(word.lower() in _NOT_CALLED for word in words)):
            continue
        found.append(Span(PERSON, match.start("word"), match.end("word"), 0.5))
    return found


_NOT_CALLED = {"monsieur", "madame", "mademoiselle", "le", "la", "les"}


def _covered(spans: list[Span]) -> set[int]:
    """The positions of the text that these spans cover (an overlap test in constant time: a list of 1,500 names
    must not be checked against every other)."""
    return {i for s in spans for i in range(s.start, s.end)}


def _listed_first_name(word: str, *, after_a_name: bool, shouting: bool = False) -> bool:
    """A known first name (not also a common word nor a place); in lower case before a name ("maman, Claire
    Dumont"), no French word; after one, a rare French word form is the name ("yanis 6 ans et lina"). In capitals
    only in a message typed in capitals ("AVEC DJIBRIL ET MOUSSA"), read as if capitalised."""
    word = word.rstrip("'’-")
    if shouting and word.isupper() and len(word) >= 3:
        word = word.capitalize()
    if len(word) < 2 or word.isupper() or is_common(word) or lexicon.is_filler(word) or word.lower() in _KIN_WORDS:
        return False
    kind = gazetteer.lookup(word)
    if kind is None or not kind.first or kind.common or kind.public:
        return False
    return word[0].isupper() or after_a_name or not lexicon.is_french(word)


# A capitalised word right after a name, on its line, with or without a particle: "Pierre Dimanche", "Anthony
# Juste", "France Le Goff", "Maria Da Silva", "Pieter Van den Broeck", "Aminata N'Diaye", "Luis HERNANDES".
_PARTICLE_WORDS = (
    r"(?:de[ \t]+la|de|du|des|le|la|van[ \t]+der|van[ \t]+den|van|von|der|den|ben|bin|ibn|el|al|da|do|dos|das|di|"
    r"del|della|ait|aït|ould|mac|mc|bou|abu)"
)
_NEXT_NAME_WORD = re.compile(
    r"[ \t]+(?P<particle>(?i:" + _PARTICLE_WORDS + r")[ \t]+)?(?P<word>(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+"
    r"(?:[\-’'](?:[DLMN][’'])?[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿß]+)*|[A-ZÀ-Ý]{2,}(?:[\-’'][A-ZÀ-Ý]{2,})*)(?![\w’'])"
)
# (forty-third pass, p137e) the elided particle "d'" in lower case before the surname, as a judgment or a lawyer's
# letter writes it after the given names: "Frédéric Jean d'ARGENTON", "Chloé MOULIN d'ARGENTON", "Anne d'Aubigny".
# The word after it is read as after any particle (a place or a body's name stays: "Jean d'Orléans" is a town's).
# `ELIDED_PARTICLE = False` leaves the word, as before.
ELIDED_PARTICLE = True
_NEXT_NAME_WORD_ELIDED = re.compile(
    r"[ \t]+(?P<particle>(?i:" + _PARTICLE_WORDS + r")[ \t]+|d[’'](?=[A-ZÀ-Ý]))?"
    r"(?P<word>(?:[DLMN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+"
    r"(?:[\-’'](?:[DLMN][’'])?[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿß]+)*|[A-ZÀ-Ý]{2,}(?:[\-’'][A-ZÀ-Ý]{2,})*)(?![\w’'])"
)
_NEXT_IN_LIST = re.compile(r"[ \t]*(?:,[ \t]*(?:et[ \t]+)?|[ \t]+et[ \t]+|[ \t]*&[ \t]*)(?=[A-ZÀ-Ý])")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_NOT_NAME_WORDS = set(
    "pour avec sans dans sous chez tout tous toute toutes mais donc puis alors très tres bien plus moins aussi même "
    "meme comme quand encore voici voilà voila cela ceci celle celui leur leurs notre votre nous vous elle elles "
    "depuis avant après apres entre vers selon pendant merci bonjour bonsoir cordialement salutations svp stp "
    "madame monsieur mademoiselle mme mlle docteur maître maitre urgent objet tél tel mail adresse né née bonne bon "
    "belle excellente joyeux joyeuses heureux heureuse meilleurs sincères".split()
)


_CALENDAR_WORDS = set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril mai juin juillet août "
    "aout septembre octobre novembre décembre decembre".split()
)


# The end of a found name, or nothing (then "LE" or "LA" must come as the next word's particle).
_BRETON_PARTICLE = re.compile(r"(?:-LE|-LA|[A-ZÀ-Ýa-zà-ÿ])\Z")


def _name_word_after(text: str, end: int) -> re.Match[str] | None:
    """The next word on the line if it can continue a name: a surname the gazetteer knows, even if a common word
    ("Juste", "Dimanche"), not a place or a body's name; a word after a particle; a foreign word; a word in
    capitals that is not an administration's acronym."""
    match = (_NEXT_NAME_WORD_ELIDED if ELIDED_PARTICLE else _NEXT_NAME_WORD).match(text, end)
    if match is None:
        return None
    word = match.group("word")
    lower = word.lower()
    if word.isupper() and _BRETON_PARTICLE.search(text, max(0, end - 4), end) and not in_capitals(text):
        # "Erwan LE DU", "Kevin MORVAN-LE NY": a word in capitals after "LE", "LA" is the surname's, in a message
        # not typed in capitals ("ERWAN LE DIT" is a sentence), when it is "DU", "DES" or no French word
        # ("Erwan LE DIT aussi" stays: a verb set in capitals)
        particle = match.group("particle") or ""
        plain = lower in ("du", "des") or not (lexicon.is_french(word) or is_common(word))
        if particle.strip() in ("LE", "LA", "") and plain:
            return match if particle or text[end - 3 : end] in ("-LE", "-LA") else None
    if lower in _NOT_NAME_WORDS or lower in _TITLES or lower in _KIN_WORDS:
        return None
    if ELIDED_PARTICLE and (match.group("particle") or "") in ("d'", "d’") and word.isupper():
        # "Jean d'ARGENTON": a surname the gazetteer knows, even a French word's look-alike, or no French word
        kind = gazetteer.lookup(word)
        known = kind is not None and kind.surname and not kind.public
        return match if known or not (lexicon.is_french(word) or is_common(word)) else None
    if word.isupper():
        if len(word) >= 4 and not lexicon.is_french(word) and not is_common(word):
            return match
        # (thirty-first pass, second shift, p89) a given name in capitals that is also a word, ending the line
        # after a name in capitals: "MOI C EST NZUZI MBALA GRACE", "JE SUIS DIALLO FANTA ROSE"
        kind = gazetteer.lookup(word)
        if (
            len(word) >= 3
            and text[end - 1].isupper()
            and kind is not None
            and kind.first
            and not kind.public
            and _LINE_END.match(text, match.end())
        ):
            return match
        return None
    if lower in _CALENDAR_WORDS:
        return match  # French writes days and months in lower case: "Gérard Lundi", "Julie Avril" are surnames
    kind = gazetteer.lookup(word)
    if match.group("particle"):
        return match if kind is None or not kind.public else None
    if kind is not None:
        return match if kind.surname and not kind.public else None
    return match if not lexicon.is_french(word) and not is_common(word) else None


def _extended_names(text: str, spans: list[Span]) -> list[Span]:
    """Each name carried on to the capitalised words after it (see `_name_word_after`), and the next name of a
    list whose first word is a known first name, even a common word or a place ("…, Jean Lapierre et France Le
    Goff")."""
    covered = _covered([s for s in spans if s.type != PERSON])
    found: list[Span] = []
    for span in (s for s in spans if s.type == PERSON):
        end = span.end
        for _ in range(3):
            match = _name_word_after(text, end)
            if match is None or covered.intersection(range(match.start(), match.end())):
                break
            end = match.end()
        if end > span.end:
            found.append(Span(PERSON, span.start, end, span.score))
        joiner = _NEXT_IN_LIST.match(text, end)
        first = _NAME_TOKEN.match(text, joiner.end()) if joiner else None
        if first is None:
            continue
        kind = gazetteer.lookup(first.group())
        if kind is None or not kind.first or first.group().lower() in _NOT_NAME_WORDS:
            continue
        after = _name_word_after(text, first.end())
        if after is not None and not covered.intersection(range(first.start(), after.end())):
            found.append(Span(PERSON, first.start(), after.end(), 0.5))
    return found


# Numbers of a file whose shape a second number of the message repeats: "moi 4490216, elle 4503377".
_SHAPED_TYPES = {"ALLOCATAIRE", "NUMERO_FISCAL", "FRANCE_TRAVAIL", "NIR", "PASSEPORT", "CNI", "PERMIS", "REFERENCE"}


def _shape(value: str) -> str | None:
    """A pattern of the value's shape (digits, letters, separators), for values of six digits or more."""
    if sum(char.isdigit() for char in value) < 6:
        return None
    parts = []
    for char in value:
        if char.isdigit():
            parts.append(r"\d")
        elif char.isalpha():
            parts.append(r"[A-Za-z]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _same_shape(text: str, spans: list[Span]) -> list[Span]:
    """Other values of the same shape as a detected number of a file ("moi 4490216, elle 4503377"), same type."""
    shapes: dict[str, str] = {}
    for span in spans:
        if span.type in _SHAPED_TYPES and (shape := _shape(text[span.start : span.end])):
            shapes.setdefault(shape, span.type)
    if not shapes:
        return []
    covered = _covered(spans)
    found = []
    for shape, kind in shapes.items():
        for match in re.finditer(rf"(?<![\w.,/\-]){shape}(?![\w/]|[.,\-]\d|\s*(?:€|%|(?i:euros?|eur|km)\b))", text):
            if not covered.intersection(range(match.start(), match.end())):
                found.append(Span(kind, match.start(), match.end(), 0.45))
    return found


_KIN_WORDS = {"maman", "papa", "mamie", "mami", "papi", "papy", "tata", "tatie", "tonton", "bébé", "bebe", "fiston"}


_TITLES = {
    "m",
    "mr",
    "mme",
    "mmes",
    "mlle",
    "madame",
    "monsieur",
    "mademoiselle",
    "dr",
    "docteur",
    "maître",
    "maitre",
    "me",
}


def _name_words(text: str, names: list[str]) -> list[Span]:
    """Each word of a known name, wherever it appears on its own, with a low score: in any case and with or without
    its accents ("Nguyễn" then "NGUYEN"); a two-letter word ("Ho", "Ly") only as it was written, capitalised."""
    name_words = [
        word
        for name in names
        for word in _NAME_TOKEN.findall(name)
        if word.lower() not in _TITLES
        and not is_common(word)
        and not _firm_word(word, name)
        # (forty-sixth pass, p148e) "veuve" of "Yvette Rigaud veuve Chapuis" is no word of her name
        and not family_names.joining_word(word)
    ]
    words = {word.lower() for word in name_words if len(word) > 2}
    # the parts of a compound ("Roux" of "Martin-Roux"), unless a part is a common word ("Jean-Pierre")
    parts = {part for word in words if "-" in word for part in word.split("-")}
    words |= {part for part in parts if len(part) > 2 and not _common_part(part)}
    # (thirty-second pass, p94e) a word of another script folds to nothing: it never stands for every other such
    # word ("Добрий день" beside a name in Cyrillic; `contact.OtherScriptRecognizer` reads those runs itself)
    folded = {gazetteer.fold(word) for word in words} - {""}
    firm_words = _firm_french_words(names)
    short = {word for word in name_words if len(word) == 2 and word[0].isupper() and word[1].islower()}
    all_words = [piece for word in name_words for piece in (word, *word.split("-"))]
    spans = []
    # a word of a name that is also a common word ("Le" of "Thi Thu Le"), alone on its line: a signature
    common = {word for name in names for word in _NAME_TOKEN.findall(name) if word[0].isupper()}
    common = {word for word in common if word.lower() not in _TITLES and is_common(word)}
    for match in re.finditer(r"(?m)^[ \t]*(?P<word>[^\W\d_]+)[ \t.]*$", text):
        if match.group("word") in common:
            spans.append(Span(PERSON, match.start("word"), match.end("word"), 0.3))
        elif _short_form_alone(match.group("word"), name_words):
            # a short form of a found name alone on its line, a signature in any case: "seb" above "Sébastien
            # Dulong", "Maxou" (p42)
            spans.append(Span(PERSON, match.start("word"), match.end("word"), 0.3))
    # the same word capitalised inside a sentence, with the known first name before it: "Pascal Janvier … et moi
    # Marine Janvier" (French writes "janvier", "juste", "dimanche" in lower case there)
    common = {word for word in common if len(word) > 2 and word.lower() not in _NOT_NAME_WORDS}
    if common:
        pattern = r"(?<![\w’'\-])(?:" + "|".join(map(re.escape, sorted(common))) + r")(?![\w’'\-])"
        for match in re.finditer(pattern, text):
            if _SENTENCE_OPENING.search(text, max(0, match.start() - 3), match.start()):
                continue
            start = match.start()
            before = _FIRST_BEFORE.search(text, max(0, start - 40), start)
            if before and _first_name_before(before.group("word")):
                start = before.start("word")
            spans.append(Span(PERSON, start, match.end(), 0.3))
    for match in _NAME_TOKEN.finditer(text):
        token = match.group().rstrip("'’-")
        pieces = [(match.start(), token)]
        if "-" in token:
            offset = match.start()
            for piece in token.split("-"):
                pieces.append((offset, piece))
                offset += len(piece) + 1
        # a name glued with underscores or digits: an attachment's file name ("attestation_LEROUX_Martine.pdf"), a
        # handle ("julie_fontaine88")
        if "_" in token:
            pieces += [(match.start() + m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+", token)]
        # an elided article or pronoun joined to the name: "la maison de retraite d'Yvette", "l'Abdou", "qu'Inès"
        elided = max(token.rfind("'"), token.rfind("’"))
        if 0 < elided < len(token) - 1:
            pieces.append((match.start() + elided + 1, token[elided + 1 :]))
        for start, piece in pieces:
            # (thirty-fifth pass) the word of a found name first: most of a message's words are none, and the two
            # exceptions below (a firm's French word, a French word said again) only ever drop one that is
            if not (piece and (gazetteer.fold(piece) in folded or piece in short)):
                continue
            if piece.islower() and gazetteer.fold(piece) in firm_words:
                continue  # "la cueillette des fraises" beside "EARL des Fraises du Lot"
            if piece == token and lower_french_repeat(text, start, piece, all_words):
                continue  # "Lucas Boulanger" then "il est boulanger" (`lower_words`)
            if plain_word_repeats.plain_noun(text, start, piece, all_words):
                continue  # (forty-seventh pass, p153e) "ma fille Rose" then "une rose dans le jardin"
            # an unknown given name right before it: "Monsieur Oyelaran" then "mon nom est Adewale Oyelaran"
            before = _FIRST_BEFORE.search(text, max(0, start - 40), start) if start == match.start() else None
            if before and _unknown_given_name(before.group("word")):
                start, piece = before.start("word"), text[before.start("word") : start + len(piece)]
            spans.append(Span(PERSON, start, start + len(piece), 0.3))
    # the same surname spelt differently later ("Kowalczyk", then "Kowalczik"): one letter apart, capitalised
    long_words = [word for word in words if len(word) >= 5]
    if long_words:
        for match in _NAME_TOKEN.finditer(text):
            token = match.group()
            if token[0].isupper() and len(token) >= 5 and token.lower() not in words and not is_common(token):
                if any(_one_edit(token.lower(), word) for word in long_words):
                    spans.append(Span(PERSON, match.start(), match.end(), 0.3))
    return spans


# A firm's legal form or trade at the head of a name found as a person's: "SARL Aubert Plomberie", "EARL des Fraises du
# Lot", "Garage Ferreira".
_FIRM = re.compile(
    r"(?<![\w'’])(?:SARL|EURL|SASU|SAS|EARL|GAEC|SCEA|SCI|SCP|SELARL|EI|Ets\.?|Établissements|Etablissements|"
    r"Garage|Boulangerie|Boucherie|Menuiserie|Plomberie|Serrurerie|Maçonnerie|Carrosserie|Institut|Salon|Ferme)"
    r"(?![\w'’])"
)


def _firm_word(word: str, name: str) -> bool:
    """(thirtieth pass, p86e: p84) the legal form at the head of a firm's name found as a person's ("SARL" of "SARL
    Aubert Plomberie"): not masked again elsewhere ("ma SARL de plomberie")."""
    return _FIRM.search(name) is not None and _FIRM.fullmatch(word) is not None


def _firm_french_words(names: list[str]) -> set[str]:
    """(thirtieth pass, p86e: p84) the French words of a firm's name found as a person's ("Fraises" of "EARL des
    Fraises du Lot", "Plomberie" of "SARL Aubert Plomberie"), folded: written in lower case elsewhere in the message
    they are the words ("la cueillette des fraises", "ma SARL de plomberie"), not the name."""
    return {
        gazetteer.fold(word.lower())
        for name in names
        if _FIRM.search(name)
        for word in _NAME_TOKEN.findall(name)
        if lexicon.is_french(word)
    }


def _short_form_alone(word: str, name_words: list[str]) -> bool:
    """`word` (three letters or more, any case, no French or common word) is shorter than a word of a found name
    and starts with its first three letters, accents aside ("seb" of "Sébastien", "Flo" of "Florence")."""
    if len(word) < 3 or lexicon.is_french(word) or lexicon.is_filler(word) or is_common(word):
        return False
    folded = gazetteer.fold(word.lower())
    return any(
        len(name) > len(word) and gazetteer.fold(name.lower()).startswith(folded[:3])
        for name in name_words
        if "-" not in name
    )


def _initials_of(text: str, names: list[str]) -> list[Span]:
    """The initials of a name found in the message, written elsewhere in it: "P.-Y. B." of "Pierre-Yves Boucher",
    "J.M." of "Jean Marin" (two letters or more, each followed by its full stop)."""
    found = []
    alone = list(_LONE_CAPITALS.finditer(text))
    for name in set(names):
        letters = [word[0].upper() for word in re.findall(r"[^\W\d_]+", name) if word.lower() not in _TITLES]
        letters = [letter for letter in letters if letter.isalpha()]
        if len(letters) < 2:
            continue
        pattern = r"[ \t]*-?[ \t]*".join(re.escape(letter) + r"\." for letter in letters)
        if f"{letters[-1]}." in text:  # the regex is compiled for each name: only where it can match
            matches = re.finditer(rf"(?<![\w.]){pattern}(?![\w])", text)
            found += [Span(PERSON, m.start(), m.end(), 0.3) for m in matches]
        # without full stops, only alone on its line, as one signs a note to kin: "JL" of "Jean-Luc Santoni" (its
        # compound first name), "JLS" (the whole name)
        if alone:
            first = [w[0].upper() for w in re.findall(r"[^\W\d_]+", name.split()[0]) if w.lower() not in _TITLES]
            initials = {"".join(letters), "".join(first) if len(first) >= 2 else ""}
            found += [Span(PERSON, m.start(1), m.end(1), 0.3) for m in alone if m.group(1) in initials]
    return found


_LONE_CAPITALS = re.compile(r"(?m)^[ \t]*([A-ZÀ-Ý]{2,4})[ \t]*$")


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:…\n]|[.!?:…\n][ \t]+|^[ \t]+)\Z")
_FIRST_BEFORE = re.compile(r"(?<![\w’'\-])(?P<word>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+\Z")


def _first_name_before(word: str) -> bool:
    kind = gazetteer.lookup(word)
    lower = word.lower()
    return (
        kind is not None
        and kind.first
        and lower not in _NOT_NAME_WORDS
        and lower not in _TITLES
        and lower not in _KIN_WORDS
    )


def _unknown_given_name(word: str) -> bool:
    """A capitalised word that no list knows (no name, no French word, no title): before a name already found in
    the message, the given name the gazetteer lacks ("Adewale", "Ngozi")."""
    lower = word.lower()
    return (
        len(word) > 2
        and gazetteer.lookup(word) is None
        and not lexicon.is_french(word)
        and not is_common(word)
        and lower not in _NOT_NAME_WORDS
        and lower not in _TITLES
        and lower not in _KIN_WORDS
        and lower not in _CALENDAR_WORDS
    )


def _common_part(word: str) -> bool:
    kind = gazetteer.lookup(word)
    return is_common(word) or (kind is not None and kind.common) or lexicon.is_french(word)


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one substitution, insertion, deletion or swap of two neighbours."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
