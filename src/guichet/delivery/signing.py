"""How a pushed reply is signed, and how a receiver checks it (front offices: docs/operations.md, step 5).

Headers of every call:

* `X-Guichet-Timestamp`: Unix time of this attempt (seconds);
* `X-Guichet-Signature`: `sha256=` + hex HMAC-SHA256 of `"{timestamp}.{body}"` with the administration's secret;
* `Idempotency-Key`: the same for every attempt and every replay of one reply: a receiver that stores it
  answers 2xx to a second call with the same key without doing the work again (exactly once on its side);
* `X-Guichet-Event` (`reply.sent`) and `X-Guichet-Delivery` (the delivery's id).

A receiver refuses a signature that does not match, and a timestamp older than a few minutes (a replayed call).
"""

import hashlib
import hmac
import time

SIGNATURE_PREFIX = "sha256="
DEFAULT_TOLERANCE_S = 300


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def verify(
    secret: str,
    *,
    timestamp: str,
    body: bytes,
    signature: str,
    tolerance_s: int = DEFAULT_TOLERANCE_S,
    now: float | None = None,
) -> bool:
    """Whether `signature` was made with `secret` for this body and timestamp, and the timestamp is recent."""
    try:
        ts = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs((now if now is not None else time.time()) - ts) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, ts, body), signature or "")
