"""A workplace named with "privé" or "associatif" after a work sentence (forty-seventh pass, engineer-p154e, issue 13).

"j'ai aussi fait des vacations le week-end à l'EHPAD privé Les Hortensias", "je travaille comme auxiliaire à la
crèche associative Les P'tits Loups de Ploërmel": the kind of place (a care home, a crèche, a school, a clinic) says
nothing of the writer, but its name, with "privé" or "associatif" before it, is a private employer's, as personal as
a firm's (the twentieth pass's product decision). A public building's name ("l'école Jean Jaurès", "le CHU de
Nantes") has no such adjective and stays to `named_places` and the public-employer rules; a place where a relative
lives is `care`'s. `PRIVATE_WORKPLACES` (read at call time) masks the name after the adjective when a word of work
comes before it in the same sentence; the kind and the adjective stay visible.
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import ENTITY, SCORE

# Shipped off: no validation item moves with it (docs/benchmarks.md, forty-seventh pass, engineer-p154e).
PRIVATE_WORKPLACES = False

_WORK = (
    r"(?i:travail\w*|bosse\w*|bossé|employée?s?|embauch\w*|salariée?s?|vacations?|remplacements?|missions?|"
    r"stages?|contrat|CDD|CDI|poste|auxiliaire|aide-soignante?|infirmi\w+|agent|animat\w+|éducat\w+|"
    r"cuisini\w+|secrétaire|ASH|AES|AESH|ATSEM)"
)
_KIND = (
    r"(?i:EHPAD|crèche|creche|micro-crèche|micro-creche|maison[ \t]+de[ \t]+retraite|résidence|residence|"
    r"école|ecole|collège|college|lycée|lycee|clinique|centre|foyer|institut|association|garderie|"
    r"halte-garderie|multi-accueil|établissement|etablissement)"
)
_PRIVATE = r"(?i:privée?s?|privee?s?|associati(?:f|ve)s?|familiale?s?|parentale?s?|indépendante?s?)"
_NAME_WORD = r"[A-ZÀ-Ý][\w'’\-]*"
_JOIN = r"(?:[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|le|la|les|l['’])[ \t]*)?|[ \t]*['’])"
_PLACE = re.compile(
    r"(?<![\w'’\-])" + _WORK + r"\b[^.!?;\n]{0,80}?(?<![\w'’\-])(?i:à|au|aux|chez|dans|pour)[ \t]+"
    r"(?:(?i:la|le|les|l['’]|une?)[ \t]*)?" + _KIND + r"[ \t]+" + _PRIVATE + r"[ \t]+"
    r"(?P<pii>(?:(?:Les|Le|La|L['’])[ \t]*)?" + _NAME_WORD + r"(?:" + _JOIN + _NAME_WORD + r"){0,4})(?![\w'’\-])"
)


class PrivateWorkplaceRecognizer(RegexRecognizer):
    """The name of a private or associative workplace after a work sentence (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not PRIVATE_WORKPLACES or not re.search(r"(?i)priv|associati|familial|parental|indépendant", text):
            return
        for match in _PLACE.finditer(text):
            yield match.start("pii"), match.end("pii"), SCORE
