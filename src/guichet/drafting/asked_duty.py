"""A duty of the writer's, settled one way, in answer to "dois-je … ?" (thirty-seventh pass, engineer-d45).

"Faut-il que je prévienne le Service des retraites de l'État ?" answered "Il n'est pas nécessaire de prévenir le
Service des retraites de l'État." with no source, or "Dois-je attendre un délai avant de retravailler chez lui ?"
answered "Vous n'avez aucun délai à respecter" beside a passage that sets six months: the sentence is the answer,
yet it is neither a yes nor a right nor a permission (`guichet.drafting.asked_verdicts`), and the first does not
even speak to "vous". Such a sentence is a verdict of its own kind, "duty", when the message asks whether the writer
must do something ("dois-je", "faut-il", "est-ce obligatoire", "besoin de") and the words after the duty's phrase
take up a word of that question ("prévenir" / "prévienne", "délai", "écrire"); like any verdict it is flagged when no
single source gives most of its words (`asked_verdicts.unsourced_verdict`). A step the writer did not ask about
("vous devez joindre un justificatif" to "combien ça coûte ?") is none. Texts are folded.
"""

import re

from guichet.text.words import CONTENT_STOP_WORDS

# A question about what the writer must do.
_DUTY_QUESTION = re.compile(
    r"\b(?:dois|doit|devons|devrais|devrai|faut|faudra|faudrait|obligatoire|oblige|obligee|obligation|necessaire"
    r"|besoin|imperatif|requis)\b"
)
# A duty settled, either way: "il n'est pas nécessaire de", "inutile de", "vous n'avez pas à", "vous devez".
_DUTY = re.compile(
    r"\b(?:il|ce|c)(?: n)?.?(?:est|sera) (?:pas |donc |bien |plus )?(?:necessaire|obligatoire|utile|indispensable"
    r"|requis|exige|impose)e? (?:de |d.)"
    r"|\binutile (?:de |d.)|\b(?:pas|aucun|nul) besoin (?:de |d.)"
    r"|\bvous n.avez (?:pas|rien|plus|aucune? \w+|nul besoin) (?:a |de |d.)?"
    r"|\bvous (?:ne )?(?:devez|devrez|devriez)(?: (?:pas|plus|donc|bien|obligatoirement|imperativement))*\b"
    r"|\bvous (?:n.)?(?:etes|serez) (?:pas |donc |bien )?(?:tenue?|obligee?)s? (?:de |d.)"
    r"|\bil (?:ne )?(?:vous )?(?:faut|faudra)(?: pas)?\b|\baucune? (?:demarche|formalite|obligation)\b"
)
_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_END = re.compile(r"[,;:.!?]")
PREFIX = 4  # "prévienne" / "prévenir", "écrire" / "écrive": a verb's forms part after four letters


def duty_questions(asked: list[str]) -> list[str]:
    """The folded questions (`guichet.drafting.asked._parts`) that ask whether the writer must do something."""
    return [q for q in asked if _DUTY_QUESTION.search(q)]


def _prefixes(text: str) -> set[str]:
    return {w[:PREFIX] for w in _WORD.findall(text) if len(w) >= PREFIX and w not in CONTENT_STOP_WORDS}


def is_duty(folded: str, questions: list[str]) -> bool:
    """Whether a folded draft sentence settles a duty one of `questions` (`duty_questions`) asks about."""
    if not questions:
        return False
    asked = set().union(*(_prefixes(_DUTY_QUESTION.sub(" ", q)) for q in questions))
    for m in _DUTY.finditer(folded):
        end = _CLAUSE_END.search(folded, m.end())
        if _prefixes(folded[m.end() : end.start() if end else len(folded)]) & asked:
            return True
    return False
