from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import transaction

from core.import_input import ImportInputError, clean_import_text
from statements.importer import (
    StatementParseError,
    check_lengths,
    statement_parse,
    statement_save,
)
from statements.models import Statement

SOURCE_URL_MAX_LENGTH = Statement._meta.get_field("source_url").max_length


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
        if source_url:
            try:
                URLValidator(schemes=["http", "https"])(source_url)
            except ValidationError as exc:
                raise CommandError(f"--source-url: {source_url!r} is not a web address") from exc
            if len(source_url) > SOURCE_URL_MAX_LENGTH:
                raise CommandError(
                    f"--source-url is {len(source_url)} characters long; the portal keeps at "
                    f"most {SOURCE_URL_MAX_LENGTH}"
                )
        try:
            with transaction.atomic():
                for name in files:
                    path = Path(name)
                    try:
                        text = clean_import_text(path.read_bytes())
                    except OSError as exc:
                        raise CommandError(f"{name}: cannot read the file ({exc})") from exc
                    except ImportInputError as exc:
                        raise CommandError(f"{name}: {exc.message} Nothing was saved.") from exc
                    try:
                        parsed = statement_parse(text)
                        check_lengths(parsed, text)
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
