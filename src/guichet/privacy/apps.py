from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "guichet.privacy"
    label = "privacy"
    verbose_name = "Données personnelles"
