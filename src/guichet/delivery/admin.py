from django.contrib import admin

from guichet.delivery.models import Delivery, Webhook


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    list_display = ["administration", "url", "is_active", "updated_at"]
    exclude = ["secret_encrypted"]  # set with `guichet webhook`, shown once
    readonly_fields = ["administration"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["reply_id", "administration_id", "status", "attempts", "last_status_code", "created_at"]
    list_filter = ["status"]
    readonly_fields = [f.name for f in Delivery._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
