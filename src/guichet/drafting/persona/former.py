"""A place, a home or an employer the writer has left, said by a draft as their present ("j'habitais à Metz
jusqu'en 2024, maintenant je vis à Strasbourg" / "vous résidez à Metz"; "je ne travaille plus chez Leclerc depuis
mars" / "vous travaillez actuellement chez Leclerc"; "l'année dernière j'habitais chez mes parents" / "vous habitez
encore chez vos parents").

The readers of places and workplaces keep a name without its time, so the old address was read as the present one.
This keeps the words the message says only in a clause of the writer's past (a first-person imperfect of a state,
"je ne … plus", "mon ancien …") and never in another clause, and finds a draft's clause that says the writer lives,
works or stays there now ("vous habitez", "vous vivez", "vous travaillez", "vous êtes toujours …"): contradicted
where it names one of those words. Texts are folded. Switch: `FORMER_STATUS`.
"""

import re

from guichet.drafting.persona.lexicon import CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Trait

# Off: a place or an employer left is read without its time, as in the forty-third pass.
FORMER_STATUS = True
# Off (shipped off: it moves one train item, no validation one): the person a past clause names another by ("le père
# de mes enfants") is a word of the writer's past, as in pass 46.
OWNER_COMPLEMENTS = False

# A clause of the writer's past: an imperfect of the first person ("j'habitais", "je travaillais", "j'avais une
# mutuelle", not the pluperfect "j'avais demandé", the conditional "je voudrais" nor the presents "je vais", "je
# fais", "je sais"), "je ne … plus",
# "mon ancien employeur".
_FORMER = re.compile(
    r"\b(?:j.|je |nous )(?:ne |n.)?(?!vais\b|fais\b|sais\b|tais\b|plais\b|\w*r(?:ais|ions)\b|"
    r"av(?:ais|ions) \w+(?:e|ee|es|i|is|u|it)\b)\w*(?:ais|ions)\b"
    r"|\bn.\w+ plus\b|\bne \w+ plus\b|\b(?:mon|ma|mes) ancien(?:ne)?s?\b"
)
_CLAUSES = re.compile(r"[.;:!?\n,]|\bmais\b|\bpuis\b|\bet\b|\balors que\b|\btandis que\b|\bmaintenant\b|\bdepuis\b")
# A draft's clause that the writer lives, works or stays somewhere now.
_NOW = re.compile(
    r"^\W*vous\s+(?:habitez|vivez|residez|logez|demeurez|travaillez|etes (?:toujours|encore|actuellement))\b(.*)"
)
_WORD = re.compile(r"[a-z][a-z-]{3,}")
# "avec le père de mes enfants": "mes enfants" tells whose father, not where or with whom the writer lived
# (`OWNER_COMPLEMENTS`; "je vivais en concubinage avec le père de mes enfants" / "vous vivez seule avec vos enfants").
_OWNER = re.compile(r"\b(?:de|d.) (?:mes|mon|ma|nos|notre) [a-z-]+")
# A time after the place is no place: "vous vivez seule depuis le décès de votre mari".
_TIME = re.compile(r"\b(?:depuis|il y a|pendant|jusqu|apres|avant)\b")
# Words that name no place, home nor employer: the frame's own words and time words.
_PLAIN = frozenset(
    "vous votre vos avec chez dans pour encore toujours actuellement aujourd maintenant desormais depuis plus "
    "tres etes habitez vivez residez logez demeurez travaillez temps plein partiel mois annee annees semaine "
    "logement seul seule seuls seules ville region france".split()
)


def _words(text: str) -> set[str]:
    return {w.strip("-") for w in _WORD.findall(text)} - _PLAIN


def read_former(folded: str) -> frozenset[str]:
    """The words a folded message says only in clauses of the writer's past."""
    if not FORMER_STATUS:
        return frozenset()
    former: set[str] = set()
    other: set[str] = set()
    for sentence in re.split(r"[.;!?\n]", folded):
        starts = [0, *(m.start() for m in _CLAUSES.finditer(sentence)), len(sentence)]
        for a, b in zip(starts, starts[1:], strict=False):
            clause = sentence[a:b]
            if _FORMER.search(clause):
                former.update(_words(_OWNER.sub(" ", clause) if OWNER_COMPLEMENTS else clause))
            else:
                other.update(_words(clause))
    return frozenset(former - other)


def former_claims(folded: str) -> list[tuple[int, str, list[Trait]]]:
    """A draft sentence's clause that the writer lives or works somewhere now ("former" trait: its words)."""
    if not FORMER_STATUS:
        return []
    claims = []
    for sentence in re.split(r"[.;!?]|\bmais\b", folded):
        m = _NOW.match(sentence)
        if m and (words := _words(_TIME.split(m.group(1))[0])):
            claims.append((folded.find(sentence), sentence.strip(), [Trait("former", " ".join(sorted(words)))]))
    return claims


def former_verdict(value: str, former: frozenset[str]) -> str:
    """Contradicted where the clause names a word the message says only of the writer's past."""
    return CONTRADICTED if set(value.split()) & former else UNSUPPORTED
