"""A short ask for a document or an appointment with no topic (`document_ask`): "vous pouvez m'envoyer une
attestation ?" to the MSA, "je voudrais un rendez-vous" to France Travail, "il me faudrait un justificatif" to the
CAF, "pouvez-vous m'envoyer le formulaire ?" to the CPAM.

Forty-second pass, engineer-ek (issue 12). The competence map vetoes the model's out of scope only where the message
names a topic of the office (`triage_veto.main_topic_is_own`); a one-line ask that names none ("une attestation",
"un rendez-vous") had no veto, and the shipped artefact scores such asks out of scope at 0.53-1.00 (a short
"pouvez-vous … ? Merci" is how many out-of-scope examples are written). Engineer-ea's `triage_own_act` kept the veto
for a one-line act naming the writer's own file and the office's topic; this extends it to a one-line ask whose every
asking sentence names a document or an appointment, and nothing of another party: the office written to is the one
that issues its own papers and sets its own appointments. Another body's topic, a private party (a mutuelle, an
employer, a bank, a neighbour), a foreign body or a place ("chez le dentiste") leaves the model to decide.
"""

import re

from guichet.drafting.triage_cues import cue_counts, fold
from guichet.drafting.triage_own_act import OWNERS, short_asks
from guichet.drafting.triage_topics import topic_scores

# Switch (risky: it keeps in scope a short ask the model sent away).
DOCUMENT_ASK_KEEPS_VETO = True

# The longest message (its title and body, in words) read: a one- or two-line ask.
DOCUMENT_ASK_MAX_WORDS = 20

# A sentence that asks for something: an act asked of the office or a wish of the writer.
_ASKING = re.compile(
    r"\b(?:pouvez|pourriez|peut|pourrait)(?:[- ]vous|-on|-t-on)?\b"
    r"|\bje (?:voudrais|veux|souhaite|souhaiterais|aimerais|desire|demande|cherche a)\b"
    r"|\bj'(?:aimerais|ai besoin|aurais besoin|attends)\b|\bil me (?:faut|faudrait)\b|\bbesoin d'"
    r"|\b(?:est-il|c'est) possible d'(?:avoir|obtenir|prendre)\b|\bmerci de m'(?:envoyer|adresser|transmettre)\b"
    r"|\b(?:envoyez|envoie|adressez|transmettez)[- ]moi\b"
)
# A document or an appointment, named without its subject.
_DOCUMENT = re.compile(
    r"\b(?:attestations?|justificatifs?|certificats?|formulaires?|imprimes?|releves?|duplicatas?|copies?"
    r"|documents?|papiers?|notifications?|rendez-vous|rdv|entretien|rendez vous)\b"
)
# A place or a person the document or the appointment would come from: someone else's.
_ELSEWHERE = re.compile(r"\b(?:chez|aupres d|avec (?:mon|ma|le|la|un|une)|pour (?:mon|ma) (?:banque|employeur))")


def document_ask(profiles: set[str], text: str) -> bool:
    """A message of at most `DOCUMENT_ASK_MAX_WORDS` words whose every asking sentence names a document or an
    appointment, naming no topic of another body, no private party and no place elsewhere. False where the office
    has no profile or the switch is off."""
    if not (DOCUMENT_ASK_KEEPS_VETO and profiles):
        return False
    folded = fold(text)
    asking = short_asks(folded, _ASKING, DOCUMENT_ASK_MAX_WORDS)
    if not asking or not all(_DOCUMENT.search(s) and not _ELSEWHERE.search(s) for s in asking):
        return False
    if any(not profiles & OWNERS[key] for key in topic_scores("", folded)):
        return False
    counts = cue_counts(folded)
    return not any(counts[name] for name in counts if name.startswith("party_")) and not counts["misattribution"]
