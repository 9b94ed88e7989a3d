"""The start of a process spawned by an import to analyse messages (`inbox.bulk_intake`, `inbox.import_queue`).

A spawned process inherits nothing: Django must be set up before any module that defines models is imported,
which is why this module imports none (the pool unpickles its initializer, `django_ready`, before any task, and
`import_queue_worker` imports the queue only once Django is set up).
"""

import django
from django.apps import apps
from django.db import connection
from django.utils.module_loading import import_string

# The queue's loop, by its dotted path: its module imports models, which a spawned process can load only once
# `django_ready()` has run, so it is resolved then (Django's `import_string`), not imported at the top.
WORK_QUEUE = "guichet.inbox.import_queue.work_queue"


def django_ready() -> None:
    """Set Django up in this process (settings from DJANGO_SETTINGS_MODULE and the environment, as the parent's)."""
    if not apps.ready:
        django.setup()


def import_queue_worker() -> None:
    """A process that runs the import queue until it is empty (`guichet import --wait --workers N`)."""
    django_ready()
    work_queue = import_string(WORK_QUEUE)
    try:
        work_queue()
    finally:
        connection.close()
