"""A model call refers to the inbox's message and draft by primary key, not by foreign key.

The columns `message_id` and `draft_id` keep their values; only the foreign-key constraints go (drafting sits
below the inbox).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("drafting", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="modelcall",
            name="message",
            field=models.BigIntegerField(blank=True, null=True, db_index=True, db_column="message_id"),
        ),
        migrations.AlterField(
            model_name="modelcall",
            name="draft",
            field=models.BigIntegerField(blank=True, null=True, db_index=True, db_column="draft_id"),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RenameField(model_name="modelcall", old_name="message", new_name="message_id"),
                migrations.RenameField(model_name="modelcall", old_name="draft", new_name="draft_id"),
                migrations.AlterField(
                    model_name="modelcall",
                    name="message_id",
                    field=models.BigIntegerField(blank=True, db_index=True, null=True, verbose_name="message"),
                ),
                migrations.AlterField(
                    model_name="modelcall",
                    name="draft_id",
                    field=models.BigIntegerField(blank=True, db_index=True, null=True, verbose_name="brouillon"),
                ),
            ],
            database_operations=[],
        ),
    ]
