"""The whole published record as one JSON file, and loading such a file back.

The file is a JSON list of records in Django's serialisation format
(`{"model": "events.event", "pk": 7, "fields": {...}}`), so it keeps primary
keys and links between records and can be read back exactly. It holds the
economies, the themes and every *published* initiative, event and statement
with their parts; a link from a published record to an unpublished one
(an event under a draft initiative, a paragraph naming one) is left out, so no
draft appears in it, not even by name. It is written record by record from
batched queries, so its size does not bound the memory it takes; /data/dataset.json
serves it as a file built once per content version (`core/export_files.py`).
"""

import io
import json

from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Prefetch

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


def published_records():
    """Every record that belongs in the public dataset, in loading order, read a batch at
    a time (so a dataset of any size is written in constant memory)."""
    published_initiatives = Initiative.objects.published()
    statements = Statement.objects.published().filter(
        meeting__publication_status=PublicationStatus.PUBLISHED
    )
    yield from _each(Economy.objects.order_by("code"))
    yield from _each(Theme.objects.order_by("pk"))
    yield from _each(
        published_initiatives.order_by("pk").prefetch_related("co_implementers", "themes")
    )
    yield from _each(
        InitiativeObjective.objects.filter(initiative__in=published_initiatives).order_by("pk")
    )
    yield from _each(
        InitiativeActivity.objects.filter(initiative__in=published_initiatives).order_by("pk")
    )
    yield from _each(
        InitiativeOutput.objects.filter(initiative__in=published_initiatives).order_by("pk")
    )
    yield from _events_without_draft_initiatives(
        _each(
            Event.objects.published()
            .order_by("pk")
            .select_related("initiative")
            .prefetch_related("co_hosts", "themes")
        )
    )
    yield from _each(
        EventOfficial.objects.filter(
            event__publication_status=PublicationStatus.PUBLISHED
        ).order_by("pk")
    )
    yield from _each(statements.order_by("pk").prefetch_related("themes"))
    yield from _each(Section.objects.filter(statement__in=statements).order_by("pk"))
    yield from _each(
        Paragraph.objects.filter(statement__in=statements)
        .order_by("pk")
        .prefetch_related(Prefetch("initiatives", queryset=published_initiatives))
    )


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


def write_dataset(stream):
    """Write the published dataset as JSON text to `stream`, one record at a time."""
    serializers.serialize(
        "json",
        published_records(),
        fields=_stored_field_names(),
        indent=1,
        ensure_ascii=False,
        stream=stream,
    )


def write_dataset_file(output):
    """`write_dataset` into a binary file (UTF-8)."""
    text = io.TextIOWrapper(output, encoding="utf-8")
    write_dataset(text)
    text.flush()
    text.detach()


def dataset_json():
    """The published dataset as JSON text."""
    text = io.StringIO()
    write_dataset(text)
    return text.getvalue()


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
