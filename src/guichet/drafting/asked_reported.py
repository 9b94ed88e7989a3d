"""The writer's question restated in more of its indirect forms asserts nothing (forty-sixth pass, engineer-d66; read
by `guichet.drafting.asked`).

The check reads a draft sentence that reports the writer's question ("vous souhaitez savoir si…", "vous nous
demandez…") or only sets a condition ("si votre dossier…") as no statement (`asked._REPORTED`). Its conditions
stopped at "si votre / si vous / si le / si la / si les", and its reports at a few verbs: "Vous ne savez pas si vos
droits sont maintenus", "Vous ignorez si l'aide est suspendue pendant le recours", "Vous n'êtes pas sûr que vos
droits soient maintenus", "Votre demande porte sur…" restated the question and were read as its answer.

`READ_INDIRECT`: a folded draft sentence reports the question, or only sets a condition, when it holds

- "si" before any other determiner or subject pronoun: "si vos", "si l'", "si un", "si une", "si des", "si ce",
  "si son", "si on", "si ils"…;
- the writer's not knowing or doubting, told back: "vous ignorez", "vous ne savez pas", "vous n'êtes pas sûr(e)
  que / de", "vous doutez", "vous hésitez", "vous vous demandiez", "vous cherchez à savoir", "vous voulez être sûr";
- the question named as such: "votre demande / question / message porte sur / concerne", "la question de savoir",
  "quant à savoir";
- an indirect question after "savoir", "comprendre", "connaître", "vérifier": "… savoir quand / combien /
  comment / à partir de quand / quel…".

Fifty-seventh pass (engineer-d96): the switch ships on. Off since the forty-sixth pass for want of a measured gain,
measured on again it gained reported sentences ("Vous hésitez entre …") but cost two asserted ones: its "si l'… / si
elles / sauf si cela" read anywhere took a statement before its condition for a condition ("Les photos de photomaton
sont acceptées si elles respectent les normes"). `OPENING_IF_ONLY` (on) reads those conditions where they open the
sentence, or after a verb of knowing or seeing ("reste à voir si l'aide …"), only; "vous cherchez la / le / un …"
reports too.

Flagged for the agent, never removed, as the rest of the check; a sentence read so is not read as an answer, so a
real answer in one of these forms ("Si l'aide vous est accordée, elle sera versée le 5") is left to the readings
that look past a condition (`asked_conditions`, `asked._echoed_before_condition`).
"""

import re

READ_INDIRECT = True  # the switch (on since the fifty-seventh pass, with `OPENING_IF_ONLY`): report or condition

# "si" before a determiner or a subject pronoun the older reading did not list
_IF = r"si (?:vos|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|on|ils|elles|cela|ca)\b"
# Fifty-seventh pass (engineer-d96): such a condition sets the sentence's only content when it opens it ("Si l'aide
# vous est accordée, …": the main clause is left to `asked_conditions`); after a plain statement ("Les photos de
# photomaton sont acceptées si elles respectent les normes", "… est tenu d'aménager votre poste, sauf si cela …") the
# statement is said all the same. Switch: `OPENING_IF_ONLY`.
OPENING_IF_ONLY = True
_OPENING_IF = re.compile(
    r"^\W*(?:meme )?"
    + _IF
    # an indirect question is no condition, wherever it stands: "reste à voir si l'aide est versée"
    + r"|\b(?:voir|savoir|verifier|determiner|examiner|etudier|evaluer|preciser|dire|demander|demande|ignore"
    + r"|ignorez|sais|savez|sait|regarder|confirmer) "
    + _IF
)
_ANYWHERE_IF = re.compile(r"\b" + _IF)
_INDIRECT = re.compile(
    # the writer's not knowing or doubting, told back
    r"\bvous (?:ignorez|ne savez (?:pas|plus)|n['’]etes pas (?:sur|certain|convaincu)e?s?|doutez|hesitez"
    r"|vous demandiez|(?:nous )?demandiez|souhaitiez|vouliez|cherchez a (?:savoir|comprendre|connaitre|verifier)"
    # "Vous cherchez la date limite …": what the writer looks for, told back (fifty-seventh pass)
    r"|cherchez (?:la|le|les|l['’]|un|une|des|quel(?:le)?s?)"
    r"|voulez (?:etre sur|verifier|comprendre)|souhaitez (?:verifier|comprendre)|aimeriez (?:verifier|comprendre)"
    r"|vous inquietez de savoir)\b"
    # the question named as such
    r"|\b(?:votre|vos) (?:demande|question|message|courrier|interrogation)s? (?:porte|portent|concerne|concernent"
    r"|vise|visent)\b|\b(?:la|une) question (?:de savoir|est de savoir)\b|\bquant a savoir\b"
    # an indirect question after a verb of knowing
    r"|\b(?:savoir|comprendre|connaitre|verifier) (?:quand|combien|comment|ou|pourquoi|quel(?:le)?s?"
    r"|a partir de quand|jusqu['’]?a quand|depuis quand|dans quel(?:le)?s? delai)\b"
)


def reports(folded_sentence: str) -> bool:
    """Whether a folded draft sentence reports the writer's question in one of the forms above, or only sets a
    condition; never when the switch is off."""
    if not READ_INDIRECT:
        return False
    conditions = _OPENING_IF if OPENING_IF_ONLY else _ANYWHERE_IF
    return bool(_INDIRECT.search(folded_sentence) or conditions.search(folded_sentence))
