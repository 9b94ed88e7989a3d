"""The journal refers to messages and administrations by primary key, not by foreign key.

The columns `message_id` and `administration_id` keep their values; only the foreign-key constraints go (the
journal sits below the apps it records, and an event outlives the object it is about).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
        ("inbox", "0002_auditevent_to_audit_app"),
    ]

    operations = [
        migrations.AlterField(
            model_name="auditevent",
            name="message",
            field=models.BigIntegerField(blank=True, null=True, db_index=True, db_column="message_id"),
        ),
        migrations.AlterField(
            model_name="auditevent",
            name="administration",
            field=models.BigIntegerField(blank=True, null=True, db_index=True, db_column="administration_id"),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RenameField(model_name="auditevent", old_name="message", new_name="message_id"),
                migrations.RenameField(model_name="auditevent", old_name="administration", new_name="administration_id"),
                migrations.AlterField(
                    model_name="auditevent",
                    name="message_id",
                    field=models.BigIntegerField(blank=True, db_index=True, null=True, verbose_name="message"),
                ),
                migrations.AlterField(
                    model_name="auditevent",
                    name="administration_id",
                    field=models.BigIntegerField(
                        blank=True, db_index=True, null=True, verbose_name="administration"
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
