"""The start of a process spawned by the bulk import to analyse messages (`inbox.bulk_intake`).

A spawned process inherits nothing: Django must be set up before any module that defines models is imported,
which is why this module imports none (the pool unpickles its initializer, `django_ready`, before any task).
"""

import django
from django.apps import apps


def django_ready() -> None:
    """Set Django up in this process (settings from DJANGO_SETTINGS_MODULE and the environment, as the parent's)."""
    if not apps.ready:
        django.setup()
