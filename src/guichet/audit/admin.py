from django.contrib import admin

from guichet.audit.models import AuditEvent
from guichet.readonly import ReadOnlyAdmin


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "actor_label", "action", "object_type", "object_id", "administration_id"]
    list_filter = ["action"]
    search_fields = ["actor_label", "object_id"]
