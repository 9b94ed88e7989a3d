"""The journal moves from the inbox app to its own: same table (`inbox_auditevent`), same rows.

State only: the table already exists (created by inbox 0001). A fresh install creates it there too, then hands it
over here. The foreign keys to the message and the administration become plain numbers in 0002.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("accounts", "0002_administration_retention_default"),
        ("inbox", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditEvent",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        (
                            "actor_label",
                            models.CharField(
                                help_text="Nom d'utilisateur ou processus (worker…)", max_length=100, verbose_name="acteur"
                            ),
                        ),
                        ("action", models.CharField(db_index=True, max_length=60)),
                        ("object_type", models.CharField(max_length=60)),
                        ("object_id", models.CharField(max_length=64)),
                        ("details", models.JSONField(blank=True, default=dict)),
                        ("created_at", models.DateTimeField(auto_now_add=True, db_index=True)),
                        (
                            "actor",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="audit_events",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "administration",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="audit_events",
                                to="accounts.administration",
                            ),
                        ),
                        (
                            "message",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="audit_events",
                                to="inbox.message",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "événement du journal",
                        "verbose_name_plural": "journal d'audit",
                        "ordering": ["created_at", "id"],
                        "db_table": "inbox_auditevent",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
