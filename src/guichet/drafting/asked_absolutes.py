"""An answer without exception that no source gives (thirty-ninth pass, engineer-d50; read by
`guichet.drafting.asked`).

"Aucun délai de carence ne s'appliquera à votre demande de Puma" to "est-ce qu'il y a un délai de carence de 3 mois
?", beside a passage that only says to ask for the Puma; "Vous n'avez aucun délai à respecter avant de reprendre chez
votre ancien employeur" beside "vous devez respecter un délai de 6 mois"; "La Caf prend en charge la totalité du
salaire de votre assistante maternelle" beside "prend en charge une partie de la rémunération"; "Vous pourrez cumuler
votre pension canadienne et votre retraite française sans restriction" with no passage at all. The words are the
question's ("délai de carence", "pension", "retraite") and the passage's topic; what the sentence adds is an
absolute — none, all, without limit — that is the answer, and that nobody gave.

Read here, on folded text:

- *none*: "aucun(e) N" ("aucun délai", "aucune pièce"); it is given by a source sentence that says N (five letters)
  with a negation ("aucune", "pas de", "sans", "ni", "n'… pas": "Vous n'avez pas de démarche à faire" gives "aucune
  démarche");
- *all*: "la totalité de N", "l'intégralité de N" ("vos 1 900 €", "votre pension"); given by a source sentence that
  says N with a whole's word ("totalité", "intégral", "entier", "100 %", "sans plafond", "sans limite", "tout");
- *without limit*: "intégralement", "entièrement", "en totalité", "sans restriction", "sans limite", "sans plafond",
  "sans condition"; given by a source sentence with a whole's word and two of the sentence's content words.

The caller (`asked.find_asked`) reads it only for a plain statement about the writer's case that speaks of what the
message asks, and not for the writer's own story told back ("vous n'avez encore perçu aucun paiement": a past event
of the case is what the persona check reads). Flagged for the agent, never removed.
"""

import re
from functools import cached_property

from guichet.drafting.support import STEM
from guichet.text import sentence_spans
from guichet.text.words import CONTENT_STOP_WORDS

_NONE = re.compile(r"\baucune?s?\s+([a-z]{3,})")
_ALL = re.compile(
    r"\b(?:la totalite|l'integralite)\s+d(?:e|u|es|')\s*(?:(?:le|la|les|l'|vos|votre|son|sa|ses|leur|leurs)\s*)?"
    r"(?:\d[\d \u00a0\u202f.,]*\s*(?:€|euros?)\s+d(?:e|u|es|')\s*)?([a-z]{3,})"
)
_UNLIMITED = re.compile(
    r"\b(?:integralement|entierement|en totalite|sans (?:aucune? )?(?:restriction|limite|limitation|plafond"
    r"|condition)s?)\b"
)
_NEGATION = re.compile(r"\b(?:aucune?s?|pas|sans|ni|jamais|rien|nul(?:le)?)\b")
_WHOLE = re.compile(
    r"\b(?:totalite|integral\w*|entier\w*|tout|toute|tous|toutes)\b|\b100\s*%|\bsans (?:plafond|limite|restriction)"
)
# A lower bound of a source's rule: "à partir de 10 ruches", "au-delà de 20 m²", "plus de 5 m²", "dès 3 enfants".
_FROM = re.compile(
    r"\b(?:a partir d[eu]s?|au-dela d[eu]s?|plus d[e']|des|superieure?s? a|au moins)\s*(\d+(?:[,.]\d+)?)"
)
# The other side of it, said by the draft: "moins de", "en dessous de", "inférieur à", "pas plus de".
_BELOW = re.compile(r"\b(?:moins d[e']|en dessous d[eu]|inferieure?s? a|pas plus d[e'])")
_DIGITS = re.compile(r"\b\d+(?:[,.]\d+)?\b")
_WORD = re.compile(r"[a-z0-9]+")
ENABLED = True  # the forty-first pass's two readings of a source that gives the absolute (see `unsourced`)
SHARED_FOR_UNLIMITED = 2  # content words a source sentence shares with an unlimited claim to give it


def _stems(folded: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(folded) if w not in CONTENT_STOP_WORDS and len(w) > 2}


class AbsoluteEvidence:
    """The sources' sentences, read once for all the draft's sentences and only when one of them holds an
    absolute."""

    def __init__(self, folded_sources: list[str]) -> None:
        self._sources = folded_sources

    @cached_property
    def _sentences(self) -> list[tuple[set[str], bool, bool]]:
        """Each source sentence's content stems, whether it denies, and whether it speaks of a whole."""
        whole = (_WHOLE, _UNLIMITED) if ENABLED else (_WHOLE,)  # "sans condition de ressources" gives its like
        return [
            (_stems(text), bool(_NEGATION.search(text)), any(w.search(text) for w in whole))
            for source in self._sources
            for _, _, text in sentence_spans(source)
        ]

    @cached_property
    def _bounds(self) -> list[tuple[set[str], list[float]]]:
        """Each source sentence's content stems and the figures it sets as a lower bound ("à partir de 10")."""
        out = []
        for source in self._sources:
            for _, _, text in sentence_spans(source):
                figures = [_number(m.group(1)) for m in _FROM.finditer(text)]
                if figures:
                    out.append((_stems(text), figures))
        return out

    def _gives(self, stem: str, *, whole: bool) -> bool:
        return any(stem in stems and (has_whole if whole else denies) for stems, denies, has_whole in self._sentences)

    def _below_bound(self, stem: str, folded: str) -> bool:
        """Whether "aucun N" is said below a source's lower bound for N: "Avec 5 ruches, aucune déclaration n'est
        exigée" beside "La déclaration est obligatoire à partir de 10 ruches" (forty-first pass): the rule's other
        side, which the source gives by its bound, not an absolute of the draft's own."""
        below = bool(_BELOW.search(folded))
        figures = [_number(m.group(0)) for m in _DIGITS.finditer(folded)]
        return any(
            stem in stems and (below or any(f < bound for f in figures for bound in bounds))
            for stems, bounds in self._bounds
        )

    def unsourced(self, folded: str) -> bool:
        """Whether a folded sentence holds an absolute (see the module) that no source sentence gives."""
        for m in _NONE.finditer(folded):
            stem = m.group(1)[:STEM]
            if not self._gives(stem, whole=False) and not (ENABLED and self._below_bound(stem, folded)):
                return True
        for m in _ALL.finditer(folded):
            if not self._gives(m.group(1)[:STEM], whole=True):
                return True
        if _UNLIMITED.search(folded):
            words = _stems(_UNLIMITED.sub(" ", folded))
            shared = (len(words & stems) for stems, _, has_whole in self._sentences if has_whole)
            if max(shared, default=0) < SHARED_FOR_UNLIMITED:
                return True
        return False


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def has_absolute(folded: str) -> bool:
    """Whether a folded sentence says none, all or without limit (cheap: read before the sources are)."""
    return bool(_NONE.search(folded) or _ALL.search(folded) or _UNLIMITED.search(folded))
