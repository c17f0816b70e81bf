import sys

from django.core.management.base import BaseCommand

from apec_portal.dataset import write_dataset_file


class Command(BaseCommand):
    help = (
        "Write the whole published dataset (the file /data/ offers) as JSON to a file, "
        "or to standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="File to write (default: standard output).")

    def handle(self, *args, path=None, **options):
        # Written record by record: constant memory whatever the size.
        if path:
            with open(path, "wb") as output:
                write_dataset_file(output)
            if options["verbosity"] >= 1:
                self.stderr.write(f"Wrote the published dataset to {path}.")
        else:
            sys.stdout.flush()
            write_dataset_file(sys.stdout.buffer)
            sys.stdout.buffer.flush()
