from django.db import models


class Role(models.TextChoices):
    AGENT = "agent", "Agent"
    SUPERVISOR = "supervisor", "Superviseur ou superviseuse"
    ADMIN = "admin", "Administrateur ou administratrice"


class Cohort(models.TextChoices):
    """Experiment arm of a membership: pilot agents get AI drafts, control agents do not."""

    PILOT = "pilot", "Pilote (avec brouillons IA)"
    CONTROL = "control", "Témoin (sans brouillon IA)"


# Roles allowed to approve and send a reply to a citizen.
APPROVER_ROLES = frozenset({Role.AGENT, Role.SUPERVISOR})
