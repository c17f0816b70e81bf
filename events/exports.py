"""What event lists export: the columns of `/events/?format=csv|json` and the iCalendar entry."""

import datetime
from collections import namedtuple

from django.db import connection
from django.urls import reverse
from icalendar import Event as CalendarEvent
from icalendar.parser import escape_char

from core.exports import (
    PUBLISHED_AT,
    SOURCE_URL,
    UPDATED_AT,
    Column,
    Export,
    PermalinkColumn,
    ReferenceColumn,
    economy_column,
    sql_csv_cell,
    themes_column,
)
from core.models import PublicationStatus
from events.models import DatePrecision, EventFormat, EventKind


def published_initiative(event):
    """The event's initiative when it is public (a file is public data: a draft initiative
    is left out, not even named)."""
    initiative = event.initiative
    return initiative if initiative is not None and initiative.is_published else None


def initiative_column(source=published_initiative):
    return ReferenceColumn(
        name="initiative",
        key_column="initiative_slug",
        key_name="slug",
        key="slug",
        label="full_title",
        meaning="The initiative the event was held under (empty if none, or not yet public)",
        source=source,
        example="APEC Local Innovation Ecosystem Initiative: Revitalization for Inclusive …",
        key_example="apec-local-innovation-ecosystem-initiative",
    )


EVENT_EXPORT = Export(
    "events",
    prefetch=("co_hosts", "themes"),
    columns=[
        Column(
            "slug",
            "The record's short name in its URL; stable, unique among records of its kind.",
            example="2019-apec-local-innovation-ecosystem-forum-taipei",
        ),
        Column("title", "The event's name.", example="APEC Local Innovation Ecosystem Forum"),
        Column(
            "kind",
            "Kind of event, as a code: forum, conference, workshop, seminar, summit, "
            "dialogue, training, ministerial_meeting or other.",
            example="forum",
        ),
        Column(
            "kind_label",
            "Kind of event, in words.",
            example="Forum",
            source=lambda event: event.get_kind_display(),
        ),
        Column(
            "start_date",
            "First day (ISO 8601). When date_precision is month or year, only that much of "
            "the date is known and the rest is the first of the month or year.",
            type="date",
            example="2019-06-01",
        ),
        Column(
            "end_date",
            "Last day (ISO 8601); empty for a one-day event or when not known.",
            type="date",
            example="2019-06-02",
        ),
        Column(
            "date_precision",
            "How much of start_date the sources give: day, month or year.",
            example="month",
        ),
        Column("year", "Year of the start date.", type="integer", example="2019"),
        Column("city", "City where it was held (empty when not known).", example="Taipei"),
        Column(
            "virtual",
            "true when the event was held online (a virtual meeting).",
            type="boolean",
            example="false",
        ),
        Column(
            "venue", "Venue (empty when not known).", example="NTUH International Convention Center"
        ),
        Column(
            "format",
            "How it is or was held: in_person, virtual or hybrid (empty when not known).",
            example="hybrid",
        ),
        Column("website", "The event's website or registration link.", type="URL"),
        economy_column(
            "host_economy",
            "The economy that hosted the event",
            "host",
            example="Chinese Taipei",
            key_example="TWN",
        ),
        economy_column(
            "co_host_economies",
            "The economies that co-hosted the event",
            "co_hosts",
            many=True,
            example="Philippines",
            key_example="PHL",
        ),
        initiative_column(),
        themes_column(),
        Column("summary", "What the event was about.", example="The forum brought together …"),
        SOURCE_URL,
        PUBLISHED_AT,
        UPDATED_AT,
        PermalinkColumn(),
    ],
)


def _calendar_span(event):
    """All-day start and exclusive end; a month- or year-only date spans that month or year."""
    start = event.start_date
    if event.date_precision == DatePrecision.YEAR:
        return start.replace(month=1, day=1), datetime.date(start.year + 1, 1, 1)
    if event.date_precision == DatePrecision.MONTH:
        first = start.replace(day=1)
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        return first, following
    return start, (event.end_date or start) + datetime.timedelta(days=1)


def event_uid(event, context):
    host = context.base_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return f"event-{event.slug}@{host}"


def calendar_event(event, context):
    """One RFC 5545 VEVENT for an event: all-day, stable UID, location and link."""
    entry = CalendarEvent()
    entry.add("uid", event_uid(event, context))
    entry.add("dtstamp", event.updated_at)
    start, end = _calendar_span(event)
    entry.add("dtstart", start)
    entry.add("dtend", end)
    entry.add("summary", event.title)
    location = ", ".join(part for part in (event.venue, event.city) if part)
    if event.host is not None:
        location = ", ".join(part for part in (location, event.host.name) if part)
    if location:
        entry.add("location", location)
    url = context.absolute(event.get_absolute_url())
    entry.add("url", url)
    description = []
    if event.date_precision == DatePrecision.MONTH:
        description.append(f"Held in {start:%B %Y}; the sources do not give the day.")
    elif event.date_precision == DatePrecision.YEAR:
        description.append(f"Held in {start.year}; the sources do not give the date.")
    if event.summary:
        description.append(event.summary)
    description.append(url)
    entry.add("description", "\n\n".join(description))
    entry.add("categories", [event.get_kind_display()])
    return entry


