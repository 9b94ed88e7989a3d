"""Names the detector still left: a name someone is called by, a nickname after « au » or « du », a first name that
is also a word after a familiar adjective, a pet name alone, a surname in capitals after given names (fifty-eighth
pass, engineer-p205e, issue 13).

- `READ_CALLED_NAMES`: the name a person is called by, after a verb of calling with its object pronoun or in a
  relative clause, without quotes: « on l'appelle tous Titou », « dans la famille on l'appelle Nanou », « sa
  voisine, qu'elle appelle Pupuce », « que tout le monde appelle Chouchou », « qu'on surnomme Nounours ». The word is
  masked whatever the dictionary says (a pet name is often a word: « Chouchou », « Pupuce »), never a family's word
  (« Mamoune », « Tonton »: `pet_names` keeps those visible), a title (« Madame »), a country, nor a name given to an
  animal (« notre chien, qu'on appelle Loulou »). A definition stays: « on appelle Pacs le pacte… » has no pronoun.
- `READ_CONTRACTED_NICKNAMES`: « au » or « du », a familiar adjective in lower case, then a capitalised word that
  `familiar_forms` takes for a nickname (no dictionary has it, no list knows it but as a first name): « parlé au gros
  Bébert », « le chien du gros Bébert ». The adjective in lower case is what tells a person from a shop or a place
  (« au Petit Bateau », « au Gros Caillou », « au Vieux Campeur »); a river or a place no list knows stays when the
  name is a département's or a river's (« du petit Rhône », « au vieux Lot »).
- `READ_WORD_FIRST_NAMES`: « le », « la », « au » or « du », a familiar adjective in lower case, then a capitalised
  word the lists know as a first name that is also a French word (the others are `article_nicknames`' to read):
  « le grand Max », « chez le vieux Pierre », « la petite Rose », « le petit Olivier ». In the middle of a sentence a
  capital after an adjective in lower case says a name: a flower or a stone is written in lower case (« une petite
  rose »). A capitalised adjective (« le Petit Prince », « la Grande Motte ») stays: titles and places write it so;
  so does a rank, whatever its case (« Le petit Prince », « la petite Reine »).
- `READ_PET_NAME_SHAPES`: a pet name alone, in the middle of a sentence, shaped as French shapes them — one syllable
  said twice (« Nono », « Titi », « Jojo ») or a short word ending in « -ou » after a consonant (« Titou »,
  « Pitou ») —, that no dictionary has and no list knows but as a first name: « est-ce que Titou peut encore
  s'inscrire », « et Titou de la sono ». Never an office's acronym glued to « ou » (« votre Cafou de votre MSA »,
  a slip of the fiches), never after a word of place (« à Chatou », « de Kourou »), never a
  département's, a country's or a family's word (« Doudou », « Nounou »).
- `READ_CAPITAL_SURNAMES`: one to three given names in title case, then a surname in capitals, one word or several,
  a particle maybe (« DE », « VAN DER », « EL »): « Margaretha DE VRIES », « María José PAKARATI ATAN », « Keanu
  TEHEIURA », read whole, so that no word of it is left beside a shorter reading. A given name is a first name of
  the lists that they do not call common, or a word no list and no dictionary knows when the surname has six letters
  or more (an office's acronym is shorter: « Parcoursup ANEF »); the words in capitals are no French word and no
  common word (« Service ACCUEIL », « Carte VITALE », « Merci URGENT » stay); never after a street's word (« 50 rue
  Henry FARMAN »).

Each switch is read at call time; `spans` is hooked once in `analyzer._detect`, beside `article_nicknames.spans`.
"""

import re
from collections.abc import Iterator

from guichet.privacy import gazetteer, lexicon
from guichet.privacy.common_words import is_common
from guichet.privacy.familiar_forms import _PLACE_BEFORE, _a_nickname
from guichet.privacy.name_rules_places import _DEPARTMENTS
from guichet.privacy.name_rules_places import _PLACE_BEFORE as _PLACE_WORD_BEFORE
from guichet.privacy.pet_names import _FAMILY_WORDS
from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.text import fold

READ_CALLED_NAMES = True
READ_CONTRACTED_NICKNAMES = False  # shipped off: a train gain only (docs/benchmarks.md)
READ_WORD_FIRST_NAMES = True
READ_PET_NAME_SHAPES = True
READ_CAPITAL_SURNAMES = False  # shipped off: a train gain only (docs/benchmarks.md)

