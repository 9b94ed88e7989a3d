"""Reactions to other apps' events (connected in `InsightsConfig.ready`)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from guichet.accounts.enums import Cohort
from guichet.accounts.models import Membership
from guichet.inbox.models import Reply
from guichet.insights.models import ReplyCohort
from guichet.insights.source_changes import run_finished
from guichet.knowledge.models import IngestRun


@receiver(post_save, sender=IngestRun, dispatch_uid="insights.ingest_run_finished")
def ingest_run_finished(sender, instance: IngestRun, created: bool, **kwargs) -> None:
    """An ingest saves its run once, finished, after writing every change: flag the drafts citing changed fiches."""
    if not created and instance.finished_at is not None and (instance.updated or instance.removed):
        run_finished(instance)


@receiver(post_save, sender=Reply, dispatch_uid="insights.reply_cohort")
def reply_cohort_record(sender, instance: Reply, created: bool, **kwargs) -> None:
    """Keep the approving agent's cohort as it is at sending time (same transaction as the reply)."""
    if not created:
        return
    cohort = (
        Membership.objects.filter(
            user_id=instance.approved_by_id, administration_id=instance.message.administration_id
        )
        .values_list("cohort", flat=True)
        .first()
    )
    ReplyCohort.objects.create(reply=instance, cohort=cohort or Cohort.PILOT)
