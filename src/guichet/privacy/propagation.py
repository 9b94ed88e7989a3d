"""Other forms of a person's name in the same message, once one form is found (or an address spells it).

Each function takes the text and what detection found, and returns (start, end) spans of a person:

- `glued_forms`: a found name's words glued together inside a longer token — a hashtag, a handle, a file name
  ("#lucieblanc_vs_cpam" after "Lucie Blanc");
- `spelled_by_address`: two or three neighbouring words whose letters, glued, are how an e-mail address or a
  handle of the message starts or goes on ("rose marin" beside "rosemarin93@…", "fatou diallo" beside
  "@fatou.diallo"), at least one of them a name the gazetteer knows;
- `far_spellings`: a long surname written again two letters apart, with the same ending ("Grygorenko" after
  "Hryhorenko": a transliteration);
- `compound_parts`: a part of a found compound first name, capitalised, alone inside a sentence ("la boutique de
  Marie" after "Marie-Hélène Cazenave"), even when the part is a French word;
- `nicknames_beside`: a nickname right before a name in brackets ("« Momo » (Mohamed Tahiri)", "Jojo (Josiane Le
  Goff…)"), a capitalised surname in brackets right after a found name that ends with its initial ("Audrey K.
  (Kerbrat)"), and the name again in brackets in another case or shortened ("Dinh Thi Mai (dinh mai)");
- `address_nicknames`: a short first name an e-mail address spells beside a found surname, used alone ("Nico" after
  "Nicolas Berthier <nico.berthier78@…>");
- `joined_spellings`: a found surname with a particle or a hyphen written again in one word, or the other way round
  ("Lebihan" after "Yann Le Bihan", "Hadjali" after "Hadj-Ali", "Le Goff" after "Legoff");
- `joined_beside`: a short hyphenated word of a found name written again in one word right beside another word of
  the same name ("JIHO YOON" after "Yoon Ji-ho", "Minjun Park" after "Park Min-jun": Korean, Vietnamese and
  Chinese given names lose their hyphen on a card or a form, and the order of the two names changes).
"""

import re
from collections.abc import Iterable

from guichet.privacy import gazetteer, lexicon
from guichet.privacy.common_words import is_common

# The mechanisms `analyzer.detect` applies (all; a measure may switch one off to weigh it).
ENABLED = {"glued", "spelled", "far", "nicknames", "parts", "address", "joined", "joined_beside"}
_WORD = re.compile(r"[^\W\d_]+")
# what may stand between two words of a glued name: spaces or a hyphen, on one line (compiled once, thirty-sixth pass)
_GAP = re.compile(r"[ \t\-]+")
_ADDRESS = re.compile(r"(?i)(?<![\w.+-])@?[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?<![\w@])@[\w.]{4,}")
_TITLES = {"m", "mr", "mme", "mlle", "madame", "monsieur", "mademoiselle", "dr", "docteur", "maître", "me", "maitre"}
_NOT_NAME = {"mon", "ma", "mes", "le", "la", "les", "de", "du", "des", "et", "chez", "pour", "avec", "je", "moi"}


def _fold(value: str) -> str:
    return gazetteer.fold(value).lower()


