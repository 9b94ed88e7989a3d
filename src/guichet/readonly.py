"""Building blocks for records that only the application writes: journals and admin views that only read."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models


class AppendOnlyQuerySet(models.QuerySet):
    """Rows of a journal are added, never changed or removed (pair it with `AppendOnlyModel`)."""

    def update(self, **kwargs):
        raise PermissionDenied(f"{self.model._meta.verbose_name} is append-only.")

    def bulk_update(self, *args, **kwargs):
        raise PermissionDenied(f"{self.model._meta.verbose_name} is append-only.")

    def delete(self):
        raise PermissionDenied(f"{self.model._meta.verbose_name} is append-only.")


class AppendOnlyModel(models.Model):
    """A journal entry: saving an existing row or deleting one is refused."""

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise PermissionDenied(f"{self._meta.verbose_name} is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied(f"{self._meta.verbose_name} is append-only.")


class ReadOnlyAdmin(admin.ModelAdmin):
    """Admin pages that show what the application wrote, without letting anyone change it."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
