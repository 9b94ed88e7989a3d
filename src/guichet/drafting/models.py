"""Audit trail of every language-model call (pseudonymised prompt, parameters, timings, output)."""

from django.db import models


class ModelCallQuerySet(models.QuerySet):
    def for_message(self, message: models.Model | int) -> "ModelCallQuerySet":
        return self.filter(message_id=getattr(message, "pk", message))

    def for_draft(self, draft: models.Model | int) -> "ModelCallQuerySet":
        return self.filter(draft_id=getattr(draft, "pk", draft))


class ModelCall(models.Model):
    """One request to a model backend. The prompt is the pseudonymised one: no personal data is stored here.

    `message_id` and `draft_id` are the primary keys of the inbox's message and draft, when the call drafted one
    (none for `guichet draft` and evaluations): drafting sits below the inbox and knows nothing of its models.
    """

    message_id = models.BigIntegerField("message", null=True, blank=True, db_index=True)
    draft_id = models.BigIntegerField("brouillon", null=True, blank=True, db_index=True)
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

    objects = ModelCallQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "appel au modèle"
        verbose_name_plural = "appels au modèle"

    def __str__(self) -> str:
        return f"{self.backend}:{self.model_name} ({self.created_at:%Y-%m-%d %H:%M})"
