import sys

from django.core.management.base import BaseCommand

from apec_portal.dataset import dataset_json


class Command(BaseCommand):
    help = (
        "Write the whole published dataset (the file /data/ offers) as JSON to a file, "
        "or to standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="File to write (default: standard output).")

    def handle(self, *args, path=None, **options):
        text = dataset_json()
        if path:
            with open(path, "w", encoding="utf-8") as output:
                output.write(text)
            if options["verbosity"] >= 1:
                self.stderr.write(f"Wrote the published dataset to {path}.")
        else:
            sys.stdout.write(text)
