from django.contrib import admin

from guichet.accounts.models import Administration, ApiKey, Membership, Office


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 0


@admin.register(Administration)
class AdministrationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "retention_days", "ai_enabled"]
    search_fields = ["name", "short_name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OfficeInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "administration", "role", "cohort", "is_active"]
    list_filter = ["administration", "role", "cohort", "is_active"]
    search_fields = ["user__username", "user__email"]


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ["name", "administration", "prefix", "created_at", "revoked_at"]
    readonly_fields = ["prefix", "key_hash", "created_at", "last_used_at"]
