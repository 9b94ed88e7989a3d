"""Someone the writer is with (`names_with_avec`), the writer's own name in lower case (`self_named_lower`),
third parties named by their role (`role_names`).

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_filler, is_french
from guichet.privacy.name_rules_cues import _unknown_lower
from guichet.privacy.name_rules_places import _BRANDS
from guichet.privacy.name_rules_words import (
    _CALENDAR,
    _ENGLISH,
    _FUNCTION_WORDS,
    _OFFICE_WORDS,
    _TITLE_WORDS,
    _foreign_word,
    _plain_common,
)
from guichet.privacy.spacy_fr import STOP_WORDS

# Someone the writer is with, lives with or went somewhere with: "je suis venue avec Oluwaseun", "j'habite avec
# Teodora Vasilescu depuis 2019", "pacsé avec Ngozi". The word after "avec" must be capitalised and of no language
# the lexicon knows, or a known first name, and not a brand; the verb before says a person follows ("payé avec
# Lydia", "rendez-vous pris avec Doctolib" have none).
_WITH_PERSON = re.compile(
    r"(?i)(?:(?<!\w)(?:venue?s?|passée?s?|allée?s?|partie?s?|arrivée?s?|sortie?s?|rentrée?s?|revenue?s?|"
    r"vi[st]|vivons|vivez|vivent|vivais|vivait|vécu|habite|habites|habitons|habitent|habitais|habitait|cohabite|"
    r"mariée?s?|remariée?s?|pacsée?s?|fiancée?s?|séparée?s?|separee?s?|divorcée?s?|en couple|ensemble|"
    # (thirty-ninth pass, p120e) the separation as a noun: "mon divorce d'avec Alain", "notre séparation avec Karim"
    r"divorce|séparation|separation|rupture|"
    r"rencontrée?s?|parlé|discuté|disputée?s?|logée?s?|hébergée?s?|accompagnée?s?|installée?s?|colocation|coloc|"
    r"un enfant|des enfants|deux enfants|trois enfants|en garde alternée)"
    # a few words between the verb and "avec" ("je suis allée à la mairie avec …"), none after a bare "je suis"
    # ("d'avec", the separation's own word: "divorcée d'avec Karim")
    r"(?:[ \t]+[^\s.,;:!?()«»\"]+){0,4}?[ \t]+(?P<split>d['’][ \t]*)?avec[ \t]+|"
    r"(?<!\w)(?:je suis|j['’]étais|on est|on était|nous sommes|nous étions)[ \t]+avec[ \t]+)"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w'’\-]+)(?:[ \t]+(?-i:[A-ZÀ-Ý][\w'’\-]+)){0,2})"
)


def names_with_avec(text: str) -> Iterator[tuple[int, int, float]]:
    """The capitalised words after "avec" when a verb of living or going with someone comes before (see above); a
    first name in lower case after a separation's "d'avec" (`_SPLIT_FROM_LOWER`)."""
    for match in _WITH_PERSON.finditer(text):
        start = match.start("name")
        words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", match.group("name"))]
        kept: list[tuple[int, int]] = []
        for a, b in words:
            word = text[a:b]
            kind = lookup(word)
            personal = _foreign_word(word) or kind is not None and kind.first and not kind.common
            # after a separation's "d'avec" only a person follows: a first name the fiches hold too ("Alain") is one
            public = kind is not None and kind.public and not (match.group("split") and kind.first)
            if not personal or word.lower() in _BRANDS or public:
                break
            kept.append((a, b))
        if kept:
            yield kept[0][0], kept[-1][1], 0.75
    for match in _SPLIT_FROM_LOWER.finditer(text):
        word = match.group("name")
        kind = lookup(word)
        if (
            kind is not None
            and kind.first
            and not kind.common
            and not kind.public
            and not _plain_common(word)
            and word not in STOP_WORDS
            and word not in _FUNCTION_WORDS
        ):
            yield match.start("name"), match.end("name"), 0.75


