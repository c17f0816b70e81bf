"""Sixth session, c23: past and coming meetings a page recalls or lists, with their town
(`events/reading/mentions.py`).

Newspapers recall the earlier meetings of a series by their number, often in lower case
("the third Ministerial Meeting was held in the South Korean capital of Seoul", "The third
meeting held in …"), and day reports recall the year's meetings by their acronym ("since SOM 1
in Trujillo"). Each is a record of its own with its town. Invented texts, events in 2031 and
later."""

import pytest

from tests.events.reading import records_facts

pytestmark = pytest.mark.django_db


OWN = (
    "Ministers meet in Cebu\n\n"
    "CEBU, Nov. 12, 2046 (Newswire) -- Ministers of the 21 APEC member economies opened the "
    "57th APEC Ministerial Meeting in Cebu on Monday, November 12, 2046.\n\n"
)


def test_a_lower_case_ordinal_before_a_capitalised_name_is_its_number():
    text = OWN + (
        "The first APEC Ministerial Meeting took place in Wellington, New Zealand, in October "
        "2031.\n\n"
        "In August 2032, the second Ministerial Meeting was held in the Chilean capital of "
        "Santiago, where ministers agreed on a customs plan."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("second Ministerial Meeting", "Santiago", "CHL") in facts
    assert ("first APEC Ministerial Meeting", "Wellington", "NZL") in facts


def test_a_meeting_of_a_list_named_by_its_number_only_is_a_record():
    text = OWN + (
        "The second ministerial meeting was held in Singapore in July 2032.\n\n"
        "The third meeting held in Malaysian capital Kuala Lumpur in September 2033 welcomed "
        "two new observers."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    # the list's name with its own number (round i4)
    assert ("third ministerial meeting", "Kuala Lumpur", "MYS") in facts


def test_a_bare_numbered_meeting_with_no_list_is_the_pages_own_meeting_named_again():
    text = OWN + "The 57th meeting held in Cebu closes on Tuesday."
    facts = records_facts(text, "title")
    assert len(facts) == 1


def test_a_meeting_recalled_by_its_numbered_acronym_keeps_the_town_after_it():
    text = (
        "Senior officials open their second meeting\n\n"
        "May 9, 2047, Arequipa, Peru - The Second APEC Senior Officials' Meeting (SOM 2) opened "
        "this morning at the Arequipa Convention Centre.\n\n"
        'The SOM Chair said that "since SOM 1 in Trujillo, our committees have met 30 times."'
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("First Senior Officials' Meeting", "Trujillo", "PER") in facts


def test_the_same_name_in_another_town_is_another_meeting():
    text = OWN + (
        "The APEC Ministerial Meeting was first held in Wellington, New Zealand, in October 2031."
    )
    facts = records_facts(text, "title", "city")
    assert ("APEC Ministerial Meeting", "Wellington") in facts


def test_a_meeting_named_by_its_town_is_a_record_in_that_town():
    text = (
        "Ministers back a plan\n\n"
        "Jeju, 12 September 2051 - The 57th APEC SME Ministerial Meeting opened today in Jeju.\n\n"
        "Korea chaired the meeting for the first time since the 2036 Daegu conference.\n\n"
        "The Seoul APEC Leaders' Meeting is approaching, the minister said."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("2036 Daegu conference", "Daegu", "KOR") in facts
    assert ("Seoul APEC Leaders' Meeting", "Seoul", "KOR") in facts


def test_a_hall_named_by_its_town_is_no_meeting():
    text = OWN + "Delegates met again at the Cebu Conference Hall for a dinner."
    assert len(records_facts(text, "title")) == 1


def test_a_day_right_after_a_name_on_a_page_with_no_year_makes_a_record_with_no_first_day():
    text = (
        "Officials open their last meeting of the year at the Busan Exhibition and Convention "
        "Center in Busan, South Korea, yesterday. - Newswire\n"
        "The meeting is the last of four held this year, ahead of the APEC Ministerial Meeting, "
        "slated on Nov 12-13, and the 57th APEC Economic Leaders Meeting, on Nov 15-16."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("APEC Ministerial Meeting", None) in facts
    assert ("57th APEC Economic Leaders Meeting", None) in facts
