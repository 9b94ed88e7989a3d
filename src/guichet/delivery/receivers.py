"""A sent reply is queued for its administration's webhook in the transaction that creates it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from guichet.delivery.services import delivery_create_for_reply
from guichet.inbox.models import Reply


@receiver(post_save, sender=Reply, dispatch_uid="delivery.reply_created")
def queue_delivery(sender, instance: Reply, created: bool, **kwargs) -> None:
    if created:
        delivery_create_for_reply(instance)
