"""Words read as a person's name that are no one's (fifty-fifth pass, engineer-p192e, issue 13): a form's value that
says there is none (« Nom d'usage : Néant », « Conjoint : Aucun », « Pension : Sans objet ») and a foreign place of
two words or more where someone lives, works or travels (« ma femme vit à Ben Arous », « j'ai travaillé à Abou
Dhabi », « chez mon frère à Van Buren, dans l'Arkansas »).

Each reading is behind its switch, read at call time from `analyzer._brands_out`, and only removes a person span:

- `READ_NONE_VALUES`: a person span made only of words that say there is no value (« Néant », « Aucun(e) », « Sans
  objet », « Rien », « Inconnu(e) », « Non communiqué »): no surname is one of them.
- `READ_FOREIGN_PLACES`: a person span of two to four capitalised words, right after « à » or « de », is a place when
  a verb before says where one lives, works, studies or goes (« vit à », « habite à », « travaillé six mois à »,
  « obtenu à », « je pars en vacances à », « je rentre de »), or a place's noun (« la ville de », « la banlieue de »),
  or, after « à », a place's apposition follows (« , dans la banlieue de Tunis », « , dans l'Arkansas », « , en
  Tunisie », « (Tunisie) »). Not after a title (« à Mme Van Buren »), not near a birth's cue (a birthplace is
  personal data), not after a noun or a verb of sending or speaking (« écrit à Ben Arous Yassine », « mon stage à
  … » stay masked). A single word is `analyzer._a_town_in_its_country`'s.
"""

import re

from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.text import fold

READ_NONE_VALUES = True
READ_FOREIGN_PLACES = True

# A form's value that says there is none, folded.
_NONE_VALUES = frozenset({"neant", "aucun", "aucune", "rien", "inconnu", "inconnue", "sans objet", "non communique"})

# Two to four capitalised words (hyphens, apostrophes, a lower-case particle between: « Saint-Louis du Sénégal »).
_CAP_WORD = r"[A-ZÀ-Ý][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_PLACE_VALUE = re.compile(_CAP_WORD + r"(?:[ \t]+(?:(?:de|du|des|el|al|la|le)[ \t]+)?" + _CAP_WORD + r"){1,3}")

# A verb that says where one lives, works, studies or goes, then up to three words that are no one's (« travaillé
# six mois à », « vit avec nos enfants à »; not « chez », « pour », a kinship word), then « à » right before the span;
# or a verb of coming back right before « de » (« je rentre de », « il revient de »). Not a birth (a birthplace is
# personal data), not a noun (« mon stage à Julien », « le titre de séjour étudiant de Lê … » may name a person).
_WHERE_VERB = (
    r"(?:vi[vst]|vivons|vivez|vivent|vivre|vivait|vivaient|vécu|vecu|habit(?:e|es|ent|ons|ez|é|ée|ais|ait|aient|er|ant)|"
    r"résid\w*|resid\w*|demeur\w*|installée?s?|installe|travaill(?:e|es|ent|ons|ez|é|ais|ait|aient|er|ant)|"
    r"séjourn\w*|sejourn\w*|étudi(?:e|es|ent|ons|ez|é|ée|ais|ait|er)|etudi(?:e|es|ent|ons|ez|e|ee|ais|ait|er)|"
    r"obtenue?s?|pars|partie?s?|partir|aller|vais|muté|mutée|affectée?|basée?s?|domiciliée?s?)"
)
_BACK_VERB = r"(?:rentr(?:e|es|ent|ons|ez|é|és|ée|ées)|revien(?:s|t|nent)|revenons|revenez)"
_NOT_BETWEEN = r"(?!(?:chez|pour|par|compte|nom|fils|fille|frère|frere|sœur|soeur|mère|mere|père|pere|famille)\b)"
_WHERE_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:" + _WHERE_VERB + r"(?:[ \t]+" + _NOT_BETWEEN + r"\w+(?:['’]\w+)?){0,3}[ \t]+(?:à|a)"
    r"|" + _BACK_VERB + r"[ \t]+(?:de|d['’]))[ \t]*\Z"
)
# A place's own noun before « de »: « la ville de », « la banlieue de », « la région de ».
_PLACE_NOUN_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:ville|commune|région|region|province|banlieue|gouvernorat|wilaya|état|etat|district|"
    r"capitale|aéroport|aeroport)[ \t]+(?:de|d['’])[ \t]*\Z"
)
# A place's apposition after the span: « , dans la banlieue de … », « , dans l'Arkansas », « , en Tunisie »,
# « (Tunisie) »: a region's noun, or a country of `COUNTRIES` (« , au CCAS » is no place).
_REGION = r"(?:banlieue|région|region|province|sud|nord|est|ouest|centre|gouvernorat|wilaya|état|etat)"
_PLACE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*dans[ \t]+(?:l['’][ \t]*[A-ZÀ-Ý]|(?:la|le)[ \t]+" + _REGION + r"\b)"
    r"|,[ \t]*(?:au|aux|en)[ \t]+(?P<state>[A-ZÀ-Ý][^\W\d_]+(?:[ \t\-][A-ZÀ-Ý][^\W\d_]+)?)"
    r"|[ \t]*\([ \t]*(?P<country>[A-ZÀ-Ý][^\W\d_]+(?:[ \t\-][^\W\d_]+){0,2})[ \t]*\))"
)
# The preposition right before the span (the apposition only after « à »).
_PLACE_PREPOSITION = re.compile(r"(?i)(?<![\w'’])(?:à|a|de|d['’]|du)[ \t]*\Z")
_TO_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:à|a)[ \t]*\Z")
# A birth's cue in the window: the place is a birthplace, personal data (its own rules mask it).
_BIRTH_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:née?s?|nee?s?|naissance|natif|native)(?![\w'’])")
# A title opening the span is a person's: « à Mme Van Buren ».
_TITLE_INSIDE = re.compile(r"(?i)^(?:m|mme|mr|mlle|me|dr|monsieur|madame|mademoiselle|maître|maitre)\b")


def not_a_person(text: str, kind: str, start: int, end: int, *, person: str) -> bool:
    """True when the span of `kind` at `start`–`end` was read as a person but is a none value or a foreign place."""
    if kind != person:
        return False
    value = text[start:end]
    if READ_NONE_VALUES and _a_none_value(value):
        return True
    return READ_FOREIGN_PLACES and _a_foreign_place(text, start, end)


def _a_none_value(value: str) -> bool:
    """« Néant », « Aucune », « Sans objet », « Non communiqué »: only words saying there is none."""
    words = fold(value).lower().strip(" \t.:;,()").split()
    return bool(words) and " ".join(words) in _NONE_VALUES


def _a_foreign_place(text: str, start: int, end: int) -> bool:
    """See `READ_FOREIGN_PLACES`."""
    value = text[start:end]
    if _PLACE_VALUE.fullmatch(value) is None or _TITLE_INSIDE.match(value):
        return False
    window = max(0, start - 60)
    if _PLACE_PREPOSITION.search(text, window, start) is None or _BIRTH_BEFORE.search(text, window, start):
        return False
    if _WHERE_BEFORE.search(text, window, start) or _PLACE_NOUN_BEFORE.search(text, window, start):
        return True
    after = _PLACE_AFTER.match(text, end)
    if after is None or _TO_BEFORE.search(text, window, start) is None:
        return False
    country = after.group("country") or after.group("state")
    return country is None or fold(country).replace(" ", "-") in COUNTRIES
