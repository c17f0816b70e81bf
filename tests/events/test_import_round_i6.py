"""Tenth session, i6: a last pass over the noun phrases headed by an event noun that no mention
covers (`events/reading/phrases.py`, `_Reader._phrase_records`): a record for each with words
of its own, a link to APEC and a fact of its own in its own clause. Invented texts, events in
2041 and later."""

from pathlib import Path

import pytest

from tests.events.reading import placed_records

pytestmark = pytest.mark.django_db

DEVSET = Path(__file__).parent / "devset"


def test_a_described_series_a_possessive_forum_and_a_dinner_are_records():
    text = (DEVSET / "e6600_i6_wire_further_events_named_by_description.txt").read_text()
    records = placed_records(text)
    assert ("technical meetings", "2041-03-02", "Iquitos", "") in records
    assert ("group's forum", "2041-08-12", "Arequipa", "") in records
    assert ("ministers' working dinner", "2041-08-11", "", "") in records


def test_a_dialog_takes_its_day_and_the_venue_after_it():
    text = (DEVSET / "e6601_i6_release_social_events_and_dialogue_by_description.txt").read_text()
    assert ("formal dialog", "2047-11-09", "", "Furama Resort") in placed_records(text)


def test_a_fair_in_a_town_with_its_day_is_a_record():
    text = (
        "APEC ministers meet in Lima\n\n"
        "LIMA, 4 June 2043 -- The APEC Ministers Responsible for Trade Meeting opened in Lima on "
        "4 June 2043.\n\n"
        "Ministers said their work would be shown at the region's digital trade fair in Cusco "
        "on 14 November, the high point of Peru's APEC year."
    )
    assert ("region's digital trade fair", "2043-11-14", "Cusco", "") in placed_records(text)


# guards: no record on main's reader nor after


def test_the_meeting_named_again_and_a_month_alone_give_no_record():
    text = (
        "APEC ministers meet in Lima\n\n"
        "LIMA, 4 June 2043 -- The APEC Ministers Responsible for Trade Meeting opened in Lima on "
        "4 June 2043.\n\n"
        "The two-day meeting ends on 5 June in the capital.\n\n"
        "Ministers back the planned regional trade conference in December, APEC officials said."
    )
    titles = [title for title, *_ in placed_records(text)]
    assert titles == ["APEC Ministers Responsible for Trade Meeting"]


def test_a_series_and_an_event_another_clause_goes_to_give_no_record():
    text = (
        "APEC ministers meet in Lima\n\n"
        "LIMA, 4 June 2043 -- The APEC Ministers Responsible for Trade Meeting opened in Lima on "
        "4 June 2043.\n\n"
        "The meeting follows a year of preparatory meetings in Cusco and comes ahead of the "
        "annual gathering of APEC leaders in Trujillo on 14 November."
    )
    titles = [title for title, *_ in placed_records(text)]
    assert "preparatory meetings" not in titles
    assert "annual gathering of APEC leaders" not in titles
