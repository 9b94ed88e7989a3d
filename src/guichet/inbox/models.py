"""Citizen messages, drafts, approved replies, feedback, canned responses and the audit log.

Two invariants live here, not in the views:

* a message's status changes only through `guichet.inbox.workflow` (save and queryset updates refuse otherwise);
* a `Reply` exists only with an approval by an active agent or supervisor of the message's administration
  (checked on every save; bulk writes and updates that could bypass it are refused).
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models

from guichet.accounts.enums import APPROVER_ROLES
from guichet.accounts.models import Administration, Membership, Office
from guichet.inbox import guards
from guichet.inbox.enums import (
    Channel,
    DraftKind,
    DraftTrigger,
    FeedbackRating,
    Priority,
    Sentiment,
    Status,
)

# The states of a message still waiting for an answer (`workflow.OPEN_STATES`, sorted for a stable migration).
OPEN_STATUSES = tuple(
    sorted({Status.RECEIVED, Status.TRIAGED, Status.DRAFTING, Status.DRAFT_READY, Status.IN_REVIEW, Status.ESCALATED})
)


def distress_of(labels: list[str] | None) -> bool:
    """The value of `Message.distress` for these triage labels."""
    return "distress" in (labels or [])


class MessageQuerySet(models.QuerySet):
    def visible_to(self, user) -> "MessageQuerySet":
        """Messages of the administrations where `user` has an active membership.

        A subquery, not a join: no duplicate rows to remove, so no DISTINCT over every column (which made the
        inbox's count and page queries sort whole rows, bodies included, on PostgreSQL).
        """
        if not getattr(user, "is_authenticated", False):
            return self.none()
        administrations = Membership.objects.filter(user=user, is_active=True).values("administration_id")
        return self.filter(administration_id__in=administrations)

    def update(self, **kwargs):
        if "status" in kwargs and not guards.workflow_active():
            raise PermissionDenied("Message status changes go through guichet.inbox.workflow.")
        # Keep the stored distress flag in step with the labels: computed from a list of labels; with an
        # expression (bulk_update's CASE), bulk_update below has set both.
        if isinstance(kwargs.get("triage_labels"), list | tuple):
            kwargs["distress"] = distress_of(kwargs["triage_labels"])
        elif ("triage_labels" in kwargs) != ("distress" in kwargs):
            raise PermissionDenied("Message.distress follows triage_labels: update the labels with a list.")
        return super().update(**kwargs)

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            obj.distress = distress_of(obj.triage_labels)
        return super().bulk_create(objs, *args, **kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        if "status" in fields and not guards.workflow_active():
            raise PermissionDenied("Message status changes go through guichet.inbox.workflow.")
        if "triage_labels" in fields:
            objs = list(objs)
            for obj in objs:
                obj.distress = distress_of(obj.triage_labels)
            fields = [*fields, "distress"] if "distress" not in fields else fields
        return super().bulk_update(objs, fields, *args, **kwargs)


class Message(models.Model):
    """A citizen's message (an SP+ "expérience" or any other channel)."""

    external_id = models.CharField("identifiant externe (id_experience)", max_length=100, blank=True)
    administration = models.ForeignKey(Administration, on_delete=models.PROTECT, related_name="messages")
    office = models.ForeignKey(Office, on_delete=models.SET_NULL, null=True, blank=True, related_name="messages")
    channel = models.CharField("canal", max_length=20, choices=Channel.choices, default=Channel.FORM)
    # Original text as the citizen wrote it. Personal data: shown to agents only, purged after retention.
    title = models.CharField("titre", max_length=500, blank=True)
    body = models.TextField("message")
    citizen_name = models.CharField("nom du citoyen", max_length=200, blank=True)
    citizen_email = models.EmailField("courriel du citoyen", blank=True)
    sentiment = models.CharField(
        "ressenti de l'usager", max_length=10, choices=Sentiment.choices, default=Sentiment.UNKNOWN, blank=True
    )
    published_at = models.DateTimeField("date de publication", null=True, blank=True)
    source_state = models.CharField("état de l'expérience (source)", max_length=100, blank=True)
    received_at = models.DateTimeField("reçu le", db_index=True)
    status = models.CharField("statut", max_length=20, choices=Status.choices, default=Status.RECEIVED, db_index=True)
    priority = models.PositiveSmallIntegerField("priorité", choices=Priority.choices, default=Priority.NORMAL)
    triage_labels = models.JSONField("étiquettes de tri", default=list, blank=True)
    triage_details = models.JSONField("détails du tri", default=dict, blank=True)
    # "distress" in triage_labels, stored so that the inbox sorts distress first from an index (set on every
    # save and bulk write that touches the labels: triage, an agent's correction, an import).
    distress = models.BooleanField("en détresse", default=False, editable=False)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="assigned_messages"
    )
    redirected_to = models.ForeignKey(
        Administration, on_delete=models.SET_NULL, null=True, blank=True, related_name="redirected_messages"
    )
    # What models, logs and exports see: the pseudonymised text and the encrypted reversible mapping.
    pseudonymised_title = models.CharField("titre pseudonymisé", max_length=500, blank=True)
    pseudonymised_body = models.TextField("message pseudonymisé", blank=True)
    pii_mapping = models.TextField("correspondances chiffrées", blank=True)
    pii_entities = models.JSONField("entités détectées (types et positions)", default=list, blank=True)
    pseudonymised_at = models.DateTimeField(null=True, blank=True)
    pii_purged_at = models.DateTimeField("données personnelles purgées le", null=True, blank=True)
    drafting_task_id = models.CharField(max_length=64, blank=True)
    drafting_error = models.TextField(blank=True)
    # Written every few seconds by the worker running this message's drafting task (its lease; see inbox.tasks).
    drafting_heartbeat_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["-priority", "received_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["administration", "external_id"],
                condition=~models.Q(external_id=""),
                name="message_unique_external_id",
            ),
            models.CheckConstraint(condition=models.Q(status__in=Status.values), name="message_status_valid"),
        ]
        indexes = [
            models.Index(fields=["administration", "status", "-priority", "received_at"]),
            # The inbox's default view ("Urgence d'abord" over the open messages): the first page is read from
            # the index, 25 rows, instead of reading and sorting every open message of the administration.
            models.Index(
                fields=["administration", "-distress", "-priority", "received_at", "id"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="message_open_urgency_idx",
            ),
            # The same order over every status ("Tous les statuts"), and the open messages by date ("Plus
            # anciens / récents d'abord", read backwards for the newest).
            models.Index(
                fields=["administration", "-distress", "-priority", "received_at", "id"], name="message_urgency_idx"
            ),
            models.Index(
                fields=["administration", "received_at", "id"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="message_open_received_idx",
            ),
        ]
        verbose_name = "message"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._saved_status = self.status if self.pk else None

    def __str__(self) -> str:
        return f"#{self.pk} {self.title[:60]}"

    def save(self, *args, **kwargs) -> None:
        creating = self._state.adding
        if creating and self.status != Status.RECEIVED and not guards.workflow_active():
            raise PermissionDenied("A new message starts as received; use guichet.inbox.workflow to move it.")
        if not creating and self.status != self._saved_status and not guards.workflow_active():
            raise PermissionDenied("Message status changes go through guichet.inbox.workflow.")
        self.distress = distress_of(self.triage_labels)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "triage_labels" in update_fields and "distress" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "distress"]
        super().save(*args, **kwargs)
        self._saved_status = self.status

    def refresh_from_db(self, *args, **kwargs) -> None:
        super().refresh_from_db(*args, **kwargs)
        self._saved_status = self.status

    @property
    def is_distress(self) -> bool:
        return distress_of(self.triage_labels)

    @property
    def latest_draft(self) -> "Draft | None":
        return self.drafts.order_by("-version").first()


class Draft(models.Model):
    """One version of a draft reply to a message, with everything needed to audit how it was made."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="drafts")
    version = models.PositiveIntegerField()
    kind = models.CharField(max_length=20, choices=DraftKind.choices, default=DraftKind.GENERATED)
    # Pseudonymised text (placeholders such as [PERSONNE_1]); restored only for display to an agent.
    text = models.TextField("texte")
    sources = models.JSONField(
        "sources", default=list, blank=True, help_text="[{n, fiche_id, version, title, url, heading, passage}]"
    )
    model_name = models.CharField("modèle", max_length=200, blank=True)
    parameters = models.JSONField("paramètres", default=dict, blank=True)
    prompt_hash = models.CharField(max_length=64, blank=True)
    checks = models.JSONField("vérifications", default=dict, blank=True)
    alerts = models.JSONField("alertes", default=list, blank=True)
    timings = models.JSONField("durées (s)", default=dict, blank=True)
    trigger = models.CharField(max_length=20, choices=DraftTrigger.choices, default=DraftTrigger.INTAKE)
    triggered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    instruction = models.TextField("consigne de l'agent", blank=True)
    agent_context = models.TextField("contexte ajouté par l'agent", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["message", "version"]
        constraints = [models.UniqueConstraint(fields=["message", "version"], name="draft_unique_version")]
        verbose_name = "brouillon"

    def __str__(self) -> str:
        return f"Brouillon v{self.version} du message #{self.message_id}"


class ReplyQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ReplyQuerySet":
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(message__in=Message.objects.visible_to(user))

    def bulk_create(self, *args, **kwargs):
        raise PermissionDenied("Replies are created one by one through guichet.inbox.workflow.reply_approve_and_send.")

    def purge_personal_data(self, marker: str) -> int:
        """The one change a sent reply accepts: its personal text replaced by a marker after retention.

        The pseudonymised text, the approval and the dates stay, so metrics and audits survive the purge.
        """
        return super().update(text=marker)

    def update(self, **kwargs):
        raise PermissionDenied("A sent reply is immutable.")

    def bulk_update(self, *args, **kwargs):
        raise PermissionDenied("A sent reply is immutable.")


def check_approver(*, user, administration: Administration) -> None:
    """Raise unless `user` is an active agent or supervisor of `administration`."""
    if user is None or not getattr(user, "pk", None) or not user.is_active:
        raise PermissionDenied("A reply needs the approval of an identified, active agent.")
    allowed = Membership.objects.approvers().filter(user=user, administration=administration).exists()
    if not allowed:
        raise PermissionDenied("Only an agent or supervisor of this administration can approve a reply.")


class Reply(models.Model):
    """The final text sent to the citizen. Exists only with a recorded human approval."""

    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="reply")
    draft = models.ForeignKey(Draft, on_delete=models.SET_NULL, null=True, blank=True, related_name="replies")
    text = models.TextField("texte envoyé")
    pseudonymised_text = models.TextField("texte pseudonymisé (exports, statistiques)", blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="approved_replies"
    )
    approved_at = models.DateTimeField("approuvée le")
    sent_at = models.DateTimeField("envoyée le", null=True, blank=True)
    urgency_handled = models.BooleanField("urgence prise en charge", default=False)
    ai_assisted = models.BooleanField("rédigée avec un brouillon IA", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ReplyQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(sent_at__isnull=True) | models.Q(sent_at__gte=models.F("approved_at")),
                name="reply_sent_after_approval",
            ),
        ]
        verbose_name = "réponse"

    def __str__(self) -> str:
        return f"Réponse au message #{self.message_id}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise PermissionDenied("A sent reply is immutable.")
        if not guards.workflow_active():
            raise PermissionDenied("Replies are created through guichet.inbox.workflow.reply_approve_and_send.")
        if self.approved_at is None:
            raise PermissionDenied("A reply needs a recorded approval time.")
        check_approver(
            user=self.approved_by if self.approved_by_id else None, administration=self.message.administration
        )
        if self.draft_id and self.draft.message_id != self.message_id:
            raise PermissionDenied("The draft belongs to another message.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("A sent reply cannot be deleted.")


class Feedback(models.Model):
    """The agent's rating of the AI draft when sending, plus measured effort."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="feedback")
    draft = models.ForeignKey(Draft, on_delete=models.SET_NULL, null=True, blank=True, related_name="feedback")
    reply = models.ForeignKey(Reply, on_delete=models.SET_NULL, null=True, blank=True, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    rating = models.CharField("appréciation", max_length=20, choices=FeedbackRating.choices, blank=True)
    reasons = models.JSONField("motifs", default=list, blank=True)
    comment = models.TextField("commentaire", blank=True)
    edit_distance = models.FloatField("distance d'édition normalisée (0–1)", null=True, blank=True)
    time_on_task_s = models.PositiveIntegerField("temps de traitement actif (s)", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "avis"
        verbose_name_plural = "avis"

    def __str__(self) -> str:
        return f"Avis sur le message #{self.message_id}: {self.rating or '—'}"


class CannedResponse(models.Model):
    """A reusable answer ("modèle") managed by the supervisors of an administration."""

    administration = models.ForeignKey(Administration, on_delete=models.CASCADE, related_name="canned_responses")
    title = models.CharField("titre", max_length=200)
    body = models.TextField("texte")
    tags = models.JSONField("mots-clés", default=list, blank=True)
    is_active = models.BooleanField("active", default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["administration", "title"]
        constraints = [
            models.UniqueConstraint(fields=["administration", "title"], name="canned_response_unique_title")
        ]
        verbose_name = "réponse type"
        verbose_name_plural = "réponses types"

    def __str__(self) -> str:
        return self.title


__all__ = [
    "APPROVER_ROLES",
    "CannedResponse",
    "Channel",
    "Draft",
    "DraftKind",
    "DraftTrigger",
    "Feedback",
    "FeedbackRating",
    "Message",
    "Priority",
    "Reply",
    "Sentiment",
    "Status",
]
