"""The secretariat's two roles as auth groups.

Editors create and change records (and their inline rows) but cannot publish,
unpublish or delete a public record; Publishers can do all of that too. Both
may look up economies and add themes, which the edit forms need.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PUBLIC_MODELS = {
    "initiatives": ["initiative"],
    "events": ["event"],
    "statements": ["statement"],
}
INLINE_MODELS = {
    "initiatives": ["initiativeobjective", "initiativeactivity"],
    "events": ["eventofficial"],
    "statements": ["section", "paragraph"],
}


def _codenames():
    editor = [("initiatives", "view_economy")]
    editor += [("initiatives", f"{action}_theme") for action in ("view", "add", "change")]
    for app, models in PUBLIC_MODELS.items():
        editor += [
            (app, f"{action}_{model}") for model in models for action in ("view", "add", "change")
        ]
    for app, models in INLINE_MODELS.items():
        editor += [
            (app, f"{action}_{model}")
            for model in models
            for action in ("view", "add", "change", "delete")
        ]
    publisher = list(editor)
    for app, models in PUBLIC_MODELS.items():
        publisher += [
            (app, f"{action}_{model}") for model in models for action in ("publish", "delete")
        ]
    return {"Editors": editor, "Publishers": publisher}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in _codenames().items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in codenames
        ]
        group.permissions.set(permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Publishers"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("initiatives", "0003_editorial_version_and_publish_permission"),
        ("events", "0002_editorial_version_and_publish_permission"),
        ("statements", "0002_editorial_version_and_publish_permission"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
