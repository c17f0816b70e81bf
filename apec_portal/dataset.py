"""The whole published record as one JSON file, and loading such a file back.

The file is a JSON list of records in Django's serialisation format
(`{"model": "events.event", "pk": 7, "fields": {...}}`), so it keeps primary
keys and links between records and can be read back exactly. It holds the
economies, the themes and every *published* initiative, event and statement
with their parts; a link from a published record to an unpublished one
(an event under a draft initiative, a paragraph naming one) is left out, so no
draft appears in it, not even by name. PostgreSQL makes each record's text, laid
out exactly as Django's serializer would (`dataset_sql.py`; a test compares the
two), and it is read a batch at a time, so its size does not bound the memory it
takes; /data/dataset.json serves it as a file built once per content version
(`core/export_files.py`).
"""

import datetime
import io
import json
import shutil
import tempfile
import threading

from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.db.models import Prefetch

from apec_portal.dataset_sql import RecordWriter, escape_json_separators, write_records
from core.models import PublicationStatus
from events.models import Event, EventOfficial
from initiatives.models import (
    Economy,
    Initiative,
    InitiativeActivity,
    InitiativeObjective,
    InitiativeOutput,
    Theme,
)
from statements.models import Paragraph, Section, Statement

FILENAME = "apec-sme-innovation-portal-dataset.json"

# Loaded in this order, so every record's links point at records already loaded.
MODELS = [
    Economy,
    Theme,
    Initiative,
    InitiativeObjective,
    InitiativeActivity,
    InitiativeOutput,
    Event,
    EventOfficial,
    Statement,
    Section,
    Paragraph,
]
RECORD_MODELS = [Initiative, Event, Statement]
CHUNK_SIZE = 2000


class DatasetError(Exception):
    pass


def _each(queryset):
    return queryset.iterator(chunk_size=CHUNK_SIZE)


def _events_without_draft_initiatives(events):
    for event in events:
        if event.initiative is not None and not event.initiative.is_published:
            event.initiative = None
        yield event


def dataset_querysets():
    """[(model, queryset)]: what the public dataset holds of each model, in loading order."""
    published_initiatives = Initiative.objects.published()
    statements = Statement.objects.published().filter(
        meeting__publication_status=PublicationStatus.PUBLISHED
    )
    return [
        (Economy, Economy.objects.all()),
        (Theme, Theme.objects.all()),
        (Initiative, published_initiatives),
        (
            InitiativeObjective,
            InitiativeObjective.objects.filter(initiative__in=published_initiatives),
        ),
        (
            InitiativeActivity,
            InitiativeActivity.objects.filter(initiative__in=published_initiatives),
        ),
        (InitiativeOutput, InitiativeOutput.objects.filter(initiative__in=published_initiatives)),
        (Event, Event.objects.published()),
        (
            EventOfficial,
            EventOfficial.objects.filter(event__publication_status=PublicationStatus.PUBLISHED),
        ),
        (Statement, statements),
        (Section, Section.objects.filter(statement__in=statements)),
        (Paragraph, Paragraph.objects.filter(statement__in=statements)),
    ]


# The relations Django's serializer reads per record; prefetched, so it reads them in batches.
_PREFETCH = {
    Initiative: ("co_implementers", "themes"),
    Event: ("co_hosts", "themes"),
    Statement: ("themes",),
    # The initiatives' own ordering can tie (same year and title): the primary key decides,
    # as it does in the SQL-made file, so the file does not depend on a query plan.
    Paragraph: (
        Prefetch(
            "initiatives",
            queryset=Initiative.objects.published().order_by(*Initiative._meta.ordering, "pk"),
        ),
    ),
}


def published_records():
    """Every record of the public dataset as model instances, in loading order, a batch at a
    time: what Django's serializer writes (`serialized_dataset`), the reference the SQL-made
    file (`write_dataset_file`) is tested against."""
    for model, queryset in dataset_querysets():
        records = queryset.order_by("pk").prefetch_related(*_PREFETCH.get(model, ()))
        if model is Event:
            yield from _events_without_draft_initiatives(
                _each(records.select_related("initiative"))
            )
        else:
            yield from _each(records)


def _stored_field_names():
    """Every field the file keeps: all but the generated search vectors (rebuilt on load)."""
    return sorted(
        {
            field.name
            for model in MODELS
            for field in model._meta.get_fields()
            if field.concrete and not field.generated and not field.primary_key
        }
    )


class DatasetEncoder(DjangoJSONEncoder):
    """Times to the millisecond, written the same way however they were stored.

    Django writes milliseconds whenever a time has microseconds, so 12:00:00.000400
    came out as "12:00:00.000Z" and, loaded back, as "12:00:00Z": the file changed on a
    round trip. Here the milliseconds are written only when they are not zero.
    """

    def default(self, o):
        if isinstance(o, datetime.datetime) and o.microsecond and o.microsecond < 1000:
            o = o.replace(microsecond=0)
        return super().default(o)


