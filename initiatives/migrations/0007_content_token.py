"""ContentVersion is called ContentToken in Python; the table keeps its name.

Both operations change only Django's state: the table name is set to the one it
already has, so the rename runs no SQL (`sqlmigrate` prints none), and Django
renames the model's content type along with it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0006_content_triggers"),
    ]

    operations = [
        migrations.AlterModelTable(name="ContentVersion", table="initiatives_contentversion"),
        migrations.RenameModel(old_name="ContentVersion", new_name="ContentToken"),
    ]
