"""Whether another body's benefit combines with the office's own is the office's question (thirty-fifth pass of
issue 12, engineer-de).

"Je touche une pension d'invalidité … Est-ce que je peux toucher l'AAH en plus ou bien ça s'annule ?" asked of the
CPAM (da-030), "est-ce que je peux cumuler mon allocation chômage avec les revenus de mon auto-entreprise ?" asked
of France Travail (tri-c-096): the other body's benefit or income is named more often than the office's own, so the
competence map sent both away, but the answer (is the office's own benefit kept, reduced or stopped?) is the
office's. `asks_combination` reads, in a question of the message, a combining word said of a benefit or an income:
"cumuler", "cumulable", "s'annule", "toucher … en plus", "en plus de ma pension". The caller (`triage._out_of_scope`)
keeps the message in scope only where one of the office's own topics is named too; a procedure done "en même temps
que" another (a passport renewed at the Caf's appointment) is no combination and stays another's.

Over the train + validation messages of the triage corpus the competence map sends away with an own topic named,
the rule keeps two in scope, both gold routine (tri-c-096, da-030), and no gold out-of-scope message.
Pure functions on strings (no model, no Django).
"""

import re

# Switch (measured on and off in the thirty-fifth pass).
COMBINATION_RULE = True

_QUESTION = re.compile(r"[^.!?\n]*\?")
_COMBINES = re.compile(
    r"\b(?:cumul(?:er|e|ent|able|ables)|se cumul\w*|s'annul(?:e|ent|er)|se deduit|est deduite?s? de)\b"
    r"|\b(?:toucher|percevoir|garder|avoir|recevoir|conserver) (?:[\w']+ ){0,4}?en plus\b"
    r"|\ben plus (?:de|du|des|d') (?:ma|mon|mes|la|le|les|l'|sa|son|ses) (?:\w+ )?(?:pension|allocation|aide|retraite"
    r"|salaire|revenus?|rsa|aah|apl|are|indemnites?|prime|rente)\b"
)


def asks_combination(folded_body: str) -> bool:
    """A question of the (folded) body asks whether a benefit or an income combines with another."""
    return COMBINATION_RULE and any(_COMBINES.search(q.group()) for q in _QUESTION.finditer(folded_body))
