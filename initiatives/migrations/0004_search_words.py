"""The vocabulary for spelling suggestions, kept by triggers on the searchable tables.

The trigger function and the SQL that attaches it are built by core.search_words
(which explains them); the expression is frozen here as it was when this ran.
"""

import django.contrib.postgres.indexes
from django.db import migrations, models

from core.search_words import COLLECT_FUNCTION, DROP_COLLECT_FUNCTION, attach_sql, detach_sql


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0003_editorial_version_and_publish_permission"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("word", models.CharField(max_length=40, primary_key=True, serialize=False)),
            ],
            options={
                "indexes": [
                    django.contrib.postgres.indexes.GinIndex(
                        fields=["word"], name="search_word_trgm", opclasses=["gin_trgm_ops"]
                    )
                ],
            },
        ),
        migrations.RunSQL(COLLECT_FUNCTION, DROP_COLLECT_FUNCTION),
        migrations.RunSQL(
            attach_sql("initiatives_initiative", "concat_ws(' ', title, subtitle, introduction)"),
            detach_sql("initiatives_initiative"),
        ),
    ]
