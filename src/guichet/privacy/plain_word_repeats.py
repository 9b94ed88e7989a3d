"""A first name that is also a word, said again in lower case as the word (forty-seventh pass, engineer-p153e).

A word of a name found in the message is masked wherever it stands alone (`analyzer._name_words`), in any case; a
French word said again in lower case is left as the word (`lower_words.lower_french_repeat`), unless the word is
also a first name: "Julien (vendeur) … julien ???" is the person typed in lower case. For first names that are
everyday nouns ("Rose", "Pierre", "Olive", "Marin", "Ambre", "Clémence", "Aurore") that exception hid the plain word
of the same message: "ma fille Rose … une rose dans le jardin", "Pierre Lacombe … une maison en pierre", "Olive
Tessier … l'huile d'olive", "Clémence Marin … je sollicite votre clémence".

- `AFTER_A_DETERMINER`: the lower-case word right after an article, a demonstrative or a possessive ("une rose",
  "l'aurore", "votre clémence", "mon sauveur", "en pierre"), or after "de"/"d'" that itself follows a lower-case word
  ("l'huile d'olive", "un poste de marin", "tailleur de pierre"), or after a colour word ("vert olive", "teintés
  rose"), is the noun, not the person. Only where every found name that holds the word wrote it capitalised: a
  writer who typed the name in lower case ("ma fille rose") keeps every lower-case repetition masked; a kin word
  before it ("ma fille rose", "sa sœur pierre") is no determiner.
- `FIRST_NAME_WORD_BEFORE`: a capitalised first name that is also a word ("Blanche", "Rose", "Pierre", "Olive")
  right before a surname found alone, after a list's joint ("et", "ou", a comma, a colon, a line's start), is the
  person's first name: "Pierre Olive, né le …, et Blanche Paris, née le …" masked "Paris" and left "Blanche"
  (p147-047). Never a title, a kin word, a stop word or a word the name lists hold as a body or a place. Shipped
  **off**: it fixed one train string (p147-047) and no validation one.
"""

import re
from collections.abc import Iterable

from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.spacy_fr import STOP_WORDS
from guichet.privacy.word_names import _NOT_PERSONS

AFTER_A_DETERMINER = True
FIRST_NAME_WORD_BEFORE = False

# Shorter words are names as often as words ("Lou", "Léa"): the rule reads words of four letters or more.
MIN_LENGTH = 4

_DETERMINERS = (
    r"un|une|le|la|les|des|du|au|aux|ce|cet|cette|ces|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|"
    r"leurs|chaque|quel|quelle|quels|quelles|en|l['’]"
)
# the word right before: a determiner, or "de"/"d'" after a lower-case word ("huile d'olive"), or a colour word
_BEFORE = re.compile(
    rf"(?i:(?<![\w’'\-])(?:{_DETERMINERS})[ \t]*)\Z|"
    r"(?<![\w\-])(?P<owner>[a-zà-ÿœ]{3,})[ \t]+(?:de[ \t]+|d['’])\Z|"
    r"(?i:(?<![\w’'\-])(?:couleur|teint[ée]e?s?|vert|verte|verts|vertes|bleu|bleue|bleus|gris|grise|jaune|rouge|"
    r"noir|noire|blanc|blanche|clair|claire|foncé|foncée|pâle)[ \t]+)\Z"
)


def plain_noun(text: str, start: int, piece: str, name_words: Iterable[str]) -> bool:
    """True when `piece`, a lower-case French word at `start`, follows a determiner or "de" (see the module) and every
    found name that holds it wrote it capitalised: the sentence's noun, not the person."""
    if not AFTER_A_DETERMINER:
        return False
    if len(piece) < MIN_LENGTH or not piece.isalpha() or not piece.islower() or not is_french(piece):
        return False
    after = text[start + len(piece) : start + len(piece) + 2]
    if after[:1] in _GLUE or (after[:1] == "." and after[1:2].isalnum()):
        return False  # a piece of a handle or an address: masked whole elsewhere
    before = _BEFORE.search(text, max(0, start - 30), start)
    if not before or (before.group("owner") or "").lower() in _PERSON_OWNERS:
        return False
    same = [word for word in name_words if word.lower() == piece]
    return bool(same) and not any(word.islower() for word in same)


_GLUE = set("-_@/0123456789")
# Nouns that take a person after "de": "la chambre de rose", "le fils de pierre" stay the person's.
_PERSON_OWNERS = frozenset(
    """fils fille filles mère mere père pere sœur soeur frère frere mari femme époux epoux épouse epouse maman papa
    copine copain ami amie amis cousin cousine tante oncle enfant enfants bébé bebe naissance garde parrain marraine
    veuve veuf chambre dossier classe nom prénom prenom compte part école ecole anniversaire carte nounou maîtresse
    maitresse compagnon compagne voisin voisine patron patronne""".split()
)


_JOINT_BEFORE = re.compile(
    r"(?:(?<![\w'’\-])(?:et|ou)|[,:;\n]|\A)[ \t]*(?P<word>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+\Z"
)
_NOT_FIRST = frozenset(
    """madame monsieur mademoiselle docteur maître maitre saint sainte mère mere père pere sœur soeur frère frere
    fils fille famille janvier février mars avril mai juin juillet août septembre octobre novembre décembre""".split()
)


def first_names_before(text: str, people: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each found one-word name with the first name that is also a word right before it (see the module)."""
    if not FIRST_NAME_WORD_BEFORE:
        return []
    found = []
    for start, end in people:
        if " " in text[start:end].strip() or not text[start : start + 1].isupper():
            continue
        match = _JOINT_BEFORE.search(text, max(0, start - 40), start)
        if match is None:
            continue
        word = match.group("word")
        lower = word.lower()
        if lower in _NOT_FIRST or lower in STOP_WORDS or lower in _NOT_PERSONS:
            continue
        kind = lookup(word)
        if kind is not None and kind.first:
            found.append((match.start("word"), end))
    return found