# --- The quick path for whole files ------------------------------------------------------
# The same cells and VEVENTs as the columns and `calendar_event` above, read from one SQL
# query of plain values (no model instances, no URL resolving per row), so that every
# event (100,000 and more) is written in seconds. tests/events/test_exports.py checks that
# both paths give the same bytes.

_SEPARATOR = "\x1f"
_FIELDS = (
    "slug",
    "title",
    "kind",
    "start_date",
    "end_date",
    "date_precision",
    "city",
    "venue",
    "host__code",
    "host__name",
    "initiative__slug",
    "initiative__title",
    "initiative__subtitle",
    "initiative__publication_status",
    "summary",
    "source_url",
    "published_at",
    "updated_at",
)


# Co-hosts and themes of every event, aggregated once and hash-joined to the events: much
# quicker than a correlated subquery per event when 100,000 events go by.
_EVENT_VALUES_SQL = """
SELECT chosen.*, co_hosts.pairs AS co_host_pairs, themes.pairs AS theme_pairs
FROM (SELECT listed.*, row_number() OVER () AS position FROM ({listed}) AS listed) AS chosen
LEFT JOIN (
    SELECT link.event_id, array_agg(economy.code || %s || economy.name) AS pairs
    FROM events_event_co_hosts AS link
    JOIN initiatives_economy AS economy ON economy.code = link.economy_id
    GROUP BY link.event_id
) AS co_hosts ON co_hosts.event_id = chosen.id
LEFT JOIN (
    SELECT link.event_id, array_agg(theme.slug || %s || theme.name) AS pairs
    FROM events_event_themes AS link
    JOIN initiatives_theme AS theme ON theme.id = link.theme_id
    GROUP BY link.event_id
) AS themes ON themes.event_id = chosen.id
ORDER BY chosen.position
"""


def _split(pairs):
    """Keys and labels in key order, as the reference columns sort them."""
    items = sorted((pair.split(_SEPARATOR, 1) for pair in pairs or ()), key=lambda kv: kv[0])
    return [key for key, _ in items], [label for _, label in items]


_Row = namedtuple("_Row", ("id", *_FIELDS, "position", "co_host_pairs", "theme_pairs"))


def _event_values(queryset):
    """The events of `queryset`, in its order, as plain rows: read in batches from a
    server-side cursor, so memory stays constant whatever the number of events."""
    listed = queryset.values_list("id", *_FIELDS)
    sql, params = listed.query.sql_with_params()
    width = 1 + len(_FIELDS)
    with connection.chunked_cursor() as cursor:
        cursor.execute(_EVENT_VALUES_SQL.format(listed=sql), [*params, _SEPARATOR, _SEPARATOR])
        while rows := cursor.fetchmany(2000):
            for row in rows:
                # The listed fields first, the three added here last (the list's own SQL
                # may select more, e.g. what it orders by).
                yield _Row._make(row[:width] + row[-3:])


def _url_maker(context):
    prefix, suffix = reverse("events:detail", args=["SLUG"]).split("SLUG")
    base = context.absolute(prefix)
    return lambda slug: f"{base}{slug}{suffix}"


def _literal(text):
    """SQL: a string constant (standard_conforming_strings, PostgreSQL's default)."""
    return "'" + text.replace("'", "''") + "'"


def _iso_datetime(column):
    """SQL: a timestamp as Python's `isoformat()` writes it in UTC."""
    return (
        f"regexp_replace(to_char({column} AT TIME ZONE 'UTC', "
        f"'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '\\.000000$', '') || '+00:00'"
    )


def _keys_and_labels(link, target, target_key, link_key, key, label, alias):
    """SQL: per event, the related rows' keys and labels joined by "; " in key order."""
    return f"""LEFT JOIN (
    SELECT link.event_id,
        string_agg(target.{key}, '; ' ORDER BY target.{key} COLLATE "C") AS keys,
        string_agg(target.{label}, '; ' ORDER BY target.{key} COLLATE "C") AS labels
    FROM {link} AS link JOIN {target} AS target ON target.{target_key} = link.{link_key}
    GROUP BY link.event_id
) AS {alias} ON {alias}.event_id = event.id"""


