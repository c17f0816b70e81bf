"""Citable, reproducible data releases: `manage.py make_release` and /data/releases/.

A release is a dated, numbered snapshot of the whole public dataset:

- one CSV per table (economies, themes, initiatives, events, statements, paragraphs),
  written with the lists' export columns (the data dictionary of /data/), so a column
  means the same in a release as in a download;
- `datapackage.json`, a Frictionless Data Package describing every file: the schema of
  every field (from the same column declarations), the licence, the sources, and each
  CSV's size and SHA-256;
- `dataset.json`, the whole published record in the format `/data/dataset.json` serves;
- the SHA-256 of every file, kept with the release and shown on its page.

Everything is read in one REPEATABLE READ transaction, so the files agree with each
other. The files go through Django's storage API (`STORAGES["releases"]`), so a
deployment can keep them in object storage; the `Release` rows list them. What changed
since the previous release (records added, changed and removed per table) is worked out
by comparing each table's rows, keyed by slug (or code, or paragraph), with the previous
release's CSV files read back from the storage.
"""

import contextlib
import csv
import datetime
import hashlib
import io
import json
import sys
import tempfile
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files import File
from django.core.files.storage import storages
from django.db import connection, transaction
from django.utils import timezone

from apec_portal.dataset import write_dataset_file
from apec_portal.economies import ECONOMY_EXPORT, EconomyListView
from apec_portal.models import Release
from core.exports import (
    Column,
    Export,
    ExportContext,
    PermalinkColumn,
    write_export_csv,
)
from events.exports import EVENT_EXPORT
from events.models import Event
from initiatives.exports import INITIATIVE_EXPORT
from initiatives.models import Initiative, Theme
from statements.exports import STATEMENT_EXPORT
from statements.models import Paragraph, Statement

STORAGE = "releases"
TITLE = "APEC SME Innovation Portal open data"
AUTHOR = "APEC SME Innovation Portal"
LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
#: Keys of records listed by name in a release's changes, per table and kind of change.
LISTED_CHANGES = 200

THEME_EXPORT = Export(
    "themes",
    columns=[
        Column("slug", "The theme's short name; stable.", example="innovation"),
        Column("name", "The theme's name.", example="Innovation"),
    ],
)


def paragraph_section(paragraph):
    return paragraph.section.heading if paragraph.section_id else ""


PARAGRAPH_EXPORT = Export(
    "paragraphs",
    columns=[
        Column(
            "statement_slug",
            "The statement the paragraph belongs to (its slug in statements.csv).",
            source="statement.slug",
        ),
        Column("number", "The paragraph's number in the statement.", type="integer"),
        Column("label", "The number as the source writes it, when it differs."),
        Column("anchor", "The paragraph's anchor on its statement's page (p<number>)."),
        Column("section", "Heading of the section it is under.", source=paragraph_section),
        Column("text", "The paragraph's text."),
        PermalinkColumn(),
    ],
)


@dataclass
class Table:
    name: str
    export: Export
    key: tuple  # the CSV columns that identify a record
    records: Any  # () -> queryset of the published records, in a stable order

    @property
    def filename(self):
        return f"{self.name}.csv"


def _economies():
    view = EconomyListView()
    return view.get_queryset().order_by("code")


TABLES = [
    Table("economies", ECONOMY_EXPORT, ("code",), _economies),
    Table("themes", THEME_EXPORT, ("slug",), lambda: Theme.objects.order_by("slug")),
    Table(
        "initiatives",
        INITIATIVE_EXPORT,
        ("slug",),
        lambda: Initiative.objects.published().for_list().order_by("slug"),
    ),
    Table(
        "events",
        EVENT_EXPORT,
        ("slug",),
        lambda: Event.objects.published().for_list().order_by("slug"),
    ),
    Table(
        "statements",
        STATEMENT_EXPORT,
        ("slug",),
        lambda: Statement.objects.published().for_list().order_by("slug"),
    ),
    Table(
        "paragraphs",
        PARAGRAPH_EXPORT,
        ("statement_slug", "anchor"),
        lambda: (
            Paragraph.objects.filter(statement__in=Statement.objects.published())
            .select_related("statement__meeting", "section")
            .order_by("statement__slug", "number", "pk")
        ),
    ),
]

#: Frictionless field types for the columns' documented types (anything else is text).
FIELD_TYPES = {"integer": "integer", "boolean": "boolean", "date": "date", "date-time": "datetime"}


def field_schema(export):
    fields = []
    for column in export.columns:
        for name, kind, meaning, _example in column.documentation():
            field = {"name": name, "type": FIELD_TYPES.get(kind, "string"), "description": meaning}
            if kind == "URL":
                field["format"] = "uri"
            fields.append(field)
    return {"fields": fields}


# --- Writing -------------------------------------------------------------------------------


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextlib.contextmanager
def long_csv_fields():
    """Let the csv module read cells of any length (a summary may pass its 128 KiB
    default), and put the limit back afterwards."""
    default = csv.field_size_limit(sys.maxsize)
    try:
        yield
    finally:
        csv.field_size_limit(default)


def row_digests(lines, key):
    """{key: digest of the row} for a CSV file's text lines."""
    digests = {}
    with long_csv_fields():
        for row in csv.DictReader(lines):
            ident = "/".join(row[part] for part in key)
            digests[ident] = hashlib.sha256(
                json.dumps(row, sort_keys=True, ensure_ascii=False).encode()
            ).hexdigest()
    return digests


