from guichet.accounts.models import Administration
from guichet.inbox.intake import message_receive
from guichet.inbox.models import Message


def make_message(administration: Administration, *, title: str = "Ma question", body: str = "", **fields) -> Message:
    """A message stored through the real intake path."""
    return message_receive(
        administration=administration,
        title=title,
        body=body or "Bonjour, comment demander une aide au logement ? Merci.",
        **fields,
    )
