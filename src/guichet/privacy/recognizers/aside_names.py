"""A relative's first name in brackets after the word that says who they are, and a first name in lower case after a
family nickname (fifty-third pass, engineer-p182e, issue 13): "ma fille aussi (jade)", "mon fils aîné (Théo)",
"mamie jeannette", "papy rené".

The name rules read "mon fils (Théo)", "ma fille (Jade)" and "papi Jojo" already (`name_rules_kin`,
`name_rules_patterns`), but not a bracket after a word between the relative and the bracket ("ma fille aussi
(Jade)"), a first name in lower case that is also a French word ("ma fille (jade)", "mon fils (olive)"), nor a
lower-case first name after "mamie", "papy", "tata" ("mamie jeannette"), nor a nickname a bracket says is one
("(KEV pour ses potes)"). Three switches, read at call time:

- `READ_KIN_BRACKETS`: "mon / ma / mes / notre / son / sa / leur" and a relative's word, at most one word of a closed
  list after it ("aussi", "aîné", "cadette", "dernier", "petite"…), then a bracket holding one first name, or two
  joined by "et", each optionally followed by a surname, and optionally a comma and a short rest ("(Inès, 20 ans)").
  The first name is one the gazetteer lists and holds as no public name ("Mali", "Sri Lanka" are none): capitalised,
  any; in lower case or in capitals, one that is no common word there ("jade", "olive"; not "marin", "rose"). Never
  a stop word, a word the common-word list holds, a department or a brand, nor a word under three letters. On.
- `READ_NICKNAME_LOWER`: a family nickname ("mamie", "mémé", "papi", "papy", "pépé", "tata", "tatie", "tonton") then a
  first name in lower case that the gazetteer lists and does not hold as a common word ("mamie jeannette",
  "papy rené"; not "mamie va", "papi vit", "mamie rose"). Off: it found nothing the other rules had missed.
- `READ_NICKNAME_ASIDES`: a bracket that opens on one word, then says it is a nickname: "pour ses potes", "pour les
  intimes", "pour la famille", "c'était mon surnom", "comme on l'appelle" ("kevin (KEV pour ses potes)",
  "(Bibou c'était mon surnom au collège)"). Any word but a stop word: the bracket says it is a name. On.

**Not masked by this module** (the start code masks "ma fille (CP)" as a person on its own): what a bracket says
about a relative that is not a name ("ma fille (CE1)", "mon fils (2 ans)", "ma mère (veuve)", "mon fils (marin)",
"mon fils (handicapé)"), brackets after no relative ("(voir pièce jointe)", "(CAF)", "(2e étage)").
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.name_rules_places import _BRANDS, _DEPARTMENTS
from guichet.privacy.names import ENTITY
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.spacy_fr import STOP_WORDS

# Switches, read at call time; figures in docs/benchmarks.md, fifty-third pass, engineer-p182e.
READ_KIN_BRACKETS = True
READ_NICKNAME_LOWER = False
READ_NICKNAME_ASIDES = True

_SCORE = 0.7
_KIN = (
    r"(?:fils|filles?|enfants?|petits?-enfants|petite?s?-fils|petites?-filles?|jumeaux|jumelles?|b[ée]b[ée]|"
    r"p[èe]re|m[èe]re|fr[èe]res?|s[œo]e?urs?|[ée]poux|[ée]pouse|mari|femme|conjointe?|compagnon|compagne|"
    r"fianc[ée]e?|grand-m[èe]re|grand-p[èe]re|oncle|tante|cousine?s?|neveux?|ni[èe]ces?|beau-fils|belle-fille|"
    r"beau-fr[èe]re|belle-s[œo]e?ur|beau-p[èe]re|belle-m[èe]re|demi-fr[èe]re|demi-s[œo]e?ur|filleule?|parrain|"
    r"marraine|a[îi]n[ée]e?|cadette?|benjamine?|petite?|voisine?|amie?)"
)
# One word between the relative and the bracket: "ma fille aussi (Jade)", "mon fils aîné (Théo)".
_BETWEEN = (
    r"(?:aussi|[ée]galement|a[îi]n[ée]e?|cadette?|benjamine?|derni[èe]re?|petite?|grande?|jumeau|jumelle|"
    r"majeure?|mineure?|handicap[ée]e?)"
)
_WORD = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*"
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r")?"
_KIN_BRACKET = re.compile(
    r"(?<![\w'’\-])(?i:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)[ \t]+(?i:" + _KIN + r")"
    r"(?:[ \t]+(?i:" + _BETWEEN + r"))?[ \t]*\([ \t]*"
    r"(?P<first>" + _NAME + r")(?:[ \t]+(?i:et|&)[ \t]+(?P<second>" + _NAME + r"))?"
    r"[ \t]*(?:,[^()\n]{0,30})?\)"
)
_NICKNAME = re.compile(
    r"(?<![\w'’\-])(?i:mamie|mamy|mami|mémé|mémère|papi|papy|pépé|pépère|tata|tatie|tati|"
    r"tonton)[ \t]+(?P<name>[a-zß-öø-ÿ][a-zß-öø-ÿ\-]+)(?![\w'’\-])"
)

# A nickname said as such at the start of a bracket: "(KEV pour ses potes)", "(Poupette pour les intimes)", "(Bibou
# c'était mon surnom au collège)", "(Mimi comme on l'appelle)".
_NICKNAME_ASIDE = re.compile(
    r"\([ \t]*(?P<name>" + _WORD + r")[ \t]*,?[ \t]+(?i:"
    r"pour[ \t]+(?:ses|les|mes|nos|leurs|tous[ \t]+ses|tous[ \t]+les)[ \t]+"
    r"(?:potes|amis|amies|intimes|proches|copains|copines|coll[èe]gues|enfants|petits-enfants|petits|voisins|cousins)"
    r"|pour[ \t]+(?:la[ \t]+famille|les[ \t]+intimes|tout[ \t]+le[ \t]+monde|ses[ \t]+proches)"
    r"|c['’][ \t]*(?:[ée]tait|est)[ \t]+(?:mon|son|sa|notre|leur)[ \t]+(?:surnom|petit[ \t]+nom)"
    r"|(?:comme[ \t]+)?on[ \t]+l['’][ \t]*appel(?:le|ait)|de[ \t]+son[ \t]+(?:surnom|petit[ \t]+nom))\b"
)


def _plain(word: str) -> bool:
    """A word that is no name in a bracket: a stop word, a common word, a department or a brand."""
    return len(word) < 3 or word.lower() in STOP_WORDS or is_common(word) or fold(word) in _DEPARTMENTS | _BRANDS


def _first_name(word: str) -> bool:
    """A first name the gazetteer lists and holds as no public name (a place, a country: "Mali"); in lower case or
    in capitals, none that it holds as a common word ("marin", "rose")."""
    kind = lookup(word)
    if _plain(word) or kind is None or not kind.first or kind.public:
        return False
    return (word[0].isupper() and not word.isupper()) or not kind.common


def _surname(word: str) -> bool:
    """The word after a first name in the bracket: a capitalised first name or surname the gazetteer lists, no
    public name ("Sri Lanka" is none)."""
    kind = lookup(word)
    return (
        not _plain(word)
        and word[0].isupper()
        and kind is not None
        and (kind.first or kind.surname)
        and not kind.public
    )


def _name_span(match: re.Match[str], group: str) -> tuple[int, int] | None:
    """The span of a bracket's name (a first name, and a surname after it), or None if it is no name."""
    words = match.group(group).split()
    if not _first_name(words[0]) or (len(words) > 1 and not _surname(words[1])):
        return None
    return match.span(group)


def _kin_bracket_spans(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _KIN_BRACKET.finditer(text):
        groups = ["first", "second"] if match.group("second") else ["first"]
        spans = [span for group in groups if (span := _name_span(match, group)) is not None]
        if len(spans) == len(groups):
            for start, end in spans:
                yield start, end, _SCORE


def _nickname_spans(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _NICKNAME.finditer(text):
        word = match.group("name")
        kind = lookup(word)
        if _plain(word) or kind is None or not kind.first or kind.common:
            continue
        yield match.start("name"), match.end("name"), _SCORE


def _nickname_aside_spans(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _NICKNAME_ASIDE.finditer(text):
        word = match.group("name")
        if len(word) >= 2 and word.lower() not in STOP_WORDS:
            yield match.start("name"), match.end("name"), _SCORE


class AsideNameRecognizer(RegexRecognizer):
    """ "ma fille aussi (jade)", "mamie jeannette": a relative's first name in an aside (see the module)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if READ_KIN_BRACKETS:
            yield from _kin_bracket_spans(text)
        if READ_NICKNAME_LOWER:
            yield from _nickname_spans(text)
        if READ_NICKNAME_ASIDES:
            yield from _nickname_aside_spans(text)
