"""Randomised assignment of agents to the experiment's cohorts."""

import random

from django.db import transaction

from guichet.accounts.enums import Cohort, Role
from guichet.accounts.models import Administration, Membership
from guichet.audit.services import audit_log


@transaction.atomic
def cohorts_randomise(*, administration: Administration, seed: int, control_share: float = 0.5) -> dict[str, int]:
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
        administration=administration,
        details={"seed": seed, "control_share": control_share, **counts},
    )
    return counts
