from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "guichet.inbox"
    label = "inbox"
    verbose_name = "Messages"
