"""Sums and years written in words, with hundreds and thousands ("huit cent douze euros", "cinq cent trente
euros d'ASS", "deux mille vingt-deux"): put in digits before the readers of sums, incomes and years, as
`lexicon.spell_digits` does for the numbers from 11 to 99. A draft writes "812 euros" where the message wrote "huit
cent douze euros", and the sum reader took "douze euros" for the sum (a consistent sentence removed).

Only a run of number words that holds "cent" or "mille"; "pour cent" stays words (a percentage is read as words)."""

import re

_VALUES = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
_WORD = r"(?:" + "|".join(sorted(_VALUES, key=len, reverse=True)) + r"|cents?|mille)"
# not after digits ("3 mille euros" stays as written rather than "3 1000")
_RUN = re.compile(rf"(?<![\w-])(?<!pour )(?<!\d )(?<!\d){_WORD}(?:(?:[- ]|\s+et\s+|-et-){_WORD})*(?![\w-])")


def _value(words: list[str]) -> int:
    total, current, previous = 0, 0, ""
    for word in words:
        if word in {"cent", "cents"}:
            current = (current or 1) * 100
        elif word == "mille":
            total, current = total + (current or 1) * 1000, 0
        elif word in {"vingt", "vingts"} and previous == "quatre":
            current += 76  # "quatre-vingt": 4 × 20
        else:
            current += _VALUES[word]
        previous = word
    return total + current


def _replace(m: re.Match[str]) -> str:
    words = [w for w in re.split(r"[- ]+", m.group()) if w and w != "et"]
    if not {"cent", "cents", "mille"} & set(words):
        return m.group()
    if re.match(r"\s+pour cent\b", m.string[m.end() :]):
        return m.group()  # "cent pour cent": a percentage, read as words
    return str(_value(words))


def spell_big_numbers(folded: str) -> str:
    """A folded text with its numbers of hundreds and thousands in words put in digits."""
    if "cent" not in folded and "mille" not in folded:
        return folded
    return _RUN.sub(_replace, folded)
