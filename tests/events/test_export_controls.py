"""Control characters in the exports: fuzzed text through every writer, read back by a parser.

Every writer (the SQL quick paths and the Python ones, iCalendar, CSV, the JSON list and
the dataset) is fed titles, summaries, venues and cities drawn from every class of code
point, control characters first among them, and its output is parsed with `icalendar`,
`csv` and `json`: no property, line or row appears that the record did not have, and the
text comes back as the format's rule says (core.exports, "Control characters").
"""

import csv
import io
import json
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from apec_portal.dataset import dataset_json, serialized_dataset
from core.exports import ExportContext, neutralise_cell, plain_text, write_csv, write_csv_by_copy
from events.exports import EVENT_EXPORT, calendar_event, event_csv_sql, event_ics
from events.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

# Every line break and control character named in the issue, and the format's own specials.
CONTROLS = (
    [chr(code) for code in range(1, 0x20)]
    + [chr(code) for code in range(0x7F, 0xA0)]
    + ["\u2028", "\u2029", "\r\n", "\\N", "\\n", ";", ",", ":", "\\", '"', "=", "@", "\t"]
)
# Any code point PostgreSQL stores (no NUL, no lone surrogate), controls made likely.
ALPHABET = st.one_of(
    st.sampled_from(CONTROLS),
    st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
)


def text(max_size):
    return st.lists(ALPHABET, max_size=max_size).map("".join)


PROPERTIES = {
    "BEGIN",
    "END",
    "PRODID",
    "VERSION",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DTSTAMP",
    "UID",
    "CATEGORIES",
    "DESCRIPTION",
    "LOCATION",
    "URL",
}
# Raw in a file, none of these may stand (the formats' own line ends are taken out first).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
CONTEXT = ExportContext(base_url="https://portal.example.org")


@pytest.fixture
def event():
    return EventFactory(slug="fuzzed", host=None, co_hosts=[], themes=[])


def calendar_text(vevents):
    return (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + vevents
        + (b"END:VCALENDAR\r\n")
    )


def check_calendar(data, title, location):
    decoded = data.decode()
    # However a reader splits lines (str.splitlines knows every Unicode line break), each
    # line is a continuation or one of the properties the portal writes.
    for line in decoded.splitlines():
        if not line.startswith(" "):
            assert re.split("[:;]", line, maxsplit=1)[0] in PROPERTIES, line
    assert RAW_CONTROL.search(decoded.replace("\r\n", "")) is None
    (entry,) = Calendar.from_ical(data).walk("VEVENT")
    assert set(entry) <= PROPERTIES
    # The values decoded by RFC 5545 3.3.11 (icalendar's own decoder takes an escaped
    # backslash followed by "n" for a line break).
    values = text_values(decoded)
    # A byte-order mark that begins a value is dropped (icalendar's rule, followed in SQL).
    assert values["SUMMARY"] == plain_text(title).replace("\\N", "\n").removeprefix("\ufeff")
    if location:
        expected = plain_text(location).replace("\\N", "\n").removeprefix("\ufeff")
        assert values["LOCATION"] == expected


def text_values(calendar):
    """{property: value} of the event's TEXT lines, unfolded and unescaped per RFC 5545."""
    unfolded = calendar.replace("\r\n ", "")
    values = {}
    for line in unfolded.split("\r\n"):
        name, _, value = line.partition(":")
        if name in ("SUMMARY", "LOCATION"):
            values[name] = re.sub(
                r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value
            )
    return values


def check_csv(data, title, summary):
    decoded = data.decode()
    assert RAW_CONTROL.search(decoded.replace("\r\n", "").replace("\n", "")) is None
    header, *rows = csv.reader(io.StringIO(decoded, newline=""))
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert row["title"] == neutralise_cell(title)
    assert row["summary"] == neutralise_cell(summary)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(title=text(60).filter(str.strip), summary=text(200), venue=text(40), city=text(20))
@example(title="\x01", summary="", venue="", city="\ufeff")  # a lone byte-order mark (found)
@example(title="\ufeffForum", summary="\ufeff", venue="a\ufeffb", city="")
def test_every_writer_escapes_or_drops_control_characters(event, title, summary, venue, city):
    Event.objects.filter(pk=event.pk).update(title=title, summary=summary, venue=venue, city=city)
    queryset = Event.objects.filter(pk=event.pk).for_list()
    record = queryset.get()
    location = ", ".join(part for part in (venue, city) if part)

    # iCalendar: the SQL path and the Python path, the same bytes, parsed.
    python_ics = calendar_event(record, CONTEXT).to_ical()
    sql_ics = b"".join(event_ics(queryset, CONTEXT))
    assert sql_ics == python_ics
    check_calendar(calendar_text(sql_ics), title, location)

    # CSV: PostgreSQL's COPY and Python's csv writer, the same bytes, parsed.
    python_csv = io.BytesIO()
    write_csv(
        python_csv,
        [[neutralise_cell(cell) for cell in EVENT_EXPORT.csv_row(record, CONTEXT)]],
        EVENT_EXPORT,
    )
    copied = io.BytesIO()
    write_csv_by_copy(copied, *event_csv_sql(queryset, CONTEXT), EVENT_EXPORT)
    assert copied.getvalue() == python_csv.getvalue()
    check_csv(copied.getvalue(), title, summary)

    # JSON list: exactly the text, every control escaped (ensure_ascii, as JsonResponse).
    listed = json.dumps(EVENT_EXPORT.json_record(record, CONTEXT), cls=None, default=str)
    assert RAW_CONTROL.search(listed) is None
    assert json.loads(listed)["title"] == title

    # The dataset: PostgreSQL's text and Django's serializer agree, one line per line.
    dataset = dataset_json()
    assert dataset == serialized_dataset()
    assert RAW_CONTROL.search(dataset.replace("\n", "")) is None
    assert len(dataset.splitlines()) == dataset.count("\n")
    (fields,) = [item["fields"] for item in json.loads(dataset) if item["model"] == "events.event"]
    assert (fields["title"], fields["summary"], fields["venue"]) == (title, summary, venue)


def test_a_lone_carriage_return_cannot_start_a_property_in_the_calendar(client, event):
    Event.objects.filter(pk=event.pk).update(
        title="Innovation Forum\rATTACH:http://evil.example/x\x0bX\x1b\x7f\x07\x0c\x08\x85Y"
        "\u2028Z\u2029W"
    )
    response = client.get("/events/fuzzed.ics")
    data = response.content
    assert b"\rATTACH" not in data
    assert [line for line in data.decode().splitlines() if line.startswith("ATTACH")] == []
    (entry,) = Calendar.from_ical(data).walk("VEVENT")
    assert str(entry["SUMMARY"]) == (
        # VT, FF, NEL, U+2028 and U+2029 are line breaks; ESC, DEL, BEL and BS are dropped.
        "Innovation Forum\nATTACH:http://evil.example/x\nX\n\nY\nZ\nW"
    )
    assert b"SUMMARY:Innovation Forum\\nATTACH:http://evil.example/x\\nX\\n\\nY\\nZ\\nW" in data
