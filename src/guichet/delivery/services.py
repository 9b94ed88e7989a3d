"""Pushed replies: configure an administration's webhook, queue a delivery when a reply is sent, deliver it with
retries and back-off, replay it on a supervisor's request.

Guarantees:

* **never lost**: the `Delivery` row and its task are written in the transaction that creates the reply (the task
  queue is in the same database); a worker that dies while sending leaves the delivery "sending", and the next
  delivery task (or `guichet worker` start) puts it back in the queue after `stale_s()`;
* **at least once, then exactly once on the receiver's side**: a call is retried until the receiver answers 2xx
  (or the attempts run out); every attempt and replay carries the same `Idempotency-Key`, so a receiver that
  stores it does the work once even if an answer was lost on the way back;
* **one attempt at a time**: a worker claims a delivery with a conditional update before calling the receiver.
"""

import json
import logging
import random
import secrets
import time
from datetime import timedelta
from typing import Any
from urllib.parse import urlparse

import httpx
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from guichet.accounts.models import Administration
from guichet.audit.services import audit_log
from guichet.delivery.models import Delivery, DeliveryStatus, Webhook
from guichet.delivery.signing import sign
from guichet.inbox.models import Reply
from guichet.inbox.services import is_manager
from guichet.privacy.crypto import decrypt_mapping, encrypt_mapping

logger = logging.getLogger(__name__)

QUEUE = "default"
EVENT = "reply.sent"
USER_AGENT = "Guichet-Webhook/1"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def max_attempts() -> int:
    return settings.GUICHET_WEBHOOK_MAX_ATTEMPTS


def backoff_s(attempt: int) -> float:
    """Delay after failed attempt `attempt` (1, 2, …): base × 3^(n-1), capped at one hour, ±20 % jitter."""
    base = min(3600.0, settings.GUICHET_WEBHOOK_BACKOFF_S * 3 ** (attempt - 1))
    return base * random.uniform(0.8, 1.2)  # noqa: S311 - jitter, not security


def stale_s() -> float:
    """A delivery "sending" for longer than this lost its worker."""
    return 3 * settings.GUICHET_WEBHOOK_TIMEOUT + 30


# --- configuration -------------------------------------------------------------------------------------------


def validate_url(url: str) -> str:
    parsed = urlparse(url.strip())
    if parsed.scheme not in {"https", "http"} or not parsed.hostname:
        raise ValidationError("Adresse de webhook invalide : https://… attendu.")
    if parsed.scheme == "http" and parsed.hostname not in LOOPBACK_HOSTS:
        raise ValidationError("Le webhook doit être en https (http seulement sur la boucle locale, pour les essais).")
    if parsed.username or parsed.password:
        raise ValidationError("L'adresse du webhook ne doit pas contenir d'identifiants.")
    return url.strip()


@transaction.atomic
def webhook_configure(
    *, administration: Administration, url: str, actor=None, rotate_secret: bool = False, is_active: bool = True
) -> tuple[Webhook, str | None]:
    """Create or update the webhook; returns it and the new secret when one was generated (shown once)."""
    url = validate_url(url)
    webhook = Webhook.objects.filter(administration=administration).first()
    secret = None
    if webhook is None or rotate_secret:
        secret = secrets.token_urlsafe(32)
    if webhook is None:
        webhook = Webhook(administration=administration)
    webhook.url = url
    webhook.is_active = is_active
    if secret:
        webhook.secret_encrypted = encrypt_mapping({"secret": secret})
    webhook.save()
    audit_log(
        action="webhook.configured",
        obj=webhook,
        actor=actor,
        actor_label=None if actor else "commande",
        administration=administration,
        details={"host": urlparse(url).hostname, "active": is_active, "secret_rotated": bool(secret)},
    )
    return webhook, secret


def webhook_secret(webhook: Webhook) -> str:
    return decrypt_mapping(webhook.secret_encrypted)["secret"]


# --- queueing ------------------------------------------------------------------------------------------------


def delivery_create_for_reply(reply: Reply) -> Delivery | None:
    """Queue the push of a just-created reply, inside its transaction (called by the post_save receiver)."""
    administration_id = reply.message.administration_id
    webhook = Webhook.objects.filter(administration_id=administration_id, is_active=True).first()
    if webhook is None:
        return None
    delivery = Delivery.objects.create(
        webhook=webhook,
        administration_id=administration_id,
        message_id=reply.message_id,
        reply_id=reply.pk,
        event=EVENT,
        next_attempt_at=timezone.now(),
    )
    _enqueue(delivery.pk)
    return delivery


def _enqueue(delivery_id: int, *, delay_s: float = 0.0) -> str:
    options: dict[str, Any] = {}
    if delay_s > 0:
        options["run_after"] = timezone.now() + timedelta(seconds=delay_s)
    runner = deliver_task.using(**options) if options else deliver_task
    return str(runner.enqueue(delivery_id).id)


# --- delivering ----------------------------------------------------------------------------------------------


def payload(delivery: Delivery) -> dict[str, Any]:
    reply = Reply.objects.select_related("message__administration").get(pk=delivery.reply_id)
    message = reply.message
    return {
        "event": delivery.event,
        "idempotency_key": str(delivery.idempotency_key),
        "delivery_id": delivery.pk,
        "administration": message.administration.slug,
        "message": {"id": message.pk, "external_id": message.external_id},
        "reply": {
            "id": reply.pk,
            "text": reply.text,
            "approved_at": reply.approved_at.isoformat(),
            "sent_at": reply.sent_at.isoformat() if reply.sent_at else None,
        },
    }


