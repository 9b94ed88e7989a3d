"""First names and surnames from open sources (INSEE, Faker's locales): is this word a person's name?

`data/names.txt` (see `data/LICENCE.md`) holds about 89,000 names in lower case without accents, each marked
first name and/or surname, and flagged when it is also a common French word ("rose", "pierre", "petit"): such a
word is a name only with other evidence. Loaded once, on first use (about 0.1 s).
"""

import functools
import re
from dataclasses import dataclass
from importlib import resources

from guichet.privacy import lexicon
from guichet.privacy.common_words import is_common
from guichet.text import fold as text_fold


@dataclass(frozen=True)
class NameKind:
    first: bool
    surname: bool
    common: bool
    public: bool = False  # capitalised inside the fiches' sentences: a place, a body, a public figure


_WHOLE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h"})


# What `lookup` returns for a word known only by its shape.
SHAPED = NameKind(first=False, surname=True, common=False)


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """`guichet.text.fold`, and also the letters that NFKD leaves whole ("ı" of Yıldız, "ł" of Michał, "ø", "đ" of
    Đặng), as the name list was built (ASCII only), without surrounding punctuation. Kept for the latest 65,536
    words: the name rules fold each word of a message several times (thirty-third pass: a sixth of the detection's
    CPU before)."""
    word = word.translate(_WHOLE_LETTERS)
    plain = text_fold(word).encode("ascii", "ignore").decode()
    return plain.strip(".,;:!?'’")


@functools.cache
def _names() -> dict[str, NameKind]:
    text = resources.files("guichet.privacy").joinpath("data/names.txt").read_text(encoding="utf-8")
    names = {}
    for line in text.splitlines():
        word, kinds, *flag = line.split("\t")
        flags = flag[0] if flag else ""
        names[word] = NameKind(first="f" in kinds, surname="s" in kinds, common="c" in flags, public="p" in flags)
    return names


# Endings of surnames from Eastern Europe, the Caucasus, Greece, Romania, Turkey and Madagascar's prefixes: a word
# of six letters or more with one of them, that is no French word, is a surname ("Bondarenko", "Kuzmych",
# "Grigoryan", "Papadopoulos", "Rakotondrazaka").
_SURNAME_SHAPE = re.compile(
    r"[a-z]{3,}(?:enko|chuk|tchouk|czuk|[iy]uk|[oe]v[iy]ch|[oe]vitch|[oe]wicz|czyk|shyn|[oe]vsk[ayi]|[oe]wsk[ai]|"
    r"shvili|dze|[iy]an|oglu|poulos|akis|idis|escu|eanu|[oe]va|[oe]vna|ivna|[oe]v|[oe]vic)"
    r"|(?:andria|randria|razaf|rakoto|rasol|rasoa|ravelo|rajaon|ranaiv|ratsi|rahari|ramanan)[a-z]{3,}"
)


# (fortieth pass, p124e) A Korean given name romanised, two syllables joined by a hyphen, the second in lower case
# ("Ji-woo", "Seo-yeon", "Mi-sook", "Min-jun"), and a Chinese given name in pinyin, two syllables in one word, one
# of them opened by "x", "q" or "zh" ("Xiaoming", "Zhiwei", "Qingyu"): a first name by its shape when it is no
# French word. A French compound's second part is capitalised ("Jean-Luc") or no single syllable ("Mi-temps").
_KOREAN_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h|w|y)?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)(?:ng|k|n|l|m|p)?"
)
_KOREAN_GIVEN = re.compile(_KOREAN_SYLLABLE + r"-" + _KOREAN_SYLLABLE)
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|iao|ian|ing|ong|ang|eng|uai|uan|ai|ao|an|ei|en|ia|ie|in|iu|ou|ua|uo|ui|un|a|e|i|o|u)"
)
_PINYIN_MARKED = (
    r"(?:x|q|zh)(?:iang|iong|uang|iao|ian|ing|ong|ang|eng|uai|uan|ai|ao|an|ei|en|ia|ie|in|iu|ou|ua|uo|ui|un|a|e|i|o|u)"
)
_PINYIN_GIVEN = re.compile(
    r"(?:" + _PINYIN_MARKED + _PINYIN_SYLLABLE + r"|" + _PINYIN_SYLLABLE + _PINYIN_MARKED + r")"
)
SHAPED_GIVEN = NameKind(first=True, surname=False, common=False)
# Chinese places of the same shape, the towns and provinces most families in France come from ("dialecte de
# Wenzhou", "originaire de Qingtian"): no given name.
_PINYIN_PLACES = frozenset(
    "wenzhou qingtian zhejiang xiamen qingdao zhuhai hangzhou suzhou guangzhou zhengzhou xian jiangxi shanxi "
    "shaanxi xinjiang quanzhou fuqing".split()
)


def _given_shape(word: str) -> bool:
    """`word` is shaped as a Korean or a Chinese given name (see `_KOREAN_GIVEN`), and no French word."""
    if "-" in word:
        shaped = word[0].isupper() and word[1:].islower() and _KOREAN_GIVEN.fullmatch(word.lower())
        shaped = shaped and len({part.lower() for part in word.split("-")}) == 2  # "Yo-yo", "Tam-tam": a word
        return bool(shaped) and not lexicon.is_french(word)
    return (
        len(word) >= 6
        and word[0].isupper()
        and word[1:].islower()
        and word.lower() not in _PINYIN_PLACES
        and bool(_PINYIN_GIVEN.fullmatch(word.lower()))
        and not lexicon.is_french(word)
    )


@functools.lru_cache(maxsize=65536)
def lookup(word: str) -> NameKind | None:
    """What the gazetteer knows of `word` (any case, any accents); a compound ("Jean-Luc") by its parts; a word
    of a surname's shape that is no French word (see `_SURNAME_SHAPE`) as a surname."""
    names = _names()
    key = fold(word)
    if key in names:
        return names[key]
    if len(key) >= 6 and _SURNAME_SHAPE.fullmatch(key) and not lexicon.is_french(word):
        return SHAPED
    if _given_shape(word):
        return SHAPED_GIVEN
    parts = [part for part in key.replace("’", "'").replace("'", "-").split("-") if part]
    if len(parts) > 1:
        # (fortieth pass, p124e) an elided part is looked up whole: "Vasseur-N'Diaye" by "vasseur" and "n'diaye"
        whole = [part for part in key.replace("’", "'").split("-") if part]
        kinds = [names.get(part) or names.get(part.replace("'", "")) for part in whole if len(part) > 1]
        if len(whole) < 2 or not all(kinds):
            kinds = [names.get(part) for part in parts if len(part) > 1]
        if kinds and all(kinds):
            return NameKind(
                first=all(kind.first for kind in kinds),
                surname=any(kind.surname for kind in kinds),
                common=all(kind.common for kind in kinds),
            )
    return None


def is_name(word: str, *, first: bool = False, allow_common: bool = False) -> bool:
    """`word` is a known name (a first name when `first`) that is not also a common word (unless `allow_common`)."""
    if len(word.strip(".,;:!?'’")) < 2 or (not allow_common and is_common(word)):
        return False
    kind = lookup(word)
    if kind is None or (kind.common and not allow_common):
        return False
    return kind.first if first else True


def preload() -> None:
    """Load the list now (start-up), not during the first message."""
    _names()
