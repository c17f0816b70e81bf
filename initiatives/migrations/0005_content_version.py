import uuid

from django.db import migrations, models

# Every write to a content table gives the version row a new token; the
# function is attached to the tables by initiatives.versioning after migrate.
CREATE_FUNCTION = """
CREATE OR REPLACE FUNCTION content_version_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO initiatives_contentversion (id, token, changed_at)
    VALUES (1, gen_random_uuid(), clock_timestamp())
    ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token, changed_at = EXCLUDED.changed_at;
    RETURN NULL;
END;
$$;
"""
DROP_FUNCTION = "DROP FUNCTION IF EXISTS content_version_bump() CASCADE;"


def create_row(apps, schema_editor):
    ContentVersion = apps.get_model("initiatives", "ContentVersion")
    ContentVersion.objects.get_or_create(id=1)


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0004_search_words"),
    ]

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
