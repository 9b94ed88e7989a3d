"""Countries of birth other than France (thirty-eighth pass, engineer-p116e; decision in `foreign_countries`).

Masked as `[PAYS_NAISSANCE_ETRANGER_n]`, in every form a birth is told with its country, in any case:

- after the birth word: "née au Maroc", "né en Guinée", "nés tous les deux aux Comores", "née le 3 mars 1961 en
  Algérie, à Sétif", "né vers 1950 au Mali", "je suis née a madagascar";
- after the town of the birth: "né à Kayes (Mali)", "née à Cebu, Philippines", "né à Labé en Guinée", "née à
  Guimarães au Portugal", "née à Dakar, au Sénégal". The town is masked already (`birthplace`); leaving its country
  would leave the same origin as "née au Mali", and the placeholder still says that the birth was abroad: "né à
  [LIEU_NAISSANCE_1] ([PAYS_NAISSANCE_ETRANGER_1])". A bracket is masked whole when it names a foreign country
  ("(Corée du Sud)");
- a second birth in the same sentence, without its verb: "je suis née au Maroc et mon mari en Tunisie";
- after a form's label: "Pays de naissance : Sénégal", "Lieu de naissance : Algérie"; in English, "born in Morocco";
  "native du Cap-Vert"; the country first: "au Mali, où je suis né".

Stay visible: "né en France", "né à l'étranger", an overseas place ("née en Guadeloupe", "né à Saint-Denis (La
Réunion)"), a nationality ("je suis malien"), a country that is no birthplace ("je vis au Portugal", "mon fils
travaille au Canada", "né à Lyon, il vit en Belgique").

The country of a birth is masked again wherever the message names it (thirty-ninth pass, p120e: "née au Maroc … je
vis au Maroc", `_named_again`): the same value tells the same origin in any sentence.
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.birthplace import (
    _BORN,
    _MAIDEN,
    _PLACE,
    _TOGETHER,
    _VERB,
    _WHEN,
    _is_town,
    _negation_in_capitals,
)
from guichet.privacy.recognizers.birthplace_hedged import _HEDGE
from guichet.privacy.recognizers.foreign_countries import foreign_country_length, names_foreign_country

ENTITY = "PAYS_NAISSANCE_ETRANGER"

# What follows the preposition, in any case: a country's words (checked against the list, longest first).
_ANY = r"(?P<pii>[^\W\d_][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,4})"
# The preposition before a country (and before a town, "à"): "au Maroc", "aux Comores", "en Guinée", "à Cuba".
_TO = r"[ \t]*,?[ \t]+(?:à|a|À|A|(?i:aux|au|en|in))[ \t]*:?[ \t]+"
# The town of the birth, not reported here (`birthplace` masks it): capitalised, or one word in lower case.
_TOWN = _PLACE.replace("(?P<pii>", "(?:", 1) + r"|[a-zà-ÿ][a-zà-ÿ]{2,}(?:-[a-zà-ÿ]+)*(?![\w'’\-])"
_BIRTH = f"{_BORN}(?:{_MAIDEN})?(?:{_WHEN})?(?:{_TOGETHER})?"
# A bracket after the town, masked whole when it names a foreign country: "(Mali)", "(Corée du Sud)".
_BRACKET = r"[ \t]*\([ \t]*(?P<bracket>[^()\n]{2,60}?)[ \t]*\)"
_LABEL = (
    r"(?i:\b(?:pays|lieu|ville|commune|localité)[ \t]+(?:de[ \t]+)?naissance|\bplace[ \t]+of[ \t]+birth|"
    r"\bcountry[ \t]+of[ \t]+birth|\bbirth[ \t]*place)(?:[ \t]*\([^)\n]{0,30}\))?"
    r"[ \t]*(?::|\||=|-|–|(?i:est))[ \t]*(?:(?i:à|au|aux|en)[ \t]+)?"
)


class BirthCountryRecognizer(RegexRecognizer):
    """A foreign country where a person was born (see the module's docstring)."""

    ENTITY = ENTITY
    PATTERNS = (
        # "née au Maroc", "né le 1er mars 1961 en Algérie", "nés tous les deux aux Comores"
        (f"{_BIRTH}{_TO}{_ANY}", 0.85),
        # "né vers 1950 au Mali", "née sous X en Colombie"
        (f"{_BORN}{_HEDGE}{_TO}{_ANY}", 0.85),
        # the country after the town: "né à Kayes (Mali)", "née à Cebu, Philippines", "né à Labé en Guinée"
        (f"{_BIRTH}{_TO}(?:{_TOWN}){_BRACKET}", 0.85),
        (f"{_BIRTH}{_TO}(?:{_TOWN})[ \t]*,[ \t]*{_ANY}", 0.85),
        (f"{_BIRTH}{_TO}(?:{_TOWN})[ \t]+(?i:en|au|aux)[ \t]+{_ANY}", 0.85),
        # (fortieth pass, p124e) the country after a comma and its preposition: "née à Dakar, au Sénégal, le …"
        (f"{_BIRTH}{_TO}(?:{_TOWN})[ \t]*,[ \t]*(?i:en|au|aux)[ \t]+{_ANY}", 0.85),
        # "Pays de naissance : Sénégal", "Lieu de naissance : Kayes (Mali)"
        (_LABEL + _ANY, 0.85),
        (_LABEL + r"(?:" + _TOWN + r")" + _BRACKET, 0.85),
        # (thirty-ninth pass, p120e) the birth in the writer's own language: "nascido em Portugal", "nacida en
        # Colombia", "nata in Italia", "geboren in Polen", "urodzona w Polsce"
        (
            r"(?<![\w'’\-])(?i:nascid[oa]s?|nacid[oa]s?|nat[oa]|nati|nate|geboren|urodzon[ya]|născut[ăa]?|nascut[ăa]?)"
            r"(?:" + _WHEN + r")?[ \t]*,?[ \t]+(?i:em|en|in|no|na|w|în)[ \t]+" + _ANY,
            0.85,
        ),
        # "born in Morocco", "native du Cap-Vert"
        (r"(?<![\w'’\-])(?i:born)(?:" + _WHEN + r")?[ \t]*,?[ \t]+(?i:in)[ \t]+" + _ANY, 0.85),
        (r"(?<![\w'’\-])(?i:natif|native|natifs|natives)[ \t]+(?i:de|du|des|d['’]|of)[ \t]*" + _ANY, 0.85),
        # the country first: "au Mali, où je suis né", "en Algérie où elle est née"
        (
            r"(?<![\w'’\-])(?i:au|aux|en)[ \t]+" + _ANY + r"[ \t]*,?[ \t]+(?i:où|ou)[ \t]+"
            r"(?i:il|elle|je|j['’]|nous|ils|elles|mon[ \t]+\w+|ma[ \t]+\w+)[ \t]*"
            r"(?i:est|suis|sommes|sont|était|étais|etait|etais|a[ \t]+été)?[ \t]*" + _BORN,
            0.85,
        ),
    )

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        found: list[tuple[int, int, float]] = []
        for regex, score, gate, _group, _checked in self._steps():
            if gate is not None and not gate.may_match(text):
                continue
            for match in regex.finditer(text):
                country = _country_of(match)
                if country is not None and not _negation_in_capitals(text[max(0, country[0] - 80) : country[0]]):
                    found.append((country[0], country[1], score))
                    found.extend(_bracket_after(text, country[1], score))
                    found.extend(_second_births(text, country[1], score))
        yield from found
        yield from _named_again(text, found)


def _named_again(text: str, found: list[tuple[int, int, float]]) -> Iterator[tuple[int, int, float]]:
    """The country of a birth named again elsewhere in the message, in any sense ("je suis né au Maroc et je vis au
    Maroc depuis mon divorce", "l'emmener en Algérie … il est né en Algérie"): the same value, which says the same
    origin wherever it stands (thirty-ninth pass, p120e). The guard already gave the model every mention as the
    placeholder; retrieval reads "au [PAYS_NAISSANCE_ETRANGER_n]" as "à l'étranger" (`knowledge.query`)."""
    done = {(start, end) for start, end, _ in found}
    values = {text[start:end]: score for start, end, score in found}
    for value, score in list(values.items()):
        # a bracket masked whole names its country again alone: "(île Maurice)" … "Mes parents restent à Maurice"
        for word in re.finditer(r"[^\W\d_]+", value):
            rest = value[word.start() :]
            if word.start() and foreign_country_length(rest) == len(rest):
                values.setdefault(rest, score)
    for value, score in values.items():
        if "(" in value or len(value) < 3:
            continue
        pattern = r"(?<![\w'’\-])" + re.escape(value) + r"(?![\w'’\-])"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if (match.start(), match.end()) not in done and not _inside(match.start(), match.end(), done):
                yield match.start(), match.end(), score


def _inside(start: int, end: int, spans: set[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _country_of(match: re.Match[str]) -> tuple[int, int] | None:
    """Where the foreign country of a match is: a bracket that names one (whole), else the country that the
    captured words begin with."""
    if "bracket" in match.re.groupindex:
        found = match.group("bracket")
        return match.span("bracket") if names_foreign_country(found) else None
    start = match.start("pii")
    length = foreign_country_length(match.group("pii"))
    if not length or _longer_town(match.string, start, length):
        return None
    return start, start + length


_TOWN_AT = re.compile(_PLACE)


def _longer_town(text: str, start: int, length: int) -> bool:
    """A town whose name begins with a country's ("née à Salvador de Bahia", "né à Guatemala Ciudad"): `birthplace`
    masks it whole as a town; a country's own longer name ("Corée du Sud") is no town."""
    town = _TOWN_AT.match(text, start)
    return (
        town is not None
        and town.end("pii") > start + length
        and not foreign_country_length(town.group("pii")) == len(town.group("pii"))
        and _is_town(town.group("pii"))
    )


_BRACKET_AFTER = re.compile(_BRACKET)


def _bracket_after(text: str, end: int, score: float) -> Iterator[tuple[int, int, float]]:
    """A bracket right after the country that names a foreign one too: "né aux Comores (Anjouan)"."""
    match = _BRACKET_AFTER.match(text, end)
    if match is not None and names_foreign_country(match.group("bracket")):
        yield match.start("bracket"), match.end("bracket"), score


# A second birth said without its verb: "née au Maroc, et mon mari en Tunisie", "moi au Mali et ma femme au Niger".
_SECOND = re.compile(
    r"[ \t]*(?:,[ \t]*(?:et[ \t]+)?|[ \t]+et[ \t]+)"
    r"(?P<who>(?:(?i:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|moi|lui|elle|eux|celui|celle)\b|"
    r"[A-ZÀ-Ý][\w'’\-]+\b)[^.;:!?\n()]{0,45}?)"
    r"[ \t]*,?[ \t]+(?:à|a|À|(?i:aux|au|en))[ \t]+" + _ANY
)


def _second_births(text: str, end: int, score: float) -> Iterator[tuple[int, int, float]]:
    match = _SECOND.match(text, end)
    if match is None or _VERB.search(match.group("who")):
        return
    length = foreign_country_length(match.group("pii"))
    if length:
        yield match.start("pii"), match.start("pii") + length, score
        yield from _second_births(text, match.start("pii") + length, score)
