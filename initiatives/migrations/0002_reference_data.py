"""The 21 APEC member economies and the starting theme vocabulary.

The economies are copied from shared/data/economies.csv (name, ISO3 code, year
joined, aliases the source texts use) so that a fresh clone has them.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

ECONOMIES = [
    ("Australia", "AUS", 1989, []),
    ("Brunei Darussalam", "BRN", 1989, ["Brunei"]),
    ("Canada", "CAN", 1989, []),
    ("Chile", "CHL", 1994, []),
    ("People's Republic of China", "CHN", 1991, ["China", "PRC"]),
    ("Hong Kong, China", "HKG", 1991, ["Hong Kong"]),
    ("Indonesia", "IDN", 1989, []),
    ("Japan", "JPN", 1989, []),
    ("Republic of Korea", "KOR", 1989, ["Korea", "South Korea"]),
    ("Malaysia", "MYS", 1989, []),
    ("Mexico", "MEX", 1993, []),
    ("New Zealand", "NZL", 1989, []),
    ("Papua New Guinea", "PNG", 1993, ["PNG"]),
    ("Peru", "PER", 1998, []),
    ("The Philippines", "PHL", 1989, ["Philippines", "the Philippines", "the Philippine"]),
    ("Russia", "RUS", 1998, ["Russian Federation"]),
    ("Singapore", "SGP", 1989, []),
    ("Chinese Taipei", "TWN", 1991, []),
    ("Thailand", "THA", 1989, []),
    ("United States", "USA", 1989, ["United States of America", "USA", "US"]),
    ("Viet Nam", "VNM", 1998, ["Vietnam"]),
]

THEMES = [
    ("Innovation", "innovation"),
    ("Digital transformation", "digital-transformation"),
    ("Green and sustainable growth", "green-and-sustainable-growth"),
    ("Start-ups", "start-ups"),
    ("Women's empowerment", "womens-empowerment"),
    ("Inclusive growth", "inclusive-growth"),
    ("Business ethics", "business-ethics"),
    ("Resilience and continuity", "resilience-and-continuity"),
    ("Market access and global value chains", "market-access-and-global-value-chains"),
    ("Finance", "finance"),
    ("Capacity building", "capacity-building"),
    ("Local innovation ecosystems", "local-innovation-ecosystems"),
]


def load(apps, schema_editor):
    Economy = apps.get_model("initiatives", "Economy")
    Theme = apps.get_model("initiatives", "Theme")
    for name, code, joined, aliases in ECONOMIES:
        Economy.objects.update_or_create(
            code=code, defaults={"name": name, "joined": joined, "aliases": aliases}
        )
    for name, slug in THEMES:
        Theme.objects.update_or_create(slug=slug, defaults={"name": name})


def unload(apps, schema_editor):
    apps.get_model("initiatives", "Theme").objects.filter(
        slug__in=[slug for _, slug in THEMES]
    ).delete()
    apps.get_model("initiatives", "Economy").objects.filter(
        code__in=[code for _, code, _, _ in ECONOMIES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(load, unload),
    ]
