"""The fiches a message's vocabulary points to, as the vocabulary tests read them (one copy, not one a file)."""

from guichet.knowledge.query import understand
from guichet.knowledge.vocabulary import find, find_every


def pointed_by_every(text: str) -> set[str]:
    """Every entry `find_every` reads in `text`, its fiches."""
    return {fiche for found in find_every(text) for fiche in found.term.fiches}


def pointed_by_find(text: str) -> set[str]:
    """The entries `find` keeps in `text`, their fiches."""
    return {fiche for found in find(text) for fiche in found.term.fiches}


def pointed_by_understanding(text: str) -> set[str]:
    """The vocabulary entries `understand` keeps for `text`, their fiches."""
    return {fiche for found in understand(text).vocabulary for fiche in found.term.fiches}