def compare(before, after):
    """{"added", "changed", "removed"}: counts and the first keys of each, sorted."""
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(key for key in set(after) & set(before) if after[key] != before[key])
    return {
        kind: {"count": len(keys), "keys": keys[:LISTED_CHANGES]}
        for kind, keys in (("added", added), ("changed", changed), ("removed", removed))
    }


def previous_digests(storage, release, table):
    if release is None:
        return None
    name = f"{release.folder}/{table.filename}"
    if not storage.exists(name):
        return None
    with storage.open(name, "rb") as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        return row_digests(text, table.key)


def datapackage(number, created, files, base_url):
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "apec-sme-innovation-portal",
        "title": f"{TITLE}, release {number}",
        "description": (
            "The published records of the APEC SME Innovation Portal: member economies, "
            "themes, initiatives, events, SME Ministerial statements and their paragraphs."
        ),
        "version": f"{number}.0.0",
        "created": created.isoformat(),
        "homepage": f"{base_url}/data/releases/{number}/",
        "licenses": [LICENCE],
        "sources": [
            {"title": "APEC SME Innovation Portal", "path": f"{base_url}/data/"},
            {"title": "Asia-Pacific Economic Cooperation (APEC)", "path": "https://www.apec.org/"},
        ],
        "resources": [
            {
                "name": table.name,
                "path": table.filename,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": files[table.filename]["bytes"],
                "hash": f"sha256:{files[table.filename]['sha256']}",
                "schema": {**field_schema(table.export), "primaryKey": list(table.key)},
            }
            for table in TABLES
        ],
    }


def release_make(*, base_url, dry_run=False, stdout=None):
    """Write the next release to the storage and record it; returns the `Release` (unsaved
    with `dry_run`, when nothing is stored)."""
    storage = storages[STORAGE]
    base_url = base_url.rstrip("/")
    context = ExportContext(base_url=base_url)
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost:  # else the caller's transaction (a test's) decides
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        previous = Release.objects.order_by("-number").first()
        number = previous.number + 1 if previous else 1
        created = timezone.now()
        release = Release(number=number, created_at=created)
        files, changes, counts = {}, {}, {}
        with tempfile.TemporaryDirectory() as directory:
            paths = {}
            for table in TABLES:
                path = f"{directory}/{table.filename}"
                with open(path, "wb") as output:
                    write_export_csv(output, table.records(), table.export, context)
                paths[table.filename] = path
                with open(path, encoding="utf-8", newline="") as handle:
                    digests = row_digests(handle, table.key)
                counts[table.name] = len(digests)
                before = previous_digests(storage, previous, table)
                changes[table.name] = compare(before, digests) if before is not None else None
            path = f"{directory}/dataset.json"
            with open(path, "wb") as output:
                write_dataset_file(output)
            paths["dataset.json"] = path
            for name, path in paths.items():
                with open(path, "rb") as handle:
                    size = handle.seek(0, 2)
                files[name] = {"bytes": size, "sha256": sha256_of(path)}
            package = datapackage(number, created, files, base_url)
            path = f"{directory}/datapackage.json"
            with open(path, "w", encoding="utf-8") as output:
                json.dump(package, output, ensure_ascii=False, indent=2)
            paths["datapackage.json"] = path
            with open(path, "rb") as handle:
                size = handle.seek(0, 2)
            files["datapackage.json"] = {"bytes": size, "sha256": sha256_of(path)}
            release.files = [{"name": name, **files[name]} for name in sorted(files)]
            release.changes = changes
            release.counts = counts
            if dry_run:
                return release
            for name, path in paths.items():
                with open(path, "rb") as handle:
                    stored = storage.save(f"{release.folder}/{name}", File(handle))
                if stored != f"{release.folder}/{name}":
                    raise RuntimeError(f"The storage already held {release.folder}/{name}.")
        release.save()
    return release


# --- Citations -----------------------------------------------------------------------------


def citations(release, url):
    """APA, BibTeX and CSL-JSON for `release`, whose permanent page is `url`."""
    date = release.created_at.date()
    year = date.year
    title = f"{TITLE} (Release {release.number})"
    apa = f"{AUTHOR}. ({year}). {title} [Data set]. {url}"
    bibtex = (
        f"@misc{{apec_sme_portal_release_{release.number},\n"
        f"  author = {{{{{AUTHOR}}}}},\n"
        f"  title = {{{{{TITLE}}}}},\n"
        f"  version = {{{release.number}}},\n"
        f"  year = {{{year}}},\n"
        f"  date = {{{date.isoformat()}}},\n"
        f"  howpublished = {{Data set}},\n"
        f"  url = {{{url}}}\n"
        f"}}"
    )
    csl = {
        "id": f"apec-sme-portal-release-{release.number}",
        "type": "dataset",
        "title": TITLE,
        "version": str(release.number),
        "author": [{"literal": AUTHOR}],
        "publisher": AUTHOR,
        "issued": {"date-parts": [[date.year, date.month, date.day]]},
        "URL": url,
    }
    return {"apa": apa, "bibtex": bibtex, "csl_json": json.dumps([csl], indent=2)}


def default_base_url():
    return getattr(settings, "PORTAL_BASE_URL", "http://localhost:8000")


def release_date(release):
    return release.created_at.astimezone(datetime.UTC).date()
