"""Every answer of the API is JSON, errors included, in French: `{"detail": "…"}`.

* `ApiErrorsMiddleware` (first in MIDDLEWARE) answers 413 before a body over `GUICHET_API_MAX_BODY` is read, turns
  any HTML error page under /api/ (unknown route 404, 405, CSRF 403, Django's 400/500 pages) into JSON, and an
  unhandled exception into a JSON 500 (logged with its traceback; the client sees no internals).
* `install(api)` adds django-ninja exception handlers, so that every error has the documented shape (`ErrorOut`):
  a Django ValidationError is a 422 with the field messages; parameters or a body that do not match the schema
  are a 422 that names the fields (`errors`); django-ninja's HTTP errors (a missing or unknown key: 401, a body
  that is not JSON: 400) and a 404 raised in a view say it in French; a body too large while being read is a 413.
"""

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja import errors as ninja_errors

logger = logging.getLogger(__name__)

PREFIX = "/api/"
DEFAULT_MAX_BODY = 256 * 1024  # a message is at most 20,000 characters: 256 KB leaves room for JSON escaping

MESSAGES = {
    400: "Requête invalide.",
    401: "Clé d'API absente ou invalide (en-tête X-API-Key).",
    403: "Accès refusé.",
    404: "Ressource introuvable.",
    405: "Méthode non autorisée pour cette adresse.",
    409: "Conflit avec l'état actuel de la ressource.",
    413: "Requête trop volumineuse.",
    415: "Type de contenu non pris en charge : envoyez du JSON.",
    422: "Données invalides.",
    429: "Trop de requêtes : réessayez plus tard.",
    500: "Erreur interne : la requête n'a pas abouti, réessayez plus tard.",
    503: "Service momentanément indisponible.",
}


def max_body() -> int:
    return int(getattr(settings, "GUICHET_API_MAX_BODY", 0) or DEFAULT_MAX_BODY)


def error(status: int, detail: str | None = None, errors: list[dict] | None = None) -> JsonResponse:
    default = MESSAGES.get(status) or MESSAGES[500 if status >= 500 else 400]
    body: dict = {"detail": detail or default}
    if errors:
        body["errors"] = errors
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def _field_errors(errors: list[dict]) -> list[dict]:
    """django-ninja's (pydantic's) errors reduced to where, what and which rule (no input echoed back)."""
    return [
        {
            "loc": [part if isinstance(part, int) else str(part) for part in item.get("loc", ())],
            "msg": str(item.get("msg", "")),
            "type": str(item.get("type", "")),
        }
        for item in errors
    ]


def invalid(errors: list[dict]) -> JsonResponse:
    fields = _field_errors(errors)
    names = sorted(
        {".".join(str(part) for part in item["loc"][1:]) or str(item["loc"][0]) for item in fields if item["loc"]}
    )
    detail = MESSAGES[422] + (f" Champs en cause : {', '.join(names)}." if names else "")
    return error(422, detail, fields)


def too_large() -> JsonResponse:
    return error(413, f"Requête trop volumineuse : {max_body() // 1024} Ko au plus.")


class ApiErrorsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return error(400, "En-tête Content-Length invalide.")
        if length > max_body():
            return too_large()
        response = self.get_response(request)
        if response.status_code >= 400 and "json" not in response.get("Content-Type", ""):
            replacement = error(response.status_code)
            for header in ("Allow", "Retry-After", "WWW-Authenticate"):
                if header in response:
                    replacement[header] = response[header]
            return replacement
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith(PREFIX):
            return None
        if isinstance(exception, RequestDataTooBig):
            return too_large()
        logger.exception("API: erreur non gérée sur %s %s", request.method, request.path)
        return error(500)


def _validation_messages(exc: ValidationError) -> str:
    if hasattr(exc, "message_dict"):
        return " ".join(message for messages in exc.message_dict.values() for message in messages)
    return " ".join(exc.messages)


def install(api: NinjaAPI) -> None:
    @api.exception_handler(ValidationError)
    def _validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        return error(422, _validation_messages(exc))

    @api.exception_handler(RequestDataTooBig)
    def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return too_large()

    @api.exception_handler(ninja_errors.ValidationError)
    def _invalid(request: HttpRequest, exc: ninja_errors.ValidationError) -> HttpResponse:
        return invalid(exc.errors)

    @api.exception_handler(ninja_errors.HttpError)
    def _http_error(request: HttpRequest, exc: ninja_errors.HttpError) -> HttpResponse:
        return error(exc.status_code)

    @api.exception_handler(Http404)
    def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return error(404)
