"""Feed the words of events into the spelling vocabulary (see initiatives 0004_search_words)."""

from django.db import migrations

TABLE = "events_event"
EXPRESSION = "concat_ws(' ', title, summary, city, venue)"
QUOTED = EXPRESSION.replace("'", "''")

ATTACH = f"""
CREATE TRIGGER {TABLE}_search_words_insert AFTER INSERT ON {TABLE}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION search_words_collect('{QUOTED}');
CREATE TRIGGER {TABLE}_search_words_update AFTER UPDATE ON {TABLE}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION search_words_collect('{QUOTED}');
INSERT INTO initiatives_searchword (word)
    SELECT DISTINCT w FROM {TABLE},
    unnest(tsvector_to_array(to_tsvector('simple', {EXPRESSION}))) AS w
    WHERE w ~ '^[a-z]{{3,40}}$' ORDER BY w ON CONFLICT (word) DO NOTHING;
"""

DETACH = f"""
DROP TRIGGER {TABLE}_search_words_insert ON {TABLE};
DROP TRIGGER {TABLE}_search_words_update ON {TABLE};
"""


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_editorial_version_and_publish_permission"),
        ("initiatives", "0004_search_words"),
    ]

    operations = [migrations.RunSQL(ATTACH, DETACH)]
