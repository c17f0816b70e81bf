"""Feed the words of events into the spelling vocabulary (see initiatives 0004_search_words)."""

from django.db import migrations

from core.search_words import attach_sql, detach_sql

# Frozen as it was when this ran; the live declaration is the model's SearchText.
TABLE = "events_event"
EXPRESSION = "concat_ws(' ', title, summary, city, venue)"


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_editorial_version_and_publish_permission"),
        ("initiatives", "0004_search_words"),
    ]

    operations = [migrations.RunSQL(attach_sql(TABLE, EXPRESSION), detach_sql(TABLE))]
