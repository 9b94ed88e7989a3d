"""A benefit asked of the wrong fund by an unhappy writer is no complaint about the office written to (thirty-fourth
pass of issue 12, engineer-db).

"Ça fait trois mois que j'ai pris ma retraite et je n'ai toujours rien touché … Pouvez-vous débloquer le paiement ?"
written to the Caf, "on m'a supprimé mon RSA … je veux que vous le remettiez en place" to the tax office, a birth
bonus not received asked of the CPAM (cx-002): the rules send the message to the fund whose benefit it is (the
competence map's redirect), and the model, which learned that delay, anger and "toujours pas" make a complaint, adds
one. The grievance is about the other fund's benefit; the office written to has done nothing yet, and the reply is
the redirect, not an apology.

`grievance_at_office` reads what makes it a complaint about the office written to all the same (the corpora's
out-of-scope complaints: tri-ae-092, tri-aq-119, tri-l-089): something the office did or said ("vous me répondez à
côté", "vous me dites de voir avec la CPAM", "c'est vous qui avez transmis mes revenus"), the writer's repeated
letters to it ("c'est la troisième fois que je vous écris"), its staff or its work ("faites votre travail", "votre
conseillère"), being sent back and forth. Without one, the caller (`triage.triage`) drops the model's complaint
where the rules' redirect to another fund's topic stands. A complaint rule never fires there (the rules' complaint
already waits for a message in scope); an abusive label is never touched.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold

# Switch (measured on and off in the thirty-fourth pass).
WRONG_FUND_GATE = True

_GRIEVANCE = re.compile(
    # Something the office did or said to the writer.
    r"\bvous (?:m'|me |nous |l'|les |lui |y )?(?:avez|aviez|dites|disiez|repondez|renvoyez|refusez|bloquez"
    r"|ignorez|oubliez|perdez|mentez|baladez|exigez|reclamez|redemandez)\b"
    r"|\bvous (?:ne |n')(?:\w+ )?(?:repondez|rappelez|decrochez|lisez|faites|bougez|traitez)\b"
    r"|\bvos (?:services|agents|conseill\w*|collegues|courriers|reponses|mails)\b"
    r"|\bvotre (?:service|agent|agente|conseill\w*|accueil|plateforme|collegue|reponse|courrier|mail)\b"
    r"|\b(?:mon|ma) (?:conseill\w*|referente?|interlocut\w*|gestionnaire)\b|\bvos (?:retards|delais|erreurs)\b"
    r"|\bon (?:m'|nous )(?:a|avait) promis\b"
    # The writer's letters to it, again and again.
    r"|\b(?:\d+|deux|trois|quatre|cinq|plusieurs|deuxieme|troisieme|quatrieme|cinquieme|enieme|nieme|x) ?(?:e|eme)?"
    r" fois que (?:je vous|j'ecris|je relance|j'appelle|je vous)"
    r"|\bje vous (?:ai|avais) (?:deja |pourtant |bien )?(?:ecrit|envoye|transmis|relance|appele|fourni|donne|signale)"
    r"|\b(?:deja|encore) (?:ecrit|relance) (?:chez vous|a vos services)\b"
    # It is the office's to do, or its work.
    r"|\bc'est (?:a vous|vous qui)\b|\bfaites votre (?:travail|boulot|job)\b"
    r"|\b(?:me|m'|nous) (?:renvoy\w*|balad\w*)|\bvoir avec vous\b"
)


def grievance_at_office(text: str) -> bool:
    """The (raw or folded) text holds a grievance against the office written to: its acts or words, the writer's
    repeated letters to it, its staff, or being sent back to it."""
    return _GRIEVANCE.search(fold(text)) is not None
