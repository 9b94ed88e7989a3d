"""A small firm named by its workshop's word in "-erie" and its owner's name, wherever the sentence puts it
(forty-eighth pass, engineer-p158e, issue 13): "ma déclaration indique des revenus de Plâtrerie Gomes", "j'ai
commencé à 16 ans chez Ferronnerie Kowalski", "j'ai démissionné de Vitrerie Chassagne", "quelques heures pour
Jardinerie Bouchardeau".

French names a trade's workshop or shop with the suffix "-erie" (plâtrerie, ferronnerie, vitrerie, serrurerie,
miroiterie, marbrerie, jardinerie, tôlerie…); `trade_names` lists the most frequent of these words, `employer` needs
a word of work before "chez". A capitalised "-erie" word, as a sign writes it, followed straight by a capitalised
surname (a word of the surname list, or a word unknown to the French dictionary) is a firm named after its owner:
it identifies the writer who works there as much as a listed trade would. Masked whole as `[EMPLOYEUR_n]` (the
twentieth pass's product decision). **Not masked**: a public body ("Gendarmerie Nationale", "Trésorerie Générale":
a French word after it, or `employer`'s public words), a first name that ends like the suffix, a lower-case word
("la boulangerie de Riom" is `trade_names`' to read). `ERIE_FIRMS` is read at call time.
"""

import re
from collections.abc import Iterator

from guichet.privacy import lexicon
from guichet.privacy.gazetteer import is_name
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import ENTITY, SCORE, is_firm

# Shipped on: see docs/benchmarks.md, forty-eighth pass, engineer-p158e.
ERIE_FIRMS = True

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\wà-ÿ]*(?:['’\-][A-ZÀ-ÖØ-Þa-zà-ÿ][\wà-ÿ]*)*"
# One or two "-erie" words ("Boucherie Charcuterie Roux"), then the name: one to three capitalised words, an "&"
# or "et" before a partner's or the family's word ("Serrurerie Nowak & Fils", "Vitrerie Morel et Frères").
_FIRM = re.compile(
    r"(?<![\w'’\-])(?P<pii>(?P<head>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}eries?(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}eries?)?)"
    r"[ \t]+(?P<name>" + _NAME_WORD + r")"
    r"(?:[ \t]+(?:(?:&|et)[ \t]+)?(?:Fils|Fille|Filles|Frères|Freres|Associés|Associes|Cie|" + _NAME_WORD + r"))?)"
    r"(?![\w'’\-])"
)


class ErieFirmRecognizer(RegexRecognizer):
    """A capitalised "-erie" trade's word and its owner's surname (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not ERIE_FIRMS or "erie" not in text:
            return
        for match in _FIRM.finditer(text):
            name = match.group("name")
            if not (is_name(name) or not lexicon.is_french(name)):
                continue
            if any(is_name(word, first=True) for word in match.group("head").split()):
                continue
            start, end = match.span("pii")
            # the partner's word kept only when it is one of them or a surname too ("Nowak & Fils")
            last = text[match.end("name") : end].split()
            if last and not (is_name(last[-1]) or not lexicon.is_french(last[-1])) and last[-1] not in _FAMILY:
                end = match.end("name")
            if is_firm(text[start:end]):
                yield start, end, SCORE


_FAMILY = frozenset({"Fils", "Fille", "Filles", "Frères", "Freres", "Associés", "Associes", "Cie"})
