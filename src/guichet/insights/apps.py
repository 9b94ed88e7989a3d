from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "guichet.insights"
    label = "insights"
    verbose_name = "Mesures et expérimentation"

    def ready(self) -> None:
        from guichet.insights import receivers  # noqa: F401 — connects the signal receivers
