"""Read-mostly admin: messages, drafts and replies change only through the workflow service."""

from django.contrib import admin

from guichet.inbox.models import CannedResponse, Draft, Feedback, Message, Reply
from guichet.readonly import ReadOnlyAdmin


@admin.register(Message)
class MessageAdmin(ReadOnlyAdmin):
    list_display = ["id", "administration", "pseudonymised_title", "status", "priority", "received_at"]
    list_filter = ["administration", "status", "priority", "channel"]
    search_fields = ["external_id", "pseudonymised_title"]
    exclude = ["title", "body", "pii_mapping", "citizen_name", "citizen_email"]


@admin.register(Draft)
class DraftAdmin(ReadOnlyAdmin):
    list_display = ["message", "version", "kind", "model_name", "created_at"]
    list_filter = ["kind", "trigger"]


@admin.register(Reply)
class ReplyAdmin(ReadOnlyAdmin):
    list_display = ["message", "approved_by", "approved_at", "sent_at", "ai_assisted"]
    exclude = ["text"]


@admin.register(Feedback)
class FeedbackAdmin(ReadOnlyAdmin):
    list_display = ["message", "rating", "edit_distance", "time_on_task_s", "created_at"]
    list_filter = ["rating"]


@admin.register(CannedResponse)
class CannedResponseAdmin(admin.ModelAdmin):
    list_display = ["title", "administration", "is_active", "updated_at"]
    list_filter = ["administration", "is_active"]
    search_fields = ["title", "body"]
