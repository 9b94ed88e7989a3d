from django.db import models

from guichet.drafting.enums import DraftKind, Priority, TriageLabel

__all__ = [
    "Channel",
    "DraftKind",
    "DraftTrigger",
    "FeedbackRating",
    "FeedbackReason",
    "Priority",
    "Sentiment",
    "Status",
    "TriageLabel",
]


class Status(models.TextChoices):
    RECEIVED = "received", "Reçu"
    TRIAGED = "triaged", "Trié"
    DRAFTING = "drafting", "Brouillon en préparation"
    DRAFT_READY = "draft_ready", "Brouillon prêt"
    IN_REVIEW = "in_review", "En relecture"
    SENT = "sent", "Réponse envoyée"
    REDIRECTED = "redirected", "Réorienté"
    ESCALATED = "escalated", "Transmis à un superviseur"
    CLOSED = "closed", "Clos"


class Channel(models.TextChoices):
    SPPLUS = "spplus", "Services Publics+"
    API = "api", "API"
    IMPORT = "import", "Import de fichier"
    FORM = "form", "Formulaire"
    EMAIL = "email", "Courriel"


class Sentiment(models.TextChoices):
    POSITIVE = "positive", "Positif"
    NEUTRAL = "neutral", "Neutre"
    NEGATIVE = "negative", "Négatif"
    UNKNOWN = "", "Non renseigné"


class DraftTrigger(models.TextChoices):
    INTAKE = "intake", "À l'arrivée du message"
    REGENERATE = "regenerate", "Régénération demandée"
    AGENT = "agent", "Saisie de l'agent"


class FeedbackRating(models.TextChoices):
    AS_IS = "as_is", "Utilisable tel quel"
    MINOR = "minor", "Modifications mineures"
    MAJOR = "major", "Modifications importantes"
    UNUSABLE = "unusable", "Inutilisable"


class FeedbackReason(models.TextChoices):
    FACT_ERROR = "fact_error", "Erreur factuelle"
    MISSING_INFO = "missing_info", "Information manquante"
    OUTDATED_SOURCE = "outdated_source", "Source obsolète"
    WRONG_TONE = "wrong_tone", "Ton inadapté"
    TOO_LONG = "too_long", "Trop long"
    TOO_COMPLEX = "too_complex", "Trop complexe"
    WRONG_ADMINISTRATION = "wrong_administration", "Mauvaise administration"
