"""Intake: every new message is pseudonymised before anything else (triage, retrieval, drafting) reads it."""

from guichet.inbox.models import Message
from guichet.privacy.services import message_pseudonymise


def pseudonymise_received_message(sender: type[Message], message: Message, **kwargs: object) -> None:
    message_pseudonymise(message=message)
