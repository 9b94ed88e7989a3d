from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "guichet.delivery"
    verbose_name = "Réponses poussées (webhooks)"
    default_auto_field = "django.db.models.BigAutoField"
