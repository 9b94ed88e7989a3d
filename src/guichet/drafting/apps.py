from django.apps import AppConfig


class DraftingConfig(AppConfig):
    name = "guichet.drafting"
    label = "drafting"
    verbose_name = "Rédaction assistée"
