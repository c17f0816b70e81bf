"""Dates in the reader's language, with the precision the sources give.

English keeps the portal's own wording ("August 2019", "4–6 June 2013",
"30 June – 2 July 2019"), written by the event-dates function. Every other language
takes its form from the Unicode CLDR data that Babel ships: the month name in the
right case (Russian "4 июня 2013 г."), the language's order ("2013年6月4日") and its
own way of writing a range ("4–6 de junio de 2013", "2013年6月4日～6日").
`localized_event_dates` answers None for English, so its caller keeps its text.
"""

from babel.dates import format_interval, format_skeleton
from django.conf import settings
from django.utils.translation import get_language, to_locale

YEAR, MONTH, DAY = "year", "month", "day"


def babel_locale(language):
    """Babel's name for a Django language code: zh-hans -> zh_Hans, es -> es."""
    return to_locale(language)


def localized_event_dates(start, end, precision, language=None):
    """The dates as the reader's language writes them, or None for English.

    `precision` is "year", "month" or "day" (events.DatePrecision); a month- or
    year-only date has no last day, so `end` only counts for exact days."""
    language = language or get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return None
    locale = babel_locale(language)
    if precision == YEAR:
        return str(start.year)
    if precision == MONTH:
        return format_skeleton("yMMMM", start, locale=locale)
    last = end or start
    if last == start:
        return format_skeleton("yMMMMd", start, locale=locale)
    return format_interval(start, last, "yMMMMd", locale=locale)


def localized_date(day, language=None):
    """One day ("Last updated") in the reader's language; English as "4 June 2013"."""
    language = language or get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return f"{day.day} {day:%B} {day.year}"
    return format_skeleton("yMMMMd", day, locale=babel_locale(language))
