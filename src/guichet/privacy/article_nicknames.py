"""A nickname after an article and a familiar adjective that `familiar_forms` leaves (fifty-seventh pass,
engineer-p202e, issue 13).

`familiar_forms.READ_FAMILIAR_NICKNAMES` reads « le gros Bébert »: « le » or « la », a familiar adjective, a
capitalised word that no dictionary has and that the name lists know as a first name neither common nor public, or
know not at all. So « le Grand Jo » stayed (« Jo » is listed common: the JO), « la Petite Mimi », « la petite Lulu »
(« mimi », « loulou », « lulu » are dictionary words), « le vieux Marcel » (listed public: a street's, a metro
station's), and so did every nickname after « du » or « au » (« la 2CV du vieux Marcel »). Three switches, read at
call time, widen the reading; each keeps `familiar_forms`' guards (no country, no word the common-word list has, no
second capitalised word after it: « le Petit Robert », « le Grand Palais » —, no street's or place's word before)
and adds one: no public body or territory before the article (« Communauté urbaine du Grand Nancy »).

- `READ_DOUBLED_NICKNAMES`: a word made of one syllable said twice (« Mimi », « Loulou », « Lulu », « Jojo »,
  « Zaza »), the way French makes a pet name of a first name, when the lists know it as a first name, whatever the
  dictionary says; never a family's word (« le petit Papa », « la vieille Mémé »).
- `READ_LISTED_FIRST_NAMES`: a first name of the lists that no dictionary has, though they call it common or public
  (« le Grand Jo », « le vieux Marcel »); a public one only after an adjective in lower case: a capitalised
  adjective before a public word names a place or a body (« le Grand Nancy », « le Petit Palais »). A first name that
  is also a French word stays (« le Petit Prince », « la Grande Motte », « le Grand Est »).
- `READ_CONTRACTED_ARTICLES`: « du » and « au » (« de le », « à le ») open the form as « le » does, and « beau »,
  « belle » join the familiar adjectives (« le beau Riton »); in those new forms the word must be a first name the
  lists know, a public one only after an adjective in lower case (« la voiture du vieux Marcel » is read; « des
  éditions du Grand Prix », « au Petit Bateau », « du petit Rhône », « du Grand Nancy » stay, and so does « au gros
  Bébert », a nickname no list knows: a river or a shop looks the same after « du » or « au »).

`spans` is hooked once in `analyzer._detect`, beside `familiar_forms.spans`; it yields only what that one leaves.
"""

import re
from collections.abc import Iterator

from guichet.privacy import gazetteer, lexicon
from guichet.privacy.common_words import is_common
from guichet.privacy.familiar_forms import _PLACE_BEFORE, _a_nickname
from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.text import fold

READ_DOUBLED_NICKNAMES = False  # shipped off: no gain on train + validation (docs/benchmarks.md)
READ_LISTED_FIRST_NAMES = True
READ_CONTRACTED_ARTICLES = True

_OLD_ADJECTIVES = r"gros|grosse|petit|petite|p['’]?tit|p['’]?tite|grand|grande|vieux|vieille|père|mère"
_FORM = re.compile(
    r"(?<![\w'’\-])(?P<article>(?i:le|la|du|au))[ \t]+"
    r"(?P<adjective>(?i:" + _OLD_ADJECTIVES + r"|beau|belle))[ \t]+"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w'’\-])(?![ \t]+[A-ZÀ-Ý])"
)
_OLD_FORM = re.compile(r"(?i:le|la)")
_OLD_ADJECTIVE = re.compile(r"(?i:" + _OLD_ADJECTIVES + r")")
# A public body or a territory before the article: « Communauté urbaine du Grand Nancy », « la métropole du Grand
# Reims », « le conseil de territoire du Grand Annecy » (a town that is also a first name).
_BODY_BEFORE = re.compile(
    r"(?<![\w'’\-])(?i:communauté(?:[ \t]+(?:urbaine|d['’]agglomération|de[ \t]+communes))?|métropole|"
    r"agglomération|syndicat|conseil(?:[ \t]+de[ \t]+territoire)?|territoire|ville|commune|département|région)"
    r"[ \t]*\Z"
)
# One syllable said twice: consonants, then vowels, again (« mimi », « loulou », « dede », « jojo »).
_DOUBLED = re.compile(r"([^aeiouy]{1,2}[aeiouy]{1,2})\1")
# The family's own words, some of which the name lists hold: « le petit Papa », « la vieille Mémé » name no one.
_FAMILY_WORDS = frozenset(
    "papa maman mama mami mamie mamy papi papy meme pepe tata tati tatie tonton nounou bebe doudou".split()
)


def spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the nicknames after an article and a familiar adjective that `familiar_forms` leaves."""
    if not (READ_DOUBLED_NICKNAMES or READ_LISTED_FIRST_NAMES or READ_CONTRACTED_ARTICLES):
        return
    for match in _FORM.finditer(text):
        old_form = _OLD_FORM.fullmatch(match.group("article")) and _OLD_ADJECTIVE.fullmatch(match.group("adjective"))
        if not old_form and not READ_CONTRACTED_ARTICLES:
            continue
        before = (max(0, match.start() - 40), match.start())
        if _PLACE_BEFORE.search(text, *before) or _BODY_BEFORE.search(text, *before):
            continue
        word = match.group("name")
        lower = match.group("adjective").islower()
        if _a_nickname(word):
            # the old reading, in a form it did not read, for a listed first name only: « du Grand Prix », « du petit
            # Rhône », « du Grand Nancy » name an event, a river, a town's community
            if not old_form and _listed_first(word, lower_adjective=lower):
                yield match.span("name")
            continue
        if _a_new_nickname(word, lower_adjective=lower):
            yield match.span("name")


def _listed_first(word: str, *, lower_adjective: bool) -> bool:
    """A first name of the lists; a public one (a place's, a body's) only after an adjective in lower case."""
    kind = gazetteer.lookup(word)
    return (
        kind is not None and kind.first and kind is not gazetteer.SHAPED_GIVEN and (lower_adjective or not kind.public)
    )


def _a_new_nickname(word: str, *, lower_adjective: bool) -> bool:
    """A doubled first name (« Mimi »), or a listed first name no dictionary has (« Jo », « Marcel »)."""
    folded = fold(word).lower()
    if folded in COUNTRIES or folded in _FAMILY_WORDS or is_common(word):
        return False
    kind = gazetteer.lookup(word)
    if kind is None or kind is gazetteer.SHAPED or kind is gazetteer.SHAPED_GIVEN or not kind.first:
        return False
    if READ_DOUBLED_NICKNAMES and _DOUBLED.fullmatch(folded):
        return True
    return READ_LISTED_FIRST_NAMES and not lexicon.is_french(word) and (lower_adjective or not kind.public)
