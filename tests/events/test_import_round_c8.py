"""The event reader's rules of the thirteenth round, wave 2 (c8): an event's city and host.

The texts are invented, in the layouts of real ministry outlines, magazine reports and news
releases on APEC meetings (docs/importing.md, "Thirteenth round, wave 2, c8"). Each class of
misreading is met by one rule: an office's initials on a place line ("METI, Japan") are no
town; a month's short name after a town ("in Kaohsiung City Oct. 3") is no part of it; a
town written after another year ("first launched in 2041 in Hanoi") is that year's meeting's;
an unknown word followed by "of" and a capitalised word ("the Republic of Korea") starts a
longer name. The tests fail on the reader before the round; those marked as guards hold on it
and after.
"""

import pytest

from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db


# --- An office's initials over its economy on a place line ---------------------------------


def test_an_offices_initials_on_a_place_line_give_the_economy_but_no_town():
    text = (
        "OUTLINE\n2043 APEC Workshop on Support for New Small Firms\n\n\n"
        "Small Business Office\nMETI, Japan\n\nBackground\n\n"
        "The 2043 APEC Workshop on Support for New Small Firms will gather officials to "
        "compare their programmes.\n\nDate: 14-15 October 2043\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("", "JPN")


def test_guard_a_known_town_in_capitals_on_a_place_line_is_still_read():
    text = (
        "Opening remarks at the 2043 APEC Workshop on Support for New Small Firms\n\n"
        "LIMA, Peru\n\n"
        "The 2043 APEC Workshop on Support for New Small Firms opened on 14 October 2043.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Lima", "PER")


# --- A month's short name after the town ----------------------------------------------------


def test_a_months_short_name_after_the_town_is_not_part_of_it():
    text = (
        "Taiwan hosts APEC conference on port logistics\n\n"
        "Attended by more than 300 officials, the APEC Smart Port Logistics Conference held "
        "in Kaohsiung City Oct. 3, 2046, looked at shared digital port services.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Kaohsiung City", "TWN")


# --- The town of another year's meeting -------------------------------------------------------


def test_a_town_written_after_an_earlier_year_is_not_this_meetings():
    text = (
        "Preparations complete for SME ministers' meeting\n\n"
        "Preparations for the Twelfth APEC Small and Medium Enterprises Ministerial Meeting, "
        "scheduled for June 10-12, 2047 in Cebu, have been completed, an organiser said.\n\n"
        "The meeting has been held eleven times since it was first launched in 2041 in Hanoi, "
        "Viet Nam.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Cebu", "PHL")


def test_guard_the_events_own_year_before_its_town_keeps_the_town():
    text = (
        "APEC SME forum closes\n\n"
        "The APEC SME Finance Forum, held on 4 May 2047 in Cebu, closed with a call for "
        "cheaper loans.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Cebu", "PHL")


# --- An economy's long name after "in" ---------------------------------------------------------


def test_an_unknown_word_before_of_and_a_name_is_no_town():
    text = (
        "Young Entrepreneurs from 15 APEC Economies Arrive in the Republic of Korea to Attend "
        "the 2044 APEC Youth Skills Forum\n\n"
        "The 2044 APEC Youth Skills Forum, organised by the Ministry of Education, will take "
        "place from 7 to 9 June 2044.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("", "KOR")


# --- A town hosting the event after a headline's kicker ----------------------------------------


def test_a_town_hosting_the_event_after_a_headlines_kicker_places_it():
    text = (
        "APEC ocean week: Valparaíso hosts Young Fishers Forum\n\n"
        "Young fishers from the APEC economies have gathered on the coast for a week of talks.\n\n"
        "The APEC Young Fishers Forum opened on 3 March 2045 with a session on cold storage.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Valparaíso", "CHL")


# --- A capital article inside a sentence belongs to the venue's name -------------------------


def test_a_capital_the_after_at_is_part_of_the_venues_name():
    text = (
        "Speech at the APEC Small Traders Summit 2043\n\n"
        "Below is the speech given by the Minister of Trade during the APEC Small Traders "
        "Summit 2043 at The Blue Harbour Hotel, Cebu City on October 8, 2043.\n"
    )
    assert record_facts(main_record(text), "city", "venue") == (
        "Cebu City",
        "The Blue Harbour Hotel",
    )


def test_guard_a_small_the_before_a_venue_is_left_out():
    text = (
        "APEC small traders meet\n\n"
        "The APEC Small Traders Summit 2043 was held at the Blue Harbour Hotel, Cebu City on "
        "October 8, 2043.\n"
    )
    assert record_facts(main_record(text), "venue") == ("Blue Harbour Hotel",)


# --- A labelled place: a town and its venue in brackets ---------------------------------------


def test_a_labelled_town_with_its_venue_in_brackets_gives_both():
    text = (
        "APEC Workshop on Skills for Small Exporters [May 10-11, 2044]\n\n"
        "APEC Workshop on Skills for Small Exporters\n\n"
        "This workshop was organised to discuss draft guidelines with experts.\n\n"
        "Dates: May 10 (Tuesday), 11 (Wednesday), 2044\n\n"
        "Places: Osaka (Riverside Grand Hotel)\n"
    )
    assert record_facts(main_record(text), "city", "venue", "host_economy") == (
        "Osaka",
        "Riverside Grand Hotel",
        "JPN",
    )
