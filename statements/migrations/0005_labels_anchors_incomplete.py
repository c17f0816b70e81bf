"""Paragraph labels as the source writes them, anchors for restarting numbering, paragraphs
the portal numbered; section labels; the statement's incomplete-text flag. Every existing
paragraph keeps its link #p<number> (an empty anchor_override)."""

from django.db import migrations, models
from django.db.models import Q
from django.db.models.functions import Cast


def fill_labels(apps, schema_editor):
    Paragraph = apps.get_model("statements", "Paragraph")
    Section = apps.get_model("statements", "Section")
    Paragraph.objects.update(label=Cast("number", models.CharField()))
    Section.objects.filter(number__isnull=False).update(label=Cast("number", models.CharField()))


class Migration(migrations.Migration):
    dependencies = [("statements", "0004_content_triggers")]

    operations = [
        migrations.AddField(
            model_name="statement",
            name="incomplete",
            field=models.BooleanField(
                db_default=False,
                default=False,
                help_text="The text held is only part of the statement (a partial copy); the "
                "public page says so until a full copy is imported.",
                verbose_name="incomplete text",
            ),
        ),
        migrations.AddField(
            model_name="section",
            name="label",
            field=models.CharField(
                blank=True,
                db_default="",
                default="",
                help_text="The heading's label as written: '4', 'II', 'B'.",
                max_length=10,
            ),
        ),
        migrations.AlterField(
            model_name="section",
            name="number",
            field=models.PositiveIntegerField(
                blank=True,
                help_text="The heading's number when the source numbers headings like paragraphs.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="paragraph",
            name="label",
            field=models.CharField(
                blank=True,
                db_default="",
                default="",
                help_text="The paragraph's number as the source writes it (empty when it has none).",
                max_length=20,
            ),
        ),
        migrations.AddField(
            model_name="paragraph",
            name="anchor_override",
            field=models.CharField(
                blank=True,
                db_default="",
                default="",
                help_text="Empty for the ordinary link #p<number>; set where the source restarts "
                "its numbering (p2.3: paragraph 3 of the second run) or leaves paragraphs "
                "unnumbered.",
                max_length=20,
            ),
        ),
        migrations.AddField(
            model_name="paragraph",
            name="numbered_by_portal",
            field=models.BooleanField(
                db_default=False,
                default=False,
                help_text="The source gives no number; the portal numbered it in order.",
            ),
        ),
        migrations.AlterField(
            model_name="paragraph",
            name="number",
            field=models.PositiveIntegerField(
                help_text="The paragraph's place in the statement: the source's number when the "
                "source numbers its paragraphs once through, otherwise the count in reading order."
            ),
        ),
        migrations.RunPython(fill_labels, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="paragraph",
            constraint=models.UniqueConstraint(
                condition=~Q(anchor_override=""),
                fields=("statement", "anchor_override"),
                name="paragraph_anchor_unique",
            ),
        ),
    ]
