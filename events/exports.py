"""What event lists export: the columns of `/events/?format=csv|json` and the iCalendar entry."""

from django.db import connection
from django.urls import reverse
from django.utils.translation import gettext_noop
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
    plain_text,
    sql_csv_cell,
    sql_plain_text,
    themes_column,
    translated_value,
)
from core.publication import published_sql
from events.models import DatePrecision, EventFormat, EventKind


def published_initiative(event):
    """The event's initiative when it is public (a file is public data: a draft initiative
    is left out, not even named)."""
    initiative = event.initiative
    return initiative if initiative is not None and initiative.is_published else None


def translated_full_title(initiative, lang):
    """The initiative's full title in `lang` ("title: subtitle", as `full_title` is in
    English), or "" when its title has no translation yet."""
    title = translated_value(initiative, "title", lang)
    subtitle = translated_value(initiative, "subtitle", lang)
    return f"{title}: {subtitle}" if title and subtitle else title


def initiative_column(source=published_initiative):
    return ReferenceColumn(
        name="initiative",
        key_column="initiative_slug",
        key_name="slug",
        key="slug",
        label="full_title",
        meaning=gettext_noop(
            "The initiative the event was held under (empty if none, or not yet public)"
        ),
        source=source,
        example="APEC Local Innovation Ecosystem Initiative: Revitalization for Inclusive …",
        key_example="apec-local-innovation-ecosystem-initiative",
        translated_names=True,
        translated_label=translated_full_title,
    )


EVENT_EXPORT = Export(
    "events",
    prefetch=("co_hosts", "themes"),
    columns=[
        Column(
            "slug",
            gettext_noop(
                "The record's short name in its URL; stable, unique among records of its kind."
            ),
            example="2019-apec-local-innovation-ecosystem-forum-taipei",
        ),
        Column(
            "title",
            gettext_noop("The event's name."),
            example="APEC Local Innovation Ecosystem Forum",
            translatable=True,
        ),
        Column(
            "kind",
            gettext_noop(
                "Kind of event, as a code: forum, conference, workshop, seminar, summit, "
                "dialogue, training, ministerial_meeting or other."
            ),
            example="forum",
        ),
        Column(
            "kind_label",
            gettext_noop("Kind of event, in words."),
            example="Forum",
            source=lambda event: event.get_kind_display(),
        ),
        Column(
            "start_date",
            gettext_noop(
                "First day (ISO 8601). When date_precision is month or year, only that much of "
                "the date is known and the rest is the first of the month or year."
            ),
            type="date",
            example="2019-06-01",
        ),
        Column(
            "end_date",
            gettext_noop("Last day (ISO 8601); empty for a one-day event or when not known."),
            type="date",
            example="2019-06-02",
        ),
        Column(
            "date_precision",
            gettext_noop("How much of start_date the sources give: day, month or year."),
            example="month",
        ),
        Column("year", gettext_noop("Year of the start date."), type="integer", example="2019"),
        Column(
            "city", gettext_noop("City where it was held (empty when not known)."), example="Taipei"
        ),
        Column(
            "virtual",
            gettext_noop("true when the event was held online (a virtual meeting)."),
            type="boolean",
            example="false",
        ),
        Column(
            "venue",
            gettext_noop("Venue (empty when not known)."),
            example="NTUH International Convention Center",
        ),
        Column(
            "format",
            gettext_noop(
                "How it is or was held: in_person, virtual or hybrid (empty when not known)."
            ),
            example="hybrid",
        ),
        Column("website", gettext_noop("The event's website or registration link."), type="URL"),
        economy_column(
            "host_economy",
            gettext_noop("The economy that hosted the event"),
            "host",
            example="Chinese Taipei",
            key_example="TWN",
        ),
        economy_column(
            "co_host_economies",
            gettext_noop("The economies that co-hosted the event"),
            "co_hosts",
            many=True,
            example="Philippines",
            key_example="PHL",
        ),
        initiative_column(),
        themes_column(),
        Column(
            "summary",
            gettext_noop("What the event was about."),
            example="The forum brought together …",
            translatable=True,
        ),
        SOURCE_URL,
        PUBLISHED_AT,
        UPDATED_AT,
        PermalinkColumn(),
    ],
)