def glued_forms(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Each token (hashtag, handle, file name) that holds a found name's words glued together, whole."""
    glued = set()
    for name in names:
        words = [_fold(word) for word in _WORD.findall(name)]
        if len(words) >= 2 and len("".join(words)) >= 7:
            glued.add("".join(words))
    if not glued:
        return []
    found = []
    for token in re.finditer(r"[#@]?[^\W_][\w.\-]*[^\W_]", text):
        piece = _fold(token.group())
        if any(form in piece for form in glued):
            found.append((token.start(), token.end()))
    return found


def spelled_by_address(text: str) -> list[tuple[int, int]]:
    """Two or three neighbouring words that an address of the message spells (see the module)."""
    addresses = [m for m in _ADDRESS.finditer(text)]
    if not addresses:
        return []
    locals_ = []
    for match in addresses:
        local = match.group().lstrip("@").split("@")[0]
        letters = _fold(re.sub(r"[\d._+\-]+", "", local))
        if len(letters) >= 7:
            locals_.append((letters, match.start(), match.end()))
    if not locals_:
        return []
    words = [m for m in _WORD.finditer(text)]
    found = []
    for i in range(len(words)):
        for size in (2, 3):
            group = words[i : i + size]
            if len(group) < size:
                break
            # neighbours: only spaces (or a hyphen) between the words, on one line
            gaps = [text[a.end() : b.start()] for a, b in zip(group, group[1:], strict=False)]
            if any(not _GAP.fullmatch(gap) for gap in gaps):
                break
            if any(word.group().lower() in _NOT_NAME for word in group):
                continue
            glued = "".join(_fold(word.group()) for word in group)
            if len(glued) < 7:
                continue
            start, end = group[0].start(), group[-1].end()
            for letters, a, b in locals_:
                inside = a <= start < b
                if not inside and letters.startswith(glued) and _a_known_name(group):
                    found.append((start, end))
                    break
    return found


def _a_known_name(words: list[re.Match[str]]) -> bool:
    return any((kind := gazetteer.lookup(word.group())) is not None and (kind.first or kind.surname) for word in words)


def far_spellings(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """A capitalised word of 8 letters or more two letters away from a found name's word, with the same last 4
    letters, or (thirty-ninth pass, p120e) the same first and last two letters: a registry's other spelling of the
    name, a letter doubled and another single ("Zeroukki" on the act for "Zerrouki")."""
    known = {_fold(word) for name in names for word in _WORD.findall(name) if len(word) >= 8}
    if not known:
        return []
    found = []
    for match in _WORD.finditer(text):
        token = match.group()
        if len(token) < 8 or not token[0].isupper() or is_common(token) or lexicon.is_french(token):
            continue
        folded = _fold(token)
        if folded in known:
            continue
        if any(_same_ends(folded, word) and _within_two(folded, word) for word in known):
            found.append((match.start(), match.end()))
    return found


def _same_ends(a: str, b: str) -> bool:
    return a[-4:] == b[-4:] or bool(a) and bool(b) and a[0] == b[0] and a[-2:] == b[-2:]


def _within_two(a: str, b: str) -> bool:
    """Levenshtein distance at most 2 (lengths within 2)."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        if min(current) > 2:
            return False
        previous = current
    return previous[-1] <= 2


_NICKNAME_BEFORE = re.compile(
    r"(?:«[ \t\u00a0]*(?P<quoted>[^\W\d_][\w'’\-]{1,15})[ \t\u00a0]*»|\"(?P<dquoted>[^\W\d_][\w'’\-]{1,15})\"|"
    r"(?<![\w’'\-])(?P<plain>[A-ZÀ-Ý][a-zà-ÿ]{1,10}))[ \t]*\([ \t]*\Z"
)
_BRACKETED_AFTER = re.compile(r"\.?[ \t]*\([ \t]*(?P<word>[A-ZÀ-Ý][a-zà-ÿ]{2,}|[A-ZÀ-Ý]{3,})[ \t]*\)")


def nicknames_beside(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`names`: the (start, end) of the names found. A nickname right before a bracket opening on a name; a surname
    alone in brackets right after a name (see the module)."""
    found = []
    for start, end in names:
        before = _NICKNAME_BEFORE.search(text, max(0, start - 24), start)
        if before is not None:
            group = next(g for g in ("quoted", "dquoted", "plain") if before.group(g))
            word = before.group(group)
            if group != "plain" or _nickname(word):
                found.append((before.start(group), before.end(group)))
        after = _BRACKETED_AFTER.match(text, end)
        # the bracket spells out the initial the name ends with: "Audrey K. (Kerbrat)"; never "Peyrot (Corrèze)"
        initial = re.search(r"(?<![\w])([A-ZÀ-Ý])\.?\Z", text[start:end])
        if (
            after is not None
            and initial is not None
            and after.group("word")[0].upper() == initial.group(1)
            and _surname_word(after.group("word"))
        ):
            found.append((after.start("word"), after.end("word")))
        # the same name again in brackets, in another case or shortened: "Dinh Thi Mai (dinh mai)", "Rose Marin
        # (ROSE MARIN)", even when a word of it is also a month or a French word (twenty-fifth pass)
        again = _AGAIN_AFTER.match(text, end)
        if again is not None:
            words = {_fold(word) for word in _WORD.findall(text[start:end])}
            if all(_fold(word) in words for word in _WORD.findall(again.group("words"))):
                found.append(again.span("words"))
    return found


_AGAIN_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<words>[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){0,2})[ \t]*\)")


