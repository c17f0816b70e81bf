"""The events' index of the two-character pieces of their trigram-searched translations
(core.search.Bigrams; the function is initiatives/0015's)."""

import django.contrib.postgres.indexes
from django.db import migrations, models

import core.search


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0011_alter_event_options_alter_eventofficial_options_and_more"),
        ("initiatives", "0015_search_bigrams"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="event",
            index=django.contrib.postgres.indexes.GinIndex(
                core.search.Bigrams(models.F("search_trigram")), name="event_bigram_gin"
            ),
        ),
    ]
