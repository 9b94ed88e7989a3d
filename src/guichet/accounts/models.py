"""Tenants (administrations), their local offices, and who works for which with what role."""

import hashlib
import secrets

from django.conf import settings
from django.db import models

from guichet.accounts.enums import APPROVER_ROLES, Cohort, Role


def default_retention_days() -> int:
    return settings.GUICHET_RETENTION_DAYS


class Administration(models.Model):
    """A tenant: CAF, Assurance retraite, Préfecture du Rhône… Everything an agent sees belongs to one."""

    name = models.CharField("nom", max_length=200, unique=True)
    slug = models.SlugField("identifiant", max_length=80, unique=True)
    short_name = models.CharField("sigle", max_length=40, blank=True)
    aliases = models.JSONField(
        "autres noms",
        default=list,
        blank=True,
        help_text="Noms sous lesquels les citoyens ou les fichiers importés désignent cette administration.",
    )
    competences = models.JSONField(
        "compétences",
        default=list,
        blank=True,
        help_text="Thèmes traités (mots-clés), pour reconnaître une question hors compétence.",
    )
    greeting = models.CharField("formule d'appel", max_length=200, default="Bonjour,")
    politeness_formula = models.TextField(
        "formule de politesse",
        default="Nous restons à votre disposition pour tout renseignement complémentaire.\nBien cordialement,",
    )
    signature = models.TextField("signature", blank=True)
    tone = models.CharField("ton", max_length=200, blank=True, help_text="Consigne de ton pour les brouillons.")
    prompt_template = models.TextField(
        "gabarit de consigne", blank=True, help_text="Remplace le gabarit par défaut des brouillons (vide : défaut)."
    )
    contact_url = models.URLField("site ou service en ligne", blank=True)
    retention_days = models.PositiveIntegerField(
        "durée de conservation des données personnelles (jours)",
        default=default_retention_days,
        help_text="Compte à partir de la fin du traitement d'un message (défaut : GUICHET_RETENTION_DAYS).",
    )
    ai_enabled = models.BooleanField("brouillons IA activés", default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "administration"

    def __str__(self) -> str:
        return self.name


class Office(models.Model):
    """A local structure of an administration (e.g. CAF du Rhône, agence de Lyon)."""

    administration = models.ForeignKey(Administration, on_delete=models.CASCADE, related_name="offices")
    name = models.CharField("nom", max_length=200)
    code = models.CharField("code", max_length=40, blank=True)

    class Meta:
        ordering = ["administration", "name"]
        constraints = [models.UniqueConstraint(fields=["administration", "name"], name="office_unique_name")]
        verbose_name = "structure locale"
        verbose_name_plural = "structures locales"

    def __str__(self) -> str:
        return f"{self.name} ({self.administration})"


class MembershipQuerySet(models.QuerySet):
    def active(self) -> "MembershipQuerySet":
        return self.filter(is_active=True, user__is_active=True)

    def approvers(self) -> "MembershipQuerySet":
        return self.active().filter(role__in=APPROVER_ROLES)


class Membership(models.Model):
    """A user's role in one administration; a user may belong to several."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    administration = models.ForeignKey(Administration, on_delete=models.CASCADE, related_name="memberships")
    office = models.ForeignKey(Office, on_delete=models.SET_NULL, null=True, blank=True, related_name="memberships")
    role = models.CharField("rôle", max_length=20, choices=Role.choices, default=Role.AGENT)
    cohort = models.CharField("cohorte", max_length=10, choices=Cohort.choices, default=Cohort.PILOT)
    is_active = models.BooleanField("active", default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "administration"], name="membership_unique_user_administration")
        ]
        verbose_name = "appartenance"

    def __str__(self) -> str:
        return f"{self.user} — {self.administration} ({self.get_role_display()})"


def _hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiKey(models.Model):
    """A key a front office (SP+ or another) uses to talk to the HTTP API for one administration."""

    administration = models.ForeignKey(Administration, on_delete=models.CASCADE, related_name="api_keys")
    name = models.CharField("nom", max_length=100)
    prefix = models.CharField(max_length=12, unique=True)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "clé d'API"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def generate(cls, *, administration: Administration, name: str) -> tuple["ApiKey", str]:
        """Create a key; the raw value is returned once and only its hash is stored."""
        raw = f"gch_{secrets.token_urlsafe(32)}"
        key = cls.objects.create(administration=administration, name=name, prefix=raw[:12], key_hash=_hash_key(raw))
        return key, raw

    @classmethod
    def lookup(cls, raw: str) -> "ApiKey | None":
        return cls.objects.filter(key_hash=_hash_key(raw), revoked_at__isnull=True).first()
