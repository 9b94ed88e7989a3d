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
    r"|\bvous n.avez (?:donc |alors )?(?:pas|rien|plus|aucune? \w+|nul besoin) (?:a |de |d.)?"
    r"|\bvous (?:ne )?(?:devez|devrez|devriez)(?: (?:pas|plus|donc|bien|obligatoirement|imperativement))*\b"
    r"|\bvous (?:n.)?(?:etes|serez) (?:pas |donc |bien )?(?:tenue?|obligee?)s? (?:de |d.)"
    r"|\bil (?:ne )?(?:vous )?(?:faut|faudra)(?: pas)?\b|\baucune? (?:demarche|formalite|obligation)\b"
)
# What a source says of a duty besides the phrases above: "vous êtes dispensé de", "n'est pas soumise à", "sans
# aucune démarche" (none), "doit être faite", "doivent se présenter" (one).
_SOURCE_DUTY = re.compile(
    _DUTY.pattern + r"|\b(?:dispensee?s? (?:de |d.)|(?:n.est|ne sont) pas (?:soumise?s?|assujettie?s?) (?:a|au|aux) )"
    r"|\bsans (?:aucune )?(?:demarche|formalite)s?\b|\b(?:doit|doivent)(?: obligatoirement| imperativement)?\b"
)
# A duty said away: a negation, "inutile", "dispensé", "sans démarche".
_NO_DUTY = re.compile(r"\b(?:pas|rien|plus|aucune?|nul|inutile|dispensee?s?|sans)\b|\bn.(?:avez|est|etes)\b")
_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_END = re.compile(r"[,;:.!?]")
ENABLED = True  # `settled_alike`'s switch (forty-first pass)
PREFIX = 4  # "prévienne" / "prévenir", "écrire" / "écrive": a verb's forms part after four letters


def duty_questions(asked: list[str]) -> list[str]:
    """The folded questions (`guichet.drafting.asked._parts`) that ask whether the writer must do something."""
    return [q for q in asked if _DUTY_QUESTION.search(q)]


def _prefixes(text: str) -> set[str]:
    return {w[:PREFIX] for w in _WORD.findall(text) if len(w) >= PREFIX and w not in CONTENT_STOP_WORDS}


def _acts(folded: str, phrase: re.Pattern[str]) -> list[tuple[bool, set[str]]]:
    """Each duty a folded text settles: whether it is said away, and the words of its act (to the clause's end)."""
    out = []
    for m in phrase.finditer(folded):
        end = _CLAUSE_END.search(folded, m.end())
        act = _prefixes(folded[m.end() : end.start() if end else len(folded)])
        out.append((bool(_NO_DUTY.search(m.group(0))), act))
    return out


def _settled(folded: str, folded_sources: list[str], questions: list[str]) -> list[tuple[bool, bool]]:
    """For each duty on an act of the question's that a folded draft sentence settles: whether a source settles it
    the same way, and whether one settles it the other way (the act sharing a word of the question's)."""
    if not ENABLED or not questions or not folded_sources:
        return []
    asked = set().union(*(_prefixes(_DUTY_QUESTION.sub(" ", q)) for q in questions))
    said = [(none, act & asked) for none, act in _acts(folded, _DUTY) if act & asked]
    given = [duty for source in folded_sources for duty in _acts(source, _SOURCE_DUTY)]
    return [
        (
            any(none == source_none and act & source_act for source_none, source_act in given),
            any(none != source_none and act & source_act for source_none, source_act in given),
        )
        for none, act in said
    ]


def settled_alike(folded: str, folded_sources: list[str], questions: list[str]) -> bool:
    """Whether a source settles the duty a folded draft sentence settles the same way, on an act of the question's
    ("Vous n'avez pas à faire figurer la prime d'activité sur votre déclaration" beside "Vous n'avez donc pas à la
    déclarer" to "Est-ce que je dois déclarer la prime d'activité ?"; forty-first pass): the source's verdict, in
    other words, is no answer of the draft's own. A duty said the other way, or of another act, is no support."""
    settled = _settled(folded, folded_sources, questions)
    return bool(settled) and all(alike for alike, _ in settled)


def settled_otherwise(folded: str, folded_sources: list[str], questions: list[str]) -> bool:
    """Whether a folded draft sentence settles a duty of the question's one way where the sources settle it only
    the other way ("Vous n'avez pas à faire figurer la prime sur votre déclaration" beside "Vous devez la
    déclarer"; forty-first pass): the opposite of the source, in words the source does not use."""
    return any(otherwise and not alike for alike, otherwise in _settled(folded, folded_sources, questions))


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
