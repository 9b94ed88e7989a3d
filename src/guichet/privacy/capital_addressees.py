"""A surname in capitals as the person written or spoken to (forty-ninth pass, engineer-p163e, issue 13): "j'ai écrit
à BOUCHER le 3 mai, c'est l'agent qui…", "j'ai écrit à RICHARD à l'accueil", "j'ai relancé MARTIN deux fois".

Citizens write an agent's or a manager's surname in capitals, as letters and forms print it. `capital_surnames` reads
a word in capitals only when the gazetteer knows it as a surname and nothing else (not "BOUCHER", a trade's word, nor
"RICHARD", a first name too, nor "MARTIN", a saint's and a place's); the name rules after "écrit à" read a first name
in title case ("Jeanne"). Right after a verb whose object is a person — one writes, speaks, answers, explains to
someone ("écrit à", "parlé à", "répondu à", "envoyé un mail à"), one calls, reminds or contacts someone ("appelé",
"relancé", "contacté") — a single word in capitals that the gazetteer knows as a surname is that person, even a
French word. **Not read**: a common word said loud ("qui dois-je appeler MAINTENANT ?"), an office's acronym or
word ("écrit à la CAF", "relancé URSSAF", "écrit à SERVICE"), a word the fiches write capitalised as a place or a body
and not as a first name ("écrit à LYON"), a word followed by another word in capitals ("j'ai écrit à GARNIER MOREAU":
a firm or a full name, the other rules'), a message written in capitals (every word is).
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.literal_gate import LiteralGate
from guichet.privacy.name_rules_initials import in_capitals
from guichet.privacy.name_rules_places import _DEPARTMENTS
from guichet.privacy.name_rules_words import _ACRONYMS, _BENEFITS, _OFFICE_WORDS

# Switch, read at call time (`name_rules.ContextNameRecognizer`): on, the surname in capitals after such a verb is a
# person's.
ADDRESSEES = True

# The verb, then how often or by what ("encore", "deux fois", "un mail"), then "à" for the verbs of speaking and
# writing; the verbs of calling and contacting take their object directly.
_TO = r"(?:[ \t]+(?:encore|déjà|deja|aussi|directement|hier|plusieurs[ \t]+fois|(?:deux|trois|quatre)[ \t]+fois))?"
_VERB = re.compile(
    r"(?i:(?<![\w'’\-])(?:"
    r"(?:écri(?:re|s|t|vons|vez|vais|vait|rai)|ecri(?:re|s|t|vez)|parl(?:é|er|e)|répond(?:u|re|s)|repondu|"
    r"expliqu(?:é|er|e)|demand(?:é|er|e)|téléphon(?:é|er|e)|telephon(?:e|er)|signal(?:é|er)|"
    r"envoy(?:é|er|e)[ \t]+(?:un|mon|ce|le|plusieurs|des|deux|trois)[ \t]+(?:mails?|e-mails?|courriels?|messages?|"
    r"courriers?|lettres?|sms|textos?))" + _TO + r"[ \t]+(?:à|a)"
    r"|(?:r?appel(?:é|ée|er|le)|relanc(?:é|ée|er|e)|contact(?:é|ée|er|e)|prévenu|prevenu|rencontr(?:é|er))"
    + _TO
    + r"))[ \t]+(?P<name>[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?)(?![\w'’\-])(?![ \t]+[A-ZÀ-Ý]{2,}(?![a-zà-ÿ]))"
)


def _a_surname(word: str) -> bool:
    lower = word.lower()
    if lower in _ACRONYMS or lower in _BENEFITS or lower in _OFFICE_WORDS or fold(word) in _DEPARTMENTS:
        return False
    if is_common(word):
        return False  # "Qui je dois appeler MAINTENANT ?": a word said loud
    kind = lookup(word)
    if kind is None or not kind.surname:
        return False
    return not kind.public or (kind.first and not kind.common)


def addressee_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The surname in capitals after a verb of writing to, speaking to or calling someone (see the docstring)."""
    if not ADDRESSEES or not _GATE.may_match(text) or in_capitals(text):
        return
    for match in _VERB.finditer(text):
        if _a_surname(match.group("name")):
            yield match.start("name"), match.end("name"), 0.7


# A cheap test before the pattern: one of its verbs is in the text.
_GATE = LiteralGate(_VERB)
