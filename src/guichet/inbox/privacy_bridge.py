"""What the workbench needs from the privacy app, in the shape its views use.

Drafts are stored pseudonymised ("Bonjour [PERSONNE_1],"): the agent sees them restored, and whatever the agent
writes is pseudonymised again before it is stored as a draft or exported.
"""

import logging

from guichet.inbox.models import Message
from guichet.inbox.personal_data import message_mapping
from guichet.privacy.pseudonymise import pseudonymise_known, restore
from guichet.text import PLACEHOLDER as PLACEHOLDER_RE

__all__ = ["PLACEHOLDER_RE", "mapping_for", "pseudonymise_text", "restore_text"]

logger = logging.getLogger(__name__)


def mapping_for(message: Message) -> dict[str, str]:
    """Placeholder → original value for this message ({} when purged or undecryptable)."""
    try:
        return dict(message_mapping(message) or {})
    except Exception:  # a corrupt mapping or a rotated-away key must not break the agent's page
        logger.exception("Could not read the personal-data mapping of message %s", message.pk)
        return {}


def restore_text(text: str, mapping: dict[str, str]) -> str:
    """Put the original values back in place of the placeholders."""
    return restore(text, mapping) if text and mapping else text


def pseudonymise_text(text: str, mapping: dict[str, str]) -> str:
    """Known values back to their placeholders, and any new personal data the agent typed detected too."""
    return pseudonymise_known(text, mapping) if text else text
