"""Whose length a message gives when it names another person before it: the writer's where that person is only the
complement of the writer's own clause ("je suis séparée de mon mari depuis deux ans", "je vis avec ma fille depuis
2019"), or where the person's act ends the writer's couple ("mon mari est décédé il y a deux mois", "mon compagnon
est parti il y a un an et demi": the writer is a widow, or separated, since then).

The thirty-eighth and fortieth passes read a length after another person's name as that person's ("le président a
travaillé quarante ans", `durations._others_length`); a separated writer's own "depuis deux ans" was then dropped,
and the draft's "vous êtes séparée depuis deux ans" compared with another length of the message and removed as
contradicted. Texts are folded. Switch: `WRITERS_COMPLEMENT`."""

import re

from guichet.drafting.persona.subjects import OTHER_PERSON_NAMED

# Off: every length after another person's name is theirs, as in the fortieth pass.
WRITERS_COMPLEMENT = True

# The writer as the subject before the person ("je suis séparée de", "j'ai quitté", "nous vivons avec").
_WRITER_SUBJECT = re.compile(r"\b(?:je|jai|nous)(?!\w)|\bj['’]")
# What makes the person a complement of the writer's verb: a preposition right before them, or a verb of parting.
_GOVERNED = re.compile(
    r"(?:\bde|\bd['’]|\bdu|\bavec|\bsans|\bchez|\bpour|\bcontre|\baupres de|\bquitte\w*|\blaisse\w*)\s*$"
)
# The person then acting on their own ("avec mon fils qui travaille", "chez ma mère, elle travaille depuis …").
_PERSON_ACTS = re.compile(r"\bqui\b|\b(?:il|elle|ils|elles)\b|\b(?:est|sont|a|ont|travaille|bosse|vit)\b")
# A partner's death or departure, or the writer's leaving them: its length is the writer's widowhood or separation.
_PARTNER = r"(?:ex-?\s*)?(?:mari|epou\w*|femme|conjoint\w*|compagn\w*|concubin\w*|copain|copine|ex)"
_PARTNER_ENDS = re.compile(
    rf"\b(?:mon|ma)\s+{_PARTNER}\s+(?:(?:est|s.est|m.a|nous a)\s+)(?:\w+\s+)?"
    r"(?:decede\w*|mort\w*|parti\w*|quitte\w*|en alle\w*|abandonne\w*)\s+(?:il y a|depuis|voila)?\s*$"
    rf"|\bj.ai quitte (?:mon|ma)\s+{_PARTNER}\s+(?:il y a|depuis|voila)?\s*$"  # the writer who left
)


def partner_ends(before: str) -> bool:
    """Whether a length after `before` dates a partner's death or leaving: a length of the writer's couple."""
    return WRITERS_COMPLEMENT and bool(_PARTNER_ENDS.search(before))


def writers_length(before: str) -> bool:
    """Whether a length after `before` (the folded start of its sentence) is the writer's though another person is
    named in it: that person a complement of the writer's own clause, or a partner whose death or leaving it dates."""
    if not WRITERS_COMPLEMENT:
        return False
    if partner_ends(before):
        return True
    persons = list(OTHER_PERSON_NAMED.finditer(before))
    if not persons:
        return False
    last = persons[-1]
    head, tail = before[: last.start()], before[last.end() :]
    tail = re.sub(r"\bil y a\b", " ", tail)  # "j'ai quitté mon compagnon il y a deux ans": a time ago
    return bool(_GOVERNED.search(head) and _WRITER_SUBJECT.search(head) and not _PERSON_ACTS.search(tail))
