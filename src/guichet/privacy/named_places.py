"""Places named after a famous person: "l'école élémentaire Jean Jaurès", "le collège Victor Hugo", "la salle Pierre
Mendès France", "la piscine Alfred Nakache", "l'hôpital Georges Pompidou", "la crèche Françoise Dolto", "la maison
de santé Louis Pasteur".

Such a name is the place's, public, and says nothing of the writer: masking it costs the reply its context (which
school, which pool) and counts as a false positive. A name right after a kind of public building (and the adjectives
that go with it: "école maternelle", "lycée professionnel", "centre hospitalier") is left visible; a street is not
in the list (a street without a number may be where the writer lives: the address rules decide), nor is a name
after a title ("la crèche de Mme Roux": no kind word right before the name).
"""

import functools
import re

from guichet.privacy.literal_gate import LiteralGate

# A kind of public building, in lower case or capitalised, then its usual adjectives, then the name: capitalised
# words, joined by a particle ("Charles de Gaulle", "Pierre Mendès France", "Jean-Baptiste Clément").
_NAMED = re.compile(
    r"(?<![\w\-])(?i:école|ecole|groupe[ \t]+scolaire|collège|college|lycée|lycee|université|universite|"
    r"faculté|faculte|salle|médiathèque|mediatheque|bibliothèque|bibliotheque|piscine|gymnase|stade|"
    r"complexe[ \t]+sportif|hôpital|hopital|centre[ \t]+hospitalier|conservatoire|musée|musee|théâtre|theatre|"
    r"maison[ \t]+de[ \t]+quartier|centre[ \t]+social|espace|parc|jardin|square|gare|station|arrêt|arret|"
    r"crèche|creche|halte-garderie|multi-accueil|maison[ \t]+de[ \t]+santé|maison[ \t]+de[ \t]+sante|"
    r"centre[ \t]+de[ \t]+santé|centre[ \t]+de[ \t]+sante|centre[ \t]+médical|centre[ \t]+medical)"
    r"(?:[ \t]+(?i:élémentaire|elementaire|maternelle|primaire|privée?|privee?|publique?|municipale?|"
    r"intercommunale?|professionnel(?:le)?|agricole|technique|général|general|polyvalent|universitaire|"
    r"de[ \t]+musique|des[ \t]+fêtes|des[ \t]+fetes|de[ \t]+tramway|de[ \t]+bus|de[ \t]+métro|de[ \t]+metro))*"
    r"[ \t]+(?P<name>[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+(?:(?:de|du|des|d['’]|la|le)[ \t]*)?[A-ZÀ-Ý][\w'’\-]*){0,3})"
)


@functools.lru_cache(maxsize=8)
def named_stretches(text: str) -> tuple[tuple[int, int], ...]:
    """Where the names of public buildings are in `text` ("Victor Hugo" in "le collège Victor Hugo"). Kept for the
    last texts: a message's spans are sorted out twice (`analyzer._brands_out`)."""
    if not _GATE.may_match(text):
        return ()
    return tuple(match.span("name") for match in _NAMED.finditer(text))


def named_after(start: int, end: int, stretches: tuple[tuple[int, int], ...]) -> bool:
    """True when the name at `start`-`end` lies inside a public building's name."""
    return any(a <= start and end <= b for a, b in stretches)


# A cheap test before the pattern (most messages name no such place): one of its kinds' words is in the text.
_GATE = LiteralGate(_NAMED)
