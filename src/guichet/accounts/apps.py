from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "guichet.accounts"
    label = "accounts"
    verbose_name = "Comptes et administrations"

    def ready(self) -> None:
        # Receivers import models, which exist only once the app registry is ready (Django's ready() idiom).
        from axes.signals import user_locked_out

        from guichet.accounts.receivers import on_user_locked_out  # in ready(): it imports models

        user_locked_out.connect(on_user_locked_out, dispatch_uid="guichet.accounts.on_user_locked_out")
