import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from apec_portal.synthetic import (
    Sizes,
    SyntheticDataError,
    database_label_set,
    dataset_label,
    synthetic_data_generate,
)


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Fill the database with a large, realistic synthetic dataset for performance work: "
        "initiatives, events and ministerial statements over all 21 economies, 1994-2026 and "
        "every theme. The same --seed and sizes always give the same rows. The content tables "
        "must be empty unless --flush is given."
    )

    def add_arguments(self, parser):
        defaults = Sizes()
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--events",
            type=int,
            default=defaults.events,
            help=f"Events in all, one ministerial meeting per statement included (default {defaults.events:,}).",
        )
        parser.add_argument(
            "--initiatives",
            type=int,
            default=defaults.initiatives,
            help=f"Initiatives (default {defaults.initiatives:,}).",
        )
        parser.add_argument(
            "--statements",
            type=int,
            default=defaults.statements,
            help=f"Ministerial statements (default {defaults.statements:,}).",
        )
        parser.add_argument(
            "--paragraphs",
            type=int,
            default=defaults.paragraphs,
            help=f"Paragraphs per statement (default {defaults.paragraphs}).",
        )
        parser.add_argument(
            "--draft-share",
            type=float,
            default=defaults.draft_share,
            help=f"Share of records left as draft or in review (default {defaults.draft_share}).",
        )
        parser.add_argument(
            "--flush",
            action="store_true",
            help="Delete every initiative, event and statement first (economies and themes stay).",
        )
        parser.add_argument(
            "--label",
            action="store_true",
            help="Record the seed and sizes as the database's comment (scripts/bench reads it).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Generate, report, save nothing."
        )

    def handle(self, *args, seed, flush, label, dry_run, **options):
        verbosity = options["verbosity"]
        sizes = Sizes(
            initiatives=options["initiatives"],
            events=options["events"],
            statements=options["statements"],
            paragraphs=options["paragraphs"],
            draft_share=options["draft_share"],
        )
        started = time.monotonic()

        def log(step):
            if verbosity >= 2:
                self.stdout.write(f"[{time.monotonic() - started:7.1f} s] {step}")

        try:
            with transaction.atomic():
                counts = synthetic_data_generate(seed=seed, sizes=sizes, flush=flush, log=log)
                if label:
                    database_label_set(dataset_label(seed, sizes))
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            pass
        except SyntheticDataError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            summary = ", ".join(
                f"{count:,} {name.replace('_', ' ')}" for name, count in counts.items()
            )
            self.stdout.write(
                f"Synthetic data (seed {seed}) in {time.monotonic() - started:.0f} s: {summary}."
                + (" Dry run: nothing was saved." if dry_run else "")
            )