# (thirty-ninth pass, p120e) A first name in lower case after a separation's "d'avec": "ma séparation d'avec jordan",
# "mon divorce d'avec karim" ("d'avec" parts the writer from a person; the gazetteer's first names only, even one
# that is also a French form, "fred"; never a common word, a function word or an SMS spelling: "séparée d'avec mon
# mari", "d'avec papa", "d'avec lui").
_SPLIT_FROM_LOWER = re.compile(
    r"(?i:(?<!\w)(?:divorc\w*|s[ée]par\w*|rupture)[ \t]+d['’][ \t]*avec[ \t]+)"
    r"(?P<name>[a-zà-ÿ][a-zà-ÿ\-]+)(?![\w'’\-])"
)


# A writer naming themselves in lower case after "c'est moi" or "moi c'est": "c'est moi ibou, je vous ai écrit
# hier", "cc c moi ndeye la voisine". One word of no French, English nor message-filler kind, with a vowel ("c'est
# moi mtn", "c'est moi qui", "c'est moi même" stay), ending the phrase or followed by who the writer is.
_SELF_NAMED = re.compile(
    r"(?i)(?<![\w'’])(?:c['’ ]?est[ \t]+moi|cest[ \t]+moi|c[ \t]+moi|"
    r"moi[ \t]*,?[ \t]*c['’ ]?est|moi[ \t]*,?[ \t]*cest|moi[ \t]+c)[ \t]*,?[ \t]+(?P<name>(?-i:[a-zà-ÿ][a-zà-ÿ\-]+))"
    r"(?=[ \t]*(?:[.!?;,:\n)]|$)|[ \t]+(?:la|le|l['’]|votre|ton|ta|du|de|des|qui|et|je|j['’]|ici)\b)"
)


def self_named_lower(text: str) -> Iterator[tuple[int, int, float]]:
    """The writer's own name in lower case after "c'est moi" (see above); a name of two letters too when the
    gazetteer has it as a first name ("c moi jo", "c'est moi lu"), never a French function word."""
    for match in _SELF_NAMED.finditer(text):
        word = match.group("name")
        kind = lookup(word) if len(word) == 2 else None
        short = kind is not None and kind.first and not kind.public and word not in STOP_WORDS
        if (
            (_unknown_lower(word) or short)
            and word not in _ENGLISH
            and word not in STOP_WORDS
            and re.search(r"[aeiouyàâäéèêëîïôöùûü]", word)
        ):
            yield match.start("name"), match.end("name"), 0.75
    for match in _SELF_SHORT.finditer(text):
        word = match.group("name")
        kind = lookup(word)
        if kind is not None and kind.first and not kind.public and word.lower() not in STOP_WORDS | _ENGLISH:
            yield match.start("name"), match.end("name"), 0.7
    for match in _SELF_PAIR.finditer(text):
        words = match.group("name").split()
        if all(_unknown_lower(word) and word not in _ENGLISH and word not in STOP_WORDS for word in words):
            yield match.start("name"), match.end("name"), 0.7


# (thirty-first pass, p90e) A given name and a surname in lower case that no language the lexicon knows holds, after
# "je suis" or "moi c'est": "moi je suis tavita lauhea porte 24", "je suis sione falelavaki" (both words unknown:
# "je suis très fatiguée", "je suis mère célibataire" stay).
_SELF_PAIR = re.compile(
    r"(?i)(?<![\w'’])(?:moi[ \t]+je[ \t]+suis|je[ \t]+suis|j['’]?[ \t]*suis|moi[ \t]*,?[ \t]*c['’ ]?est|moi[ \t]+c)"
    r"[ \t]*,?[ \t]+(?P<name>(?-i:[a-zà-ÿ][a-zà-ÿ'’]+(?:-[a-zà-ÿ]+)?[ \t]+[a-zà-ÿ][a-zà-ÿ'’]+(?:-[a-zà-ÿ]+)?))"
    r"(?![\w'’\-])"
)


