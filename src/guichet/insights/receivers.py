"""Reactions to other apps' events (connected in `InsightsConfig.ready`)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from guichet.insights.source_changes import run_finished
from guichet.knowledge.models import IngestRun


@receiver(post_save, sender=IngestRun, dispatch_uid="insights.ingest_run_finished")
def ingest_run_finished(sender, instance: IngestRun, created: bool, **kwargs) -> None:
    """An ingest saves its run once, finished, after writing every change: flag the drafts citing changed fiches."""
    if not created and instance.finished_at is not None and (instance.updated or instance.removed):
        run_finished(instance)
