"""Read-only admin: the knowledge base changes only through `guichet ingest`."""

from django.contrib import admin

from guichet.knowledge.models import Fiche, FicheVersion, IngestRun, SourceChange
from guichet.readonly import ReadOnlyAdmin


@admin.register(Fiche)
class FicheAdmin(ReadOnlyAdmin):
    list_display = ["fiche_id", "title", "fiche_type", "removed_at", "updated_at"]
    list_filter = ["kind", "fiche_type"]
    search_fields = ["fiche_id", "title"]


@admin.register(FicheVersion)
class FicheVersionAdmin(ReadOnlyAdmin):
    list_display = ["fiche", "content_hash", "date", "created_at"]
    search_fields = ["fiche__fiche_id", "content_hash"]
    exclude = ["content"]


@admin.register(SourceChange)
class SourceChangeAdmin(ReadOnlyAdmin):
    list_display = ["fiche", "kind", "run", "created_at"]
    list_filter = ["kind"]


@admin.register(IngestRun)
class IngestRunAdmin(ReadOnlyAdmin):
    list_display = ["id", "started_at", "finished_at", "added", "updated", "unchanged", "removed", "rejected"]
