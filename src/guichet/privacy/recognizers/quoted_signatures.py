"""The first name that signs a message quoted inside the citizen's own (fifty-second pass, engineer-p175e, issue 13):
"mon propriétaire m'a écrit : « Ok je passe demain. Alain »", "\"… tu peux voir avec la caf ? Bisous à Enzo.
Sylvie\"", "« … vérifie tes papiers. Mickaël - Garage Ferrand »", and the last line of a block quoted with ">" in a
forwarded e-mail ("> Si vous continuez j'appelle la police.⏎> Christophe").

A citizen pastes the SMS of a landlord, an ex-partner, a nanny, a colleague; its signature is a first name alone, at
the end of the quotation, not at the end of the message: `signature_names` and `last_words` read the message's own
last lines and words, the name rules want a surname or a cue beside a first name, so the name before the closing
quote stays. Three switches, read at call time:

- `QUOTE_END_NAMES`: one to three capitalised words before a closing quote (» " ”) that closes an opened quotation,
  after the quotation's last sentence end (. ! ? …), a comma or a line break, perhaps followed by a dash and a firm's
  or a role's words ("Mickaël - Garage Ferrand"): the first word a first name the gazetteer lists and not a common
  word, the others names or words of no language the lexicon knows, or an initial ("Régis D."). Only the name is
  masked.
- `COMMON_QUOTE_END_NAMES`: the same place for a first name that is also a common word ("… avant vendredi. Régis »",
  "… à demain. Rose »"), alone, after a sentence end (not a comma: "…, Justice »"), when it is no public word of the
  short list below.
- `QUOTED_LINE_NAMES`: the last line of a block quoted with ">" (a forwarded e-mail, a reply), when it is one to
  three capitalised words, the first a first name the gazetteer lists and not a common word ("> Christophe",
  "> Marie-Jo L.").

**Not masked**: a quotation's last word that is no listed first name ("« … Cordialement, l'équipe »", "« Votre
conseiller Assurance Maladie »"), a kin word the gazetteer lists as a first name ("« … Bisous. Maman »"), a public
body or place that begins with a first name ("« … France Travail »", "« Maison France services »": the words after
the first are French words), a name at the end of the message itself (the signature rules').
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import is_name, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.names import ENTITY
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.text import fold

# Switches, read at call time; figures in docs/benchmarks.md, fifty-second pass, engineer-p175e.
QUOTE_END_NAMES = True
COMMON_QUOTE_END_NAMES = True
QUOTED_LINE_NAMES = True

SCORE = 0.75

# A capitalised word (a hyphen inside: "Marie-Jo", "Jean-Pierre") or an initial ("D.")
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)*"
_INITIAL = r"[A-ZÀ-ÖØ-Þ]\."
_NAME = r"(?P<name>" + _WORD + r"(?:[ \t]+(?:" + _WORD + r"|" + _INITIAL + r")){0,2})"
# What ends a quotation's last sentence before its signature: a sentence mark, a comma, a line break
_LEAD = r"(?P<lead>[.!?…]+|,|\n)[ \t\u00a0]*"
# A firm's or a role's words after a dash or a comma, before the closing quote ("- Garage Ferrand", ", gérant")
_TAIL = r"(?:[ \t]+[-–—][ \t]+[^\n«»\"“”]{1,60}?|,[ \t]*[^\n«»\"“”]{1,40}?)?"
_QUOTE_END = re.compile(_LEAD + _NAME + _TAIL + r"[ \t\u00a0]*(?P<close>[»\"”])")
# A line of a block quoted with ">", its content
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>[ \t>]*(?P<body>[^\n]*)$")
_LINE_NAME = re.compile(_NAME + r"[ \t.,]*\Z")
# Kin and closing words the gazetteer holds as first names, and public words a common first name may be
_NOT_SIGNATURES = frozenset(
    fold(word)
    for word in (
        "Maman Papa Mamie Mamy Papi Papy Tata Tonton Tatie Mémé Pépé Bébé France Paris Justice Santé Marine "
        "Bonne Signé Amitiés Bisous Merci Salut Cordialement Direction Service Accueil Ange"
    ).split()
)
_OPEN_OF = {"»": "«", "”": "“"}


def _opened(text: str, start: int, close: str) -> bool:
    """A quotation is open at `start` that `close` closes: "«" after the last "»", an odd count of '"'."""
    before = text[:start]
    if close == '"':
        return before.count('"') % 2 == 1
    return before.rfind(_OPEN_OF[close]) > before.rfind(close)


def _rest_named(words: list[str]) -> bool:
    """The words after the first name: each an initial, a listed name or a word no language knows ("Travail",
    "Services" are French words: a public body's)."""
    return all(
        re.fullmatch(_INITIAL, word) or lookup(word) is not None and not lookup(word).common or not is_french(word)
        for word in words
    )


def _first_name(word: str, *, common: bool) -> bool:
    """A listed first name, not a kin or public word; a common word too only when `common`."""
    if fold(word) in _NOT_SIGNATURES:
        return False
    if is_name(word, first=True):
        return True
    return common and is_name(word, first=True, allow_common=True)


def quote_end_names(text: str) -> Iterator[tuple[int, int, float]]:
    """(`QUOTE_END_NAMES`, `COMMON_QUOTE_END_NAMES`) The name that signs a quotation, before its closing quote."""
    if not (QUOTE_END_NAMES or COMMON_QUOTE_END_NAMES) or not any(mark in text for mark in '»"”'):
        return
    for match in _QUOTE_END.finditer(text):
        if not _opened(text, match.start("name"), match.group("close")):
            continue
        words = match.group("name").split()
        first, rest = words[0], words[1:]
        if not _rest_named(rest):
            continue
        if QUOTE_END_NAMES and _first_name(first, common=False):
            yield match.start("name"), match.end("name"), SCORE
        elif (
            COMMON_QUOTE_END_NAMES
            and not rest
            and match.group("lead") not in (",", "\n")
            and not is_name(first, first=True)
            and _first_name(first, common=True)
        ):
            yield match.start("name"), match.end("name"), SCORE


def quoted_line_names(text: str) -> Iterator[tuple[int, int, float]]:
    """(`QUOTED_LINE_NAMES`) A first name alone on the last line of a block quoted with ">"."""
    if not QUOTED_LINE_NAMES or ">" not in text:
        return
    for line in _QUOTED_LINE.finditer(text):
        following = _QUOTED_LINE.match(text, line.end() + 1)
        if following is not None and following["body"].strip():
            continue  # not the block's last line: a quoted line with words follows
        name = _LINE_NAME.match(line["body"].strip())
        if name is None:
            continue
        words = name.group("name").split()
        if _first_name(words[0], common=False) and _rest_named(words[1:]):
            start = line.start("body") + line["body"].index(name.group("name"))
            yield start, start + len(name.group("name")), SCORE


class QuotedSignatureRecognizer(RegexRecognizer):
    """The first name that signs a quoted SMS, letter or e-mail (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from quote_end_names(text)
        yield from quoted_line_names(text)
