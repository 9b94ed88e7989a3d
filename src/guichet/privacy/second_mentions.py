"""A person's or a firm's name said again in another form later in the same message (thirty-sixth pass,
engineer-p108e).

- `firms_again`: a firm found once ("Boulangerie du Port" on the signature's line, "Garage des Trois Chênes") named
  again with its first word in the other case ("Mon entreprise, la boulangerie du Port"): each occurrence is the
  firm's. A one-word firm is looked for in its own case only ("Orange" the firm, "orange" the colour). Its words
  glued in a login or a handle are the firm's too ("identifiant : SARLMENUISERIEBOYER" beside "Menuiserie Boyer").
- `capital_respellings`: a found surname typed again in capitals with one letter changed, added or dropped, accents
  aside ("Noah MONDÉSIR … enregistré MONDESIRE sur l'acte", "KERHERVE" for "Kerhervé" is already the same word
  folded): a registry's or a form's spelling of the same family. Five letters or more, never a French word, a common
  word or a word the gazetteer lists as common or public.
"""

import re
from collections.abc import Iterable

from guichet.privacy import gazetteer, lexicon
from guichet.privacy.common_words import is_common
from guichet.text import fold

_CAPITALS = re.compile(r"(?<![\w'’\-])[A-ZÀ-Ý]{5,}(?![\w'’\-])")
_WORD = re.compile(r"[^\W\d_]+")
# A login, a handle or a file name: one token without spaces ("SARLMENUISERIEBOYER", "#garagedestroischenes").
_TOKEN = re.compile(r"[#@]?[^\W_][\w.\-]*[^\W_]")


def firms_again(text: str, firms: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other occurrences of each found firm `text[start:end]` (see the module)."""
    found: list[tuple[int, int]] = []
    for value in {text[start:end] for start, end in firms}:
        if len(value) < 4:
            continue
        if " " in value.strip():
            head = value[0]
            pattern = f"[{head.lower()}{head.upper()}]" + re.escape(value[1:])
        else:
            pattern = re.escape(value)
        for match in re.finditer(r"(?<![\w'’\-])" + pattern + r"(?![\w'’\-])", text):
            found.append((match.start(), match.end()))
        glued = "".join(fold(word) for word in _WORD.findall(value))
        if len(_WORD.findall(value)) < 2 or len(glued) < 8:
            continue
        for token in _TOKEN.finditer(text):
            if glued in fold(token.group()):
                found.append((token.start(), token.end()))
    return found


def capital_respellings(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Words in capitals one edit away from a found name's word, accents aside (see the module)."""
    known = {fold(word) for name in names for word in _WORD.findall(name) if len(word) >= 5}
    if not known:
        return []
    found = []
    for match in _CAPITALS.finditer(text):
        token = match.group()
        folded = fold(token)
        if folded in known or is_common(token) or lexicon.is_french(token):
            continue
        kind = gazetteer.lookup(token)
        if kind is not None and (kind.common or kind.public):
            continue
        if any(_one_edit(folded, word) for word in known):
            found.append((match.start(), match.end()))
    return found


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped between `a` and `b` (the same first letter)."""
    if a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
