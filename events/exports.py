"""What event lists export: the columns of `/events/?format=csv|json` and the iCalendar entry."""

import datetime

from icalendar import Event as CalendarEvent

from core.exports import (
    PUBLISHED_AT,
    SOURCE_URL,
    UPDATED_AT,
    Column,
    Export,
    PermalinkColumn,
    ReferenceColumn,
    economy_column,
    themes_column,
)
from events.models import DatePrecision


def initiative_column(source="initiative"):
    return ReferenceColumn(
        name="initiative",
        key_column="initiative_slug",
        key_name="slug",
        key="slug",
        label="full_title",
        meaning="The initiative the event was held under (empty if none)",
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
