"""Randomised assignment of agents to the experiment's cohorts."""

import random

from django.core.exceptions import ValidationError
from django.db import transaction

from guichet.accounts.enums import Cohort, Role
from guichet.accounts.models import Administration, Membership
from guichet.audit.services import audit_log
from guichet.inbox.models import Reply
from guichet.insights.models import CitizenSatisfaction


@transaction.atomic
def cohorts_randomise(
    *, administration: Administration, seed: int, control_share: float = 0.5, actor=None
) -> dict[str, int]:
    """Shuffle the administration's agents (seeded, reproducible) and put `control_share` of them in control."""
    if not 0 <= control_share <= 1:
        raise ValueError("control_share must be between 0 and 1")
    memberships = list(
        Membership.objects.active().filter(administration=administration, role=Role.AGENT).order_by("user_id")
    )
    random.Random(seed).shuffle(memberships)
    n_control = round(len(memberships) * control_share)
    for index, membership in enumerate(memberships):
        membership.cohort = Cohort.CONTROL if index < n_control else Cohort.PILOT
    Membership.objects.bulk_update(memberships, ["cohort"])
    counts = {Cohort.CONTROL.value: n_control, Cohort.PILOT.value: len(memberships) - n_control}
    audit_log(
        action="experiment.randomised",
        obj=administration,
        actor=actor,
        administration=administration,
        details={"seed": seed, "control_share": control_share, **counts},
    )
    return counts


@transaction.atomic
def satisfaction_record(*, reply: Reply, score: int, source: str = "") -> tuple[CitizenSatisfaction, bool]:
    """Store the citizen's satisfaction (1–5) with a sent reply; a second answer replaces the first.

    Returns (answer, created). Raises ValidationError for a score out of range or a reply not sent yet.
    """
    if reply.sent_at is None:
        raise ValidationError("Cette réponse n'a pas encore été envoyée.")
    if not 1 <= int(score) <= 5:
        raise ValidationError("La note doit être comprise entre 1 et 5.")
    answer, created = CitizenSatisfaction.objects.update_or_create(reply=reply, defaults={"score": int(score)})
    audit_log(
        action="satisfaction.recorded",
        obj=answer,
        actor_label=source or None,
        message=reply.message_id,
        administration=reply.message.administration_id,
        details={"score": int(score), "replaced": not created},
    )
    return answer, created
