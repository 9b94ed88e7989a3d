"""A day said without its month, of the writer's own case: "mon titre expire le 27.", "radié depuis le 14",
"au rendez-vous du 6", "hospitalisé du 2 au 9", "le 23 du mois prochain".

What separates the writer's day from a rule's or a fiche's: it stands in a citizen's own text (a word of the writer
or a greeting), in a sentence of the writer or of someone named (je, mon, il a…), right after the preposition that
dates an event ("le", "du", "depuis le", "jusqu'au"…) and closed at once: by punctuation, the end of a line, or a word
that starts another part of the sentence ("et", "pour", "à 9 h", "je"…), never by a noun ("au 18 résidence", "le 2
ème", "le 1 98 02…" of a NIR). A rule's day recurs ("le 5 de chaque mois", "tous les mois le 10", "le 9 du mois
suivant", "avant le 15 d'habitude") or is said to "vous" in a condition ("si vous… avant le 15"); a public number
is called ("appelez le 15", "le 17 ou le 112"). Fiches write days with their month.
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.contact import PERSONAL, SENTENCE_BREAK, writers_text

# Fifty-sixth pass (engineer-p198e, issue 13), read at call time:
# - `READ_DAY_BEFORE_NEXT_CLAUSE`: a recurring word in the next clause after a comma is that clause's, not the day's:
#   "depuis le 15, c'est lui qui paye le loyer", "se réunit le 28, est-ce que je dois continuer à payer"; a comma
#   then the recurring word itself ("le 5, comme chaque mois") still reads it.
# - `READ_DAY_BEFORE_PLACE`: a day closed by a place after "au", "aux" or "en": "on part le 15 au Japon".
READ_DAY_BEFORE_NEXT_CLAUSE = True
READ_DAY_BEFORE_PLACE = True

# The preposition that dates an event, then the day (1 to 31, "1er"), then what closes it.
_S = r"[ \t\u00a0]+"
_DAY = re.compile(
    r"(?i)(?<![\w'’])(?P<lead>le|du|depuis[ \u00a0]+le|dès[ \u00a0]+le|avant[ \u00a0]+le|après[ \u00a0]+le|"
    r"pour[ \u00a0]+le|jusqu['’][ \u00a0]?au|au)[ \u00a0]+(?P<pii>(?:[1-9]|[12]\d|3[01])(?:er)?)"
    r"(?P<tail>[ \u00a0]+(?:de[ \u00a0]+ce[ \u00a0]+mois(?:-ci)?|du[ \u00a0]+mois"
    r"(?:[ \u00a0]+(?:courant|en[ \u00a0]+cours|prochain|dernier|passé))?))?"
    r"(?![.,/\-]\d)(?=[ \t\u00a0]*(?:[.,;:!?)…\n]|$)|" + _S + r"(?:j|qu|n)['’]|" + _S + r"(?:et|mais|car|parce|"
    r"pour|à|a|avec|chez|dans|sans|sauf|je|jai|on|il|elle|ils|elles|nous|puis|que|qui|où|lors|ne|alors|donc|"
    r"dernier|svp|stp|merci|ça|ca|"
    r"prochain|matin|soir|midi|au" + _S + r"(?:soir|matin|guichet|tribunal|bureau)|vers|comme|"
    r"ou" + _S + r"le" + _S + r"\d{1,2}(?!\d)|au" + _S + r"\d{1,2}(?!\d)|-|–|!|\?)(?![\w'’]))"
)
# (p198e) The same day closed by a place: "au", "aux" or "en", then a capitalised word ("le 15 au Japon").
_DAY_PLACE = re.compile(_DAY.pattern[: -len(")")] + r"|(?=" + _S + r"(?:au|aux|en)" + _S + r"(?-i:[A-ZÀ-Ý])))")
# (p198e) A new clause after a comma: a subject, a question or a conjunction starts it.
_NEXT_CLAUSE = re.compile(
    r"(?i),[ \t\u00a0]*(?:c['’]|j['’]|(?:est-ce|je|jai|il|elle|ils|elles|on|nous|mais|et|puis|ça|ca|alors|donc)"
    r"(?![\w]))"
)
# A day a rule gives, or one that recurs: a fiche's or an office's calendar (a payment, a rent, a salary, the
# monthly update), not an event of the writer's case. Today's date is the writer's ("On est le 19.": the day a
# letter is written dates it, as "Fait le 3 mars").
_RECURRING = re.compile(
    r"(?i)\b(?:chaque|tous[ \u00a0]+les|toutes[ \u00a0]+les|d['’]habitude|habituellement|généralement|"
    r"generalement|en[ \u00a0]+général|normalement|toujours(?![ \u00a0]+(?:pas|rien|aucun\w*|sans))|mensuel\w*|"
    r"suivant|précédent|"
    r"precedent|si|s['’]il|lorsqu\w*|quand[ \u00a0]+(?:on|vous)|exemple|loi|décret|decret|arrêté|article|"
    r"ordonnance[ \u00a0]+n|actualis\w*|loyer|salaire|pai[ea]\w*|pay[ée]\w*|vers[ée]\w*|verse|versement|prél[eè]v\w*|"
    r"aujourd['’]hui)\b"
)
# A public number called, not a day: "appelez le 15", "j'ai appelé le 17", "le 15 ou le 112", "le 3949".
_CALLED = re.compile(r"(?i)\b(?:appel\w*|compos\w*|joindre|contact\w*|numéro|numero|urgence\w*|samu|pompiers?)\b")
_EMERGENCY = {"15", "17", "18"}
# A range's end whose start is the writer's ("du 2 au 9"): the second day of "du X au Y".
_RANGE = re.compile(r"(?i)(?<![\w'’])du[ \u00a0]+(?:[1-9]|[12]\d|3[01])(?:er)?[ \u00a0]+au[ \u00a0]+$")


class DayAloneRecognizer(RegexRecognizer):
    """A day without its month in a sentence of the writer's own case (see the module docstring)."""

    ENTITY = "DATE"
    WINDOW = 160

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not writers_text(text):
            return
        for match in (_DAY_PLACE if READ_DAY_BEFORE_PLACE else _DAY).finditer(text):
            lead = match.group("lead").lower()
            if lead == "au" and not _RANGE.search(text, max(0, match.start() - 12), match.start() + 3):
                continue  # "au 18 résidence…", "au 1er échelon": only the end of "du 2 au 9"
            start, end = match.start("pii"), match.end("tail") if match.group("tail") else match.end("pii")
            before, after, previous = self._sentence(text, match.start(), end)
            own = after  # the day's own clause, where a recurring word is read
            if READ_DAY_BEFORE_NEXT_CLAUSE and (clause := _NEXT_CLAUSE.search(after)) is not None:
                own = after[: clause.start()]
            if _RECURRING.search(before) or _RECURRING.search(own[:40]):
                continue
            day = match.group("pii").removesuffix("er")
            if day in _EMERGENCY and (_CALLED.search(before[-40:]) or re.match(r"\s*ou\s+le\s+1\d\d", after)):
                continue
            if not (self._someones(before, after, previous) or _TODAY.search(before)):
                continue
            yield start, end, 0.6

    @staticmethod
    def _someones(before: str, after: str, previous: str) -> bool:
        """The writer's sentence, or one about someone, or one after such a sentence that speaks to no "vous"."""
        if PERSONAL.search(before) or PERSONAL.search(after[:60]) or _HIS_OR_HERS.search(before):
            return True
        if _IMPERSONAL.search(before):
            return False  # "Il faut envoyer le formulaire avant le 10.": a rule, whoever wrote before it
        if _YOU.search(before) or _YOU.search(after[:60]):
            return False
        return bool(PERSONAL.search(previous) or _HIS_OR_HERS.search(previous))

    def _sentence(self, text: str, start: int, end: int) -> tuple[str, str, str]:
        """The sentence's words before the day and after it, and the sentence before."""
        window = text[max(0, start - self.WINDOW) : start]
        breaks = [m.end() for m in SENTENCE_BREAK.finditer(window)]
        before = window[breaks[-1] if breaks else 0 :]
        previous = window[breaks[-2] if len(breaks) > 1 else 0 : breaks[-1]] if breaks else ""
        after = SENTENCE_BREAK.split(text[end : end + 80], maxsplit=1)[0]
        return before, after, previous


