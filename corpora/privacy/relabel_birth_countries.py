"""Relabel the privacy corpus to the thirty-eighth pass's policy: a country of birth other than France is personal.

Until then a country of birth stayed visible (nineteenth pass) and 37 batches left it unplanted. This script adds,
to every item of every split, each country of birth other than France (in the message or its subject line) that no
planted string covers yet, as a planted string of category `birthplace` (a label change for a policy change, not
tuning; no other label moves).
The forms it reads, with a pattern of its own (the recogniser's code is not used, only the list of country names):

- `direct`: the birth word, an optional date, then "en / au / aux / à <country>" ("née au Maroc", "né le 3 mars 1950
  en Algérie", "nés tous les deux aux Comores", "né à Madagascar");
- `after_town`: the birth word, an optional date, "à <town>", then the country in brackets, after a comma or after
  "en / au / aux" ("né à Kayes (Mali)", "née à Cebu, Philippines", "né à Labé en Guinée");
- `label`: a form's label, then the country, or the town and the country ("Lieu de naissance : Oujda (Maroc)",
  "Pays de naissance : Sénégal").

    PYTHONPATH=src python corpora/privacy/relabel_birth_countries.py [--write] [--show-split train]

Without `--write` it only counts (per split and form); `--show-split` prints the items of one split it changes
(never use it on `test`).
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from guichet.corpora import split_of
from guichet.privacy.recognizers.foreign_countries import FOREIGN, key

FOLDER = Path(__file__).resolve().parent
_MONTH = r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_DATE = r"(?:\d{1,4}(?:er)?(?:[ ./\-]+(?:\d{1,4}|" + _MONTH + r"))*|(?:" + _MONTH + r")[ ]+\d{4})"
# the birth word, then a maiden name ("née Rakotomalala le 4 avril 1964 à Madagascar")
_BORN = r"(?<![\w'’\-])(?i:n[ée]e?s?|n[ée]\(e\)s?)(?![\w])(?-i:(?:[ \t]+[A-ZÀ-Þ][\w'’\-]+){0,3}(?=[ \t]+le[ \t]))?"
_WHEN = r"(?:[ \t]*,?[ \t]*\(?(?i:le|en|du)?[ \t]*:?[ \t]*" + _DATE + r"\)?)?"
_TOGETHER = r"(?:[ \t]+(?:tous les deux|toutes les deux|aussi|également))?"
_PREP = r"[ \t]*,?[ \t]+(?:en|au|aux|à|a)[ \t]+"
_TOWN = (
    r"(?:[A-ZÀ-Þ][\w'’\-]*(?:[ \t]+(?:de[ \t]+|du[ \t]+|d['’]|la[ \t]+|el[ \t]+)?[A-ZÀ-Þ][\w'’\-]*){0,3}|[a-zà-ÿ]{3,})"
)
_TOWN_END = r"(?:[ \t]+(?:le|en)[ \t]+" + _DATE + r")?(?:[ \t]*\([ \t]*|[ \t]*,[ \t]*|[ \t]+(?:en|au|aux)[ \t]+)"
DIRECT = re.compile(_BORN + _WHEN + _TOGETHER + _PREP + r"(?=(?P<rest>.{1,60}))", re.I)
AFTER_TOWN = re.compile(
    _BORN + _WHEN + _TOGETHER + r"[ \t]*,?[ \t]+(?:à|a)[ \t]+" + _TOWN + _TOWN_END + r"(?=(?P<rest>.{1,60}))"
)
_LABEL = r"(?i:\b(?:lieu|pays|ville|commune)[ \t]+de[ \t]+naissance)[ \t]*[:|=\-][ \t]*(?:à[ \t]+)?"
LABEL = re.compile(_LABEL + r"(?=(?P<rest>.{1,60}))")
LABEL_TOWN = re.compile(_LABEL + _TOWN + r"(?:[ \t]*\([ \t]*|[ \t]*,[ \t]*)(?=(?P<rest>.{1,60}))")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# a bracket after a country of birth: "né aux Comores (Anjouan)"
_BRACKET = re.compile(r"[ \t]*\((?P<inner>[^()\n]{2,60})\)")


def country_in(text: str) -> tuple[str, int]:
    """The first foreign country named in a bracket's text ("île Maurice"), as written, and its offset."""
    for word in _WORD.finditer(text):
        if country := country_at(text[word.start() :]):
            return country, word.start()
    return "", 0


def country_at(text: str) -> str:
    """The foreign country (longest name) that `text` begins with, as written; "" if none."""
    best = ""
    for count, word in enumerate(_WORD.finditer(text), start=1):
        if count == 1 and word.start() != 0 or count > 6:
            break
        if key(text[: word.end()]) in FOREIGN:
            best = text[: word.end()]
    return best


def covered(item: dict) -> set[int]:
    """The characters of the message that a planted string already covers."""
    positions: set[int] = set()
    for value in item["pii"]:
        for match in re.finditer(re.escape(value), item["message"]):
            positions.update(range(match.start(), match.end()))
    return positions


def new_labels(item: dict) -> list[tuple[str, str, int]]:
    """(country as written, form, position) of each unplanted country of birth of the item's message."""
    text, found, seen = item["message"], [], set()
    done = covered(item)
    for form, regex in (("direct", DIRECT), ("after_town", AFTER_TOWN), ("label", LABEL), ("label", LABEL_TOWN)):
        for match in regex.finditer(text):
            start = match.start("rest")
            country = country_at(match.group("rest"))
            if not country and text[:start].rstrip().endswith("("):
                # in the bracket after the town, anywhere: "à Curepipe (île Maurice)"
                inner = _BRACKET.match(text, text.rindex("(", 0, start))
                if inner is not None:
                    country, offset = country_in(inner.group("inner"))
                    start = inner.start("inner") + offset
            if not country or start in seen:
                continue
            seen.add(start)
            if start not in done:
                found.append((country, form, start))
            after = _BRACKET.match(text, start + len(country))
            if form == "direct" and after is not None:
                other, offset = country_in(after.group("inner"))
                position = after.start("inner") + offset
                if other and position not in seen and position not in done:
                    seen.add(position)
                    found.append((other, form, position))
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--show-split", default="")
    args = parser.parse_args(argv)
    if args.show_split == "test":
        parser.error("the test split is never read")
    counts: Counter = Counter()
    for path in sorted(FOLDER.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        out, changed = [], False
        for line in lines:
            if not line.strip():
                out.append(line)
                continue
            item = json.loads(line)
            # the message, then the subject line ("Enfant né en Suisse – rattachement")
            labels = new_labels(item) + new_labels({**item, "message": item.get("title") or ""})
            split = split_of(item["id"])
            for country, form, start in labels:
                counts[(split, form)] += 1
                if split == args.show_split:
                    print(item["id"], form, repr(item["message"][max(0, start - 60) : start + len(country) + 10]))
                if country not in item["pii"]:
                    item["pii"].append(country)
                    item["categories"].append("birthplace")
                    changed = True
            out.append(json.dumps(item, ensure_ascii=False) if labels else line)
        if changed and args.write:
            path.write_text("\n".join(out) + "\n", encoding="utf-8")
    for (split, form), count in sorted(counts.items()):
        print(f"{split}\t{form}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