def _nickname(word: str) -> bool:
    """A capitalised word before a bracketed name, not a title, a common word or a place: "Jojo", "Momo"."""
    kind = gazetteer.lookup(word)
    return (
        not is_common(word)
        and word.lower() not in _NOT_NAME | _TITLES
        and not (kind is not None and kind.public)
        and not lexicon.is_filler(word)
    )


def _surname_word(word: str) -> bool:
    kind = gazetteer.lookup(word)
    if kind is not None and kind.public:
        return False
    if kind is not None and kind.surname:
        return True
    return kind is None and not lexicon.is_french(word) and not is_common(word)


_SENTENCE_START = re.compile(r"(?:^|[.!?:…\n»«\"]|[.!?:…\n»«\"][ \t]+|^[ \t]+)\Z")


def compound_parts(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """A part of a found compound first name ("Marie" of "Marie-Hélène"), capitalised and alone inside a sentence."""
    parts = set()
    for name in names:
        for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", name):
            for part in word.split("-"):
                kind = gazetteer.lookup(part)
                # even a common or public first name ("Marie", "Pierre"): this person's, capitalised mid-sentence
                if len(part) >= 3 and part[0].isupper() and kind is not None and kind.first:
                    parts.add(part)
    if not parts:
        return []
    pattern = r"(?<![\w’'\-])(?:" + "|".join(map(re.escape, sorted(parts))) + r")(?![\w’'\-])"
    return [
        (m.start(), m.end())
        for m in re.finditer(pattern, text)
        if not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())
    ]


