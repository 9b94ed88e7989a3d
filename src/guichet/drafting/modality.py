"""What a sentence says one must, need not, may or may not do, and whether an income is taxed (principle 2).

"Vous devez déclarer l'AAH" against "Non, elles sont exonérées d'impôt sur le revenu": the two share few words (a
draft paraphrases), so the word-overlap alignment of `contradictions` does not compare them, and the negation
parity does not see an obligation set against an exemption. Here each sentence gets its modalities:

* "must" (vous devez, il faut, obligatoire, êtes tenu…) against "need_not" (vous n'avez pas à, pas obligé,
  facultatif, dispensé, pas besoin…);
* "may" (vous pouvez, avez le droit, êtes libre, autorisé…) against "may_not" (vous ne pouvez pas, interdit,
  impossible, n'avez pas le droit…);
* "taxed" (imposable, soumis à l'impôt, doit être déclaré…) against "untaxed" (exonéré, non imposable, pas
  d'impôt, n'avez pas à déclarer…).

A Q&A fiche answers its title's question with "Oui" or "Non": "Doit-on déclarer les aides ?" + "Non, …" says
"need_not" (and the question gives the answer the subject its own words lack). A sentence and a source sentence
about the same thing (a lower bar than the alignment of `contradictions`: MODAL_ALIGN of the sentence's words, and
at least MODAL_SHARED words) whose modalities are opposite, one without the other, contradict.
"""

import re
from functools import lru_cache

from guichet.text import content_terms, fold

# Share of the sentence's content words (modal words left out) the source sentence must hold, and their least number.
MODAL_ALIGN = 0.3
MODAL_SHARED = 2

_PATTERNS: dict[str, str] = {
    "need_not": (
        r"\bn'(?:avez|a|ont|aurez|aura) (?:pas|plus|rien) a\b|\b(?:pas|nullement|plus) (?:oblige\w*|tenue?s?)\b|"
        r"\b(?:n'est|n'etes|ne sont|ne sera|n'etait) pas (?:obligatoire\w*|necessaire\w*|exige\w*|requis\w*)|"
        r"\bfacultati\w*|\bdispens\w*|\bpas besoin\b|\bpas obligatoirement\b|\brien a (?:declarer|payer|faire)\b"
    ),
    "must": (
        r"\bvous (?:devez|devrez|devriez)\b|\b(?:il )?(?:vous )?faut\b|\bobligatoire\w*|\bobligatoirement\b|"
        r"\b(?:etes|est|sont|serez|sera) (?:tenue?s?|oblige\w*) d\w*|"
        r"\bdoi(?:t|vent) (?!pas\b)(?:etre |obligatoirement )?\w+|\bil est necessaire\b|\bimperati\w*|"
        r"\b(?:est|sont) (?:exige|requis)\w*|\bpensez a\b"
    ),
    "may_not": (
        r"\b(?:ne|n')\s*(?:[\w']+\s+){0,1}?(?:pouvez|peut|peuvent|pourrez|pourra|pourront|pouvons)\s+(?:pas|plus)\b|"
        r"\bn'(?:avez|a|ont|aurez|aura) (?:pas|plus) (?:le )?droit\b|\binterdi\w*|\bimpossible\b|\bpas possible\b|"
        r"\bpas autorise\w*|\bne (?:devez|doit|doivent|(?:vous )?faut) (?:pas|plus|jamais)\b|\bexclu\w* d"
    ),
    "may": (
        r"\bvous (?:pouvez|pourrez|pourriez)\b|\b(?:avez|a|ont|aurez) (?:le )?droit\b|\bete?s? libres?\b|"
        r"\best possible\b|\bautorise\w*|\bpeu(?:t|vent) (?!pas\b)(?!etre\b)\w+|\ben droit\b"
    ),
    "untaxed": (
        r"\bexoner\w*|\bnon imposables?\b|\bpas (?:imposables?|imposee?s?)\b|\bpas (?:d'|de l')impot\b|"
        r"\bechapp\w* a l'impot\b|\bpas soumise?s? a l'impot\b|"
        r"\bn'(?:avez|a|ont) (?:pas|rien) a (?:les |la |le )?declarer\b|"
        r"\bfranchise\w* d'impot"
    ),
    "taxed": (
        r"\b(?<!non )(?<!pas )imposables?\b|\bsoumise?s? a l'impot\b|\b(?:est|sont) imposee?s?\b|"
        r"\b(?:doi(?:t|vent)|devez) (?:etre )?(?:les |la |le )?declar\w*|\bajouter a (?:votre|la) declaration\b"
    ),
}
_COMPILED = {name: re.compile(pattern) for name, pattern in _PATTERNS.items()}
OPPOSITE = {"must": "need_not", "need_not": "must", "may": "may_not", "may_not": "may",
            "taxed": "untaxed", "untaxed": "taxed"}  # fmt: skip
