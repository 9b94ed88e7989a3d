"""A first name and a surname in lower case that are both words, in a name's place (`lower_word_names`).

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_filler
from guichet.privacy.name_rules_ages import _KIN_BEFORE_AGE
from guichet.privacy.name_rules_patterns import _BRIDGE_NAMED, _CLOSING_WORDS, _CUE
from guichet.privacy.name_rules_words import _ENGLISH, _FUNCTION_WORDS
from guichet.privacy.scan_once import matches
from guichet.privacy.spacy_fr import STOP_WORDS

# A first name and a surname in lower case that are both ordinary French words ("pierre rose", "marine petit",
# "rose blanche"): no list tells them from words, their position does. Two words the gazetteer knows, the first as
# a first name and the second as a surname (common or not), in a name's place: right after a cue that names
# someone ("je m'appelle", "moi c'est", "mon compagnon", "ma fille"), after the greeting that opens the message
# ("bonjour marine petit ici"), or just before or after a phone number ("pierre rose 06 …"); and the phrase ends
# after them, so that words that merely follow a cue ("c'est rose pâle", "je suis mère célibataire") read on.
_LOWER_PAIR = re.compile(r"(?P<first>[a-zà-ÿ][a-zà-ÿ\-]{2,})[ \t]+(?P<last>[a-zà-ÿ][a-zà-ÿ\-]{2,})(?![\w'’\-])")


_PAIR_END = re.compile(r"[ \t]*(?:[.!?;,:\n()]|$|[jm]['’]|(?:et|qui|ici|je|a|est|(?:tél|tel|port)\w*)(?![\w'’]))")


# (the greeting may be followed by "c'est" or "ici", or replaced by "ici", as on the phone: "bonjour c'est pierre
# rose,", "ici marine petit, je vous rappelle"; a bare "c'est" opening the message is no introduction)
_OPENING_GREETING = re.compile(
    r"(?i)^\W*(?:(?:bonjour|bonsoir|salut|coucou|hello|bjr|slt|allô|allo)"
    r"(?:[ \t]+(?:à[ \t]+(?:tous|vous)|madame|monsieur))?[ \t]*[,!.]?\s*(?:(?:c['’ ]?est|ici)[ \t]+)?|"
    r"ici[ \t]+)"
)


_PHONE_AFTER = re.compile(
    r"[ \t]*[,:\-–]?[ \t]*(?:(?:tél|tel|téléphone|telephone|portable|port)\.?[ \t]*:?[ \t]*)?"
    r"(?:\+33[ \t.]?|0)[1-9](?:[ \t.\-]?\d{2}){4}(?!\d)"
)


_PAIR_BEFORE_PHONE = re.compile(r"(?<![\w'’\-])(?=" + _LOWER_PAIR.pattern + _PHONE_AFTER.pattern + ")")


# (and a pair that ends a line or the message right after a phone number: "joignable au 06 … pierre rose")
_PAIR_AFTER_PHONE = re.compile(
    r"(?<!\d)(?:\+33[ \t.]?|0)[1-9](?:[ \t.\-]?\d{2}){4}(?!\d)[ \t]*[,\-–]?[ \t]*"
    + _LOWER_PAIR.pattern
    + r"(?=[ \t]*(?:[.!]|$))",
    re.MULTILINE,
)


_NOT_IN_PAIR = _FUNCTION_WORDS | _CLOSING_WORDS | _KIN_BEFORE_AGE


def _pair_word(word: str, *, first: bool) -> bool:
    """A word the gazetteer knows as a first name (`first`) or a surname, even if also a common word; never a stop,
    function, closing, kinship, English or filler word."""
    kind = lookup(word)
    return (
        kind is not None
        and (kind.first if first else kind.surname)
        and word not in STOP_WORDS
        and word not in _NOT_IN_PAIR
        and word not in _ENGLISH
        and not is_filler(word)
    )


def _lower_pair_at(text: str, position: int) -> tuple[int, int] | None:
    """The lower-case first name and surname that start at `position`, when they end their phrase."""
    match = _LOWER_PAIR.match(text, position)
    if (
        match is None
        or not _pair_word(match.group("first"), first=True)
        or not _pair_word(match.group("last"), first=False)
        or not (_PAIR_END.match(text, match.end()) or _PHONE_AFTER.match(text, match.end()))
    ):
        return None
    return match.start(), match.end()


def lower_word_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_LOWER_PAIR`: a lower-case first name and surname that are both words, after a cue, after the opening
    greeting, or before a phone number."""
    for cue in matches(_CUE, text):
        if re.match(r"(?i)c['’ ]?est\b", cue.group()):
            continue  # "c'est claire nette": a bare "c'est" is too weak for two common words
        position = cue.end()
        if bridge := _BRIDGE_NAMED.match(text, position):
            position = bridge.end()  # "mon compagnon s'appelle pierre rose"
        if span := _lower_pair_at(text, position):
            yield span[0], span[1], 0.7
    if greeting := _OPENING_GREETING.match(text):
        if greeting.end() > 0 and (span := _lower_pair_at(text, greeting.end())):
            yield span[0], span[1], 0.7
    for match in (*_PAIR_BEFORE_PHONE.finditer(text), *_PAIR_AFTER_PHONE.finditer(text)):
        if _pair_word(match.group("first"), first=True) and _pair_word(match.group("last"), first=False):
            yield match.start("first"), match.end("last"), 0.7
