"""Writes for tenants and accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import transaction
from django.utils.text import slugify

from guichet.accounts.enums import Cohort, Role
from guichet.accounts.models import Administration, Membership, Office
from guichet.audit.services import audit_log


@transaction.atomic
def administration_get_or_create(*, name: str, **fields) -> tuple[Administration, bool]:
    """Find an administration by its name (case-insensitive) or create it with a unique slug."""
    existing = Administration.objects.filter(name__iexact=name.strip()).first()
    if existing is not None:
        return existing, False
    base = slugify(name)[:70] or "administration"
    slug, n = base, 1
    while Administration.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    administration = Administration.objects.create(name=name.strip(), slug=slug, **fields)
    audit_log(action="administration.created", obj=administration, administration=administration)
    return administration, True


def office_get_or_create(*, administration: Administration, name: str) -> Office:
    """The office of `administration` with this name, created on first mention (front offices name theirs)."""
    return Office.objects.get_or_create(administration=administration, name=name)[0]


def administration_find(name: str) -> Administration | None:
    """Resolve how files and citizens name an administration: name, acronym, slug or a known alias."""
    key = name.strip().casefold()
    if not key:
        return None
    for administration in Administration.objects.all():
        names = [administration.name, administration.short_name, administration.slug, *administration.aliases]
        if key in {n.strip().casefold() for n in names if n}:
            return administration
    return None


@transaction.atomic
def agent_create(
    *,
    username: str,
    password: str,
    administration: Administration,
    role: str = Role.AGENT,
    cohort: str = Cohort.PILOT,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    is_staff: bool = False,
) -> tuple[AbstractUser, Membership]:
    """Create (or update) an account and give it a role in an administration."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=username,
        defaults={"email": email, "first_name": first_name, "last_name": last_name, "is_staff": is_staff},
    )
    if password:
        user.set_password(password)
    elif created:
        user.set_unusable_password()
    if created or password or (is_staff and not user.is_staff):
        user.is_staff = user.is_staff or is_staff
        user.save()
    membership, _ = Membership.objects.update_or_create(
        user=user, administration=administration, defaults={"role": role, "cohort": cohort, "is_active": True}
    )
    audit_log(
        action="membership.granted",
        obj=membership,
        administration=administration,
        details={"username": username, "role": role, "cohort": cohort},
    )
    return user, membership