# Which modality a negative form overrides: "n'avez pas à" is not also "must", "ne pouvez pas" not also "may", "il ne
# faut pas" not also "must".
_OVERRIDES = (("need_not", "must"), ("may_not", "may"), ("may_not", "must"), ("untaxed", "taxed"))

# A Q&A title's question: what it asks (folded).
_QUESTION = (
    (
        "must",
        re.compile(r"\b(?:doit-(?:on|il|elle)|faut-il|doi(?:t|vent)-(?:ils|elles)|est-(?:il|elle|ce) obligatoire)\b"),
    ),
    ("may", re.compile(r"\b(?:peut-(?:on|il|elle)|peuvent-(?:ils|elles)|a-t-(?:on|il|elle) (?:le )?droit)\b")),
    ("taxed", re.compile(r"\b(?:imposables?|imposee?s?)\b")),
)
_ANSWER = re.compile(r"^\s*(oui|non)\b[\s,.:;-]*", re.IGNORECASE)
# Words that carry the modality, not the subject: left out of the alignment.
_MODAL_WORDS = frozenset(
    content_terms(
        "devez devrez doit doivent pouvez pourrez peut peuvent faut obligatoire obligatoirement oblige tenu droit "
        "libre possible impossible interdit exonere exoneration imposable impose impot facultatif "
        "dispense besoin necessaire pensez vous votre vos"
    )
)


def _fold(text: str) -> str:
    return fold(text).replace("’", "'")


@lru_cache(maxsize=8192)
def modalities(text: str) -> frozenset[str]:
    """The modalities a text states ("must", "need_not", "may", "may_not", "taxed", "untaxed")."""
    folded = _fold(text)
    found = {name for name, pattern in _COMPILED.items() if pattern.search(folded)}
    for negative, positive in _OVERRIDES:
        if negative in found and positive in found:
            stripped = _COMPILED[negative].sub(" ", folded)
            if not _COMPILED[positive].search(stripped):
                found.discard(positive)
    return frozenset(found)


def answered(title: str, line: str) -> tuple[str, frozenset[str]]:
    """A Q&A fiche's "Oui / Non" answer read with its question: the text to align (question and answer) and what
    the pair states. Any other line: itself and its own modalities."""
    m = _ANSWER.match(_fold(line))
    own = modalities(line)
    if not m or not title.strip().endswith("?"):
        return line, own
    asked = {name for name, pattern in _QUESTION if pattern.search(_fold(title))}
    if m.group(1) == "non":
        asked = {OPPOSITE[name] for name in asked}
    return f"{title} {line}", own | asked


_CITATION = re.compile(r"\[\d+(?:\s*(?:,|et|-)\s*\d+)*\]")


@lru_cache(maxsize=8192)
def subject_terms(text: str) -> frozenset[str]:
    """What a sentence is about: its content words without citation marks nor modal words, a plural's "s" cut (the
    6-letter stems keep it on short words: "impôts" / "impôt")."""
    terms = content_terms(_CITATION.sub(" ", text)) - _MODAL_WORDS
    return frozenset(t[:-1] if len(t) > 3 and t[-1] in "sx" else t for t in terms)


# A condition after the main clause ("vous devez la déclarer si vous travaillez"): what the clause is about is
# before it.
_CONDITION = re.compile(
    r"\s(?:si|s'il|s'ils|lorsque|lorsqu'|quand|des lors que|a condition que|en cas d)", re.IGNORECASE
)


def main_clause(text: str) -> str:
    """A clause without the condition that follows it, when the main clause keeps MODAL_SHARED subject words:
    "Vous devez mettre l'AAH dans votre déclaration si vous travaillez en milieu ordinaire" is about the AAH and
    the declaration; the case it is said for dilutes it against a statement about them."""
    m = _CONDITION.search(_fold(text))
    if m is None or m.start() == 0:
        return text
    head = text[: m.start()]
    return head if len(subject_terms(head)) >= MODAL_SHARED else text


def reversed_modality(sentence: str, statement: str, stated: frozenset[str]) -> bool:
    """Whether `sentence` states a modality whose opposite `stated` (the modalities of `statement`) holds without
    it, `statement` being about the same thing."""
    said = modalities(sentence)
    if not any(OPPOSITE[m] in stated and m not in stated for m in said):
        return False
    terms = subject_terms(sentence)
    shared = terms & subject_terms(statement)
    return bool(terms) and len(shared) >= MODAL_SHARED and len(shared) / len(terms) >= MODAL_ALIGN
