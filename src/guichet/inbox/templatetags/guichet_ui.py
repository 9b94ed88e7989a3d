"""Small display helpers for the workbench templates (labels, badges, ages)."""

from datetime import datetime

from django import template
from django.utils import timezone

from guichet.inbox.enums import Sentiment, Status, TriageLabel
from guichet.inbox.selectors import administrations_for
from guichet.inbox.ui import field_group_once

register = template.Library()

STATUS_BADGES = {
    Status.RECEIVED: "new",
    Status.TRIAGED: "new",
    Status.DRAFTING: "info",
    Status.DRAFT_READY: "info",
    Status.IN_REVIEW: "warning",
    Status.ESCALATED: "warning",
    Status.SENT: "success",
    Status.REDIRECTED: "",
    Status.CLOSED: "",
}
LABELS = dict(TriageLabel.choices)
SENTIMENTS = dict(Sentiment.choices)
AUDIT_ACTIONS = {
    "message.received": "Message reçu",
    "message.triaged": "Message trié",
    "message.transition": "Changement de statut",
    "message.assigned": "Message attribué",
    "message.pseudonymised": "Données personnelles pseudonymisées",
    "draft.created": "Brouillon créé",
    "draft.discarded": "Brouillon écarté",
    "reply.approved": "Réponse approuvée et envoyée",
    "feedback.recorded": "Avis sur le brouillon",
    "feedback.updated": "Avis complété",
    "draft.alert_added": "Alerte ajoutée au brouillon",
    "spotcheck.graded": "Réponse contrôlée par un superviseur",
    "satisfaction.recorded": "Satisfaction de l'usager reçue",
}
STATUSES = dict(Status.choices)


@register.filter
def status_badge(status: str) -> str:
    kind = STATUS_BADGES.get(status, "")
    return f"fr-badge--{kind}" if kind else ""


@register.filter
def status_label(status: str) -> str:
    return STATUSES.get(status, status)


@register.filter
def label_name(label: str) -> str:
    return LABELS.get(label, label)


@register.filter
def sentiment_name(sentiment: str) -> str:
    return SENTIMENTS.get(sentiment, sentiment) if sentiment else "—"


@register.filter
def audit_action(action: str) -> str:
    return AUDIT_ACTIONS.get(action, action)


@register.filter
def age(moment: datetime | None) -> str:
    """A compact age for tables: "12 min", "5 h", "3 j"."""
    if moment is None:
        return "—"
    seconds = max(0, int((timezone.now() - moment).total_seconds()))
    if seconds < 3600:
        return f"{max(1, seconds // 60)} min"
    if seconds < 86_400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86_400} j"


@register.simple_tag(takes_context=True)
def my_administrations(context) -> list:
    request = context.get("request")
    user = getattr(request, "user", None)
    return list(administrations_for(user)) if user is not None else []


@register.filter
def heading_path(heading) -> str:
    """A source's heading path, whether stored as a list or as text."""
    if isinstance(heading, list | tuple):
        return " › ".join(str(h) for h in heading if h)
    return str(heading or "")


@register.filter
def field_group(bound_field):
    """`{{ form.field|field_group }}`: the field as `as_field_group` renders it, reused when unbound."""
    return field_group_once(bound_field)
