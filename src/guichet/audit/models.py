"""The journal's one table (`inbox_auditevent`: the table the journal had when it lived in the inbox app)."""

from django.conf import settings
from django.db import models

from guichet.readonly import AppendOnlyModel, AppendOnlyQuerySet


class AuditEventQuerySet(AppendOnlyQuerySet):
    def about(self, obj: models.Model) -> "AuditEventQuerySet":
        """The events recorded on `obj` itself (any model)."""
        return self.filter(object_type=obj._meta.model_name, object_id=str(obj.pk))

    def for_message(self, message: models.Model | int) -> "AuditEventQuerySet":
        """Every event of one citizen message (on the message, its drafts, its reply...)."""
        return self.filter(message_id=getattr(message, "pk", message))

    def for_administration(self, administration: models.Model | int) -> "AuditEventQuerySet":
        return self.filter(administration_id=getattr(administration, "pk", administration))


class AuditEvent(AppendOnlyModel):
    """Append-only journal: who (or which process) did what to which object, when.

    `message_id` and `administration_id` are the primary keys of the message and administration concerned, kept
    as plain numbers: the journal outlives what it records and knows nothing of the apps that write to it.
    """

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="audit_events"
    )
    actor_label = models.CharField("acteur", max_length=100, help_text="Nom d'utilisateur ou processus (worker…)")
    action = models.CharField(max_length=60, db_index=True)
    administration_id = models.BigIntegerField("administration", null=True, blank=True, db_index=True)
    message_id = models.BigIntegerField("message", null=True, blank=True, db_index=True)
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=64)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        db_table = "inbox_auditevent"
        ordering = ["created_at", "id"]
        verbose_name = "événement du journal"
        verbose_name_plural = "journal d'audit"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_type}#{self.object_id}"
