"""What supervision adds to the inbox's data: spot-check policy and grades, and citizens' satisfaction answers.

Everything else the dashboard shows is read from the inbox (messages, drafts, replies, feedback) and the audit
journal; nothing here copies it.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from guichet.accounts.enums import Cohort
from guichet.accounts.models import Administration
from guichet.inbox.models import Reply

_RATE = [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))]


class SpotCheckPolicy(models.Model):
    """How much of a week's sent replies the supervisors of one administration review."""

    administration = models.OneToOneField(Administration, on_delete=models.CASCADE, related_name="spotcheck_policy")
    sensitive_rate = models.DecimalField(
        "part des réponses à une détresse ou une réclamation",
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.5"),
        validators=_RATE,
    )
    random_rate = models.DecimalField(
        "part des autres réponses (tirage au hasard)",
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.05"),
        validators=_RATE,
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "règle de contrôle par échantillon"
        verbose_name_plural = "règles de contrôle par échantillon"

    def __str__(self) -> str:
        return f"Contrôles de {self.administration}"


class SpotCheck(models.Model):
    """One sent reply drawn for review by a supervisor, and the grade they gave."""

    class Reason(models.TextChoices):
        ALERT_UNCHANGED = "alert_unchanged", "Brouillon avec alerte envoyé sans modification"
        SENSITIVE = "sensitive", "Détresse ou réclamation"
        RANDOM = "random", "Tirage au hasard"

    class Grade(models.TextChoices):
        CORRECT = "correct", "Correcte"
        MINOR = "minor", "Défaut mineur"
        ERROR = "error", "Erreur"

    administration = models.ForeignKey(Administration, on_delete=models.CASCADE, related_name="spot_checks")
    reply = models.OneToOneField(Reply, on_delete=models.CASCADE, related_name="spot_check")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="spot_checks")
    week = models.DateField("semaine (lundi)", db_index=True)
    reason = models.CharField("motif du tirage", max_length=20, choices=Reason.choices)
    grade = models.CharField("appréciation", max_length=10, choices=Grade.choices, blank=True)
    grade_reason = models.TextField("justification", blank=True)
    graded_at = models.DateTimeField("contrôlée le", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-week", "graded_at", "id"]
        verbose_name = "contrôle par échantillon"
        verbose_name_plural = "contrôles par échantillon"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(grade="") | models.Q(graded_at__isnull=False), name="spotcheck_graded_at"
            ),
        ]

    def __str__(self) -> str:
        return f"Contrôle de la réponse au message #{self.reply.message_id}"


class CitizenSatisfaction(models.Model):
    """A citizen's answer to "are you satisfied with this reply?", sent by the front office (1 to 5)."""

    reply = models.OneToOneField(Reply, on_delete=models.CASCADE, related_name="satisfaction")
    score = models.PositiveSmallIntegerField("note (1 à 5)", validators=[MinValueValidator(1), MaxValueValidator(5)])
    created_at = models.DateTimeField(auto_now_add=True)

    SATISFIED_FROM = 4  # 4 or 5 out of 5 counts as satisfied

    class Meta:
        verbose_name = "satisfaction de l'usager"
        verbose_name_plural = "satisfactions des usagers"
        constraints = [
            models.CheckConstraint(condition=models.Q(score__gte=1, score__lte=5), name="satisfaction_score_range")
        ]

    def __str__(self) -> str:
        return f"{self.score}/5 pour la réponse #{self.reply_id}"

    @property
    def satisfied(self) -> bool:
        return self.score >= self.SATISFIED_FROM


class ReplyCohort(models.Model):
    """The experiment arm of the approving agent when the reply was sent (a later draw must not rewrite history)."""

    reply = models.OneToOneField(Reply, on_delete=models.CASCADE, related_name="cohort_record")
    cohort = models.CharField("cohorte", max_length=10, choices=Cohort.choices)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "cohorte à l'envoi"
        verbose_name_plural = "cohortes à l'envoi"

    def __str__(self) -> str:
        return f"{self.reply_id}: {self.cohort}"
