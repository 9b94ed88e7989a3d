from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "guichet.delivery"
    verbose_name = "Réponses poussées (webhooks)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Django idiom: the receivers import models, which exist only once the app registry is ready.
        from guichet.delivery import receivers  # noqa: F401  (in ready(): the receivers import models)
