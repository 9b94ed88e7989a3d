from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "guichet.insights"
    label = "insights"
    verbose_name = "Mesures et expérimentation"

    def ready(self) -> None:
        # Django idiom: the receivers import models, which exist only once the app registry is ready.
        from guichet.insights import receivers  # noqa: F401, PLC0415 - reason: the receivers import models, not importable before ready()
