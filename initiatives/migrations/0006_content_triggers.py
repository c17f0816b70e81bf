"""The content-token trigger on this app's content tables, as a migration shows it.

Until now a post_migrate handler attached it, so existing databases already
carry it; the operation is idempotent (CREATE OR REPLACE TRIGGER).
"""

from django.db import migrations

from core.migrations_ops import InstallContentTriggers


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0005_content_version"),
    ]

    operations = [
        InstallContentTriggers(
            "initiatives_economy",
            "initiatives_theme",
            "initiatives_initiative",
            "initiatives_initiative_co_implementers",
            "initiatives_initiative_themes",
            "initiatives_initiativeobjective",
            "initiatives_initiativeactivity",
            "initiatives_searchword",
        ),
    ]
