"""Vietnamese names, names in lower case, surnames by their shape, a name beside "et moi".

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re
from collections.abc import Iterator

from guichet.privacy.demonyms import is_demonym
from guichet.privacy.gazetteer import SHAPED, fold, is_name, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules_lone import _LONE, _SENTENCE_START
from guichet.privacy.name_rules_patterns import _W
from guichet.privacy.name_rules_places import _PLACE_BEFORE, _SPOKEN_TO
from guichet.privacy.name_rules_words import _FUNCTION_WORDS, _english_sentences, _first_name_word, _plain_common

# Vietnamese names: family name, then a middle name ("Văn", "Thị"…) and a given name, often written without
# accents and in any case ("Nguyen Thi Mai", "ngo van long", "Vo Lan"). Folded, as the gazetteer.
VIETNAMESE_SURNAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh trinh lam luong cao ta
    quach ha luu dao doan vuong trieu la lai kieu thai chau tang phung ton lieu thach nghiem khuc quan hua tu mac to
    diep giang khong luc man ong au than thi ung doan chu tieu hau vien lo bach mai""".split()
)


VIETNAMESE_GIVEN = frozenset(
    """an anh bao bich binh cam chau chi chinh cong cuc cuong da danh dat diem diep dieu dung duy duyen duc gam
    giang ha hai han hang hanh hao hau hien hieu hiep hoa hoai hoan hoang hong hue hung huong huy huyen kha khai
    khang khanh khoa khoi khue kien kiet kim lan lanh lam lien lieu linh loan loc loi long luan ly mai manh minh my
    nam nga ngan nghia ngoc nguyen nguyet nha nhan nhat nhi nhien nhung nhu oanh phat phong phu phuc phung phuoc
    phuong quan quang que quoc quy quyen quynh sang son suong tai tam tan thach thai tham thang thanh thao thi thinh
    thoa tho thong thu thuan thuc thuong thuy tien tin toan tram trang tri triet trinh trong trung truc tu tuan
    tung tuyen tuyet uyen van vien viet vinh vy xuan yen the huu""".split()
)


_VIETNAMESE_WORDS = VIETNAMESE_GIVEN | VIETNAMESE_SURNAMES


_VIETNAMESE_MARKERS = {"van", "thi"}


_SPACE = re.compile(r"[ \t\u00a0]+")


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LONE.finditer(text)]


