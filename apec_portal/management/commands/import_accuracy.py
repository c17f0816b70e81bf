"""Print the readers' per-field accuracy over their development sets (apec_portal/import_accuracy.py)."""

from django.core.management.base import BaseCommand, CommandError

from apec_portal.import_accuracy import DEVSETS, measure, report


class Command(BaseCommand):
    help = "Print the share of each fact the readers get right over their development sets."

    def add_arguments(self, parser):
        parser.add_argument("--kind", choices=[*DEVSETS, "all"], default="all")
        parser.add_argument("--verbose", action="store_true", help="List every miss.")
        parser.add_argument(
            "--folder",
            default=None,
            help="Measure this folder of texts and its expected.json instead (a held-out set "
            "kept outside the repository); needs one --kind.",
        )

    def handle(self, *args, kind="all", verbose=False, folder=None, **options):
        if folder and kind == "all":
            raise CommandError("--folder needs --kind statement, event or initiative.")
        for name in DEVSETS if kind == "all" else [kind]:
            for line in report(measure(name, folder), verbose=verbose):
                self.stdout.write(line)
