from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("guichet.api.urls")),
    path("comptes/", include("guichet.accounts.urls")),
    path("", include("guichet.insights.urls")),
    path("", include("guichet.inbox.urls")),
]