# Someone the writer writes for, as the subject of the sentence: "il doit rentrer le 28", "sa carte expire le 30".
# ("il faut", "il y a", "il s'agit" are no one)
_IMPERSONAL_TAIL = r"[ \u00a0]+(?:faut|fallait|faudra|y[ \u00a0]+a|s['’]agit|est[ \u00a0]+possible)"
_IMPERSONAL = re.compile(r"(?i)\bil" + _IMPERSONAL_TAIL + r"\b")
_HIS_OR_HERS = re.compile(r"(?i)\b(?:(?:il|elle|ils|elles)(?!" + _IMPERSONAL_TAIL + r")|son|sa|ses|leur|leurs)\b")
_TODAY = re.compile(r"(?i)\b(?:on[ \u00a0]+est|nous[ \u00a0]+sommes)[ \u00a0]*$")
_YOU = re.compile(r"(?i)\b(?:vous|votre|vos)\b")


class ExpiryDateRecognizer(RegexRecognizer):
    """The month and year a card or a document expires, as cards print it: "exp. 11/27", "date d'expiration 08/28",
    "valable jusqu'à fin 03/2030" (the expiry word at most 25 characters before; a month 01-12, a year of two or
    four digits, no day after it: "08/28/…" is something else)."""

    ENTITY = "DATE"
    PATTERNS = (
        (
            r"(?i)\b(?:exp\.?|expir\w*|validit[ée]|valable(?:[ \t]+jusqu['’ ]\w*)?)[^\n.;:?!]{0,25}?"
            r"(?<![0-9/])(?P<pii>(?:0[1-9]|1[0-2])[ \t]?/[ \t]?(?:20)?\d{2})(?![0-9]|[ \t]?/[ \t]?\d)",
            0.6,
        ),
    )
