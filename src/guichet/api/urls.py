from django.urls import path
from ninja import NinjaAPI

from guichet.api import errors
from guichet.api.auth import AdministrationKey
from guichet.api.messages import router as messages_router
from guichet.api.satisfaction import router as satisfaction_router

api = NinjaAPI(
    title="Guichet API",
    version="1",
    description="Dépôt de messages d'usagers et collecte des réponses validées par les agents.",
    auth=AdministrationKey(),
    urls_namespace="api",
)
errors.install(api)
api.add_router("/", messages_router)
api.add_router("/", satisfaction_router)

urlpatterns = [path("", api.urls)]
