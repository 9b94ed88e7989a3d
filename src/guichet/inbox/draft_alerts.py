"""Alerts added to a draft after it was written (a cited fiche changed): the one write other apps make on a draft.

The alert is appended to `Draft.alerts` like the drafting checks' own, so the inbox and the editor show it with
the others; the draft's text, sources and checks stay as they were.
"""

from typing import Any

from django.db import transaction

from guichet.inbox.audit import audit_log
from guichet.inbox.models import Draft


@transaction.atomic
def draft_alert_add(*, draft: Draft, alert: dict[str, Any], key: str = "") -> bool:
    """Append `alert` ({level, code, message, …}) to the draft unless an alert with the same code and `key` is there.

    Returns whether the alert was added. Audited as `draft.alert_added` on the draft's message.
    """
    draft = Draft.objects.select_for_update().select_related("message").get(pk=draft.pk)
    alerts = list(draft.alerts or [])
    if any(a.get("code") == alert.get("code") and a.get("key", "") == key for a in alerts if isinstance(a, dict)):
        return False
    alerts.append({**alert, "key": key})
    draft.alerts = alerts
    draft.save(update_fields=["alerts"])
    audit_log(
        action="draft.alert_added",
        obj=draft,
        message=draft.message,
        details={"code": alert.get("code"), "key": key, "version": draft.version},
    )
    return True


def messages_with_alert(message_ids: list[int], code: str) -> set[int]:
    """The messages among `message_ids` whose latest draft carries an alert with `code` (for inbox badges)."""
    latest: dict[int, tuple[int, list]] = {}
    # No ordering: Draft's default one (by message) joins and sorts the messages table for nothing.
    rows = Draft.objects.filter(message_id__in=message_ids).order_by().values_list("message_id", "version", "alerts")
    for message_id, version, alerts in rows:
        if message_id not in latest or version > latest[message_id][0]:
            latest[message_id] = (version, alerts or [])
    return {
        message_id
        for message_id, (_, alerts) in latest.items()
        if any(isinstance(a, dict) and a.get("code") == code for a in alerts)
    }
