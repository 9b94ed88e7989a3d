"""A man's title written without its full stop, before his name: "signé par M Castanié", "mon conseiller M Girard",
"rappeler M Kowalski au 06…" (forty-fifth pass, p145e, issue 13).

The title rules read "M." (with its stop), "Mr", "Monsieur", never a bare "M": a capital M alone is also a size, a
unit or an initial. It is a title here only when it stands alone (no letter, digit, stop or apostrophe glued to it,
no number just before it: "10 M d'euros", no word that names a letter or a size: "taille M", "ligne M") and is
followed by one to three capitalised words of which the first is a name: a word the name gazetteer knows
(`gazetteer.lookup`: its first names and surnames, a surname's shape) or a capitalised word that is no French word
("Castanié", "Kowalski"). The words after it are kept while they are names or unknown capitalised words, with a
particle between them ("M Da Silva", "M Le Goff"); a French word that no name list holds ends the name ("M Girard
Conseiller" keeps "Girard"). The span keeps the title, as the title rules do ("M. Girard" → one placeholder).
`ENABLED` switches the rule off.
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_filler, is_french

ENABLED = True

_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_PARTICLE = r"(?:de|du|des|da|do|dos|das|di|van|von|der|den|el|al|ben|bin|Le|La|De|Da|Do|Dos|Di|Van|Von|El|Ben)"
_BARE_M = re.compile(
    rf"(?<![\w'’.\-/])(?<!\d[ \t])M[ \t]+(?P<words>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,2}})"
)
_TOKEN = re.compile(r"[^ \t]+")
_PARTICLES = {"de", "du", "des", "da", "do", "dos", "das", "di", "van", "von", "der", "den", "el", "al", "ben", "bin"}
_PARTICLES |= {"le", "la"}
# words that follow a bare "M" and are no one's name: the abbreviations of a unit or a grade, a place's word
_NOT_AFTER = {"le", "la", "les", "et", "ou", "maire", "préfet", "prefet", "ministre", "président", "president"}


def _name_word(word: str) -> bool:
    """A capitalised word that is a known name (not only a public one) or no French word at all."""
    if len(word) < 2 or word.lower() in _NOT_AFTER or is_filler(word):
        return False
    kind = lookup(word)
    if kind is not None and not kind.public and (kind.first or kind.surname):
        return True
    return not is_french(word) and not is_common(word)


# words after which a capital M is a letter, a size or a line, never a title: "taille M", "ligne M", "bâtiment M"
_LETTER_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:taille|tailles|pointure|format|ligne|bâtiment|batiment|bât|bat|escalier|esc|porte|lettre|"
    r"catégorie|categorie|type|classe|groupe|zone|modèle|modele|série|serie|niveau|option|section|en)[ \t]+\Z"
)


def bare_titles(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of "M Name…" spans: the bare title and the name words after it (see the module docstring)."""
    for match in _BARE_M.finditer(text):
        if _LETTER_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        offset = match.start("words")
        kept_end = None
        for token in _TOKEN.finditer(match["words"]):
            word = token.group()
            if word.lower() in _PARTICLES:
                continue  # "M Da Silva", "M Le Goff": the particle joins the name only with the word after it
            if not _name_word(word):
                break
            kept_end = offset + token.end()
        if kept_end is not None:
            yield match.start(), kept_end
