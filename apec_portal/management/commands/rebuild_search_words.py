from django.core.management.base import BaseCommand
from django.db import connection, transaction

from core.search import SEARCHABLE
from core.search_words import collect_words_sql
from initiatives.models import SearchWord


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
                # The same texts the triggers collect: each searchable model's SearchText.
                for model, search_text in SEARCHABLE.items():
                    cursor.execute(
                        collect_words_sql(model._meta.db_table, search_text.words_expression())
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
