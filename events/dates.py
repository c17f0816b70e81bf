"""An event's dates, written once: what a reader sees, what a machine reads, the calendar span.

Every place that shows or exports an event's dates asks `event_dates` (through
`Event.dates`): the model's `dates_display`, the `<time>` element in
templates/includes/_event_date.html, the schema.org data on the event page and the
iCalendar export. Localising the wording means changing `event_dates` alone.
"""

import datetime
from dataclasses import dataclass, replace

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.l10n import localized_event_dates


class DatePrecision(models.TextChoices):
    """How much of the start date the sources give; the rest of the stored date is a filler."""

    DAY = "day", _("Exact day")
    MONTH = "month", _("Month only")
    YEAR = "year", _("Year only")


NO_LAST_DAY = (
    "An event known only by its month or year has no last day: empty the last day or "
    "give the exact first day."
)


def last_day_problem(precision, end):
    """Why `end` cannot be the last day of an event dated to `precision`, or None: only an
    exact first day can have a last day (checked by the model, and so the admin)."""
    if end and precision != DatePrecision.DAY:
        return NO_LAST_DAY
    return None


@dataclass(frozen=True)
class EventDates:
    text: str  # "2018", "August 2019", "4–6 June 2013", "30 June – 2 July 2019"
    start_iso: str  # ISO 8601 with only the known part: 2019-06-14, 2019-06 or 2019
    end_iso: str | None  # the last day when the sources give one, else None
    calendar_start: datetime.date  # all-day span: first day ...
    calendar_end: datetime.date  # ... and the day after the last (exclusive, as RFC 5545)


def _first_of_next_month(day):
    return (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)


def event_dates(start, end, precision):
    """The one reading of an event's dates for every display and export.

    A month- or year-only date has no last day (the end is ignored); its calendar span
    is the whole month or year. A range is written with as little repetition as reads
    well: "4–6 June 2013", "30 June – 2 July 2019", "30 December 2019 – 2 January 2020".
    In another language the text is that language's, with the same precision
    (core/l10n.py: "4–6 de junio de 2013", "2013年6月4日～6日"); exports render in English.
    """
    with translation.override(settings.LANGUAGE_CODE):
        dates = _english_event_dates(start, end, precision)
    text = localized_event_dates(start, end, precision)
    return dates if text is None else replace(dates, text=text)


def _english_event_dates(start, end, precision):
    if precision == DatePrecision.YEAR:
        first = start.replace(month=1, day=1)
        return EventDates(
            str(start.year), f"{start.year:04d}", None, first, datetime.date(start.year + 1, 1, 1)
        )
    if precision == DatePrecision.MONTH:
        first = start.replace(day=1)
        return EventDates(
            date_format(start, "F Y"),
            f"{start.year:04d}-{start.month:02d}",
            None,
            first,
            _first_of_next_month(first),
        )
    last = end or start
    if last == start:
        text = date_format(start, "j F Y")
    elif (start.year, start.month) == (last.year, last.month):
        text = f"{start.day}–{date_format(last, 'j F Y')}"
    elif start.year == last.year:
        text = f"{date_format(start, 'j F')} – {date_format(last, 'j F Y')}"
    else:
        text = f"{date_format(start, 'j F Y')} – {date_format(last, 'j F Y')}"
    end_iso = last.isoformat() if end else None
    return EventDates(text, start.isoformat(), end_iso, start, last + datetime.timedelta(days=1))