def _adjacent(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    return bool(_SPACE.fullmatch(text[left[1] : right[0]]))


def vietnamese_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A Vietnamese family name followed by one to three given names, all capitalised or all in lower case. A
    family name that is also a French word ("Le", "La", "Mai") needs three words ("Le Thi Hoa"); in lower case,
    three words or a family name that is no French word, and a given name that is none ("tran minh", "ho duc
    minh", not "mai lan")."""
    tokens = _tokens(text)
    index = 0
    while index < len(tokens):
        run = [tokens[index]]
        if fold(text[slice(*run[0])]) in VIETNAMESE_SURNAMES:
            while len(run) < 4 and index + len(run) < len(tokens):
                following = tokens[index + len(run)]
                folded = fold(text[slice(*following)])
                if not _adjacent(text, run[-1], following) or folded not in _VIETNAMESE_WORDS:
                    break
                if folded not in VIETNAMESE_GIVEN and len(run) < 2:
                    break  # a family name last only in the French order, after two names ("Thi Thu Le")
                run.append(following)
        if len(run) > 1 and _vietnamese_ok([text[slice(*span)] for span in run]):
            yield run[0][0], run[-1][1], 0.7
            index += len(run)
        else:
            index += 1


def _vietnamese_ok(words: list[str]) -> bool:
    capitalised = all(word[0].isupper() for word in words)
    if not capitalised and not all(word.islower() for word in words):
        return False
    marker = fold(words[1]) in _VIETNAMESE_MARKERS
    french = [_plain_common(word) or is_french(word) for word in words]
    if _plain_common(words[0]) and len(words) < 3:
        return False
    if capitalised:
        return not all(french)
    if marker and len(words) >= 3 and not _plain_common(words[0]):
        return True  # "ngo van long"
    return (marker or len(words) >= 3 or not french[0]) and not all(french[1:])


_GLUE_LOWER = {"van", "de", "da", "do", "dos", "das", "di", "ben", "bin", "el", "al", "ould", "ait", "bou", "abu"}


# Twenty-sixth pass (p68): what a hurried writer adds to a sentence ("vous pouvez pas le donner a personne hein ??").
# (thirty-fourth pass, p100e) and a clipped word in lower case that the name lists hold as a surname: "licencié éco"
_CHAT_WORDS = frozenset(
    {"hein", "bah", "bof", "euh", "heu", "mdr", "ptdr", "lol", "wesh", "oups", "bisous", "éco", "eco"}
)


def _elided(word: str) -> bool:
    """A French word after an elided article or pronoun typed without its apostrophe ("lhuissier", "lhopital",
    "mappeler"), the word itself no name ("lamour" stays: "amour" is one, as Lamour is)."""
    head, rest = (word[:2], word[2:]) if word.startswith("qu") else (word[:1], word[1:])
    if head not in {"l", "d", "j", "m", "n", "s", "t", "c", "qu"} or len(rest) < 4:
        return False
    return (is_french(rest) or _plain_common(rest)) and lookup(rest) is None


# a dot and a letter after a word: a web address or a file name ("exemple.fr"), compiled once (thirty-sixth pass)
_DOT_WORD = re.compile(r"\.\w")


def _lower_kind(text: str, start: int, end: int) -> str:
    """How a lower-case word may belong to a name: "name" (a known name that is no French word), "short" (such a
    name of two letters), "unknown" (no French word, no known name), or "" (anything else)."""
    word = text[start:end]
    if not word.islower() or any(char.isdigit() for char in word):
        return ""
    before, after = text[start - 1 : start], text[end : end + 2]
    if before in ("@", ".", "/", "_", "[") or after[:1] in ("@", "_", "/") or _DOT_WORD.match(after):
        return ""  # an e-mail, a web address, a file name
    if _plain_common(word) or is_french(word) or word in _CHAT_WORDS or _elided(word) or is_demonym(word):
        return ""
    kind = lookup(word)
    if kind is None:
        return "unknown" if len(word) >= 3 else ""
    if kind.common or kind.public:
        return ""
    return "name" if len(word) >= 3 else "short"


def lower_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Names written in lower case with no cue: a known name that is no French word ("on a vu ousmane hier"),
    with its neighbours that are known names too, or one unknown word beside it ("andrii kovalenko",
    "blaise makosso"). A two-letter name ("ho", "ly") only beside a longer one."""
    tokens = _tokens(text)
    kinds = [_lower_kind(text, *span) for span in tokens]
    english = _english_sentences(text)
    kinds = [
        kind if not any(a <= span[0] < b for a, b in english) else "" for kind, span in zip(kinds, tokens, strict=True)
    ]
    done = -1
    for index, kind in enumerate(kinds):
        if kind != "name" or index <= done:
            continue
        first = last = index
        while last + 1 < len(tokens) and _adjacent(text, tokens[last], tokens[last + 1]):
            following = kinds[last + 1]
            word = text[slice(*tokens[last + 1])]
            if following in ("name", "short"):
                last += 1
            elif following == "unknown":
                last += 1
                break
            elif word in _GLUE_LOWER and last + 2 < len(tokens) and kinds[last + 2] in ("name", "unknown"):
                if not _adjacent(text, tokens[last + 1], tokens[last + 2]):
                    break
                last += 2
            else:
                break
        while first > 0 and _adjacent(text, tokens[first - 1], tokens[first]):
            previous = kinds[first - 1]
            if previous in ("name", "short"):
                first -= 1
            elif previous == "unknown" and tokens[first - 1][1] - tokens[first - 1][0] >= 4:
                first -= 1
                break
            else:
                break
        done = last
        yield tokens[first][0], tokens[last][1], 0.55


_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:…]\s*|\n\s*|[«\"(]\s*)$")


def shaped_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """A capitalised surname alone inside a sentence when its ending says so and it is no French word: "j'ai
    appelé Kovalchuk", "chez KOVALCHUK" (see `gazetteer.lookup`); not the first word of a sentence."""
    for match in _LONE.finditer(text):
        word = match.group()
        if (
            len(word) < 6
            or not word[0].isupper()
            or _SENTENCE_BEFORE.search(text[max(0, match.start() - 3) : match.start()])
        ):
            continue
        if fold(word) in _SHAPE_EXCEPTIONS or _plain_common(word) or is_french(word):
            continue
        if lookup(word) is SHAPED:
            yield match.start(), match.end(), 0.55


# Words of a surname's shape that are places or peoples, not people.
_SHAPE_EXCEPTIONS = {"vatican", "azerbaidjan", "kazakhstan", "ouzbekistan", "bucarest", "moldova", "kosovo"}


_WITH_ME = re.compile(rf"(?<![\w'’\-])(?P<a>{_W})[ \t]+et[ \t]+moi\b|\bmoi[ \t]+et[ \t]+(?P<b>{_W})", re.IGNORECASE)


def names_with_me(text: str) -> Iterator[tuple[int, int, float]]:
    """A known name, capitalised, beside "et moi": "Kévin et moi", "moi et Aïcha"; a first name that is also a
    common word too inside a sentence ("pour Blanche et moi": a common noun would take an article there)."""
    for match in _WITH_ME.finditer(text):
        group = "a" if match.group("a") else "b"
        word = match.group(group)
        if not word[0].isupper():
            continue
        # (thirty-first pass, p90e) a town after "à": "mon frère vit à Lyon et moi à Ajaccio" (unless spoken to)
        if _PLACE_BEFORE.search(text[max(0, match.start(group) - 12) : match.start(group)]) and not _SPOKEN_TO.search(
            text, max(0, match.start(group) - 80), match.start(group)
        ):
            continue
        inside = not _SENTENCE_START.search(text[max(0, match.start(group) - 3) : match.start(group)])
        common_first = inside and not word.isupper() and _first_name_word(word) and word.lower() not in _FUNCTION_WORDS
        if not _plain_common(word) and is_name(word) or common_first:
            yield match.start(group), match.end(group), 0.7