def event_uid(event, context):
    host = context.base_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return f"event-{event.slug}@{host}"


def calendar_event(event, context):
    """One RFC 5545 VEVENT for an event: all-day, stable UID, location and link."""
    entry = CalendarEvent()
    entry.add("uid", event_uid(event, context))
    entry.add("dtstamp", event.updated_at)
    start, end = event.dates.calendar_start, event.dates.calendar_end
    entry.add("dtstart", start)
    entry.add("dtend", end)
    # Plain text only (`core.exports.plain_text`): icalendar escapes LF, commas and
    # semicolons, but would leave a lone CR or a NEL to split a line.
    entry.add("summary", plain_text(event.title))
    location = ", ".join(part for part in (event.venue, event.city) if part)
    if event.host is not None:
        location = ", ".join(part for part in (location, event.host.name) if part)
    if location:
        entry.add("location", plain_text(location))
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
    entry.add("description", plain_text("\n\n".join(description)))
    entry.add("categories", [plain_text(str(event.get_kind_display()))])
    return entry


# --- The quick path for whole files ------------------------------------------------------
# The same cells and VEVENTs as the columns and `calendar_event` above, made by PostgreSQL
# in one query (no model instances, no URL resolving per row): it writes the CSV itself
# (COPY) and words each VEVENT, which Python only folds; so every event (100,000 and more)
# is written in seconds. tests/events/test_exports.py checks that both paths give the same
# bytes.


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
    ON initiative.id = event.initiative_id AND {published_sql("initiative")}
{co_hosts}
{themes}
ORDER BY chosen.position
"""
    # The placeholders in order: "virtual" and the URL (cells), the list. Keep the cells in the order of EVENT_EXPORT's columns: a test compares the
    # two paths byte for byte.
    params = [
        EventFormat.VIRTUAL,
        context.absolute(prefix),
        suffix,
        *listed_params,
    ]
    return sql, params


# icalendar's `foldline` keeps each physical line to at most 74 octets, folding before the
# character that would pass it; for text that is not ASCII it counts character by
# character (three quarters of the time of a whole calendar). The same folds, on bytes:
_FOLD_OCTETS = 74


def _fold(line):
    """One content line (UTF-8 bytes, no line break), folded as `foldline` folds it."""
    if len(line) <= _FOLD_OCTETS:
        return line
    parts = []
    start = 0
    while len(line) - start > _FOLD_OCTETS:
        end = start + _FOLD_OCTETS
        while line[end] & 0xC0 == 0x80:  # not in the middle of a character
            end -= 1
        parts.append(line[start:end])
        start = end
    parts.append(line[start:])
    return b"\r\n ".join(parts)


def _line(name, value):
    """One content line, folded as `icalendar.parser.foldline` folds it, as UTF-8 bytes."""
    return _fold(f"{name}:{value}".encode()) + b"\r\n"


def _ics_text(expression):
    """SQL: `expression` escaped as iCalendar TEXT, as `icalendar.parser.escape_char` does
    (in its order: a literal \\N first becomes a line break), after `sql_plain_text`."""
    escaped = f"replace({sql_plain_text(expression)}, '\\N', E'\\n')"
    for old, new in (("\\", "\\\\"), (";", "\\;"), (",", "\\,")):
        escaped = f"replace({escaped}, '{old}', '{new}')"
    escaped = f"replace(replace({escaped}, E'\\r\\n', '\\n'), E'\\n', '\\n')"
    # icalendar drops a byte-order mark (U+FEFF) that begins a value; so does this.
    return f"regexp_replace({escaped}, '^' || chr(65279), '')"


def event_ics_sql(queryset, context):
    """(sql, params): one query whose one column is each event's VEVENT, every line ending in
    CRLF and not yet folded, exactly as `calendar_event(...).to_ical()` words it."""
    prefix, suffix = reverse("events:detail", args=["SLUG"]).split("SLUG")
    host = context.base_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    kinds = " ".join(
        f"WHEN {_literal(code)} THEN {_literal(str(label))}" for code, label in EventKind.choices
    )
    start = (
        "CASE event.date_precision WHEN 'year' THEN date_trunc('year', event.start_date)::date "
        "WHEN 'month' THEN date_trunc('month', event.start_date)::date ELSE event.start_date END"
    )
    end = (
        "CASE event.date_precision "
        "WHEN 'year' THEN (date_trunc('year', event.start_date) + interval '1 year')::date "
        "WHEN 'month' THEN (date_trunc('month', event.start_date) + interval '1 month')::date "
        "ELSE coalesce(event.end_date, event.start_date) + 1 END"
    )
    link = "(%(url_prefix)s || event.slug || %(url_suffix)s)"
    description = (
        "concat_ws(E'\\n\\n', "
        "CASE event.date_precision "
        "WHEN 'month' THEN 'Held in ' || to_char(event.start_date, 'FMMonth YYYY') "
        "|| '; the sources do not give the day.' "
        "WHEN 'year' THEN 'Held in ' || extract(year FROM event.start_date)::integer "
        "|| '; the sources do not give the date.' END, "
        f"nullif(event.summary, ''), {link})"
    )
    location = (
        "concat_ws(', ', nullif(event.venue, ''), nullif(event.city, ''), nullif(host.name, ''))"
    )
    uid = "'event-' || event.slug || '@' || %(host)s"
    lines = [
        "'BEGIN:VEVENT'",
        f"'SUMMARY:' || {_ics_text('event.title')}",
        f"'DTSTART;VALUE=DATE:' || to_char({start}, 'YYYYMMDD')",
        f"'DTEND;VALUE=DATE:' || to_char({end}, 'YYYYMMDD')",
        "'DTSTAMP:' || to_char(event.updated_at AT TIME ZONE 'UTC', 'YYYYMMDD\"T\"HH24MISS\"Z\"')",
        f"'UID:' || {_ics_text(uid)}",
        f"'CATEGORIES:' || {_ics_text(f'CASE event.kind {kinds} ELSE event.kind END')}",
        f"'DESCRIPTION:' || {_ics_text(description)}",
        f"CASE WHEN {location} <> '' THEN 'LOCATION:' || {_ics_text(location)} END",
        f"'URL:' || {link}",
        "'END:VEVENT'",
    ]
    listed_sql, listed_params = queryset.values_list("id").query.sql_with_params()
    # The list's own query keeps its %s placeholders; the ones added here are named, so the
    # list's SQL is given its parameters first (mogrify) and the rest by name.
    with connection.cursor() as cursor:
        listed = cursor.mogrify(listed_sql, listed_params).decode().replace("%", "%%")
    sql = f"""
SELECT concat_ws(E'\\r\\n', {", ".join(lines)}) || E'\\r\\n'
FROM (SELECT listed.id, row_number() OVER () AS position FROM ({listed}) AS listed) AS chosen
JOIN events_event AS event ON event.id = chosen.id
LEFT JOIN initiatives_economy AS host ON host.code = event.host_id
ORDER BY chosen.position
"""
    params = {"url_prefix": context.absolute(prefix), "url_suffix": suffix, "host": host}
    return sql, params


def event_ics(queryset, context):
    """Each event's VEVENT as `calendar_event(...).to_ical()` writes it: the text from SQL
    (`event_ics_sql`), folded here."""
    sql, params = event_ics_sql(queryset, context)
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(2000):
            for (text,) in rows:
                yield b"\r\n".join(_fold(line) for line in text.encode().split(b"\r\n"))


EVENT_EXPORT.fast_csv_sql = event_csv_sql
EVENT_EXPORT.fast_ics = event_ics
