"""Login lockouts (django-axes): written to the audit journal, answered with a French page.

Imported once the app registry is ready (`guichet.api.apps.ApiConfig.ready`, Django's autodiscovery of `receivers`).
"""

from typing import Any

from axes.signals import user_locked_out
from django.conf import settings
from django.dispatch import receiver
from django.http import HttpRequest
from django.shortcuts import render

from guichet.audit.services import audit_log


@receiver(user_locked_out, dispatch_uid="guichet.accounts.on_user_locked_out")
def on_user_locked_out(
    sender: Any, request: HttpRequest | None = None, username: str = "", ip_address: str = "", **kwargs: Any
) -> None:
    """Too many failed logins for one identifier: it is locked for a while (see settings AXES_*)."""
    audit_log(
        action="account.locked_out",
        actor_label="connexion",
        details={
            "username": (username or "")[:150],
            "ip_address": ip_address or "",
            "page": request.path if request is not None else "",
        },
    )


def lockout_response(request: HttpRequest, original_response: Any = None, credentials: dict | None = None) -> Any:
    """The French page shown to a locked-out login (settings.AXES_LOCKOUT_CALLABLE), status 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/lockout.html", {"cooloff_minutes": minutes}, status=429)