def serialized_dataset():
    """The published dataset as Django's serializer writes it (model instances, slow at
    scale): the reference for `write_dataset_file`, which must give the same text."""
    text = io.StringIO()
    serializers.serialize(
        "json",
        published_records(),
        fields=_stored_field_names(),
        indent=1,
        ensure_ascii=False,
        stream=text,
        cls=DatasetEncoder,
    )
    return escape_json_separators(text.getvalue().encode()).decode()


def write_dataset_file(output):
    """Write the published dataset as UTF-8 JSON to the binary file `output`: each record's
    text made by PostgreSQL (`apec_portal.dataset_sql`) and copied into the file as it comes.

    Every query reads the same snapshot: a REPEATABLE READ transaction of its own, or the
    caller's (the export files open one that also reads the content token)."""
    if connection.in_atomic_block:
        _write_records(output)
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        _write_records(output)


# The second half of the dataset (from this model on) is written by a second database
# connection at the same time, when it can read the same snapshot (`_shared_snapshot`):
# on two cores the file takes about half the time. The halves cost PostgreSQL about the same.
SECOND_HALF_FROM = EventOfficial


def _write_records(output):
    # As Django's JSON serializer with indent=1 lays records out.
    fields = set(_stored_field_names())
    querysets = [(model, queryset.order_by("pk")) for model, queryset in dataset_querysets()]
    split = [model for model, _ in querysets].index(SECOND_HALF_FROM)
    first, second = querysets[:split], querysets[split:]
    snapshot = _shared_snapshot()
    output.write(b"[")
    writer = RecordWriter(output)
    if snapshot is None:
        for model, queryset in first + second:
            write_records(writer, model, queryset, fields, CHUNK_SIZE)
    else:
        with tempfile.TemporaryFile() as later:
            helper = _SecondConnection(snapshot, second, fields, later)
            helper.start()
            try:
                for model, queryset in first:
                    write_records(writer, model, queryset, fields, CHUNK_SIZE)
            finally:
                helper.join()
            if helper.error is not None:
                raise helper.error
            later.seek(0)
            if later.read(1):  # its records begin "\n"; after ours they need a comma
                output.write(b"," if writer.separator == b",\n" else b"")
                later.seek(0)
                shutil.copyfileobj(later, output, 1 << 20)
    output.write(b"\n]\n")


def _shared_snapshot():
    """A snapshot another connection can read exactly this transaction's data with, or None.

    Only a REPEATABLE READ transaction that has written nothing qualifies: another connection
    never sees a transaction's own uncommitted writes (a test's, say)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('transaction_isolation'), pg_current_xact_id_if_assigned()"
        )
        isolation, writing = cursor.fetchone()
        if isolation != "repeatable read" or writing is not None:
            return None
        cursor.execute("SELECT pg_export_snapshot()")
        return cursor.fetchone()[0]


class _SecondConnection(threading.Thread):
    """Writes some models' records into `output` from a connection of its own (Django gives
    each thread one) that reads the snapshot `snapshot`."""

    def __init__(self, snapshot, querysets, fields, output):
        super().__init__(name="dataset-second-half")
        self.snapshot, self.querysets, self.fields, self.output = (
            snapshot,
            querysets,
            fields,
            output,
        )
        self.error = None

    def run(self):
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    cursor.execute("SET TRANSACTION SNAPSHOT %s", [self.snapshot])
                writer = RecordWriter(self.output)
                for model, queryset in self.querysets:
                    write_records(writer, model, queryset, self.fields, CHUNK_SIZE)
        except Exception as error:  # handed to the writing thread, which raises it
            self.error = error
        finally:
            connection.close()


def dataset_json():
    """The published dataset as JSON text (held in memory: for tests and small databases)."""
    output = io.BytesIO()
    write_dataset_file(output)
    return output.getvalue().decode()


def dataset_load(*, text, dry_run=False):
    """Load a dataset file into a database that holds no initiative, event or statement yet.

    Everything is saved in one transaction, or nothing is. Returns counts per model.
    """
    try:
        json.loads(text)
    except ValueError as error:
        raise DatasetError(f"The file is not valid JSON: {error}") from None
    for model in RECORD_MODELS:
        if model.objects.exists():
            raise DatasetError(
                f"The database already holds {model._meta.verbose_name_plural}; "
                "a dataset can only be loaded into an empty database."
            )
    allowed = {model._meta.label_lower for model in MODELS}
    counts = {}
    with transaction.atomic():
        try:
            for item in serializers.deserialize("json", text):
                label = item.object._meta.label_lower
                if label not in allowed:
                    raise DatasetError(f"The file holds a record of an unexpected kind: {label}.")
                item.save()
                counts[label] = counts.get(label, 0) + 1
        except serializers.base.DeserializationError as error:
            raise DatasetError(f"A record in the file could not be read: {error}") from None
        # New rows keep their primary keys; move each id sequence past them.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), MODELS):
                cursor.execute(statement)
        if dry_run:
            transaction.set_rollback(True)
    return counts
