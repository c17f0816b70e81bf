"""Ninth session, f4: further meetings named by who meets.

Newspapers and wires name APEC's standing meetings by who meets, without "APEC" before them,
as the subject of a verb of meeting with a fact of its own in that clause: "when leaders meet
again in November in Hobart", "Senior government officials met Tuesday", "the trade ministers
last met in Cebu". Each is one more meeting of that standing meeting (core/data/
standing_meetings.csv, its `who` column), titled by its row's name, unless it is the page's own
meeting named again. Invented texts, events in 2046 and later."""

import pytest

from tests.events.reading import read_titles, records_facts

pytestmark = pytest.mark.django_db

WIRE = (
    "APEC trade ministers to weigh regional pact\n\n"
    "By a staff reporter\n\n"
    "Hobart, May 10, 2046 -- The APEC Ministers Responsible for Trade Meeting will be held in "
    "Hobart on May 17-18, 2046.\n\n"
    "Ministers will review a study whose results will be presented formally when leaders meet "
    "again in November in Auckland.\n"
)


def test_leaders_meeting_again_in_a_town_is_a_further_meeting():
    facts = records_facts(WIRE, "title", "city", "host_economy")
    assert ("APEC Economic Leaders' Meeting", "Auckland", "NZL") in facts


def test_own_meeting_named_again_by_who_meets_is_no_further_record():
    text = (
        "APEC trade ministers meet in Hobart\n\n"
        "Hobart, May 17, 2046 -- The APEC Ministers Responsible for Trade Meeting opened in "
        "Hobart on May 17, 2046.\n\n"
        "The trade ministers met in Hobart on Monday to discuss supply chains.\n"
    )
    assert read_titles(text) == ["APEC Ministers Responsible for Trade Meeting"]


def test_senior_officials_met_on_a_weekday_is_their_meeting():
    text = (
        "Pacific Rim ministers open talks in Cairns\n\n"
        "CAIRNS, Australia (AP) Oct. 24, 2046 -- The APEC Ministerial Meeting opened in Cairns "
        "on Wednesday, Oct. 24, 2046.\n\n"
        "Senior government officials met Tuesday to prepare the agenda for the ministers.\n"
    )
    facts = records_facts(text, "title", "start_date")
    assert any(t == "APEC Senior Officials' Meeting" for t, _ in facts), facts


def test_others_who_meet_are_no_standing_meeting():
    text = (
        "APEC trade ministers meet in Hobart\n\n"
        "Hobart, May 17, 2046 -- The APEC Ministers Responsible for Trade Meeting opened in "
        "Hobart on May 17, 2046.\n\n"
        "Business leaders met in Auckland in March to draft their proposals.\n"
    )
    assert read_titles(text) == ["APEC Ministers Responsible for Trade Meeting"]


def test_they_meet_stands_for_who_meets_opening_the_sentence():
    text = (
        "APEC nations to gauge progress on regional pact\n\n"
        "By a staff reporter\n\n"
        "May 3, 2046 — Finance ministers from the 21 economies of the Asia-Pacific Economic "
        "Cooperation forum will weigh new tax rules when they meet on May 17-18, 2046 in "
        "Auckland, New Zealand.\n\n"
        "Leaders of the APEC member economies who met in Beijing in November 2045 asked for "
        "a report on cross-border payments.\n"
    )
    facts = records_facts(text, "title", "city")
    assert ("APEC Finance Ministers' Meeting", "Auckland") in facts, facts


def test_they_met_stands_for_who_meets_after_its_clause():
    text = (
        "APEC ministers meet in Hobart\n\n"
        "Hobart, May 17, 2046 -- The APEC Ministers Responsible for Trade Meeting opened in "
        "Hobart on May 17, 2046.\n\n"
        "Last year when they met in Auckland, APEC leaders pledged to cut tariffs on green "
        "goods.\n"
    )
    facts = records_facts(text, "title", "city")
    assert ("APEC Economic Leaders' Meeting", "Auckland") in facts, facts


def test_who_meets_from_apec_spelled_out_set_to_convene():
    text = (
        "APEC senior officials open their last meeting of the year\n\n"
        "Hobart, November 8, 2046 -- The Concluding APEC Senior Officials' Meeting opened in "
        "Hobart on November 8, 2046.\n\n"
        "Trade ministers from the Asia-Pacific Economic Cooperation (APEC) are set to convene in "
        "Launceston on November 11 to prepare for the leaders' talks.\n"
    )
    facts = records_facts(text, "title", "city")
    assert ("APEC Ministers Responsible for Trade Meeting", "Launceston") in facts, facts
