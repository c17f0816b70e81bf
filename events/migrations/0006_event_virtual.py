from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("events", "0005_content_triggers")]

    operations = [
        migrations.AddField(
            model_name="event",
            name="virtual",
            field=models.BooleanField(
                db_default=False, default=False, help_text="Held online rather than in a city."
            ),
        ),
    ]
