"""The Django admin for accounts, with separation of duties.

Nobody changes their own privileges here: the acting user's memberships (role, cohort, activity) and their own
superuser/staff/active flags, groups and permissions are read-only to them; another administrator must do it.
Every membership change (creation, role, cohort, activity, deletion) and every change of a user's privilege
flags is written to the audit journal with who did it. The CLI and the services (`agent_create`) write theirs.
"""

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest

from guichet.accounts.models import Administration, ApiKey, Membership, Office
from guichet.audit.services import audit_log

SELF_CHANGE = "Vous ne pouvez pas modifier vos propres droits : demandez-le à un autre administrateur."
MEMBERSHIP_FIELDS = ("role", "cohort", "is_active", "office_id", "administration_id", "user_id")
PRIVILEGE_FIELDS = ("is_superuser", "is_staff", "is_active")


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 0


@admin.register(Administration)
class AdministrationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "retention_days", "ai_enabled"]
    search_fields = ["name", "short_name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OfficeInline]


def _membership_state(membership: Membership | None) -> dict[str, Any]:
    if membership is None:
        return {}
    return {field: getattr(membership, field) for field in MEMBERSHIP_FIELDS}


def _audit_membership(request: HttpRequest, action: str, membership: Membership, before: dict, after: dict) -> None:
    changed = {
        key: [before.get(key), after.get(key)]
        for key in after.keys() | before.keys()
        if before.get(key) != after.get(key)
    }
    audit_log(
        action=action,
        obj=membership,
        actor=request.user,
        administration=membership.administration_id,
        details={"username": membership.user.get_username(), "via": "admin", "changes": changed},
    )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "administration", "role", "cohort", "is_active"]
    list_filter = ["administration", "role", "cohort", "is_active"]
    search_fields = ["user__username", "user__email"]

    def has_change_permission(self, request: HttpRequest, obj: Membership | None = None) -> bool:
        if obj is not None and obj.user_id == request.user.pk:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Membership | None = None) -> bool:
        if obj is not None and obj.user_id == request.user.pk:
            return False
        return super().has_delete_permission(request, obj)

    def get_form(self, request: HttpRequest, obj: Membership | None = None, change: bool = False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)

        class NotSelfForm(form):
            def clean(self) -> dict:
                data = super().clean()
                user = data.get("user") or getattr(self.instance, "user", None)
                if user is not None and user.pk == request.user.pk:
                    raise ValidationError(SELF_CHANGE)
                return data

        return NotSelfForm

    @transaction.atomic
    def save_model(self, request: HttpRequest, obj: Membership, form: forms.ModelForm, change: bool) -> None:
        if obj.user_id == request.user.pk:
            raise PermissionDenied(SELF_CHANGE)
        before = _membership_state(Membership.objects.filter(pk=obj.pk).first()) if change else {}
        super().save_model(request, obj, form, change)
        _audit_membership(
            request, "membership.changed" if change else "membership.granted", obj, before, _membership_state(obj)
        )

    @transaction.atomic
    def delete_model(self, request: HttpRequest, obj: Membership) -> None:
        if obj.user_id == request.user.pk:
            raise PermissionDenied(SELF_CHANGE)
        _audit_membership(request, "membership.revoked", obj, _membership_state(obj), {})
        super().delete_model(request, obj)

    @transaction.atomic
    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        if queryset.filter(user_id=request.user.pk).exists():
            raise PermissionDenied(SELF_CHANGE)
        for membership in queryset.select_related("user"):
            _audit_membership(request, "membership.revoked", membership, _membership_state(membership), {})
        super().delete_queryset(request, queryset)


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ["name", "administration", "prefix", "created_at", "revoked_at"]
    readonly_fields = ["prefix", "key_hash", "created_at", "last_used_at"]


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class GuichetUserAdmin(UserAdmin):
    """Django's user admin, except that one's own privileges are read-only and every privilege change is audited."""

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.pk == request.user.pk:
            readonly += [*PRIVILEGE_FIELDS, "groups", "user_permissions"]
        return readonly

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        if obj is not None and obj.pk == request.user.pk:
            return False
        return super().has_delete_permission(request, obj)

    @transaction.atomic
    def save_model(self, request: HttpRequest, obj, form, change: bool) -> None:
        before = User.objects.filter(pk=obj.pk).values(*PRIVILEGE_FIELDS).first() if change else {}
        if change and obj.pk == request.user.pk and any(before[f] != getattr(obj, f) for f in PRIVILEGE_FIELDS):
            raise PermissionDenied(SELF_CHANGE)
        super().save_model(request, obj, form, change)
        after = {field: getattr(obj, field) for field in PRIVILEGE_FIELDS}
        changes = {f: [before.get(f), after[f]] for f in PRIVILEGE_FIELDS if (before or {}).get(f) != after[f]}
        if changes:
            audit_log(
                action="account.privileges_changed",
                obj=obj,
                actor=request.user,
                details={"username": obj.get_username(), "via": "admin", "changes": changes},
            )

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        obj = form.instance
        before = (
            {
                "groups": sorted(obj.groups.values_list("name", flat=True)),
                "user_permissions": sorted(obj.user_permissions.values_list("codename", flat=True)),
            }
            if change
            else {"groups": [], "user_permissions": []}
        )
        super().save_related(request, form, formsets, change)
        after = {
            "groups": sorted(obj.groups.values_list("name", flat=True)),
            "user_permissions": sorted(obj.user_permissions.values_list("codename", flat=True)),
        }
        changes = {key: [before[key], after[key]] for key in after if before[key] != after[key]}
        if changes:
            audit_log(
                action="account.privileges_changed",
                obj=obj,
                actor=request.user,
                details={"username": obj.get_username(), "via": "admin", "changes": changes},
            )
