from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class ApiConfig(AppConfig):
    name = "guichet.api"
    label = "api"
    verbose_name = "API"

    def ready(self) -> None:
        # Every installed app's `receivers` module (accounts, delivery, insights) connects its signal receivers
        # when imported; they import models, which load only once the registry is ready. Django's autodiscovery
        # (as the admin's) imports them here, in the top layer's ready(), the last app of INSTALLED_APPS.
        autodiscover_modules("receivers")