_NAME = r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w'’\-])"
# A verb of calling after its object pronoun (« l'appelle », « les appelait ») or in a relative clause (« qu'elle
# appelle », « que tout le monde appelle », « qu'on surnomme »), then « tous » or « toutes » maybe, then the name.
_CALLED = re.compile(
    r"(?<![\w'’\-])(?i:(?:l['’]|les[ \t]+)[ \t]*(?:appel|surnomm)\w*"
    r"|(?:qu['’][ \t]*|que[ \t]+)(?:[\w'’\-]+[ \t]+){0,3}?(?:appel|surnomm)(?:le|lent|ait|aient|ons|ez|e)"
    r"(?:[ \t]+(?:tous|toutes|toujours|encore|souvent))?)"
    r"[ \t]+" + _NAME
)
# An animal named before the verb, in the same sentence: « notre chien, qu'on appelle Loulou ».
_ANIMAL = re.compile(
    r"(?<![\w'’\-])(?i:chien|chienne|chiot|chat|chatte|chaton|cheval|jument|poney|lapin|perroquet|oiseau|hamster|"
    r"tortue|animal|animaux|vache|âne|ane|chèvre|chevre|cochon|poule|bateau|voiture|moto|maison)s?(?![\w'’\-])"
)
_SENTENCE_START = re.compile(r"[.!?…\n]")
# A title or a role said instead of a name: « qu'on appelle Madame », « l'appelle Docteur ».
_TITLES = frozenset(
    "madame monsieur mademoiselle docteur maitre maître professeur chef patron patronne capitaine "
    "coach mamie mamy papi papy tonton tata tatie maman papa bebe bébé".split()
)
# A rank that titles and tales put after the adjective, though the lists know some as first names: « Le petit
# Prince », « la petite Reine ».
_RANKS = frozenset(
    "prince princesse roi reine duc duchesse comte comtesse baron baronne marquis marquise chevalier dauphin "
    "dauphine empereur imperatrice".split()
)
_ADJECTIVES = r"gros|grosse|petit|petite|p['’]?tit|p['’]?tite|grand|grande|vieux|vieille|beau|belle"
# An article, a familiar adjective in lower case, a capitalised word.
_FORM = re.compile(
    r"(?<![\w'’\-])(?P<article>(?i:le|la|du|au))[ \t]+(?P<adjective>"
    + _ADJECTIVES
    + r")[ \t]+"
    + _NAME
    + r"(?![ \t]+[A-ZÀ-Ý])"
)


def spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the names the module reads (see the module)."""
    if READ_CALLED_NAMES:
        yield from _called_names(text)
    if READ_CONTRACTED_NICKNAMES or READ_WORD_FIRST_NAMES:
        yield from _adjective_forms(text)
    if READ_PET_NAME_SHAPES:
        yield from _pet_name_shapes(text)
    if READ_CAPITAL_SURNAMES:
        yield from _capital_surnames(text)


def _called_names(text: str) -> Iterator[tuple[int, int]]:
    for match in _CALLED.finditer(text):
        word = match.group("name")
        folded = fold(word).lower()
        if folded in _TITLES or fold(word) in COUNTRIES or folded in COUNTRIES or is_common(word):
            continue
        if _is_family_word(folded):
            continue
        sentence = max((m.end() for m in _SENTENCE_START.finditer(text, 0, match.start())), default=0)
        if _ANIMAL.search(text, sentence, match.start()):
            continue
        yield match.span("name")


def _is_family_word(folded: str) -> bool:
    return folded in _FAMILY_WORDS


def _adjective_forms(text: str) -> Iterator[tuple[int, int]]:
    for match in _FORM.finditer(text):
        if _PLACE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        word = match.group("name")
        folded = fold(word).lower()
        if fold(word) in COUNTRIES or folded in COUNTRIES or folded in _DEPARTMENTS or is_common(word):
            continue
        if _is_family_word(folded):
            continue
        contracted = match.group("article").lower() in ("au", "du")
        if READ_CONTRACTED_NICKNAMES and contracted and _a_nickname(word):
            yield match.span("name")
        elif READ_WORD_FIRST_NAMES and _word_first_name(word):
            yield match.span("name")


def _word_first_name(word: str) -> bool:
    """A first name of the lists that is also a French word (« Max », « Rose », « Pierre »), not a rank; the others
    (« Marcel », « Jo ») are `article_nicknames`' to read."""
    if fold(word).lower() in _RANKS or not lexicon.is_french(word):
        return False
    kind = gazetteer.lookup(word)
    return kind is not None and kind.first and kind is not gazetteer.SHAPED and kind is not gazetteer.SHAPED_GIVEN


