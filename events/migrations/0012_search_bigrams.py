"""The events' stored two-character pieces of their trigram-searched translations
(`search_bigrams`, core.search.Bigrams; the function is initiatives/0015's) and its index."""

import django.contrib.postgres.fields
import django.contrib.postgres.indexes
from django.db import migrations, models
from django.db.models.functions import Coalesce

import core.search


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0011_alter_event_options_alter_eventofficial_options_and_more"),
        ("initiatives", "0015_search_bigrams"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="search_bigrams",
            field=models.GeneratedField(
                db_persist=True,
                expression=core.search.Bigrams(
                    core.search._JoinedLower(
                        Coalesce(models.F("title_zh_hans"), models.Value("")),
                        Coalesce(models.F("summary_zh_hans"), models.Value("")),
                        Coalesce(models.F("title_zh_hant"), models.Value("")),
                        Coalesce(models.F("summary_zh_hant"), models.Value("")),
                        Coalesce(models.F("title_ja"), models.Value("")),
                        Coalesce(models.F("summary_ja"), models.Value("")),
                        Coalesce(models.F("title_ko"), models.Value("")),
                        Coalesce(models.F("summary_ko"), models.Value("")),
                        Coalesce(models.F("title_th"), models.Value("")),
                        Coalesce(models.F("summary_th"), models.Value("")),
                    )
                ),
                output_field=django.contrib.postgres.fields.ArrayField(
                    base_field=models.TextField(), null=True, size=None
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="event",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["search_bigrams"], name="event_bigram_gin"
            ),
        ),
    ]
