"""The vocabulary for spelling suggestions, kept by triggers on the searchable tables.

`search_words_collect(<text expression>)` is a statement-level trigger function: it
reads the rows an INSERT or UPDATE wrote (the `new_rows` transition table), splits
the expression with the `simple` configuration (lower case, no stemming, so the
words are ones a person can read) and adds the plain alphabetic words of 3 to 40
letters it has not seen. One INSERT ... ON CONFLICT DO NOTHING per SQL statement,
in word order, so bulk imports stay cheap and concurrent writers lock alike.
The events and statements apps attach the same function to their tables.
"""

import django.contrib.postgres.indexes
from django.db import migrations, models

COLLECT_FUNCTION = r"""
CREATE FUNCTION search_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format(
        'INSERT INTO initiatives_searchword (word) '
        'SELECT DISTINCT w FROM new_rows, '
        'unnest(tsvector_to_array(to_tsvector(''simple'', %s))) AS w '
        'WHERE w ~ ''^[a-z]{3,40}$'' ORDER BY w ON CONFLICT (word) DO NOTHING',
        TG_ARGV[0]
    );
    RETURN NULL;
END
$$;
"""


def attach_sql(table, expression):
    """SQL that attaches the collector to `table` and adds the words already stored."""
    quoted = expression.replace("'", "''")
    return f"""
CREATE TRIGGER {table}_search_words_insert AFTER INSERT ON {table}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION search_words_collect('{quoted}');
CREATE TRIGGER {table}_search_words_update AFTER UPDATE ON {table}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION search_words_collect('{quoted}');
INSERT INTO initiatives_searchword (word)
    SELECT DISTINCT w FROM {table} AS new_rows,
    unnest(tsvector_to_array(to_tsvector('simple', {expression}))) AS w
    WHERE w ~ '^[a-z]{{3,40}}$' ORDER BY w ON CONFLICT (word) DO NOTHING;
"""


def detach_sql(table):
    return f"""
DROP TRIGGER {table}_search_words_insert ON {table};
DROP TRIGGER {table}_search_words_update ON {table};
"""


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
        migrations.RunSQL(COLLECT_FUNCTION, "DROP FUNCTION search_words_collect();"),
        migrations.RunSQL(
            attach_sql("initiatives_initiative", "concat_ws(' ', title, subtitle, introduction)"),
            detach_sql("initiatives_initiative"),
        ),
    ]
