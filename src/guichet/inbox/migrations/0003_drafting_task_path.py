"""The drafting task moved from `guichet.drafting.tasks` to `guichet.inbox.tasks`: queued rows follow it.

Tasks still waiting (or left running by a stopped worker) when Guichet is upgraded keep working; finished rows are
renamed too, so that `recover_stale_tasks` and the counts see one task path.
"""

from django.db import migrations

OLD = "guichet.drafting.tasks.draft_message_task"
NEW = "guichet.inbox.tasks.draft_message_task"


def rename(apps, schema_editor, old: str = OLD, new: str = NEW) -> None:
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    DBTaskResult.objects.filter(task_path=old).update(task_path=new)


def rename_back(apps, schema_editor) -> None:
    rename(apps, schema_editor, old=NEW, new=OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("inbox", "0002_auditevent_to_audit_app"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
