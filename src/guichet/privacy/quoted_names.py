"""A name in quotes after the words that say how a name was written: "son prénom a été écrit « Eliott » au lieu de
« Éliot »", "la préfecture a écrit le nom "Na" et le prénom "Li"", "orthographié « Khadidja »".

(thirty-fourth pass, p100e) People whose name was misspelt, reversed or transliterated on a paper quote the wrong
form beside the right one; the wrong form is as much theirs (a civil-status act, a residence permit hold it), and it
is often short or unknown to the name lists, or a spelling no list holds. Only words that read as a name are taken:
each capitalised (or a particle), and none a common or a French word unless the name lists know it as a name
("« Vu »", a Vietnamese surname, goes; "« Refusé »", "« Passeport talent »", "« vie privée et familiale »" stay).
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_french

_QUOTED = re.compile(r"[«\"“][ \t\u00a0]*(?P<name>[^«»\"“”\n]{1,60}?)[ \t\u00a0]*[»\"”]")
# What says that a name's written form follows, in the same sentence and at most 30 characters before the quotes.
_SPELLING_CUE = re.compile(
    r"(?i)(?<![\w'’])(?:nom|noms|prénom|prénoms|prenom|prenoms|patronyme|écrit|écrite|écrits|ecrit|ecrite|"
    r"orthographiée?s?|orthographe|épelée?s?|epelee?s?|inscrite?s?|notée?s?|notee?s?|marquée?s?|marquee?s?|"
    r"tapée?s?|transcrite?s?|translittérée?s?|translitteree?s?|francisée?s?|devient|devenue?|"
    r"au lieu de|à la place de|a la place de|et non(?:[ \t]+pas)?)(?![\w'’])[^.!?\n«»\"“”]{0,30}$"
)
# The participle between "mon nom est" and the name as a paper wrote it: "mon nom est écrit MBALLA Jean", "mon nom
# est mal orthographié : Kowalsky" (the name rules go on after it; "écrit" itself is a common word).
WRITTEN_BRIDGE = re.compile(
    r"(?i)[ \t]*(?:mal[ \t]+)?(?:écrit|ecrit|orthographié|orthographie|noté|note|inscrit|marqué|marque|transcrit)"
    r"(?![\w'’])[ \t]*:?[ \t]*"
)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_PARTICLES = {"de", "du", "des", "d'", "d’", "ben", "bin", "bint", "el", "al", "da", "dos", "das", "di", "van", "von"}


def _a_name(value: str) -> bool:
    if any(char.isdigit() for char in value):
        return False
    words = _WORD.findall(value)
    if not 1 <= len(words) <= 5 or len(" ".join(words)) < len(value.strip()) - len(words):
        return False  # punctuation inside: a sentence in quotes, not a name
    named = 0
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        if not word[0].isupper() or lookup(word) is None and (is_common(word) or is_french(word)):
            return False
        named += 1
    return named > 0


def quoted_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Each quoted name after a spelling cue (see the module)."""
    for match in _QUOTED.finditer(text):
        if not _SPELLING_CUE.search(text, max(0, match.start() - 60), match.start()):
            continue
        if _a_name(match.group("name")):
            yield match.start("name"), match.end("name"), 0.7
