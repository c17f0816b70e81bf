import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import transaction

from core.import_input import ImportInputError, clean_import_text
from core.importing import ImportRefused
from core.importing.kinds import all_kinds
from core.importing.pipeline import (
    ImportTimeout,
    detect_kind,
    document_json,
    facts_not_found,
    missing_required,
    read_document,
    remember_import,
    with_time_limit,
)
from core.models import PublicRecord

# Every importable record keeps its source link in the public-record base's column.
SOURCE_URL_MAX_LENGTH = PublicRecord._meta.get_field("source_url").max_length


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Import one document: a news release or event page (draft events), an initiative's "
        "description (a draft initiative) or a ministerial statement. The kind is recognised "
        "unless --kind says it. A record matching an existing one updates it, keeping every "
        "value the text lacks. --json prints what was read as JSON alone on standard output "
        "(messages go to standard error); docs/importing.md documents its shape."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="The document's text (UTF-8).")
        parser.add_argument(
            "--kind", choices=["auto", "statement", "event", "initiative"], default="auto"
        )
        parser.add_argument("--dry-run", action="store_true", help="Read and report; save nothing.")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish what is imported; refused when a record lacks a required fact.",
        )
        parser.add_argument("--source-url", default="", help="Where the text was published.")
        parser.add_argument("--json", action="store_true", help="Print the reading as JSON.")

    def handle(self, *args, file, kind, dry_run, publish, source_url, json, **options):
        as_json = json
        verbosity = 0 if as_json else options["verbosity"]
        self._check_source_url(source_url)
        text = self._text(file)
        kinds = all_kinds()
        if kind == "auto":
            try:
                kind, _ = with_time_limit(detect_kind, text, kinds)
            except ImportTimeout as exc:
                raise CommandError(f"{file}: {exc}") from exc
            if kind is None:
                raise CommandError(
                    f"{file}: no event, initiative description or ministerial statement was "
                    "found in the text; nothing was saved"
                )
        reader = kinds[kind]
        try:
            result = read_document(reader, text, source_url=source_url)
        except (ImportRefused, ImportTimeout) as exc:
            raise CommandError(f"{file}: {exc}; nothing was saved") from exc
        if dry_run and verbosity >= 1:
            self._report(file, reader, result)
        self._warn(file, reader, result)
        self._refuse_too_long(file, result)
        if publish or not dry_run:
            self._refuse_incomplete(
                file, reader, result, reader.required if publish else reader.needed
            )
        saved = self._save(file, reader, result, dry_run=dry_run, publish=publish)
        if as_json:
            shape = document_json(reader, result, dry_run=dry_run, saved=saved)
            self.stdout.write(_dumps(shape))
        elif verbosity >= 1:
            verb = "Would save" if dry_run else "Saved"
            for entry in saved:
                self.stdout.write(f"{verb} {kind} “{entry['title']}” ({entry['state']}).")
            if dry_run:
                self.stdout.write("Dry run: nothing was saved.")

    def _check_source_url(self, source_url):
        if not source_url:
            return
        try:
            URLValidator(schemes=["http", "https"])(source_url)
        except ValidationError as exc:
            raise CommandError(f"--source-url: {source_url!r} is not a web address") from exc
        if len(source_url) > SOURCE_URL_MAX_LENGTH:
            raise CommandError(
                f"--source-url is {len(source_url)} characters long; the portal keeps at most "
                f"{SOURCE_URL_MAX_LENGTH}"
            )

    def _report(self, file, reader, result):
        """Each record's facts with the line each came from (a dry run's reading)."""
        for number, record in enumerate(result.records, start=1):
            self.stdout.write(
                f"{file}:" if len(result.records) == 1 else f"{file}, record {number}:"
            )
            for spec in reader.fact_fields():
                fact = record.facts.get(spec.name)
                value = _shown(fact.value if fact else None)
                unsure = " (inferred: check)" if fact and fact.confidence == "low" else ""
                where = (
                    f"line {fact.line}: {_cut(fact.text)}"
                    if fact and fact.line
                    else "not in the text"
                )
                self.stdout.write(f"  {spec.label}: {value}{unsure} [{where}]")
            summary = reader.summary(record)
            if summary:
                self.stdout.write(f"  {summary}")

    def _text(self, file):
        try:
            return clean_import_text(Path(file).read_bytes())
        except OSError as exc:
            raise CommandError(f"{file}: cannot read the file ({exc}); nothing was saved") from exc
        except ImportInputError as exc:
            raise CommandError(f"{file}: {exc.message} Nothing was saved.") from exc

    def _warn(self, file, reader, result):
        """Warnings and facts not found, on standard error (never mixed with the JSON)."""
        lines = [str(w) for w in result.warnings]
        for number, record in enumerate(result.records, start=1):
            where = f"record {number}: " if len(result.records) > 1 else ""
            lines += [f"{where}{w}" for w in record.warnings if str(w) not in lines]
            lines += [f"{where}{missing}" for missing in facts_not_found(reader, record)]
        for line in lines:
            self.stderr.write(f"{file}: warning: {line}")

    def _refuse_too_long(self, file, result):
        """Nothing is cut short: a fact longer than its column is refused, every one named."""
        too_long = [str(w) for r in result.records for w in r.warnings if w.code == "too-long"]
        if too_long:
            raise CommandError(
                f"{file}: " + "; ".join(dict.fromkeys(too_long)) + "; nothing was saved"
            )

    def _refuse_incomplete(self, file, reader, result, names):
        """Refuse, naming every missing fact of every record at once, to publish a record
        lacking a required fact, or to save one lacking a fact the database needs."""
        problems = []
        for number, record in enumerate(result.records, start=1):
            missing = missing_required(reader, record, names)
            if missing:
                title = record.value("title") or f"record {number}"
                problems.append(f"“{title}” lacks: {', '.join(missing)}")
        if problems:
            what = "publish" if names == reader.required else "save"
            raise CommandError(
                f"{file}: cannot {what}; " + "; ".join(problems) + ". Nothing was saved; "
                "import it in the admin (/admin/import/) and give what is missing."
            )

    def _save(self, file, reader, result, *, dry_run, publish):
        saved = []
        try:
            with transaction.atomic():
                for record in result.records:
                    if missing_required(reader, record, reader.needed):
                        continue  # a dry run's reading of a record that could not be stored
                    existing = reader.existing(record)
                    live = publish or (existing is not None and existing.is_published)
                    obj = reader.save(record, existing=existing, publish=live)
                    remember_import(obj, reader.baseline(record))
                    state = "updated" if existing else "new"
                    saved.append({"type": reader.name, "id": obj.pk, "slug": obj.slug,
                                  "title": obj.title, "state": state})  # fmt: skip
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            for entry in saved:
                entry["id"] = None
        except ImportRefused as exc:
            raise CommandError(f"{file}: {exc}; nothing was saved") from exc
        return saved


def _shown(value):
    if value is None or value == "" or value == [] or value == ():
        return "—"
    if value is True or value is False:
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return "; ".join(
            " | ".join(map(str, v)) if isinstance(v, list | tuple) else str(v) for v in value
        )
    return str(value)


def _cut(text):
    return text if len(text) <= 100 else f"{text[:96].rstrip()} …"


def _dumps(shape):
    return json.dumps(shape, ensure_ascii=False, indent=2)
