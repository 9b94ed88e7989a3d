"""A small firm's sign after "chez", without a word of work (forty-eighth pass, engineer-p158e, issue 13): "avant
j'étais chez Bâtiment Rénovation Sokolov", "avant j'étais chez Crèche Les Petits Lutins", "et l'hiver chez Fromages
Dubosc à Saint-Girons".

People say where they work as where they are: "j'étais chez …", "je suis chez … depuis dix ans", "l'hiver chez …".
`employer` needs a word of work before "chez"; a person after "chez" is the name rules'. But a capitalised common
noun right after "chez", followed by more capitalised words, is a sign, not a person: French writes a person
after "chez" by a name or a title ("chez Mme Roche", "chez Paul"), a firm by its trade or its kind, capitalised as
the sign has it ("chez Bâtiment Rénovation …", "chez Crèche Les …"). Masked whole as `[EMPLOYEUR_n]` (the twentieth
pass's product decision). **Not masked**: a first word that is a first name, a kin word or a title ("chez Tata
Nadia", "chez Docteur Martin": a person, the name rules'), a chain or a large firm (`employer.CHAINS`: "chez Carrefour
Market" is where one shops), a public body (`employer.is_firm`: "chez Pôle Emploi"), a single word ("chez Maman").
`CHEZ_SIGNS` is read at call time.
"""

import re
from collections.abc import Iterator

from guichet.privacy import lexicon
from guichet.privacy.gazetteer import is_name
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import CHAINS, ENTITY, SCORE, firm_span
from guichet.text import fold

# Shipped on: see docs/benchmarks.md, forty-eighth pass, engineer-p158e.
CHEZ_SIGNS = True

_WORD = r"[A-ZÀ-ÖØ-Þ][\wà-ÿ]*(?:['’\-][\wÀ-ÿ]+)*"
_JOIN = r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’]|&|Les|Le|La|L['’])[ \t]*|[ \t]+)"
_SIGN = re.compile(
    r"(?<![\w'’\-])(?i:chez)[ \t]+(?P<pii>(?P<head>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?)"
    r"(?:" + _JOIN + r"(?!(?:À|A|Au|Aux|En|Et|De|Du|Des)\b)" + _WORD + r"){1,4})(?![\w'’\-])"
)
_CHAIN = re.compile(r"(?:" + CHAINS + r")(?![\w'’\-])")
# Kin words and titles that come before a person's name after "chez" ("chez Tata Nadia", "chez Maître Roux")
_PERSON_HEADS = frozenset(
    fold(word)
    for word in (
        "maman papa mamie mamy mami papi papy pépé mémé pepe meme tata tonton tante oncle tatie tati cousin cousine "
        "frère sœur soeur grand-mère grand-père grand-mere grand-pere parrain marraine docteur maître maitre madame "
        "monsieur mademoiselle famille fils fille mon ma mes nos notre votre vos leur leurs"
    ).split()
)


class ChezSignRecognizer(RegexRecognizer):
    """A capitalised common noun and more capitalised words after "chez" (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not CHEZ_SIGNS or "hez" not in text:
            return
        for match in _SIGN.finditer(text):
            head = match.group("head")
            if fold(head) in _PERSON_HEADS or not lexicon.is_french(head) or is_name(head, first=True):
                continue
            start, end = match.span("pii")
            if _CHAIN.match(text, start):
                continue
            found = firm_span(text[start:end])
            if found is not None and found[1] - found[0] > len(head):
                yield start + found[0], start + found[1], SCORE
