from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "guichet.accounts"
    label = "accounts"
    verbose_name = "Comptes et administrations"

    def ready(self) -> None:
        # In ready(), not at the top: the receivers import models, and importing models before the app registry is
        # ready raises AppRegistryNotReady (Django's documented place to connect signals).
        from axes.signals import user_locked_out  # noqa: PLC0415 - reason: axes' signals import its models, not importable before ready()

        from guichet.accounts.receivers import on_user_locked_out  # noqa: PLC0415 - reason: the receivers import models, not importable before ready()

        user_locked_out.connect(on_user_locked_out, dispatch_uid="guichet.accounts.on_user_locked_out")
