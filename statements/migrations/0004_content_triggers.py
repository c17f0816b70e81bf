"""The content-token trigger on this app's content tables, as a migration shows it.

Until now a post_migrate handler attached it, so existing databases already
carry it; the operation is idempotent (CREATE OR REPLACE TRIGGER).
"""

from django.db import migrations

from core.migrations_ops import InstallContentTriggers


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0003_search_words"),
        ("initiatives", "0006_content_triggers"),
    ]

    operations = [
        InstallContentTriggers(
            "statements_statement",
            "statements_statement_themes",
            "statements_section",
            "statements_paragraph",
            "statements_paragraph_initiatives",
        ),
    ]
