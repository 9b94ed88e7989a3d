"""Personal questions asked of the agent who answers (twenty-second pass of issue 12).

Unseen batches fall short on out of scope when a message asks nothing of the office but something of the person
behind it: their age, whether they are married, what they earn, where they live, whether they like their job, or,
of the software, whether it has feelings or sleeps. No procedure is asked; the reply says that the service answers
questions on procedures only. The model scored such messages as an injection or as abuse ("tu gagnes combien ?",
"tu as des sentiments ?"), never as out of scope, and no rule read them.

`asks_agent_personal` reads folded text: a personal question (`_PERSONAL`, in the second person, "vous" or "tu") and
no other question or ask of the writer's own in the message (a procedure asked beside it keeps the message routine:
the personal question is then an aside). "Vous êtes une vraie personne ?" alone is left to the other rules: whether a
human reads the message is a fair question about the service.

Pure functions on folded strings (no model, no Django).
"""

import re

from guichet.text import sentences

# Switch (measured on and off in the twenty-second pass).
PERSONAL_RULE = True

AGENT_PERSONAL: dict[str, str] = {
    "topic": "question_personnelle",
    "body": "aucun service : les agents répondent sur les démarches, pas sur leur vie personnelle",
    "service": "pour une démarche, écrivez-nous la question qui vous concerne ; pour donner votre avis sur le "
    "service, la plateforme Services Publics + (plus.transformation.gouv.fr)",
}

_YOU = r"(?:vous|tu|t')"
_PERSONAL = re.compile(
    # Age, partner, children.
    r"\b(?:vous avez|tu as|t'as) quel age\b|\bquel age (?:avez-vous|as-tu|vous avez|tu as)\b"
    r"|\b(?:vous etes|tu es|t'es|etes-vous|es-tu) (?:marie|mariee|celibataire|en couple|fiance|fiancee|divorcee?)\b"
    r"|\b(?:vous avez|tu as|t'as|avez-vous|as-tu) (?:un copain|une copine|un mari|une femme|un compagnon|une compagne"
    r"|un petit ami|une petite amie|des enfants|des gosses)\b"
    # Pay, home, liking the job.
    r"|\b(?:vous gagnez|tu gagnes|gagnez-vous|gagnes-tu) combien\b|\bcombien (?:vous gagnez|tu gagnes|gagnez-vous"
    r"|gagnes-tu)\b|\b(?:ton|votre) salaire (?:a vous|a toi|perso)\b"
    r"|\b(?:vous etes|tu es|t'es|etes-vous|es-tu) payee?s? combien\b"
    r"|\b(?:vous habitez|tu habites|habitez-vous|habites-tu) (?:ou|dans le coin|dans la region|dans la commune"
    r"|dans la ville|loin|pres)\b"
    r"|(?<!sais )(?<!connais )\bou (?:habitez-vous|habites-tu|vous habitez|tu habites)\b"
    r"|\b(?:tu aimes|vous aimez|aimez-vous|aimes-tu) (?:ton|votre) (?:boulot|travail|metier|job)\b"
    # The software's inner life.
    r"|\b(?:tu as|vous avez|as-tu|avez-vous|tu ressens|vous ressentez) des (?:sentiments|emotions)\b"
    r"|\b(?:tu es|vous etes|es-tu|etes-vous) (?:content|contente|heureux|heureuse|triste) (?:quand|de temps)\b"
    r"|\b(?:tu dors|vous dormez|dors-tu|dormez-vous)\b(?! (?:sur|dans|chez|tranquille|bien|mal)\w*)"
    r"|\b(?:tu (?:fais|fait)|vous faites) quoi (?:le soir|le week-end|de (?:ta|votre) vie"
    r"|apres le (?:boulot|travail))\b"
)
# An ask of the writer's own: a procedure, a date, an amount, a document ("vous êtes la dame qui m'a répondu ?"
# asks nothing of the office).
_OWN_ASK = re.compile(
    r"\b(?:je voudrais|j'aimerais|je souhaite|je souhaiterais|je dois|puis-je|dois-je|faut-il|pouvez-vous"
    r"|pourriez-vous|comment|quand|combien|quel|quelle|quels|quelles|est-ce que je|mon dossier|ma demande)\b"
)


def asks_agent_personal(text: str) -> bool:
    """`text` (folded) asks the agent (or the software) about their own life, in a question, and asks nothing
    else."""
    parts = sentences(text)
    personal = [s for s in parts if "?" in s and _PERSONAL.search(s)]
    if not personal:
        return False
    return not any(_OWN_ASK.search(s) for s in parts if s not in personal)