def address_nicknames(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """A short form of a found person's first name that their e-mail address spells beside their surname, used
    alone as a capitalised word ("Nico, Jules est chez toi" after "Nicolas Berthier <nico.berthier78@…>"): the
    address's local part, cut at dots, dashes and underscores, holds a found surname and another piece of 3+
    letters that starts a found first name of that person."""
    found_words = {_fold(word) for name in names for word in _WORD.findall(name) if len(word) >= 3}
    if not found_words:
        return []
    forms = set()
    for match in _ADDRESS.finditer(text):
        local = match.group().lstrip("@").split("@")[0]
        pieces = [_fold(piece) for piece in re.split(r"[._\-+]+", re.sub(r"\d+", "", local)) if piece]
        if not any(piece in found_words for piece in pieces):
            continue
        for piece in pieces:
            if (
                len(piece) >= 3
                and piece not in found_words
                and any(word.startswith(piece) and word != piece for word in found_words)
            ):
                forms.add(piece)
    if not forms:
        return []
    return [
        (m.start(), m.end())
        for m in _WORD.finditer(text)
        if m.group()[0].isupper() and _fold(m.group()) in forms and not is_common(m.group())
    ]


# The particles French, Breton, Arabic, Portuguese, Dutch and Italian surnames start with, written apart or joined.
_PARTICLES = ("le", "la", "de", "du", "des", "da", "dos", "das", "di", "del", "della", "van", "von", "ben", "el", "al")
_JOINED_MIN = 6  # letters of the word written in one piece
_SPLIT_PARTICLE = re.compile(
    r"(?<![\w’'\-])(?P<p>[A-ZÀ-Ý][a-zà-ÿ]{1,4})[ \t’'\-]?(?P<w>[A-ZÀ-Ý][a-zà-ÿ]{2,})(?![\w’'\-])"
)


def joined_spellings(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """A found name's particle and surname (or two parts of a hyphenated surname) written again in one capitalised
    word ("Le Bihan" then "Lebihan", "Hadj-Ali" then "Hadjali"), or a found one-word surname that starts with a
    particle written again in two ("Legoff" then "Le Goff", "Benamor" then "Ben Amor")."""
    pairs: set[str] = set()  # two words of a found name, glued: written in one word elsewhere
    singles: set[str] = set()  # one found word that starts with a particle: written in two elsewhere
    for name in names:
        words = re.findall(r"[^\W\d_]+|[\-]", name)
        for first, glue, second in zip(words, words[1:], words[2:], strict=False):
            if glue == "-" and first != "-" and second != "-":
                pairs.add(_fold(first + second))
        plain = [word for word in words if word != "-"]
        for first, second in zip(plain, plain[1:], strict=False):
            if _fold(first) in _PARTICLES and second[:1].isupper() and len(second) >= 3:
                pairs.add(_fold(first + second))
        for word in plain:
            folded = _fold(word)
            if word[:1].isupper() and any(folded.startswith(p) and len(folded) - len(p) >= 3 for p in _PARTICLES):
                singles.add(folded)
    pairs = {form for form in pairs if len(form) >= _JOINED_MIN}
    singles = {form for form in singles if len(form) >= _JOINED_MIN}
    if not pairs and not singles:
        return []
    found = []
    for match in _WORD.finditer(text):
        token = match.group()
        if token[:1].isupper() and _fold(token) in pairs and not is_common(token) and not lexicon.is_french(token):
            found.append((match.start(), match.end()))
    if singles:
        for match in _SPLIT_PARTICLE.finditer(text):
            if _fold(match.group("p")) in _PARTICLES and _fold(match.group("p") + match.group("w")) in singles:
                found.append((match.start(), match.end()))
    return found


_BESIDE_MIN = 4  # letters of a short glued word, accepted only beside another word of its name
_BESIDE_GAP = re.compile(r"[ \t]+")


def joined_beside(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """A found name's hyphenated word shorter than `_JOINED_MIN` once glued ("Ji-ho" → "Jiho", "JIHO") written
    again in one capitalised word right before or after another word of the same name ("JIHO YOON"): alone, such a
    short form would be too often a word, so it is taken only in the name's company, and both words are masked."""
    glued: dict[str, set[str]] = {}  # short glued form -> the other words of its name
    for name in names:
        words = re.findall(r"[^\W\d_]+|[\-]", name)
        plain = {_fold(word) for word in words if word != "-" and len(word) >= 3}
        for first, glue, second in zip(words, words[1:], words[2:], strict=False):
            form = _fold(first + second)
            if glue == "-" and _BESIDE_MIN <= len(form) < _JOINED_MIN:
                others = plain - {_fold(first), _fold(second)}
                if others:
                    glued.setdefault(form, set()).update(others)
    if not glued:
        return []
    tokens = list(_WORD.finditer(text))
    found = []
    for index, match in enumerate(tokens):
        token = match.group()
        others = glued.get(_fold(token))
        if not others or not token[:1].isupper() or lexicon.is_french(token):
            continue
        for near in (index - 1, index + 1):
            if not 0 <= near < len(tokens):
                continue
            other = tokens[near]
            gap = text[min(match.end(), other.end()) : max(match.start(), other.start())]
            if _BESIDE_GAP.fullmatch(gap) and other.group()[:1].isupper() and _fold(other.group()) in others:
                found += [(match.start(), match.end()), (other.start(), other.end())]
                break
    return found
