from django.contrib import admin
from django.urls import include, path

from guichet import health

urlpatterns = [
    path("livez", health.livez, name="livez"),
    path("readyz", health.readyz, name="readyz"),
    path("healthz", health.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("guichet.api.urls")),
    path("comptes/", include("guichet.accounts.urls")),
    path("", include("guichet.insights.urls")),
    path("", include("guichet.delivery.urls")),
    path("", include("guichet.inbox.urls")),
]
