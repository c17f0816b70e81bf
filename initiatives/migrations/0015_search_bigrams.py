"""Two-character terms of the Chinese, Japanese, Korean and Thai translations found through
an index (core.search.Bigrams): the SQL function `portal_bigrams` and its GIN index over
the initiatives' `search_trigram`; events/0012 adds the events' index."""

import django.contrib.postgres.indexes
from django.db import migrations, models

import core.search

# IMMUTABLE, so that an index can be built over it; STRICT: a record with no such
# translation (search_trigram NULL) has no pieces.
CREATE_FUNCTION = r"""
CREATE FUNCTION portal_bigrams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT array_agg(DISTINCT piece)
    FROM (
        SELECT substr(value, position, 2) AS piece
        FROM generate_series(1, char_length(value) - 1) AS position
    ) AS pieces
    WHERE piece !~ '\s'
$$
"""


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0014_alter_economy_options_alter_initiative_options_and_more"),
    ]

    operations = [
        migrations.RunSQL(CREATE_FUNCTION, "DROP FUNCTION portal_bigrams(text)"),
        migrations.AddIndex(
            model_name="initiative",
            index=django.contrib.postgres.indexes.GinIndex(
                core.search.Bigrams(models.F("search_trigram")), name="initiative_bigram_gin"
            ),
        ),
    ]
