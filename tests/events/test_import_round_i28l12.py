"""The event reader's rules of the eleventh round (i28l12): each test fails on the reader before it.

The texts are invented, in the layouts of real newspaper, government and university pages of
the round's learning set (APEC meetings in the Americas and Oceania; docs/importing.md,
"Events, eleventh round (i28l12)").
"""

import datetime

import pytest

from events.importer import event_document_read
from events.reading.places import _venue_in

pytestmark = pytest.mark.django_db


def _read(text):
    return event_document_read(text).records


def test_a_two_word_towns_possessive_is_left_out_of_the_venue():
    venue = _venue_in("Port Moresby's Harbourside Convention Centre will host the talks.")
    assert venue[0] == "Harbourside Convention Centre"


def test_a_venue_opening_the_sentence_as_the_location_for_listed_meetings_is_each_ones():
    text = (
        "Port Moresby's Harbourside Convention Centre (HCC) will be the location for the final "
        "officials' session of the year, the Concluding Senior Officials Meeting (CSOM) to be "
        "held on November 11 and 12, 2041, and the APEC Ministerial Meeting (AMM) on November 14."
    )
    records = _read(text)
    assert [r.value("title") for r in records] == [
        "Concluding Senior Officials Meeting",
        "APEC Ministerial Meeting",
    ]
    for record in records:
        assert record.value("city") == "Port Moresby"
        assert record.value("venue") == "Harbourside Convention Centre"
        assert record.value("host_economy") == "PNG"
    assert records[1].value("start_date") == datetime.date(2041, 11, 14)


def test_a_lower_case_summit_with_its_year_and_host_before_it_is_the_leaders_meeting():
    text = (
        "Senator welcomes decision\n\n"
        "The choice of Port Moresby for the 2044 Papua New Guinea APEC summit was welcomed "
        "today by Senator Ruth Calloway."
    )
    (record,) = _read(text)
    assert record.value("title") == "2044 APEC Economic Leaders' Meeting"
    assert record.value("city") == "Port Moresby"
    assert record.value("host_economy") == "PNG"


def test_the_year_before_a_lower_case_leaders_summit_stays_in_its_name():
    text = "The awarding of the 2044 APEC leaders summit to Port Moresby was welcomed today."
    (record,) = _read(text)
    assert record.value("title") == "2044 APEC Economic Leaders' Meeting"


def test_a_city_hosting_the_event_in_its_sentence_wins_over_a_summit_attended_elsewhere():
    text = (
        " date 2042-11-16 PORTLAND (BCW) — Portland will host the 2043 Asia-Pacific Economic "
        "Cooperation Summit, officials said.\n\n"
        "The Mayor welcomed the choice of the city for the 2043 summit, which was made public "
        "at APEC, where the Vice President is attending the summit in Lima."
    )
    (record,) = _read(text)
    assert record.value("city") == "Portland"
    assert record.value("host_economy") == "USA"


def test_the_release_day_is_no_day_of_an_event_named_for_a_later_year():
    text = (
        " date 2042-11-16 PORTLAND (BCW) — Portland will host the 2043 Asia-Pacific Economic "
        "Cooperation Summit, officials said."
    )
    (record,) = _read(text)
    assert record.value("start_date") is None


def test_a_city_hosting_the_page_with_a_time_before_its_verb_is_the_events_city():
    text = (
        " date 2043-10-12 Seattle next month will host the largest gathering of foreign "
        "governments the city has seen in decades.\n"
        "The APEC CEO Summit will be held from Nov. 9 to 11 at the Elliott Bay Convention Center."
    )
    (record,) = _read(text)
    assert record.value("city") == "Seattle"
    assert record.value("host_economy") == "USA"
