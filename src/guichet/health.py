"""Health endpoints for load balancers, orchestrators and monitoring. No login, no personal data, no secrets.

* `/livez` — liveness: the process answers (no database query). Always 200.
* `/readyz` — readiness for a load balancer: the database answers a query. 200 or 503.
* `/healthz` — the full report, one entry per check: database (a query), queue (tasks waiting, running, and the
  age of the oldest one that is due), index (a search index is published on this node and reflects the
  database), model (the configured backend: a model server answers `GET /models` within 2 s; the embedded model
  is installed). 503 when the database is down; a lagging queue, a missing index (rebuilt on first search) or an
  unreachable model server make it "degraded" with 200 (pages still work; drafts fall back to the extractive
  draft). `?strict=1` answers 503 on "degraded" too (for monitoring that alerts on any failing check).
"""

import time
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import Count, Min
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_tasks_db.models import DBTaskResult, get_date_max

from guichet.drafting.backends import get_backend
from guichet.drafting.modelfiles import PACKAGED_MODELS, is_installed
from guichet.knowledge.index import index_dir, is_current

# A queue whose oldest due task waits longer than this is reported as lagging.
QUEUE_LAG_WARN_S = 300.0


def _timed(check) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        result = check()
    except Exception as exc:  # noqa: BLE001 - a health check reports every failure, it never raises
        result = {"ok": False, "error": f"{type(exc).__name__}: {str(exc)[:200]}"}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def check_database() -> dict[str, Any]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True, "vendor": connection.vendor}


def check_queue() -> dict[str, Any]:
    now = timezone.now()
    ready = DBTaskResult.objects.ready()
    queued = ready.filter(run_after=get_date_max()).aggregate(n=Count("id"), oldest=Min("enqueued_at"))
    delayed = ready.exclude(run_after=get_date_max()).aggregate(n=Count("id"), oldest=Min("run_after"))
    oldest = min((t for t in (queued["oldest"], delayed["oldest"]) if t is not None), default=None)
    lag = max(0.0, (now - oldest).total_seconds()) if oldest else 0.0
    running = DBTaskResult.objects.running().count()
    return {"ok": lag <= QUEUE_LAG_WARN_S, "waiting": queued["n"] + delayed["n"], "running": running, "lag_s": lag}


def check_index() -> dict[str, Any]:
    present = (index_dir() / "current.json").is_file()
    current = present and is_current(dense=bool(settings.GUICHET_SEARCH_DENSE))
    return {"ok": bool(current), "present": present, "current": bool(current)}


def check_model() -> dict[str, Any]:
    backend_name = settings.GUICHET_LLM_BACKEND
    if backend_name == "none":
        return {"ok": True, "backend": "none"}
    if backend_name == "embedded":
        model = settings.GUICHET_LLM_MODEL
        installed = is_installed(model) if model in PACKAGED_MODELS else model.endswith(".gguf")
        return {"ok": installed, "backend": "embedded", "model": model}
    backend = get_backend()
    ping = getattr(backend, "ping", None)
    if ping is None:
        return {"ok": True, "backend": backend_name, "model": settings.GUICHET_LLM_MODEL}
    ok, detail = ping(timeout=2.0)
    return {"ok": ok, "backend": backend_name, "model": settings.GUICHET_LLM_MODEL, "detail": detail}


CHECKS = {"database": check_database, "queue": check_queue, "index": check_index, "model": check_model}
REQUIRED = {"database"}


def readiness() -> dict[str, Any]:
    checks = {name: _timed(check) for name, check in CHECKS.items()}
    if not all(checks[name]["ok"] for name in REQUIRED):
        status = "down"
    elif all(c["ok"] for c in checks.values()):
        status = "ok"
    else:
        status = "degraded"
    return {"status": status, "checks": checks}


@never_cache
@require_GET
def livez(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    database = _timed(check_database)
    return JsonResponse(
        {"status": "ok" if database["ok"] else "down", "checks": {"database": database}},
        status=200 if database["ok"] else 503,
    )


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    report = readiness()
    strict = request.GET.get("strict") in {"1", "true"}
    failing = report["status"] == "down" or (strict and report["status"] != "ok")
    return JsonResponse(report, status=503 if failing else 200)
