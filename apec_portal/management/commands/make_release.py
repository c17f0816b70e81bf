from django.conf import settings
from django.core.management.base import BaseCommand

from apec_portal.releases import release_make


class Command(BaseCommand):
    help = (
        "Write the next numbered, dated release of the public dataset: one CSV per table, "
        "datapackage.json (Frictionless) and dataset.json, each with its SHA-256, through the "
        "'releases' storage; list it at /data/releases/ with what changed since the previous one."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.PORTAL_BASE_URL,
            help="The portal's public address for the links in the files "
            "(default: PORTAL_BASE_URL, %(default)s).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Build and report the release; store nothing."
        )

    def handle(self, *args, base_url, dry_run, verbosity, **options):
        release = release_make(base_url=base_url, dry_run=dry_run)
        if verbosity < 1:
            return
        verb = "Would write" if dry_run else "Wrote"
        self.stdout.write(f"{verb} release {release.number} ({release.created_at.date()}):")
        for item in release.files:
            self.stdout.write(f"  {item['name']}  {item['bytes']} bytes  sha256 {item['sha256']}")
        for table, change in release.changes.items():
            if change is None:
                self.stdout.write(f"  {table}: {release.counts[table]} records (first release)")
            else:
                summary = ", ".join(f"{change[k]['count']} {k}" for k in change)
                self.stdout.write(f"  {table}: {release.counts[table]} records; {summary}")
