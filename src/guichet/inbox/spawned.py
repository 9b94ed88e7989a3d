"""The start of a process spawned by an import to analyse messages (`inbox.bulk_intake`, `inbox.import_queue`).

A spawned process inherits nothing: Django must be set up before any module that defines models is imported,
which is why this module imports none (the pool unpickles its initializer, `django_ready`, before any task, and
`import_queue_worker` imports the queue only once Django is set up).
"""

import django
from django.apps import apps
from django.db import connection


def django_ready() -> None:
    """Set Django up in this process (settings from DJANGO_SETTINGS_MODULE and the environment, as the parent's)."""
    if not apps.ready:
        django.setup()


def import_queue_worker() -> None:
    """A process that runs the import queue until it is empty (`guichet import --wait --workers N`)."""
    django_ready()
    # Not at the top: this module is the spawned process's entry and runs before django.setup(); the queue's module
    # imports models, which would raise AppRegistryNotReady before django_ready().
    from guichet.inbox.import_queue import work_queue  # noqa: PLC0415 - reason: import_queue imports models, loadable in a spawned process only after django_ready()

    try:
        work_queue()
    finally:
        connection.close()
