from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "guichet.privacy"
    label = "privacy"
    verbose_name = "Données personnelles"

    def ready(self) -> None:
        from guichet.inbox.workflow import message_received
        from guichet.privacy.receivers import pseudonymise_received_message

        message_received.connect(
            pseudonymise_received_message, sender=None, dispatch_uid="guichet.privacy.pseudonymise_received_message"
        )
