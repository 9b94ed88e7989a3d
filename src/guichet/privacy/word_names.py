"""Names that are also words, and a surname alone, where the sentence makes them a person (forty-first pass, p128e).

- **A name as a verb's subject**: a capitalised word the gazetteer knows as a first name or a surname, even one that
  is also a common word ("Rose", "Pierre", "Boulanger", "Petit", "Fontaine", "Mercier"), that opens a sentence or
  follows a conjunction or a comma and is followed at once by a person's verb ("Mercier n'a toujours pas reçu",
  "et Lapierre est mon nouveau compagnon", "Fontaine est passé", "Pierre a appelé"). A word opening a sentence
  takes an article when it is a word ("La pierre est", "Le petit a"), so a bare capitalised one before "a", "est",
  "ne" is a name.
- **A surname after a preposition that takes a person** ("suivi par Marchand", "j'ai parlé avec Boulanger", "une
  plainte contre Petit"): capitalised inside the sentence, a surname the gazetteer knows, not followed by another
  capitalised word (a longer proper noun, read elsewhere).

Never a stop, function, title, office, calendar or kin word, a brand, a country or a département, nor a word that
names a body or a place in messages ("Personne n'a répondu", "Orange a refusé", "Paris est loin", "France Travail
a", "Maman a", "Dieu merci"). `ENABLED` switches the rules off.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules import _BRANDS, _CALENDAR, _DEPARTMENTS, _FUNCTION_WORDS, _OFFICE_WORDS, _TITLE_WORDS
from guichet.privacy.name_rules_patterns import _CLOSING_WORDS
from guichet.privacy.name_rules_signatures import _LAST_SENTENCE_END
from guichet.privacy.name_rules_words import _head
from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.privacy.spacy_fr import EN_STOP_WORDS, STOP_WORDS

ENABLED = True

# Words the gazetteer lists as names that, capitalised before a verb or after "par"/"avec", are mostly no one:
# pronouns and quantifiers (and Creole ones: "Nou se 4 frè"), kin words, bodies, services and places of the messages.
_NOT_PERSONS = frozenset(
    """personne chacun chacune aucun aucune rien tout tous certains plusieurs quelqu autrui maman papa mamie mami papi
    papy tata tatie tonton bebe fiston dieu demain hier aujourd docteur maitre paris france orange pole justice noel
    paques toussaint bonne bonjour bonsoir amen bienvenue signe courage nou mi li zot
    marine nationale etat republique europe internet ameli caf cpam urssaf mairie prefecture poste sncf ratp mutuelle
    banque assurance securite carsat msa pajemploi doctolib ecole college lycee universite hopital clinique
    trésor tresor impots emploi travail mission mission locale gendarmerie police tribunal juge avocat notaire
    mon ma mes ton ta tes son sa ses notre votre leur leurs ce cet cette ces""".split()
)

_WORD = r"[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?"

# The verb right after the subject: an auxiliary, a negation or an object pronoun, or a verb people do.
_VERB = (
    r"(?:[nmls]['’](?=\w)|(?:ne|me|nous|vous|lui|leur|se|"
    r"a|avait|aura|aurait|est|était|etait|sera|serait|doit|devait|veut|voulait|peut|pouvait|habite|habitait|vit|"
    r"vivait|travaille|travaillait|répond|repond|dit|disait|refuse|refusait|paie|paye|payait|garde|gardait|va|allait|"
    r"vient|venait|part|partait|reste|restait|sait|prétend|pretend|affirme|réclame|reclame|demande|demandait|"
    r"continue|téléphone|appelle|écrit|touche|perçoit|percevait|exige|menace|insiste|accepte|signe|loue|possède)"
    r"(?![\w\-]))"
)
# The subject's place: the text's or a line's start, after a sentence's end, a comma, or a conjunction.
_SUBJECT = re.compile(
    r"(?:\A|(?<=\n)|(?<=[.!?:;,][ \t])|(?<=[.!?:;,][ \t]{2})|"
    r"(?<=\bet[ \t])|(?<=\bmais[ \t])|(?<=\bcar[ \t])|(?<=\bque[ \t])|(?<=\bqu['’])|(?<=\bpuis[ \t])|"
    r"(?<=\bquand[ \t])|(?<=\bdonc[ \t])|(?<=\bsi[ \t])|(?<=\bou[ \t]))"
    r"[ \t]*(?P<name>" + _WORD + r")[ \t]+" + _VERB
)
# After "est": what a thing is ("un centre", "une plateforme").
# (forty-third pass, p137e) `_SUBJECT` without its left context, which starts with a capital: Python's `re` skips to
# the capitals, where `_SUBJECT` tries a dozen look-behinds at every character. Each match of it is then tried with
# `_SUBJECT` from the spaces before it (see `_subjects`); `SUBJECT_FIRST = False` scans with `_SUBJECT` alone.
SUBJECT_FIRST = True
_SUBJECT_CORE = re.compile(r"(?P<name>" + _WORD + r")[ \t]+" + _VERB)
_CLASSED = re.compile(r"[ \t]+(?:un|une)(?![\w'’\-])")
# After "est": where a place is ("loin", "à 20 km", "situé").
_PLACED = re.compile(r"[ \t]+(?:loin|à|a|près|pres|proche|situé|située|situe|situee)(?![\w'’\-])")


def _named_as_place(text: str, name: str) -> bool:
    """The message names the word as a place elsewhere: "j'habite à Lavaur", "la mairie de Laval"."""
    place = r"(?<![\w'’\-])(?:à|a|de|d['’]|en|vers|sur)[ \t]+" + re.escape(name) + r"(?![\w'’\-])"
    return re.search(place, text) is not None


# A person's preposition inside the sentence: "suivi par Marchand", "avec Boulanger", "contre Petit".
_AFTER_PREPOSITION = re.compile(
    r"(?<![\w'’\-])(?:par|avec|contre)[ \t]+(?P<name>" + _WORD + r")(?![\w'’\-])(?![ \t]+[A-ZÀ-Ý0-9&])"
)


_COPULAS = frozenset(("est", "était", "etait", "sera", "serait"))
_PRONOUNS = frozenset(("ne", "me", "nous", "vous", "lui", "leur", "se"))
_AUXILIARIES = frozenset(("a", "avait", "aura", "aurait", "est", "était", "etait", "doit", "devait"))
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[a-zà-ÿ]+)")


def _french_next(text: str, end: int) -> bool:
    """The word after a pronoun is a French word in lower case, no English one ("me the")."""
    following = _NEXT_WORD.match(text, end)
    word = following.group("word") if following else ""
    return word in _AUXILIARIES or bool(word) and word not in EN_STOP_WORDS and is_french(word)


def _common(word: str) -> bool:
    kind = lookup(word)
    return kind is not None and kind.common


def _name_word(word: str, *, surname_only: bool) -> bool:
    kind = lookup(word)
    lower = word.lower()
    folded = fold(word)
    return (
        kind is not None
        and (kind.surname if surname_only else kind.first or kind.surname)
        and (kind.first or not kind.public)  # a town or a body of the fiches ("Lyon est loin"), unless a first name
        and len(word) >= 3
        and folded not in _NOT_PERSONS
        and lower not in STOP_WORDS
        and lower not in _FUNCTION_WORDS
        and lower not in _TITLE_WORDS
        and lower not in _OFFICE_WORDS
        and lower not in _CALENDAR
        and folded not in _BRANDS | _DEPARTMENTS | COUNTRIES
    )


# Two first names joined by "et": "de Kylian et de Jade", "mes enfants Nolan, né le 04/06/2016, et Jade" (an
# apposition of a few words between the first and the comma before "et").
_PAIR = re.compile(
    r"(?<![\w'’\-])(?P<first>" + _WORD + r")(?:[ \t]*,[^,.;:\n]{1,40},)?[ \t]+et[ \t]+(?:de[ \t]+|d['’])?"
    r"(?P<name>" + _WORD + r")(?![\w'’\-])(?![ \t]+[A-ZÀ-Ý])"
)
_PLACE_BEFORE = re.compile(r"(?<![\w'’\-])(?:en|à|a|au|aux|vers|sur)[ \t]+\Z")


def _plain_first(word: str) -> bool:
    """A first name the gazetteer knows that is no common or public word ("Kylian", "Nolan")."""
    kind = lookup(word)
    plain = kind is not None and kind.first and not kind.common and not kind.public
    return plain and _name_word(word, surname_only=False)


def _subjects(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_SUBJECT`, as its `finditer` gives them.

    A match of `_SUBJECT` is a match of `_SUBJECT_CORE` with spaces and a left context before it; the capital that
    starts a name is never inside another match of the core (a word's capitals follow a letter or a hyphen, no
    context of `_SUBJECT`), so trying each leftmost core match from the spaces before it finds the same matches."""
    if not SUBJECT_FIRST:
        yield from _SUBJECT.finditer(text)
        return
    position = 0
    while (core := _SUBJECT_CORE.search(text, position)) is not None:
        start = core.start()
        while start > position and text[start - 1] in " \t":
            start -= 1
        match = next(
            (found for at in range(start, core.start() + 1) if (found := _SUBJECT.match(text, at)) is not None), None
        )
        if match is not None:
            yield match
            position = match.end()
        else:
            position = core.end()