# A capitalised word, then what follows the pet name's shape is checked in `_pet_shaped`.
_CAPITALISED = re.compile(r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{2,7})(?![\w'’\-])")
# One syllable said twice (« nono », « titi », « dede »), or a short word ending in a consonant and « ou ».
_PET_SHAPE = re.compile(r"([^aeiouy]{1,2}[aeiouy]{1,2})\1|[^aeiouy]{0,2}[aeiouy][^aeiouy]ou")
# What opens a sentence: its first word is capitalised whatever it is.
_OPENING = re.compile(r"(?:\A|[.!?…:;\n\"«(])[ \t]*\Z")


def _pet_name_shapes(text: str) -> Iterator[tuple[int, int]]:
    for match in _CAPITALISED.finditer(text):
        word = match.group("name")
        folded = fold(word).lower()
        if not _PET_SHAPE.fullmatch(folded) or _is_family_word(folded) or folded in _DEPARTMENTS:
            continue
        if fold(word) in COUNTRIES or folded in COUNTRIES or is_common(word) or lexicon.is_french(word):
            continue
        if folded.endswith("ou") and is_common(word[:-2]):
            continue  # « votre Cafou de votre MSA »: an office's acronym glued to « ou »
        kind = gazetteer.lookup(word)
        if kind is not None and (not kind.first or kind.public or kind is gazetteer.SHAPED):
            continue
        before = text[max(0, match.start() - 20) : match.start()]
        if _OPENING.search(before) or _PLACE_WORD_BEFORE.search(before):
            continue
        yield match.span("name")


_GIVEN = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
_CAPS = r"[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:-[A-ZÀ-Ý][A-ZÀ-Ý'’]+)?"
_PARTICLES = r"DE|DA|DO|DOS|DAS|DES|DU|DI|DEL|DELLA|VAN|VON|DER|DEN|TER|EL|AL|BEN|BOU|LE|LA|MAC|MC|OULD"
# Given names in title case, then words in capitals, particles among them.
_GIVEN_THEN_CAPS = re.compile(
    r"(?<![\w'’\-])(?P<given>" + _GIVEN + r"(?:[ \t]+" + _GIVEN + r"){0,2})"
    r"(?P<surname>(?:[ \t]+(?:"
    + _PARTICLES
    + r"))*[ \t]+"
    + _CAPS
    + r"(?:[ \t]+(?:(?:"
    + _PARTICLES
    + r")[ \t]+)*"
    + _CAPS
    + r"){0,2})(?![\w'’\-])"
)


def _capital_surnames(text: str) -> Iterator[tuple[int, int]]:
    for match in _GIVEN_THEN_CAPS.finditer(text):
        words = match.group("surname").split()
        surnames = [word for word in words if not re.fullmatch(_PARTICLES, word)]
        if not surnames or any(len(word) < 2 or is_common(word) or lexicon.is_french(word) for word in surnames):
            continue
        longest = max(len(word) for word in surnames)
        # the given names that hold, from the surname back: « Madame Kalani KEALOHA » is read from « Kalani »
        start = match.end("given")
        for given in reversed(list(re.finditer(r"\S+", match.group("given")))):
            if not _a_given_name(given.group(), longest=longest):
                break
            start = match.start("given") + given.start()
        if start < match.end("given") and not _PLACE_BEFORE.search(text, max(0, start - 40), start):
            yield start, match.end("surname")  # « 50 rue Henry FARMAN » names a street


def _a_given_name(word: str, *, longest: int) -> bool:
    """A first name of the lists they do not call common, or, before a long surname, a word no one knows."""
    if is_common(word):
        return False
    kind = gazetteer.lookup(word)
    if kind is not None and kind is not gazetteer.SHAPED:
        return kind.first and not kind.common
    return longest >= 6 and not lexicon.is_french(word)
