"""The writer's age said bare, as a self-description goes on: "je suis apprentie en BP esthétique, 21 ans, …",
"jsuis apprentie coiffeuse en 2e année de CAP, 16 ans, …", "je m'appelle [PERSONNE_1], 34 ans, je suis …".

`writer._OWN_AGE` reads an age said with a verb ("j'ai 21 ans", "âgée de 21 ans"); people who write fast give it
between commas right after what they say of themselves. Such an age is the writer's only where the sentence so far
speaks in the first person and names nobody else before it ("mon fils, 4 ans", "deux enfants, 4 et 9 ans",
"ma mère, 72 ans" are not), and where it is no duration ("12 ans de carrière", "depuis 3 ans", "il y a 2 ans",
"j'ai été salarié agricole, 12 ans").
Texts are folded."""

import re

_BARE = re.compile(r",\s*(\d{1,2})\s*ans\b(?!\s*(?:de|d.|et demi de)\s?\w)(?=\s*(?:[,.;)!?\n]|et\b|je\b|j.|$))")
_FIRST_PERSON = re.compile(r"\b(?:je|moi|jsuis|chuis|jai|jme|m.appelle)(?!\w)|\bj[’']")
# A verb of a span of life before the number makes it a duration ("j'ai été salarié agricole, 12 ans, puis …").
_SPAN_VERB = re.compile(
    r"\b(?:travaill\w*|bosse\w*|ete|exerce\w*|cotise\w*|passe\w*|reste\w*|vecu|habite\w*|install\w*)\b"
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|un|une|deux|trois|quatre)\s+(?:\w+\s+)?(?:fils|filles?|"
    r"enfants?|garcons?|bebes?|mari|femme|epou\w*|conjoint\w*|compagn\w*|copain|copine|mere|pere|parents?|frere|"
    r"soeur|petit|petite|voisine?|ami\w*|colleg\w*|patron\w*|tuteur|neveu|niece|tante|oncle|cousine?)\b"
    r"|\b(?:il|elle|ils|elles)\b"
)
_DURATION_BEFORE = re.compile(r"\b(?:depuis|pendant|durant|il y a|apres|avant|pour|sur|en|de)\s*$")


def read_bare_ages(folded: str) -> set[float]:
    """The ages a folded message gives its writer bare between commas, after a first-person self-description."""
    ages: set[float] = set()
    for m in _BARE.finditer(folded):
        sentence = re.split(r"[.;?!\n]", folded[: m.start()])[-1]
        first = list(_FIRST_PERSON.finditer(sentence))
        if not first or _SOMEONE_ELSE.search(sentence[first[-1].start() :]):
            continue
        if _DURATION_BEFORE.search(sentence) or _SPAN_VERB.search(sentence[first[-1].start() :]):
            continue
        age = float(m.group(1))
        if 14 <= age <= 99:
            ages.add(age)
    return ages


# The writer's age given in answer to another's, the word "ans" left out: "l'antenne fête ses quarante ans … moi j'en
# ai vingt-six", "mes enfants ont huit et onze ans, moi trente-neuf", "il a 30 ans, j'en ai 26".
_ECHOED = re.compile(
    r"(?:\bmoi,?\s+(?:j.en ai\s+|j.ai\s+)?|\bj.en ai\s+)(\d{1,2})(?:\s*ans)?(?=\s*(?:[,.;)!?\n]|et\b|$))"
)
_AGE_SAID = re.compile(r"\b\d{1,3}\s*ans\b")


def read_echoed_ages(folded: str) -> set[float]:
    """The ages a folded message gives its writer after another's age, without the word "ans"."""
    ages: set[float] = set()
    for m in _ECHOED.finditer(folded):
        age = float(m.group(1))
        if 14 <= age <= 99 and _AGE_SAID.search(folded[max(0, m.start() - 150) : m.start()]):
            ages.add(age)
    return ages
