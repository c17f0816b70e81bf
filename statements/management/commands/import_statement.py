from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from statements.importer import StatementParseError, statement_parse, statement_save


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Import APEC SME Ministerial statements from raw text files. Re-importing a statement "
        "updates it. Nothing is saved from a file that cannot be parsed."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="Raw statement text (UTF-8).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and report; save nothing."
        )
        parser.add_argument("--publish", action="store_true", help="Publish what is imported.")
        parser.add_argument("--source-url", default="", help="Where the text was published.")

    def handle(self, *args, files, dry_run, publish, source_url, **options):
        verbosity = options["verbosity"]
        try:
            with transaction.atomic():
                for name in files:
                    path = Path(name)
                    try:
                        text = path.read_text(encoding="utf-8")
                    except (OSError, UnicodeDecodeError) as exc:
                        raise CommandError(f"{name}: cannot read the file ({exc})") from exc
                    try:
                        parsed = statement_parse(text)
                    except StatementParseError as exc:
                        raise CommandError(f"{name}: {exc}") from exc
                    statement = statement_save(
                        parsed=parsed, source_url=source_url, publish=publish
                    )
                    if verbosity >= 1:
                        self.stdout.write(
                            f"{'Would import' if dry_run else 'Imported'} {statement.title}: "
                            f"{len(parsed.sections)} sections, {len(parsed.paragraphs)} paragraphs, "
                            f"{len(parsed.initiatives)} initiatives named"
                        )
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            if verbosity >= 1:
                self.stdout.write("Dry run: nothing was saved.")
