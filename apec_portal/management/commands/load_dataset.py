from django.core.management.base import BaseCommand, CommandError

from apec_portal.dataset import DatasetError, dataset_load


class Command(BaseCommand):
    help = (
        "Load a dataset file written by export_dataset (or downloaded from /data/) into an "
        "empty database: one transaction, all or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The dataset JSON file.")
        parser.add_argument("--dry-run", action="store_true", help="Check and load, save nothing.")

    def handle(self, *args, path, dry_run, **options):
        try:
            with open(path, encoding="utf-8") as source:
                text = source.read()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from None
        try:
            counts = dataset_load(text=text, dry_run=dry_run)
        except DatasetError as error:
            raise CommandError(str(error)) from None
        if options["verbosity"] >= 1:
            summary = ", ".join(f"{count} {label}" for label, count in counts.items())
            suffix = " Dry run: nothing was saved." if dry_run else ""
            self.stdout.write(f"Loaded {summary}.{suffix}")
