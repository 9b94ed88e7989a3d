"""A person named by a familiar form, and the year told right after the town of a birth (fifty-sixth pass,
engineer-p198e, issue 13).

- `READ_FAMILIAR_NICKNAMES`: « le » or « la », a familiar adjective or a word of the neighbourhood (« gros »,
  « petite », « p'tit », « grand », « vieux », « père », « mère »), then a capitalised word: « le gros Bébert », « la
  mère Michu ». The word is masked when it is no French word (« le Petit Prince » stays) and the name lists know it
  as a first name (not a common or a public one), or know it not at all: a nickname is rarely in a dictionary.
  Never a country, never a word followed by another capitalised word (« le Petit Robert », « le Grand Palais » stay
  whatever the lists say), never after a street's, a place's or an event's word (« rue de la Vieille Meuse »).
- `READ_YEAR_AFTER_BIRTHPLACE`: right after a town of birth already found, « en » and a year of four digits or of two
  (« née à Saint-Laurent-du-Pont en 2003 », « né à Bagnols-sur-Cèze en 93 »): the year of that birth.

Both switches are read at call time; `spans` is hooked once in `analyzer._detect`.
"""

import re
from collections.abc import Iterable, Iterator

from guichet.privacy import gazetteer, lexicon
from guichet.privacy.common_words import is_common
from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.text import fold

READ_FAMILIAR_NICKNAMES = True
READ_YEAR_AFTER_BIRTHPLACE = True

PERSON = "PERSONNE"
BIRTH_DATE = "DATE_NAISSANCE"
BIRTHPLACE = "LIEU_NAISSANCE"

# The article, the familiar word, then one capitalised word (a hyphen may join a second one: « Jean-Mi »).
_FAMILIAR = re.compile(
    r"(?<![\w'’\-])(?:[Ll]e|[Ll]a)[ \t]+"
    r"(?:[Gg]ros|[Gg]rosse|[Pp]etit|[Pp]etite|[Pp]['’]?tit|[Pp]['’]?tite|[Gg]rand|[Gg]rande|[Vv]ieux|[Vv]ieille|"
    r"[Pp]ère|[Mm]ère)[ \t]+"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w'’\-])(?![ \t]+[A-ZÀ-Ý])"
)
# A street, a place or an event before the article: « rue de la Vieille Meuse », « le lotissement le Vieux Puits ».
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’\-])(?i:rue|avenue|allée|allee|chemin|impasse|lotissement|place|quai|boulevard|bd|route|résidence|residence|"
    r"square|cité|cite|lieu-dit|quartier|hameau|domaine|parc|pont|zone|za|zi|édition|edition|salle|stade)"
    r"(?:[ \t]+(?:de|du|des|d['’]))?[ \t]*\Z"
)
# After a town of birth: a bracket (its country), then « en » and the year.
_YEAR_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,?[ \t]*en[ \t]+(?P<year>(?:19|20)\d\d|\d\d)(?![\w/.\-]\d|\w)"
)


def spans(text: str, found: Iterable[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of the familiar names and the years of a birth (see the module); `found` are the spans
    (type, start, end) chosen so far."""
    found = list(found)
    if READ_FAMILIAR_NICKNAMES:
        for match in _FAMILIAR.finditer(text):
            if _a_nickname(match.group("name")) and not _PLACE_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                yield PERSON, match.start("name"), match.end("name")
    if READ_YEAR_AFTER_BIRTHPLACE:
        for kind, _start, end in found:
            if kind == BIRTHPLACE and (match := _YEAR_AFTER.match(text, end)) is not None:
                yield BIRTH_DATE, match.start("year"), match.end("year")


def _a_nickname(word: str) -> bool:
    """A first name the lists know, or a word no list knows and no dictionary has (« Bébert », « Tatave »)."""
    if fold(word) in COUNTRIES or is_common(word):
        return False
    kind = gazetteer.lookup(word)
    if kind is not None and kind is not gazetteer.SHAPED and kind is not gazetteer.SHAPED_GIVEN:
        return kind.first and not kind.common and not kind.public and not lexicon.is_french(word)
    return len(word) >= 3 and not lexicon.is_french(word)
