import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q

from apec_portal.demo import content
from events.importer import event_document_read, event_record_save
from events.models import Event
from events.services import event_upsert
from initiatives.importer import (
    initiative_document_read,
    initiative_record_correct,
    initiative_record_save,
)
from initiatives.models import Initiative
from initiatives.services import initiative_upsert
from statements.importer import statement_parse, statement_save
from statements.models import Statement


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Load the portal's demo content: the initiatives, events and ministerial statements the "
        "seed documents describe, published. Only records that are missing are created: a demo "
        "record that exists (edited by staff or not) is left exactly as it is. --reset restores "
        "every demo record to the seeds' version (it asks first unless --yes)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Load, report, save nothing.")
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Overwrite existing demo records with the seeds' version, publishing them "
            "(staff edits to them are lost; their history keeps the old versions).",
        )
        parser.add_argument("--yes", action="store_true", help="Do not ask before --reset.")

    def handle(self, *args, dry_run, reset, yes, **options):
        if reset and not (yes or dry_run):
            self.confirm_reset()
        verbosity = options["verbosity"]
        try:
            with transaction.atomic():
                created, kept = self.load(reset=reset)
                if verbosity >= 1:
                    self.stdout.write(
                        f"Demo content: {created} records {'restored or ' if reset else ''}created, "
                        f"{kept} already there and left as they are."
                        + (" Dry run: nothing was saved." if dry_run else "")
                    )
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            pass

    def confirm_reset(self):
        question = (
            "--reset overwrites every demo record with the seeds' version and publishes it; "
            "staff edits to those records are lost. Type 'yes' to go on: "
        )
        if not sys.stdin.isatty():
            raise CommandError("--reset needs a confirmation: run it in a terminal, or add --yes.")
        if input(question).strip().lower() != "yes":
            raise CommandError("Nothing was changed.")

    def load(self, *, reset):
        """Create what is missing (or, with `reset`, rewrite everything); (written, kept)."""
        self.written = self.kept = 0
        self.load_each(
            content.INITIATIVE_DOCUMENTS, _slug_in(Initiative), _save_seed_initiative, reset
        )
        self.load_each(
            content.INITIATIVES,
            _slug_in(Initiative),
            lambda data: initiative_upsert(**data, publish=True),
            reset,
        )
        self.load_each(
            content.EVENTS, _slug_in(Event), lambda data: event_upsert(**data, publish=True), reset
        )
        self.load_each(content.SEED_EVENTS, _slug_in(Event), _seed_event_saver(), reset)
        statements = [
            (
                data,
                statement_parse((DEMO / "statements" / data["file"]).read_text(encoding="utf-8")),
            )
            for data in content.STATEMENTS
        ]
        self.load_each(statements, _statement_present, _save_statement, reset)
        return self.written, self.kept

    def load_each(self, items, present, save, reset):
        """`save` each of `items` that is not `present` yet (every one, with `reset`),
        counting what is written and what is kept as it is."""
        for item in items:
            if not reset and present(item):
                self.kept += 1
            else:
                save(item)
                self.written += 1


DEMO = Path(content.__file__).parent


def _slug_in(model):
    """Whether a demo record's slug is taken by a record of `model`."""
    return lambda data: model.objects.filter(slug=data["slug"]).exists()


def _save_seed_initiative(data):
    """An initiative of a description in demo/initiatives/, read by the description
    importer, with the corrections content.INITIATIVE_DOCUMENTS keeps as data."""
    text = (DEMO / data["file"]).read_text(encoding="utf-8")
    record = initiative_document_read(text, source_url=data["source_url"]).records[0]
    initiative_record_correct(record, data["corrections"])
    # The seeds' version whole: what the description does not say is empty, not kept
    # from a record staff edited (--reset).
    empty = {"status": "", "website": "", "contact_email": "", "apec_project_number": ""}
    extra = {**empty, "outputs": (), **data["extra"]}
    initiative_record_save(record, publish=True, slug=data["slug"], extra=extra)


def _seed_event_saver():
    """Saves an event of a news release in demo/news/, read (once a file) by the
    news-release importer, with the corrections content.SEED_EVENTS keeps as data."""
    documents = {}

    def save(data):
        if data["file"] not in documents:
            text = (DEMO / "news" / data["file"]).read_text(encoding="utf-8")
            documents[data["file"]] = event_document_read(text, source_url=data["source_url"])
        record = documents[data["file"]].records[data["record"]]
        for name, value in data["corrections"].items():
            record.fact(name, value, None, "staff")
        event_record_save(record, publish=True, slug=data["slug"], themes=data["themes"])

    return save


def _statement_present(item):
    # A statement staff renamed is still the demo statement: its meeting keeps the slug.
    _data, parsed = item
    return Statement.objects.filter(Q(slug=parsed.slug) | Q(meeting__slug=parsed.slug)).exists()


def _save_statement(item):
    data, parsed = item
    statement_save(
        parsed=parsed, source_url=data["source_url"], publish=True, themes=data["themes"]
    )
