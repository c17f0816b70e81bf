from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Import APEC SME Ministerial statements from raw text files: the same as "
        "`import_document FILE --kind statement` for each file (kept so that existing "
        "scripts work)."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="Raw statement text (UTF-8).")
        parser.add_argument("--dry-run", action="store_true", help="Read and report; save nothing.")
        parser.add_argument("--publish", action="store_true", help="Publish what is imported.")
        parser.add_argument("--source-url", default="", help="Where the text was published.")
        parser.add_argument("--json", action="store_true", help="Print the reading as JSON.")

    def handle(self, *args, files, **options):
        # One transaction for all the files: one that cannot be read saves none of them.
        with transaction.atomic():
            self._each(files, options)

    def _each(self, files, options):
        for name in files:
            call_command(
                "import_document",
                name,
                kind="statement",
                dry_run=options["dry_run"],
                publish=options["publish"],
                source_url=options["source_url"],
                json=options["json"],
                verbosity=options["verbosity"],
                stdout=self.stdout,
                stderr=self.stderr,
            )
