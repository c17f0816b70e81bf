from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import transaction

from core.import_input import ImportInputError, clean_import_text
from statements.importer import (
    FACT_FIELDS,
    StatementParseError,
    check_lengths,
    statement_read,
    statement_save,
)
from statements.models import Statement

SOURCE_URL_MAX_LENGTH = Statement._meta.get_field("source_url").max_length


class DryRunRollback(Exception):
    pass


def _shown(value):
    if value is None or value == "":
        return "—"
    if value is True or value is False:
        return "yes" if value else "no"
    return str(value)


class Command(BaseCommand):
    help = (
        "Import APEC SME Ministerial statements from raw text files. Re-importing a statement "
        "updates it. Nothing is saved from a file that cannot be read. With --dry-run, print "
        "each fact read with the line it came from, and every warning, and save nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="Raw statement text (UTF-8).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print the facts, their evidence and the warnings; save nothing.",
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
                        parsed = statement_read(text)
                        check_lengths(parsed, text)
                    except StatementParseError as exc:
                        raise CommandError(f"{name}: {exc}") from exc
                    if dry_run and verbosity >= 1:
                        self._report(name, parsed)
                    elif verbosity >= 1:
                        for warning in parsed.warnings:
                            self.stderr.write(f"{name}: warning: {warning}")
                    self._refuse_unsaveable(name, parsed)
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

    def _report(self, name, parsed):
        """Each fact with the line it came from, then every warning."""
        self.stdout.write(f"{name}:")
        for spec in [*FACT_FIELDS, None]:
            key, label = (spec.name, spec.label) if spec else ("incomplete", "Incomplete text")
            fact = parsed.facts.get(key)
            value = _shown(fact.value if fact else None)
            text = fact.text if fact else ""
            evidence = text if len(text) <= 100 else f"{text[:96].rstrip()} …"
            where = f"line {fact.line}: {evidence}" if fact and fact.line else "not in the text"
            unsure = " (inferred: check)" if fact and fact.confidence == "low" else ""
            self.stdout.write(f"  {label}: {value}{unsure} [{where}]")
        labels = ", ".join(p.label or f"({p.number})" for p in parsed.paragraphs)
        self.stdout.write(f"  Paragraphs: {len(parsed.paragraphs)} [{labels}]")
        self.stdout.write(f"  Warnings: {len(parsed.warnings)}")
        for warning in parsed.warnings:
            self.stdout.write(f"    {warning}")

    def _refuse_unsaveable(self, name, parsed):
        if parsed.start_date is None:
            raise CommandError(
                f"{name}: line {parsed.paragraphs[0].line}: no date of the meeting was found "
                "(expected a date such as '5 September 2014' or '11-12 July 2003' in the "
                "header or the opening paragraph); nothing was saved"
            )
        if parsed.host is None:
            place = parsed.facts.get("city")
            line = place.line if place and place.line else parsed.paragraphs[0].line
            raise CommandError(
                f"{name}: line {line}: no host economy was found (expected a place such as "
                "'Nanjing, China', a known host city, or 'hosted by Peru'); nothing was saved"
            )
        for warning in parsed.warnings:
            if warning.code == "too-long":
                raise CommandError(f"{name}: {warning}; nothing was saved")
