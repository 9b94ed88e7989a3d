"""Audit trail of every language-model call (pseudonymised prompt, parameters, timings, output)."""

from django.db import models

from guichet.inbox.models import Draft, Message


class ModelCall(models.Model):
    """One request to a model backend. The prompt is the pseudonymised one: no personal data is stored here."""

    message = models.ForeignKey(Message, on_delete=models.SET_NULL, null=True, blank=True, related_name="model_calls")
    draft = models.ForeignKey(Draft, on_delete=models.SET_NULL, null=True, blank=True, related_name="model_calls")
    backend = models.CharField(max_length=40)
    model_name = models.CharField(max_length=200)
    parameters = models.JSONField(default=dict, blank=True)
    prompt = models.JSONField("messages envoyés (pseudonymisés)", default=list)
    prompt_hash = models.CharField(max_length=64, db_index=True)
    output = models.TextField(blank=True)
    usage = models.JSONField(default=dict, blank=True)
    timings = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "appel au modèle"
        verbose_name_plural = "appels au modèle"

    def __str__(self) -> str:
        return f"{self.backend}:{self.model_name} ({self.created_at:%Y-%m-%d %H:%M})"
