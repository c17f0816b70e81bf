"""Issue 25: dates in each language keep the precision the sources give."""

import datetime

import pytest

from core.l10n import localized_date, localized_event_dates

START = datetime.date(2013, 6, 4)


@pytest.mark.parametrize(
    ("language", "precision", "end", "expected"),
    [
        ("en", "day", datetime.date(2013, 6, 6), None),
        ("es", "year", None, "2013"),
        ("es", "month", None, "junio de 2013"),
        ("es", "day", None, "4 de junio de 2013"),
        ("es", "day", datetime.date(2013, 6, 6), "4–6 de junio de 2013"),
        ("es", "day", datetime.date(2013, 7, 2), "4 de junio – 2 de julio de 2013"),
        ("ru", "month", None, "июнь 2013 г."),
        ("ru", "day", None, "4 июня 2013 г."),
        ("ja", "month", None, "2013年6月"),
        ("ja", "day", datetime.date(2013, 6, 6), "2013年6月4日～6日"),
        ("zh-hans", "day", None, "2013年6月4日"),
        ("zh-hant", "day", datetime.date(2013, 6, 6), "2013年6月4日至6日"),
        ("ko", "day", None, "2013년 6월 4일"),
        ("th", "month", None, "มิถุนายน 2013"),
        ("vi", "month", None, "tháng 6 năm 2013"),
        ("id", "day", None, "4 Juni 2013"),
        # A month-only date ignores any end the record holds.
        ("es", "month", datetime.date(2013, 7, 9), "junio de 2013"),
    ],
)
def test_event_dates_in_each_language_keep_their_precision(language, precision, end, expected):
    text = localized_event_dates(START, end, precision, language)
    # CLDR writes thin and narrow no-break spaces where a language wants them.
    assert (None if text is None else " ".join(text.split())) == expected


def test_a_single_day_in_english_and_in_other_languages():
    assert localized_date(START, "en") == "4 June 2013"
    assert localized_date(START, "ru") == "4 июня 2013\u202fг."
    assert localized_date(START, "ko") == "2013년 6월 4일"
