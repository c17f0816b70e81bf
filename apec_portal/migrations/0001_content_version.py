import uuid

from django.db import migrations, models

# Every write to a content table gives the version row a new token (see
# apec_portal/page_cache.py, which attaches this function to the tables).
CREATE_FUNCTION = """
CREATE OR REPLACE FUNCTION apec_portal_content_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO apec_portal_contentversion (id, token, changed_at)
    VALUES (1, gen_random_uuid(), clock_timestamp())
    ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token, changed_at = EXCLUDED.changed_at;
    RETURN NULL;
END;
$$;
"""
DROP_FUNCTION = "DROP FUNCTION IF EXISTS apec_portal_content_changed() CASCADE;"


def create_row(apps, schema_editor):
    ContentVersion = apps.get_model("apec_portal", "ContentVersion")
    ContentVersion.objects.get_or_create(id=1)


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.UUIDField(default=uuid.uuid4)),
                ("changed_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("id", 1)), name="content_version_single_row"
                    )
                ],
            },
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
        migrations.RunSQL(CREATE_FUNCTION, DROP_FUNCTION),
    ]
