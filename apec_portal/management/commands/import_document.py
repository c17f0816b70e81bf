import json
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from apec_portal.document_import import KINDS, detect_kind
from core.import_input import ImportInputError, clean_import_text
from core.importing import ImportRefused
from statements.importer import StatementParseError, statement_read


class DryRunRollback(Exception):
    pass


def _plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def statement_record_json(parsed):
    """A statement as read: its meeting's facts, then its headings and paragraphs."""
    host = parsed.host
    return {
        "type": "statement",
        "title": parsed.title,
        "meeting_number": parsed.meeting_number,
        "start_date": _plain(parsed.start_date),
        "end_date": _plain(parsed.end_date),
        "date_precision": parsed.date_precision,
        "city": parsed.city,
        "host_economy": host.code if host else None,
        "virtual": parsed.virtual,
        "meeting_theme": parsed.meeting_theme,
        "chair": parsed.chair,
        "incomplete": parsed.incomplete,
        "sections": [{"label": s.label, "heading": s.heading} for s in parsed.sections],
        "paragraphs": [{"label": p.label, "text": p.text} for p in parsed.paragraphs],
        "initiatives": [initiative.slug for initiative in parsed.initiatives],
    }


class Command(BaseCommand):
    help = (
        "Import one document: a news release or event page (draft events), an initiative's "
        "description (a draft initiative) or a ministerial statement. The kind is recognised "
        "unless --kind says it. A record matching an existing one updates it; nothing is saved "
        "from a text that cannot be read. --json prints what was read."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="The document's text (UTF-8).")
        parser.add_argument(
            "--kind", choices=["auto", "event", "initiative", "statement"], default="auto"
        )
        parser.add_argument("--dry-run", action="store_true", help="Read and report; save nothing.")
        parser.add_argument("--publish", action="store_true", help="Publish what is imported.")
        parser.add_argument(
            "--json",
            action="store_true",
            help='Print {"kind": …, "records": […], "warnings": […]} (see docs/importing.md).',
        )

    def handle(self, *args, file, kind, dry_run, publish, json, **options):
        path = Path(file)
        try:
            text = clean_import_text(path.read_bytes())
        except OSError as exc:
            raise CommandError(f"{file}: cannot read the file ({exc}); nothing was saved") from exc
        except ImportInputError as exc:
            raise CommandError(f"{file}: {exc.message} Nothing was saved.") from exc
        if kind == "auto":
            kind, _ = detect_kind(text)
            if kind is None:
                raise CommandError(
                    f"{file}: no event, initiative description or ministerial statement was "
                    "found in the text; nothing was saved"
                )
        if kind == "statement":
            return self._statement(path, text, dry_run, publish, json, options)
        reader = KINDS[kind]
        try:
            result = reader.read(text)
        except ImportRefused as exc:
            raise CommandError(f"{file}: {exc}; nothing was saved") from exc
        warnings = [str(w) for w in result.warnings]
        for record in result.records:
            warnings += [str(w) for w in record.warnings if str(w) not in warnings]
        if json:
            self._print_json(kind, [reader.json(record) for record in result.records], warnings)
        elif options["verbosity"] >= 1:
            for warning in warnings:
                self.stderr.write(f"{file}: warning: {warning}")
        if any(w.code == "too-long" for r in result.records for w in r.warnings):
            raise CommandError(
                f"{file}: a fact is too long to keep (see the warnings); nothing was saved"
            )
        try:
            with transaction.atomic():
                for record in result.records:
                    existing = reader.existing(record)
                    slug = existing.slug if existing else None
                    live = publish or (existing is not None and existing.is_published)
                    saved = reader.save(record, slug, live)
                    if options["verbosity"] >= 1 and not json:
                        verb = "Would save" if dry_run else "Saved"
                        state = "updated" if existing else "new"
                        self.stdout.write(f"{verb} {kind} “{saved.title}” ({state}).")
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            if options["verbosity"] >= 1 and not json:
                self.stdout.write("Dry run: nothing was saved.")
        except Exception as exc:  # a record the database refuses: say which, save nothing
            if isinstance(exc, CommandError):
                raise
            raise CommandError(f"{file}: cannot save ({exc}); nothing was saved") from exc

    def _print_json(self, kind, records, warnings):
        self.stdout.write(
            json.dumps(
                {"kind": kind, "records": _plain(records), "warnings": warnings},
                ensure_ascii=False,
                indent=2,
            )
        )

    def _statement(self, path, text, dry_run, publish, as_json, options):
        try:
            parsed = statement_read(text)
        except StatementParseError as exc:
            raise CommandError(f"{path}: {exc}; nothing was saved") from exc
        if as_json:
            warnings = [str(w) for w in parsed.warnings]
            self._print_json("statement", [statement_record_json(parsed)], warnings)
        # Saving is the statement import's: the same checks and messages as import_statement.
        call_command(
            "import_statement",
            str(path),
            dry_run=dry_run,
            publish=publish,
            verbosity=0 if as_json else options["verbosity"],
            stdout=self.stdout,
            stderr=self.stderr,
        )
