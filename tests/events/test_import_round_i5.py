"""Tenth session, i5: a week with no town of its own, held where the meetings within its days
are (`_frame_of_one_town`, the inverse of `_held_within`). Invented records."""

import datetime

from core.importing import ImportResult
from events.reading.reader import _held_within


def _record(title, first, last=None, city=""):
    record = ImportResult(kind="event", text="")
    record.fact("title", title)
    record.fact("start_date", datetime.date(2045, 11, first))
    record.fact("end_date", datetime.date(2045, 11, last) if last else None)
    record.fact("date_precision", "day")
    record.fact("city", city)
    record.fact("host_economy", "PER" if city else "")
    return record


def test_a_week_without_town_takes_the_one_town_of_its_meetings():
    week = _record("APEC Economic Leaders' Week", 6, 12)
    som = _record("Concluding Senior Officials' Meeting", 6, 7, "Iquitos")
    amm = _record("APEC Ministerial Meeting", 9, None, "Iquitos")
    ceo = _record("APEC CEO Summit", 9, 11)
    _held_within([week, som, amm, ceo])
    assert week.value("city") == "Iquitos"
    assert ceo.value("city") == "Iquitos"


def test_a_week_whose_meetings_are_in_two_towns_stays_without_town():
    week = _record("APEC Economic Leaders' Week", 6, 12)
    som = _record("Concluding Senior Officials' Meeting", 6, 7, "Iquitos")
    amm = _record("APEC Ministerial Meeting", 9, None, "Cusco")
    _held_within([week, som, amm])
    assert week.value("city") == ""


def test_one_meeting_within_the_days_does_not_place_the_week():
    week = _record("APEC Economic Leaders' Week", 6, 12)
    som = _record("Concluding Senior Officials' Meeting", 6, 7, "Iquitos")
    _held_within([week, som])
    assert week.value("city") == ""
