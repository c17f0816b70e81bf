from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from apec_portal.demo import content
from events.services import event_upsert
from initiatives.services import initiative_upsert
from statements.importer import statement_import


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Load the portal's demo content: the initiatives, events and ministerial statements the "
        "seed documents describe, all published. Running it again updates them in place."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Load, report, save nothing.")

    def handle(self, *args, dry_run, **options):
        verbosity = options["verbosity"]
        try:
            with transaction.atomic():
                for data in content.INITIATIVES:
                    initiative_upsert(**data, publish=True)
                for data in content.EVENTS:
                    event_upsert(**data, publish=True)
                folder = Path(content.__file__).parent / "statements"
                for data in content.STATEMENTS:
                    text = (folder / data["file"]).read_text(encoding="utf-8")
                    statement_import(
                        text=text,
                        source_url=data["source_url"],
                        publish=True,
                        themes=data["themes"],
                    )
                if verbosity >= 1:
                    self.stdout.write(
                        f"Demo content: {len(content.INITIATIVES)} initiatives, "
                        f"{len(content.EVENTS) + len(content.STATEMENTS)} events, "
                        f"{len(content.STATEMENTS)} statements."
                        + (" Dry run: nothing was saved." if dry_run else "")
                    )
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            pass