# A first name of two letters after "je suis", in any case, ending the phrase or followed by who the writer is: "je
# suis Ty, la fille de…", "bonjour je suis vi." (the gazetteer's first names only, never a function word: "je suis
# là", "je suis en").
_SELF_SHORT = re.compile(
    r"(?i)(?<![\w'’])(?:je[ \t]+suis|j['’]?[ \t]*suis|jsuis|chui|moi[ \t]+je[ \t]+suis)[ \t]*,?[ \t]+"
    r"(?P<name>[^\W\d_]{2})"
    r"(?=[ \t]*(?:[.!?;,:\n)]|$)|[ \t]+(?:la|le|l['’]|votre|ton|ta|du|de|des|qui|et|je|j['’]|ici|mère|mere|père|pere|"
    r"fille|fils|soeur|sœur|frère|frere|maman|papa)\b)"
)


# A third party named by the role they play in the writer's life, the slot holding a person whatever the word:
# "mon bailleur Pierre Marin", "Le propriétaire, Marin, dit…", "la doctoresse Blanche", "mon conseiller Pierre".
_ROLE = re.compile(
    r"(?i:\b(?:mon|ma|notre|votre|son|sa|leur|le|la|l['’])[ \t]*(?:ancien(?:ne)?[ \t]+|nouvel(?:le)?[ \t]+|"
    r"nouveau[ \t]+|ex-?[ \t]*)?"
    r"(?:bailleur|bailleuse|propriétaire|proprietaire|proprio|logeur|logeuse|patron|patronne|employeur|employeuse|"
    r"chef|cheffe|manager|responsable|conseiller|conseillère|conseillere|gardien|gardienne|concierge|médecin|"
    r"medecin|docteur|doctoresse|généraliste|generaliste|pédiatre|pediatre|dentiste|kiné|kine|kinésithérapeute|"
    r"infirmier|infirmière|infirmiere|sage-femme|psychiatre|psychologue|avocat|avocate|notaire|huissier|"
    r"maîtresse|maitresse|instit|institutrice|instituteur|professeur|professeure|prof|directeur|directrice|"
    r"principal|principale|référent|référente|referent|referente|éducateur|éducatrice|educateur|educatrice|"
    r"assistante?[ \t]+sociale?|tuteur|tutrice|curateur|curatrice|mandataire|ex-mari|ex-femme|ex-conjointe?|"
    r"ex-compagne?|ex-compagnon|ex-époux|ex-épouse|beau-père|belle-mère|voisin|voisine|hébergeur|hébergeuse|"
    # (fortieth pass, p124e) the other party of a sale: "Le vendeur Rousseau n'a pas fait la déclaration"
    r"vendeur|vendeuse|acheteur|acheteuse|acquéreur|acquéreuse|acquereur)"
    # (fortieth pass, p124e) a neighbour by where he lives: "mon voisin du dessus, Okonkwo, met la musique"
    r"(?:[ \t]+(?:traitante?|référente?|referente?|actuelle?|précédente?|du[ \t]+dessus|du[ \t]+dessous|"
    r"d['’]en[ \t]+face|de[ \t]+palier|du[ \t]+palier))?)"
    r"[ \t]*,?[ \t]+(?P<name>[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?|[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?)(?![\w’'\-])"
)


def role_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_ROLE`: the first word a name the gazetteer knows, even a common word or a place's name, or a word of no
    language the lexicon knows; never an administration's or a benefit's word ("mon conseiller France Travail")."""
    for match in _ROLE.finditer(text):
        word = match.group("name")
        lower = word.lower()
        if (
            _plain_common(word)
            or lower in STOP_WORDS
            or lower in _FUNCTION_WORDS
            or lower in _TITLE_WORDS
            or lower in _OFFICE_WORDS
            or lower in _CALENDAR
        ):
            continue
        kind = lookup(word)
        if kind is not None or (not is_french(word) and not is_filler(word)):
            yield match.start("name"), match.end("name"), 0.6
