"""Each economy's name in the portal's nine other languages (issue 25).

The first spelling `core/economy_names.py` gives: CLDR's territory name, or
APEC's own name for Chinese Taipei and Hong Kong, China, except where the portal's English
name is the formal one ("Republic of Korea", "Brunei Darussalam"), whose formal form in
each language is written below. Staff correct any of them in the admin. Only empty names are filled,
so a name staff corrected is kept if this runs again; going back leaves them.
"""

from django.db import migrations

from core.economy_names import economy_names

LOCALES = {
    "zh_hans": "zh_Hans",
    "zh_hant": "zh_Hant",
    "es": "es",
    "ru": "ru",
    "ja": "ja",
    "ko": "ko",
    "vi": "vi",
    "th": "th",
    "id": "id",
}

#: Formal names where the English is formal and CLDR's name is the short one.
FORMAL = {
    "KOR": {
        "es": "República de Corea",
        "ru": "Республика Корея",
        "ja": "大韓民国",
        "ko": "대한민국",
        "vi": "Đại Hàn Dân Quốc",
        "th": "สาธารณรัฐเกาหลี",
        "id": "Republik Korea",
        "zh_hans": "大韩民国",
        "zh_hant": "大韓民國",
    },
    "BRN": {"es": "Brunéi Darussalam", "id": "Brunei Darussalam", "ru": "Бруней-Даруссалам"},
}


def fill_names(apps, schema_editor):
    Economy = apps.get_model("initiatives", "Economy")
    names = economy_names()
    for economy in Economy.objects.filter(code__in=names):
        changed = []
        for suffix, locale in LOCALES.items():
            column = f"name_{suffix}"
            if not getattr(economy, column):
                formal = FORMAL.get(economy.code, {}).get(suffix)
                setattr(economy, column, formal or names[economy.code][locale][0])
                changed.append(column)
        if changed:
            economy.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0011_translations")]

    operations = [migrations.RunPython(fill_names, migrations.RunPython.noop)]
