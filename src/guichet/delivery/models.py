"""Webhooks of an administration and the delivery of each sent reply to them."""

import uuid

from django.db import models

from guichet.accounts.models import Administration


class Webhook(models.Model):
    """Where an administration's front office wants its sent replies pushed. The secret is encrypted at rest."""

    administration = models.OneToOneField(Administration, on_delete=models.CASCADE, related_name="webhook")
    url = models.URLField("adresse", max_length=500)
    secret_encrypted = models.TextField("secret (chiffré)")
    is_active = models.BooleanField("actif", default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "webhook"

    def __str__(self) -> str:
        return f"Webhook de {self.administration}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "En attente"
    SENDING = "sending", "Envoi en cours"
    RETRYING = "retrying", "Nouvel essai prévu"
    DELIVERED = "delivered", "Livrée"
    FAILED = "failed", "Échec (essais épuisés)"


class Delivery(models.Model):
    """One sent reply to push to one webhook. Created in the same transaction as the reply: never lost."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    administration_id = models.BigIntegerField(db_index=True)
    message_id = models.BigIntegerField()
    reply_id = models.BigIntegerField(unique=True)
    event = models.CharField(max_length=40, default="reply.sent")
    idempotency_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(max_length=12, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["administration_id", "status", "-created_at"])]
        verbose_name = "livraison"

    def __str__(self) -> str:
        return f"Livraison de la réponse {self.reply_id} ({self.status})"
