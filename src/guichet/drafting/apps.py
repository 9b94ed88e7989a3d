from django.apps import AppConfig


class DraftingConfig(AppConfig):
    name = "guichet.drafting"
    label = "drafting"
    verbose_name = "Rédaction assistée"

    def ready(self) -> None:
        # Connected after the privacy app's receiver (INSTALLED_APPS order): the text is pseudonymised first.
        from guichet.drafting.tasks import on_message_received
        from guichet.inbox.workflow import message_received

        message_received.connect(on_message_received, dispatch_uid="drafting.on_message_received")
