"""An event's dates are read once (events/dates.py): every display and export agrees."""

import datetime
import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import translation

from events.dates import NO_LAST_DAY, DatePrecision, event_dates, last_day_problem
from events.exports import calendar_event, event_ics
from events.models import Event
from events.templatetags.event_data import event_schema
from tests.factories import EventFactory

D = datetime.date

# Every precision with every shape of range: one day, no end, within a month, across
# months in one year, across years (and a month- or year-only date given an end anyway).
SPANS = [
    (D(2019, 6, 14), None),
    (D(2019, 6, 14), D(2019, 6, 14)),
    (D(2013, 6, 4), D(2013, 6, 6)),
    (D(2019, 6, 30), D(2019, 7, 2)),
    (D(2019, 12, 30), D(2020, 1, 2)),
    (D(2020, 2, 1), D(2020, 2, 29)),
]
CASES = [(precision, start, end) for precision in DatePrecision.values for start, end in SPANS]


class _Context:
    base_url = "https://portal.example"

    def absolute(self, path):
        return self.base_url + path


def _event(precision, start, end):
    return Event(
        title="Forum", slug="forum", start_date=start, end_date=end, date_precision=precision
    )


LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("precision", "start", "end"), CASES)
def test_every_display_of_the_dates_agrees(precision, start, end, language):
    """The page's `<time>` element, the model's text (lists' cards, feeds, the admin), the
    schema.org data and the calendar span say the same dates, in every language."""
    with translation.override(language):
        _every_display_agrees(precision, start, end)


def _every_display_agrees(precision, start, end):
    event = _event(precision, start, end)
    expected = event_dates(start, end, precision)
    html = render_to_string("includes/_event_date.html", {"event": event})
    match = re.fullmatch(r'\s*<time datetime="([^"]+)">([^<]+)</time>\s*', html)
    assert match, html
    assert match.groups() == (expected.start_iso, expected.text)
    assert event.dates_display == expected.text
    schema = event_schema(event, "https://portal.example/events/forum/")
    assert schema["startDate"] == expected.start_iso
    assert schema.get("endDate") == expected.end_iso
    # The calendar's all-day span starts on the day (or first of the month or year)
    # the display names, and its exclusive end is the day after the last one shown.
    assert expected.calendar_start.isoformat().startswith(expected.start_iso)
    if precision == DatePrecision.DAY:
        assert expected.calendar_end == (end or start) + datetime.timedelta(days=1)
        assert str(expected.calendar_start.day) in expected.text
    elif precision == DatePrecision.MONTH:
        assert expected.calendar_end == (
            start.replace(day=28) + datetime.timedelta(days=4)
        ).replace(day=1)
    else:
        assert expected.calendar_end == D(start.year + 1, 1, 1)
    assert str(start.year) in expected.text


@pytest.mark.parametrize(
    ("precision", "start", "end", "text"),
    [
        ("year", D(2018, 5, 1), D(2018, 5, 3), "2018"),
        ("month", D(2019, 8, 1), D(2019, 8, 9), "August 2019"),
        ("day", D(2013, 6, 4), D(2013, 6, 6), "4–6 June 2013"),
        ("day", D(2019, 6, 30), D(2019, 7, 2), "30 June – 2 July 2019"),
        ("day", D(2019, 12, 30), D(2020, 1, 2), "30 December 2019 – 2 January 2020"),
        ("day", D(2014, 9, 5), None, "5 September 2014"),
        ("day", D(2014, 9, 5), D(2014, 9, 5), "5 September 2014"),
    ],
)
def test_the_wording_of_each_shape(precision, start, end, text):
    assert event_dates(start, end, precision).text == text


@pytest.mark.django_db
def test_the_calendar_file_written_in_sql_gives_every_span_as_the_page_does():
    """The list's calendar file is written by SQL (`event_ics_sql`); for every precision
    and range its entries are byte for byte `calendar_event`'s, whose span is the
    display's (the test above)."""
    for number, (precision, start, end) in enumerate(CASES):
        EventFactory(
            slug=f"span-{number}", date_precision=precision, start_date=start, end_date=end
        )
    queryset = Event.objects.published().for_list().order_by("slug")
    written = b"".join(event_ics(queryset, _Context())).split(b"BEGIN:VEVENT")[1:]
    assert len(written) == len(CASES)
    for event, entry in zip(queryset, written, strict=True):
        expected = calendar_event(event, _Context()).to_ical().split(b"BEGIN:VEVENT")[1]
        assert entry == expected, event.slug
        dates = event.dates
        assert f"DTSTART;VALUE=DATE:{dates.calendar_start:%Y%m%d}".encode() in entry
        assert f"DTEND;VALUE=DATE:{dates.calendar_end:%Y%m%d}".encode() in entry


@pytest.mark.django_db
def test_the_calendar_export_uses_the_same_span():
    event = _event(DatePrecision.MONTH, D(2020, 2, 1), None)
    event.updated_at = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    entry = calendar_event(event, _Context())
    assert entry.decoded("dtstart") == D(2020, 2, 1)
    assert entry.decoded("dtend") == D(2020, 3, 1)


@pytest.mark.parametrize(
    ("precision", "end", "refused"),
    [("day", D(2019, 6, 3), False), ("month", D(2019, 6, 3), True), ("year", None, False)],
)
def test_only_an_exact_first_day_has_a_last_day(precision, end, refused):
    problem = last_day_problem(precision, end)
    assert (problem == NO_LAST_DAY) is refused
    event = _event(precision, D(2019, 6, 1), end)
    if refused:
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert error.value.message_dict == {"end_date": [NO_LAST_DAY]}
    else:
        event.clean()
