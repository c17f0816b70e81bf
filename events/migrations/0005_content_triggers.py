"""The content-token trigger on this app's content tables, as a migration shows it.

Until now a post_migrate handler attached it, so existing databases already
carry it; the operation is idempotent (CREATE OR REPLACE TRIGGER).
"""

from django.db import migrations

from core.migrations_ops import InstallContentTriggers


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_event_list_indexes"),
        ("initiatives", "0006_content_triggers"),
    ]

    operations = [
        InstallContentTriggers(
            "events_event",
            "events_event_co_hosts",
            "events_event_themes",
            "events_eventofficial",
        ),
    ]
