"""The event reader's rules of the eleventh round (i28l11): each test fails on the reader before it.

The texts are invented, in the layouts of real sectoral-meeting pages of the round's learning
set (docs/importing.md, "Events, eleventh round (i28l11)").
"""

import datetime

import pytest

from events.importer import event_document_read

pytestmark = pytest.mark.django_db


def _read(text):
    return event_document_read(text).records


def test_a_numbered_field_label_is_still_the_pages_field():
    text = (
        "APEC Fisheries Ministers' Dialogue\n\n"
        "Our ministry will host the first APEC Fisheries Ministers' Dialogue this year.\n\n"
        "2. Date: 21-22 March 2044\n\n"
        "3. Venue:  Harbourfront Hall, Hakodate Marine Centre, Hakodate City, Japan\n"
    )
    (record,) = _read(text)
    assert record.value("venue") == "Harbourfront Hall"
    assert record.value("city") == "Hakodate City"
    assert record.value("start_date") == datetime.date(2044, 3, 21)


def test_a_labelled_date_whose_day_is_glued_to_its_month_is_read():
    text = (
        "APEC Fisheries Ministers' Dialogue\n\n"
        "Our ministry will host the first APEC Fisheries Ministers' Dialogue this year.\n\n"
        "Date: 21-22March 2044\n\n"
        "Venue: Harbourfront Hall, Hakodate City, Japan\n"
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2044, 3, 21)


def test_this_sector_ministerial_as_a_noun_is_the_meeting_and_gives_its_town():
    text = (
        "The 15th Tourism Ministerial Meeting (TMM15) of APEC will be held in Chile starting on "
        "April 17, 2047.\n"
        "During its host year, Chile will hold its main meetings in four cities, with this "
        "Tourism Ministerial taking place in Puerto Varas, Los Lagos Region.\n"
    )
    (record,) = _read(text)
    assert record.value("city") == "Puerto Varas"


def test_the_ministerial_statement_is_no_reference_to_the_meeting():
    text = (
        "The 15th Tourism Ministerial Meeting of APEC will be held in Chile starting on April 17, "
        "2047.\n"
        "Officials drafted the Ministerial Statement in Santiago last month.\n"
    )
    (record,) = _read(text)
    assert record.value("city") != "Santiago"


def test_they_participated_in_the_meeting_takes_the_town_where_they_convened():
    text = (
        "Health ministers from the 21 APEC member economies convened in Chiclayo, Peru, from "
        "July 9-12. They participated in the 16th High-Level Meeting on Health and the Economy.\n"
        "Below are our main takeaways.\n"
    )
    (record,) = _read(text)
    assert record.value("title") == "16th High-Level Meeting on Health and the Economy"
    assert record.value("city") == "Chiclayo"
    assert record.value("host_economy") == "PER"
