"""What drafting decides, as stored choices: triage labels, priority and the kind of a draft.

Defined here, at the bottom of what uses them; inbox stores them on its models (`guichet.inbox.enums` re-exports).
"""

from django.db import models


class Priority(models.IntegerChoices):
    """Higher is more urgent; distress messages go first in every inbox."""

    LOW = 0, "Basse"
    NORMAL = 1, "Normale"
    HIGH = 2, "Haute"
    URGENT = 3, "Urgente (détresse)"


class TriageLabel(models.TextChoices):
    ROUTINE = "routine", "Demande courante"
    COMPLAINT = "complaint", "Réclamation"
    DISTRESS = "distress", "Détresse"
    OUT_OF_SCOPE = "out_of_scope", "Hors compétence"
    INJECTION = "injection", "Tentative de manipulation"
    ABUSIVE = "abusive", "Propos injurieux"


class DraftKind(models.TextChoices):
    GENERATED = "generated", "Généré par le modèle"
    EXTRACTIVE = "extractive", "Extraits des fiches (repli)"
    MEMORY = "memory", "Reprise d'une réponse validée"
    AGENT = "agent", "Rédigé ou modifié par l'agent"
    CANNED = "canned", "Réponse type"
    # A message with no request once its orders to the AI are set aside (`drafting.answerable`): a short reply.
    NOTHING = "nothing_to_answer", "Aucune demande à traiter"
