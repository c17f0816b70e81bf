"""Reference data (themes) is changed by Publishers only.

A theme's name shows on every record that uses it, so a rename or a new theme is public
at once: Editors keep viewing (and picking) themes, Publishers add, change and delete
them, each change kept in the theme's history.
"""

from django.db import migrations

THEME_CHANGES = ["add_theme", "change_theme", "delete_theme"]


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return list(
        Permission.objects.filter(content_type__app_label="initiatives", codename__in=THEME_CHANGES)
    )


def reserve_to_publishers(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = _permissions(apps)
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(*permissions)
    for group in Group.objects.filter(name="Publishers"):
        group.permissions.add(*permissions)


def give_back_to_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = [p for p in _permissions(apps) if p.codename != "delete_theme"]
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("apec_portal", "0002_data_release")]

    operations = [migrations.RunPython(reserve_to_publishers, give_back_to_editors)]
