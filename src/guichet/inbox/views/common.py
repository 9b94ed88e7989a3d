"""Lookups shared by the workbench views; every one of them is scoped to the requesting user."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from guichet.accounts.enums import Cohort
from guichet.accounts.models import Administration, Membership
from guichet.inbox import selectors
from guichet.inbox.models import Message
from guichet.inbox.selectors import administrations_for, message_get_for


def administration_get_for(user, slug: str) -> Administration:
    """The administration if `user` works there; 404 otherwise."""
    administration = administrations_for(user).filter(slug=slug).first()
    if administration is None:
        raise Http404("Administration introuvable.")
    return administration


def membership_of(user, administration: Administration) -> Membership | None:
    return selectors.membership_of(user, administration)


def message_for_action(request: HttpRequest, pk: int) -> Message:
    """The message for a write: 404 if the user cannot see it, 403 if their membership is not active."""
    message = message_get_for(request.user, pk)
    if membership_of(request.user, message.administration) is None:
        raise PermissionDenied("Vous n'êtes pas membre de cette administration.")
    return message


def ai_drafts_enabled(user, administration: Administration) -> bool:
    """Control-cohort agents work without AI drafts (the experiment compares both arms)."""
    return ai_drafts_for(administration, membership_of(user, administration))


def ai_drafts_for(administration: Administration, membership: Membership | None) -> bool:
    """`ai_drafts_enabled` for a membership already read."""
    return bool(administration.ai_enabled and membership is not None and membership.cohort == Cohort.PILOT)
