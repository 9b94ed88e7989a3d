"""Names a family gives and the words around them (forty-sixth pass, engineer-p148e, issue 13).

- A family's word for a relative in lower case, then a first name: "mamie jo", "tonton dédé", "tata nini" (SMS
  style). The two are masked together, as `recognizers.local_names` does for "Mamie Jo"; the word after must be a
  first name the gazetteer knows or a word of no language the lexicon knows, never a French word ("mamie va",
  "tata chérie", "tonton gâteau").
- That word alone is no name: "la mamie des enfants", "la concession de Pépé et Mémé" (`title_alone`). Alone on its
  line it may be a signature or a first name ("Mamy", Malagasy): left to the other rules.
- A pet word after a possessive is no name: "mon loulou de 3 ans", "ma chouchou" (`pet_word`); "Notre petit
  Loulou", capitalised, is a name.
- The words that join a married name ("veuve", "épouse", "née", "dite") are no words of the name: "Elle est veuve
  depuis…" stays after "Yvette Rigaud veuve Chapuis" (`joining_word`).
- A birth name in lower case after a name in lower case: "mme blanc, nee marchand" (`lower_birth_names`).
- The name taken for use: "prendra l'usage du nom Carrel", "le nom marital Garnier" (`usage_names`).
- A nickname said as such: "Bibou c'était mon surnom", "son surnom : Titi" (`nickname_names`); in brackets,
  with whom it is for: "Sabrina (Poupette pour les intimes)" (no French word: "(France pour les intimes)" is left).
- A nickname after "qu'on appelle", "dite", with its article: "Inès qu'on appelle la Puce": the capital says it is
  a name, even a common word (`ARTICLE_NICKNAMES`, read in `analyzer._names_called_after`).

Each behaviour has its switch, read at call time. `JOINING_WORDS` and `NICKNAMES_SAID` ship off: they fix train
strings only (p143's "Bibou", "Poupette", p148e's "veuve"), no validation figure, at no measured cost.
"""

import re
from collections.abc import Iterator

from guichet.privacy import lexicon
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.spacy_fr import STOP_WORDS

LOWER_KIN_NAMES = True
TITLES_ALONE = True
PET_WORDS = True
JOINING_WORDS = False
LOWER_BIRTH_NAMES = True
USAGE_NAMES = True
ARTICLE_NICKNAMES = True
NICKNAMES_SAID = False

# A family's words for a relative, as a title before a first name (folded: no accents, lower case).
_TITLE_WORDS = frozenset(
    "mamie mamy mami mammie papi papy meme memere pepe pepere tata tatie tantine tonton tontonne marraine parrain "
    "mamita mamoune mamina bonne-maman bon-papa grand-mere grand-pere".split()
)
# In lower case, "mémé" with its accents only: "meme" is "même" typed without them ("en meme temps").
_LOWER_TITLE = re.compile(
    r"(?<![\w'’\-])(?P<title>mamie|mamy|mami|papi|papy|mémé|mémère|pépé|pepe|pépère|tata|tatie|tantine|tonton|"
    r"marraine|parrain)[ \t]+(?P<name>[a-zà-ÿ][a-zà-ÿ\-]+)(?![\w'’\-])"
)
_PET_WORDS = frozenset("loulou loulous chouchou chouchous".split())
_POSSESSIVE_BEFORE = re.compile(r"(?i:(?<![\w'’\-])(?:mon|ma|mes|notre|nos|ton|ta|tes|son|sa|ses)[ \t]+)\Z")
_JOINING_WORDS = frozenset("veuve vve épouse epouse épse epse née nee dite dit".split())


def lower_kin_names(text: str) -> Iterator[tuple[int, int, float]]:
    """ "mamie jo", "tonton dédé": the family's word and the first name after it, in lower case (see the module)."""
    if not LOWER_KIN_NAMES:
        return
    for match in _LOWER_TITLE.finditer(text):
        name = match.group("name")
        if name in STOP_WORDS or lexicon.is_filler(name) or lexicon.is_french(name):
            continue
        kind = lookup(name)
        if kind is not None and kind.public and not kind.first:
            continue  # a place: "tonton paris"
        if (kind is not None and kind.first) or (kind is None and len(name) >= 3):
            yield match.start(), match.end(), 0.7


def title_alone(text: str, start: int, end: int) -> bool:
    """The span is a family's word alone ("mamie", "Pépé"), not alone on its line (see the module)."""
    if not TITLES_ALONE or fold(text[start:end].lower()) not in _TITLE_WORDS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip(" \t.,!") != text[start:end]


def pet_word(text: str, start: int, end: int) -> bool:
    """The span is a pet word in lower case after a possessive: "mon loulou" (see the module)."""
    word = text[start:end]
    return (
        PET_WORDS
        and word.islower()
        and word in _PET_WORDS
        and bool(_POSSESSIVE_BEFORE.search(text, max(0, start - 8), start))
    )


def joining_word(word: str) -> bool:
    """ "veuve", "épouse", "née", "dite": a word that joins a married name's parts, never one of them."""
    return JOINING_WORDS and word.lower() in _JOINING_WORDS


