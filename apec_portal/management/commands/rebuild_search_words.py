from django.core.management.base import BaseCommand
from django.db import connection, transaction

from events.models import Event
from initiatives.models import Initiative, SearchWord
from statements.models import Paragraph

# The texts each table's trigger feeds into the vocabulary (see initiatives 0004_search_words).
SOURCES = [
    (Initiative, "concat_ws(' ', title, subtitle, introduction)"),
    (Event, "concat_ws(' ', title, summary, city, venue)"),
    (Paragraph, "text"),
]


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Rebuild the spelling-suggestion vocabulary from the current texts. Triggers keep it "
        "complete as records change; this only drops words that edits and deletions removed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Rebuild, report, save nothing.")

    def handle(self, *args, dry_run, **options):
        table = SearchWord._meta.db_table
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                before = SearchWord.objects.count()
                cursor.execute(f"DELETE FROM {table}")
                for model, expression in SOURCES:
                    cursor.execute(
                        f"INSERT INTO {table} (word) SELECT DISTINCT w FROM {model._meta.db_table}, "
                        f"unnest(tsvector_to_array(to_tsvector('simple', {expression}))) AS w "
                        "WHERE w ~ '^[a-z]{3,40}$' ORDER BY w ON CONFLICT (word) DO NOTHING"
                    )
                after = SearchWord.objects.count()
                if options["verbosity"] >= 1:
                    self.stdout.write(
                        f"Search vocabulary: {after} words (was {before})."
                        + (" Dry run: nothing was saved." if dry_run else "")
                    )
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            pass
