"""Tenth session, i8: the generic last pass over noun phrases (round i6) reads a time fronted
before the phrase's clause ("On Friday evening, …", "From 14 to 16 September, …", "Later
today a …") and a "between" complement its predicate splits from the head ("A dialogue is
also planned later this afternoon between …"). Invented texts, events in 2045 and later."""

from pathlib import Path

import pytest

from tests.events.reading import placed_records

pytestmark = pytest.mark.django_db

DEVSET = Path(__file__).parent / "devset"


def test_a_fronted_evening_dates_a_dinner_and_a_split_dialogue_takes_its_complement():
    text = (DEVSET / "e6800_i8_wire_schedule_fronted_day_and_split_dialogue.txt").read_text()
    records = placed_records(text)
    assert ("harbour gala dinner", "2045-11-10", "Da Nang", "Ariyana Convention Centre") in records
    title = "dialogue between the leaders and the regional youth council"
    assert (title, "2045-11-10", "Da Nang", "") in records


def test_fronted_days_and_later_today_date_a_workshop_and_a_roundtable():
    text = (DEVSET / "e6801_i8_release_fronted_days_and_later_today.txt").read_text()
    records = placed_records(text)
    assert ("policy workshop on women-led exporters", "2046-09-14", "Cebu", "") in records
    title = "roundtable between ministers and young entrepreneurs of the region"
    assert (title, "2046-09-20", "Cebu", "") in records


# guards: no record on main's reader nor after


def test_a_fronted_meeting_of_the_day_is_no_time_of_the_phrase():
    text = (
        "APEC leaders meet in Da Nang\n\n"
        "DA NANG, November 10, 2045 -- The 52nd APEC Economic Leaders' Meeting opened in Da "
        "Nang on Friday.\n\n"
        "Friday's meeting began with a private dialogue session on health, APEC said."
    )
    assert [r[0] for r in placed_records(text)] == ["52nd APEC Economic Leaders' Meeting"]


def test_a_split_complement_needs_a_pair_and_a_verb_of_planning_only():
    text = (
        "APEC leaders meet in Da Nang\n\n"
        "DA NANG, November 10, 2045 -- The 52nd APEC Economic Leaders' Meeting opened in Da "
        "Nang on Friday.\n\n"
        "A dialogue was praised by officials later this afternoon between sessions, APEC said."
    )
    assert [r[0] for r in placed_records(text)] == ["52nd APEC Economic Leaders' Meeting"]