# After a name in lower case: ", nee marchand", " épouse garnier"; one word (with a particle) in lower case. After a
# name found with its joining word ("mme petit nee"), the word alone.
_LOWER_WORD = r"(?P<word>(?:(?:le|la|de|du|des)[ \t]+)?[a-zà-ÿ][a-zà-ÿ\-]{2,})(?![\w'’\-])"
_LOWER_BIRTH_NAME = re.compile(r"[ \t]*,?[ \t]*(?:née|nee|épouse|epouse|ép\.|ep\.|veuve|vve)[ \t]+" + _LOWER_WORD)
_LOWER_BIRTH_WORD = re.compile(r"[ \t]+" + _LOWER_WORD)
# What follows "née" in a sentence and is no name: dates, places, a state ("née le 3 mai", "née prématurée").
_NOT_BIRTH_NAMES = frozenset(
    "le la les en au aux à a dans avec sans sur sous vers par pour chez depuis avant après apres hier ce cet cette "
    "un une prématurée prematuree prématuré premature morte mort vivante vivant ici là la-bas là-bas française "
    "francaise étrangère etrangere jumelle jumeau aussi".split()
)


def lower_birth_names(text: str, names: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The birth or married name in lower case after a found name in lower case: "mme blanc, nee marchand"."""
    if not LOWER_BIRTH_NAMES:
        return
    for start, end in names:
        value = text[start:end]
        if not value.islower():
            continue  # a name written with capitals is read by `analyzer._birth_names_after`
        # "mme petit nee" found as one name: its joining word says what follows
        joined = value.split()[-1] in _JOINING_WORDS and len(value.split()) > 1
        match = (_LOWER_BIRTH_WORD if joined else _LOWER_BIRTH_NAME).match(text, end)
        if match is None:
            continue
        words = match.group("word").split()
        if words[-1] in _NOT_BIRTH_NAMES or words[-1] in STOP_WORDS or lexicon.is_filler(words[-1]):
            continue
        if words[-1].endswith(("ée", "é")) and lexicon.is_french(words[-1]):
            continue  # a participle: "née handicapée"
        yield match.start("word"), match.end("word")


# "l'usage du nom Carrel", "le nom marital Garnier", "nom d'épouse : Morel"; capitalised words (with a hyphen).
_USAGE = re.compile(
    r"(?i:(?<![\w'’\-])(?:l['’][ \t]*)?usage[ \t]+du[ \t]+nom|nom[ \t]+marital|nom[ \t]+de[ \t]+femme[ \t]+mariée)"
    r"[ \t]*:?[ \t]+(?:(?i:de|d['’])[ \t]*)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?|[A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})?)(?![\w'’\-])"
)


def usage_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The name after "l'usage du nom", "nom marital": a family's name, whatever the word."""
    if not USAGE_NAMES:
        return
    for match in _USAGE.finditer(text):
        name = match.group("name")
        if name.lower() in STOP_WORDS or name.lower() in {"madame", "monsieur", "mademoiselle"}:
            continue
        yield match.start("name"), match.end("name"), 0.7


_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ]+)?"
# "Bibou c'était mon surnom", "mon surnom c'est Titi", "son surnom : « Nanou »".
_NICKNAME_SAID = re.compile(
    rf"(?<![\w'’\-])(?P<before>{_WORD})[ \t]*,?[ \t]+(?i:c['’][ \t]*(?:était|etait|est)|était|etait)[ \t]+"
    r"(?i:mon|ma|son|sa|notre|leur|ton|ta)[ \t]+(?i:surnom|petit[ \t]+nom)\b"
    r"|(?i:(?<![\w'’\-])(?:mon|son|notre|leur|ton)[ \t]+(?:surnom|petit[ \t]+nom)[ \t]*"
    r"(?::|,|c['’][ \t]*(?:était|etait|est)|était|etait|est))[ \t]*[«\"“]?[ \t\u00a0]*"
    rf"(?P<after>{_WORD})(?![\w'’\-])"
)


def nickname_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A capitalised word said to be a nickname (see the module), unless a word of a sentence's grammar."""
    if not NICKNAMES_SAID:
        return
    for match in _NICKNAME_SAID.finditer(text):
        group = "before" if match.group("before") else "after"
        word = match.group(group)
        if word.lower() in STOP_WORDS or lexicon.is_filler(word) or word.lower() in {"bonjour", "bonsoir", "salut"}:
            continue
        yield match.start(group), match.end(group), 0.7
    for match in _BRACKET_WORD.finditer(text):
        if _intimate_bracket(text, match.start("word"), match.end("word")):
            yield match.start("word"), match.end("word"), 0.6


_BRACKET_WORD = re.compile(rf"\([ \t]*(?P<word>{_WORD})")
# Whom a nickname in brackets is for: "(Poupette pour les intimes)", "(Titi dans la famille)".
_FOR_WHOM = re.compile(
    r"[ \t]+(?i:pour|dans|à|a)[ \t]+(?i:les|la|ses|mes|nos|leurs|tout|toute|tous|le)[ \t]*"
    r"(?i:intimes|proches|amis|amies|copains|copines|famille|monde|enfants|petits-enfants|maison|quartier|village)\b"
)


def _intimate_bracket(text: str, word_start: int, word_end: int) -> bool:
    """The capitalised word in brackets is followed by whom the nickname is for (see the module); no French word."""
    word = text[word_start:word_end]
    return (
        word[:1].isupper()
        and not word.isupper()
        and not lexicon.is_french(word)
        and bool(_FOR_WHOM.match(text, word_end))
    )
