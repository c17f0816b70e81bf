"""Two-character terms of the Chinese, Japanese, Korean and Thai translations found through
an index (core.search.Bigrams): the SQL function `portal_bigrams`, and the initiatives'
stored `search_bigrams` (the pieces of `search_trigram`'s text) with its GIN index;
events/0012 adds the events' column and index."""

import django.contrib.postgres.fields
import django.contrib.postgres.indexes
from django.db import migrations, models
from django.db.models.functions import Coalesce

import core.search

# IMMUTABLE, so that a generated column can use it; STRICT: a record with no such
# translation (its text NULL) has no pieces.
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
        migrations.AddField(
            model_name="initiative",
            name="search_bigrams",
            field=models.GeneratedField(
                db_persist=True,
                expression=core.search.Bigrams(
                    core.search._JoinedLower(
                        Coalesce(models.F("title_zh_hans"), models.Value("")),
                        Coalesce(models.F("subtitle_zh_hans"), models.Value("")),
                        Coalesce(models.F("introduction_zh_hans"), models.Value("")),
                        Coalesce(models.F("title_zh_hant"), models.Value("")),
                        Coalesce(models.F("subtitle_zh_hant"), models.Value("")),
                        Coalesce(models.F("introduction_zh_hant"), models.Value("")),
                        Coalesce(models.F("title_ja"), models.Value("")),
                        Coalesce(models.F("subtitle_ja"), models.Value("")),
                        Coalesce(models.F("introduction_ja"), models.Value("")),
                        Coalesce(models.F("title_ko"), models.Value("")),
                        Coalesce(models.F("subtitle_ko"), models.Value("")),
                        Coalesce(models.F("introduction_ko"), models.Value("")),
                        Coalesce(models.F("title_th"), models.Value("")),
                        Coalesce(models.F("subtitle_th"), models.Value("")),
                        Coalesce(models.F("introduction_th"), models.Value("")),
                    )
                ),
                output_field=django.contrib.postgres.fields.ArrayField(
                    base_field=models.TextField(), null=True, size=None
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="initiative",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["search_bigrams"], name="initiative_bigram_gin"
            ),
        ),
    ]
