"""Strong figurative words about a form, a website or a monthly chore (thirty-fourth pass of issue 12, engineer-db).

"Cette actualisation mensuelle va me tuer un jour 😅" (a routine question on declaring two days of temping) fired
the suicide rule's bare "me tuer": `triage.figurative_kill` reads a list of things said to kill the writer, and the
monthly update, the online space or the portal were not among them. And "je ne sais toujours pas où cliquer" (cx-001,
"ces formulaires en ligne ça me tue" before a question on declaring a separation) fired the complaint rule's
"toujours pas": the writer's own confusion, not a wait for the office.

* `chore_kill`: every "me tuer" of the text is said of an online chore ("cette actualisation va me tuer", "ce
  portail va me tuer un jour", "votre espace perso va finir par me tuer") or followed by a laughing emoji within a
  few words ("me tuer un jour 😅"). A person's threat ("il va me tuer") is never read so.
* `own_confusion_blanked`: the text with the writer's own "je ne sais / comprends / trouve toujours pas" blanked,
  for the complaint rule to read.

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold

_CHORE = (
    r"(?:actualisations?|espaces?(?: perso\w*| personnel| en ligne| client)?|portails?|sites?(?: internet)?"
    r"|applis?|applications?|formulaires?|cerfas?|dossiers?|demarches?|declarations?|paperasses?|teleprocedures?"
    r"|mots? de passe|identifiants?|connexions?|plateformes?|pieces? justificatives?|justificatifs?)"
)
_CHORE_KILL = re.compile(
    rf"\b(?:ce|cet|cette|ces|votre|vos|la|le|les|l'|mon|ma|mes) ?(?:[\w'-]+ ){{0,2}}?{_CHORE}\b(?: [\w'-]+){{0,3}}? "
    r"(?:va|vont|finira par|finiront par|vont finir par|va finir par) me tuer\b"
    r"|\bme tuer\b(?: [\w'-]+){0,3}? ?(?:😅|😂|🤣|😆|🙃|😬|🥲|😩|😫|💀)"
)
_OWN_CONFUSION = re.compile(
    r"\b(?:je ne|je n'|j'|on ne|on n')?(?:sais|comprends|trouve|vois|arrive|capte|pige)"
    r" toujours pas\b(?= (?:ou|comment|quoi|quel\w*|si|a quoi|ce qu|pourquoi|le|la|les|d'|de)\b)"
)


def chore_kill(text: str) -> bool:
    """Every "me tuer" of the (raw or folded) text is said of an online chore or laughed at."""
    folded = fold(text)
    said = len(re.findall(r"\bme tuer\b", folded))
    return bool(said) and len(_CHORE_KILL.findall(folded)) >= said


def own_confusion_blanked(text: str) -> str:
    """The folded text with the writer's own "je ne sais toujours pas où …" blanked (no wait for the office)."""
    return _OWN_CONFUSION.sub(" ", text)
