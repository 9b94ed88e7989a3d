"""What the workbench needs from the privacy app, with safe fallbacks while it is not installed.

Drafts are stored pseudonymised ("Bonjour [PERSONNE_1],"): the agent sees them restored, and the final text is
pseudonymised again for exports. Without the privacy app the mapping is empty and both directions are identity.
"""

import logging
import re

from guichet.inbox.models import Message

logger = logging.getLogger(__name__)

PLACEHOLDER_RE = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")


def mapping_for(message: Message) -> dict[str, str]:
    """Placeholder → original value for this message ({} when unknown, purged or undecryptable)."""
    try:
        from guichet.privacy.services import message_mapping
    except ImportError:
        return {}
    try:
        return dict(message_mapping(message) or {})
    except Exception:  # a corrupt or purged mapping must not break the agent's page
        logger.exception("Could not read the personal-data mapping of message %s", message.pk)
        return {}


def restore_text(text: str, mapping: dict[str, str]) -> str:
    """Put the original values back in place of the placeholders."""
    if not mapping or not text:
        return text
    try:
        from guichet.privacy.pseudonymise import restore
    except ImportError:
        return PLACEHOLDER_RE.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)
    return restore(text, mapping)


def pseudonymise_text(text: str, mapping: dict[str, str]) -> str:
    """Replace the known personal values by their placeholders (the agent may have typed them back)."""
    if not mapping or not text:
        return text
    try:
        from guichet.privacy.pseudonymise import pseudonymise_known
    except ImportError:
        for placeholder, value in sorted(mapping.items(), key=lambda item: -len(item[1])):
            if value:
                text = text.replace(value, placeholder)
        return text
    return pseudonymise_known(text, mapping)