def event_csv_sql(queryset, context):
    """(sql, params): one query whose columns are every event's CSV cells, neutralised
    (`core.exports.sql_csv_cell`), for PostgreSQL to write as CSV (COPY)."""
    prefix, suffix = reverse("events:detail", args=["SLUG"]).split("SLUG")
    # `sql_csv_cell` repeats its expression, so the labels are literals, not placeholders.
    kinds = " ".join(
        f"WHEN {_literal(code)} THEN {_literal(str(label))}" for code, label in EventKind.choices
    )
    # Cells made from dates, numbers and the URL can never start a formula nor be empty
    # text, so they go as they are; every other cell goes through `sql_csv_cell`.
    cells = [
        sql_csv_cell("event.slug"),
        sql_csv_cell("event.title"),
        sql_csv_cell("event.kind"),
        sql_csv_cell(f"CASE event.kind {kinds} ELSE event.kind END"),
        "to_char(event.start_date, 'YYYY-MM-DD')",
        "to_char(event.end_date, 'YYYY-MM-DD')",
        sql_csv_cell("event.date_precision"),
        "extract(year FROM event.start_date)::integer",
        sql_csv_cell("event.city"),
        "CASE WHEN event.format = %s THEN 'true' ELSE 'false' END",
        sql_csv_cell("event.venue"),
        sql_csv_cell("event.format"),
        sql_csv_cell("event.website"),
        sql_csv_cell("host.code"),
        sql_csv_cell("host.name"),
        sql_csv_cell("co_hosts.keys"),
        sql_csv_cell("co_hosts.labels"),
        sql_csv_cell("initiative.slug"),
        sql_csv_cell(
            "CASE WHEN initiative.subtitle <> '' THEN initiative.title || ': ' "
            "|| initiative.subtitle ELSE initiative.title END"
        ),
        sql_csv_cell("themes.keys"),
        sql_csv_cell("themes.labels"),
        sql_csv_cell("event.summary"),
        sql_csv_cell("event.source_url"),
        _iso_datetime("event.published_at"),
        _iso_datetime("event.updated_at"),
        "%s || event.slug || %s",
    ]
    co_hosts = _keys_and_labels(
        "events_event_co_hosts",
        "initiatives_economy",
        "code",
        "economy_id",
        "code",
        "name",
        "co_hosts",
    )
    themes = _keys_and_labels(
        "events_event_themes", "initiatives_theme", "id", "theme_id", "slug", "name", "themes"
    )
    listed_sql, listed_params = queryset.values_list("id").query.sql_with_params()
    sql = f"""
SELECT {", ".join(cells)}
FROM (SELECT listed.id, row_number() OVER () AS position FROM ({listed_sql}) AS listed) AS chosen
JOIN events_event AS event ON event.id = chosen.id
LEFT JOIN initiatives_economy AS host ON host.code = event.host_id
LEFT JOIN initiatives_initiative AS initiative
    ON initiative.id = event.initiative_id AND initiative.publication_status = %s
{co_hosts}
{themes}
ORDER BY chosen.position
"""
    # The placeholders in order: "virtual" and the URL (cells), the list, the
    # initiative. Keep the cells in the order of EVENT_EXPORT's columns: a test compares the
    # two paths byte for byte.
    params = [
        EventFormat.VIRTUAL,
        context.absolute(prefix),
        suffix,
        *listed_params,
        PublicationStatus.PUBLISHED,
    ]
    return sql, params


# icalendar's `foldline` keeps each physical line to at most 74 octets, folding before the
# character that would pass it; for text that is not ASCII it counts character by
# character (three quarters of the time of a whole calendar). The same folds, on bytes:
_FOLD_OCTETS = 74


def _line(name, value):
    """One content line, folded as `icalendar.parser.foldline` folds it, as UTF-8 bytes."""
    data = f"{name}:{value}".encode()
    if len(data) <= _FOLD_OCTETS:
        return data + b"\r\n"
    parts = []
    start = 0
    while len(data) - start > _FOLD_OCTETS:
        end = start + _FOLD_OCTETS
        while data[end] & 0xC0 == 0x80:  # not in the middle of a character
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts) + b"\r\n"


def event_ics(queryset, context):
    """Each event's VEVENT as `calendar_event(...).to_ical()` writes it."""
    url = _url_maker(context)
    kinds = dict(EventKind.choices)
    host = context.base_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    for row in _event_values(queryset):
        start, end = _calendar_span(row)
        link = url(row.slug)
        description = []
        if row.date_precision == "month":
            description.append(f"Held in {start:%B %Y}; the sources do not give the day.")
        elif row.date_precision == "year":
            description.append(f"Held in {start.year}; the sources do not give the date.")
        if row.summary:
            description.append(row.summary)
        description.append(link)
        location = ", ".join(part for part in (row.venue, row.city) if part)
        if row.host__name is not None:
            location = ", ".join(part for part in (location, row.host__name) if part)
        stamp = row.updated_at.astimezone(datetime.UTC)
        parts = [
            b"BEGIN:VEVENT\r\n",
            _line("SUMMARY", escape_char(row.title)),
            _line("DTSTART;VALUE=DATE", f"{start:%Y%m%d}"),
            _line("DTEND;VALUE=DATE", f"{end:%Y%m%d}"),
            _line("DTSTAMP", f"{stamp:%Y%m%dT%H%M%SZ}"),
            _line("UID", escape_char(f"event-{row.slug}@{host}")),
            _line("CATEGORIES", escape_char(str(kinds.get(row.kind, row.kind)))),
            _line("DESCRIPTION", escape_char("\n\n".join(description))),
        ]
        if location:
            parts.append(_line("LOCATION", escape_char(location)))
        parts.append(_line("URL", link))
        parts.append(b"END:VEVENT\r\n")
        yield b"".join(parts)


EVENT_EXPORT.fast_csv_sql = event_csv_sql
EVENT_EXPORT.fast_ics = event_ics
