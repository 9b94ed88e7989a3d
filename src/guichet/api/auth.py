"""API-key authentication: each key belongs to one administration and sees only its messages."""

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import APIKeyHeader

from guichet.accounts.models import ApiKey


class AdministrationKey(APIKeyHeader):
    param_name = "X-API-Key"

    def authenticate(self, request: HttpRequest, key: str | None) -> ApiKey | None:
        if not key:
            return None
        api_key = ApiKey.lookup(key)
        if api_key is None:
            return None
        ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=timezone.now())
        return api_key