def word_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See the module's docstring."""
    if not ENABLED:
        return
    for match in _subjects(text):
        name, copula = match.group("name"), match.group(0).split()[-1] in _COPULAS
        if copula and (_CLASSED.match(text, match.end()) or _common(name)):
            # "Dekra est un centre agréé" (what a body is); "Prudence est de mise" (a common word needs a person's
            # verb: "Rose a trois ans", "Petit n'a pas payé")
            continue
        if match.group(0).split()[-1] in _PRONOUNS and not _french_next(text, match.end()):
            continue  # "Tell me the exact amount": a pronoun needs a French verb after it
        if copula and _PLACED.match(text, match.end()) or _named_as_place(text, name):
            continue  # "Lavaur est loin de la CAF", "j'habite à Laval ; Laval est à 20 km": a town
        if _name_word(name, surname_only=False):
            yield match.start("name"), match.end("name"), 0.65
    for match in _PAIR.finditer(text):
        name = match.group("name")
        if (
            _plain_first(match.group("first"))
            and lookup(name) is not None
            and lookup(name).first
            and _name_word(name, surname_only=False)
            and not _PLACE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            yield match.start("name"), match.end("name"), 0.65
    for match in _AFTER_PREPOSITION.finditer(text):
        if _name_word(match.group("name"), surname_only=True):
            yield match.start("name"), match.end("name"), 0.65


def _signed_first(word: str) -> bool:
    kind = lookup(word)
    return (
        kind is not None and kind.first and word.lower() not in _CLOSING_WORDS and _name_word(word, surname_only=False)
    )


def signed_word_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The message's last words after its last sentence, one or two capitalised words that the gazetteer knows as
    a first name (then a surname), even common words: "… Merci de votre réponse. Rose", "… Paul Lebrun. Rose",
    "… réponse. Rose, 07 66 31 02 85" (the contact details after it cut off as on a signature line)."""
    if not ENABLED:
        return
    stripped = text.rstrip()
    ends = [m.end() for m in _LAST_SENTENCE_END.finditer(stripped)]
    if not ends:
        return
    head_start, head_end, _ = _head(text, ends[-1], len(stripped))
    words = text[head_start:head_end].split()
    if not 1 <= len(words) <= 2 or not all(word[0].isupper() and not word.isupper() for word in words):
        return
    if _signed_first(words[0]) and (len(words) == 1 or _name_word(words[1], surname_only=True)):
        yield head_start, head_end, 0.7
