from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "guichet.delivery"
    verbose_name = "Réponses poussées (webhooks)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # In ready(), not at the top: the receivers import models, and importing models before the app registry is
        # ready raises AppRegistryNotReady (Django's documented place to connect signals).
        from guichet.delivery import receivers  # noqa: F401, PLC0415 - reason: the receivers import models, not importable before ready()
