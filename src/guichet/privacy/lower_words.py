"""A name's word said again in lower case as a French word of the sentence: no name there (thirty-fourth pass).

A word of a name found in the message is masked wherever it appears alone (`analyzer._name_words`): "Mme Sow" after
"Aminata Sow". When that word is also a French word and the writer, who capitalised the name, writes it in lower
case elsewhere, it is that word and not the name: "Lucas Boulanger … il est boulanger en micro-entreprise", a title
"Naissance de Inès" then "je vous informe de la naissance de notre fille", "Relance Taxi" then "un taxi
conventionné". A writer who types the name itself in lower case ("ousmane diallo … diallo a signé") keeps every
lower-case repetition masked, and so does a word that is no French word ("sow", "nguyen") or that is a first name
("Julien (vendeur) … julien ???": a chat's first name, whatever "julien" means in French).
"""

from collections.abc import Iterable

from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_french

# Shorter words are names as often as words ("Le", "Ly", "Ho"): the rules for those are `_name_words`'s own.
MIN_LENGTH = 4


def lower_french_repeat(text: str, start: int, piece: str, name_words: Iterable[str]) -> bool:
    """True when `piece`, a lower-case word standing alone at `start` in the text, is a French word that every found
    name holding it wrote capitalised: the sentence's word, not the name. A piece of a login, an address or a file
    name ("famille-rousseau-8812", "chaouch.ahmed75") is never one: such a handle is masked whole."""
    if len(piece) < MIN_LENGTH or not piece.isalpha() or not piece.islower() or not is_french(piece):
        return False
    kind = lookup(piece)
    if kind is not None and kind.first:
        return False  # a first name typed in lower case is still the person: "Julien (vendeur) … julien ???"
    before, after = text[start - 1 : start], text[start + len(piece) : start + len(piece) + 2]
    glued_before = bool(before) and not before.isspace() and before not in _OPENING
    glued_after = after[:1] in _GLUE or (after[:1] == "." and after[1:2].isalnum())
    if glued_before or glued_after:
        return False
    lower = piece.lower()
    same = [word for word in name_words if word.lower() == lower]
    return bool(same) and not any(word.islower() for word in same)


# What may stand before a word of a sentence, and what glues it to a handle after it.
_OPENING = set("(«\"'’“")
_GLUE = set("-_@/0123456789")