def _claim(delivery_id: int) -> Delivery | None:
    """Take the delivery for one attempt, unless another worker has it or it is done."""
    claimed = Delivery.objects.filter(
        pk=delivery_id, status__in=[DeliveryStatus.PENDING, DeliveryStatus.RETRYING]
    ).update(status=DeliveryStatus.SENDING, claimed_at=timezone.now())
    return Delivery.objects.select_related("webhook").get(pk=delivery_id) if claimed else None


def _call(delivery: Delivery) -> tuple[int | None, str]:
    """One HTTP call: (status code or None, error text)."""
    body = json.dumps(payload(delivery), ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": USER_AGENT,
        "X-Guichet-Event": delivery.event,
        "X-Guichet-Delivery": str(delivery.pk),
        "Idempotency-Key": str(delivery.idempotency_key),
        "X-Guichet-Timestamp": str(timestamp),
        "X-Guichet-Signature": sign(webhook_secret(delivery.webhook), timestamp, body),
    }
    try:
        response = httpx.post(
            delivery.webhook.url,
            content=body,
            headers=headers,
            timeout=settings.GUICHET_WEBHOOK_TIMEOUT,
            follow_redirects=False,
        )
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {str(exc)[:200]}"
    if 200 <= response.status_code < 300:
        return response.status_code, ""
    return response.status_code, f"HTTP {response.status_code}"


def deliver(delivery_id: int) -> str:
    """One attempt at a delivery; schedules the next one after a failure. Returns the new status."""
    delivery = _claim(delivery_id)
    if delivery is None:
        current = Delivery.objects.filter(pk=delivery_id).values_list("status", flat=True).first()
        return current or "missing"
    if not delivery.webhook.is_active:
        Delivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.FAILED, last_error="Webhook désactivé.", claimed_at=None
        )
        return DeliveryStatus.FAILED
    code, error = _call(delivery)
    attempts = delivery.attempts + 1
    now = timezone.now()
    fields: dict[str, Any] = {"attempts": attempts, "last_status_code": code, "claimed_at": None}
    if not error:
        fields.update(status=DeliveryStatus.DELIVERED, delivered_at=now, last_error="", next_attempt_at=None)
        Delivery.objects.filter(pk=delivery.pk).update(**fields)
        logger.info("Delivery %s delivered (attempt %s)", delivery.pk, attempts)
        return DeliveryStatus.DELIVERED
    fields["last_error"] = error[:500]
    if attempts >= max_attempts():
        fields.update(status=DeliveryStatus.FAILED, next_attempt_at=None)
        Delivery.objects.filter(pk=delivery.pk).update(**fields)
        logger.warning("Delivery %s failed after %s attempts: %s", delivery.pk, attempts, error)
        return DeliveryStatus.FAILED
    delay = backoff_s(attempts)
    with transaction.atomic():
        fields.update(status=DeliveryStatus.RETRYING, next_attempt_at=now + timedelta(seconds=delay))
        Delivery.objects.filter(pk=delivery.pk).update(**fields)
        _enqueue(delivery.pk, delay_s=delay)
    logger.info("Delivery %s attempt %s failed (%s); next in %.1f s", delivery.pk, attempts, error, delay)
    return DeliveryStatus.RETRYING


def recover_stale_deliveries() -> int:
    """Deliveries left "sending" by a worker that died: back in the queue. Cheap when there are none."""
    cutoff = timezone.now() - timedelta(seconds=stale_s())
    recovered = 0
    for pk in Delivery.objects.filter(status=DeliveryStatus.SENDING, claimed_at__lt=cutoff).values_list(
        "pk", flat=True
    )[:100]:
        with transaction.atomic():
            if Delivery.objects.filter(pk=pk, status=DeliveryStatus.SENDING, claimed_at__lt=cutoff).update(
                status=DeliveryStatus.RETRYING, claimed_at=None, last_error="Travailleur arrêté pendant l'envoi."
            ):
                _enqueue(pk)
                recovered += 1
    return recovered


@task(queue_name=QUEUE)
def deliver_task(delivery_id: int) -> dict[str, Any]:
    """Runs in `guichet worker`: one attempt at pushing a sent reply."""
    recover_stale_deliveries()
    return {"delivery": delivery_id, "status": deliver(delivery_id)}


# --- supervision ---------------------------------------------------------------------------------------------


@transaction.atomic
def delivery_replay(*, delivery: Delivery, actor) -> Delivery:
    """A supervisor sends a delivery again (failed, or delivered but lost on the receiver's side).

    Same idempotency key: a receiver that already has the reply does not process it twice.
    """
    administration = Administration.objects.get(pk=delivery.administration_id)
    if not is_manager(user=actor, administration=administration):
        raise PermissionDenied("Seuls les superviseurs peuvent relancer une livraison.")
    delivery = Delivery.objects.select_for_update().get(pk=delivery.pk)
    if delivery.status in {DeliveryStatus.SENDING, DeliveryStatus.PENDING}:
        raise ValidationError("Cette livraison est déjà en cours.")
    previous = delivery.status
    delivery.status = DeliveryStatus.PENDING
    delivery.next_attempt_at = timezone.now()
    delivery.attempts = 0
    delivery.save(update_fields=["status", "next_attempt_at", "attempts", "updated_at"])
    _enqueue(delivery.pk)
    audit_log(
        action="delivery.replayed",
        obj=delivery,
        actor=actor,
        message=delivery.message_id,
        administration=delivery.administration_id,
        details={"previous_status": previous},
    )
    return delivery
