"""Ninth session, f2: the town of the page's own event from another naming of it.

A page names its own event in its headline ("… Before the APEC Summit") and says where it is
only where the body names it again by its kind word ("the Asia-Pacific Economic Cooperation
summit in Jakarta", "He then attends the APEC meeting in Kuala Lumpur", "The summit is taking
place in Nara"), or only in its own name ("2005 APEC Busan Summit"). The reader read the
town of "the event in …" from the event's own sentences only, with APEC written as "APEC";
it now reads it from any body sentence that names no other event and recalls no past one
(`REFERRED_IN_RE`, `_Reader._city_referred_in_body`), and from a known town written before
the kind word of the event's own title (`_town_in_title`). A further event's record read from
one naming (a list item "31st APEC SME Ministerial Meeting - September 17-18") takes the town
another naming of it gives in its own clause ("the 31st APEC … Meeting in Trujillo on
September 17-18"), when the two give no different days (`_place_from_naming`). Invented texts,
events in 2040 and later."""

import pytest

from tests.events.reading import main_record, record_facts, records_facts

pytestmark = pytest.mark.django_db


def test_headline_event_takes_the_town_the_body_names_it_in_spelled_out():
    text = (
        "Rights Groups Warn Ahead of the APEC Summit\n\n"
        "Weeks before the opening of the Asia-Pacific Economic Cooperation summit in Davao on "
        "November 12, 2047, local authorities began clearing street vendors.\n\n"
        "Meetings of civic groups in September were broken up by police.\n"
    )
    facts = record_facts(main_record(text), "start_date", "city", "host_economy")
    assert facts == ("2047-11-12", "Davao", "PHL")


def test_the_apec_meeting_in_a_town_in_a_later_sentence_places_the_headline_event():
    text = (
        "For Immediate Release October 2, 2046\n\n"
        "Prime Minister Will Attend APEC Summit\n\n"
        "The Prime Minister will travel to Fiji and Chile next month to attend the annual "
        "leaders' gathering.\n\n"
        "En route to Chile, she will stop in Fiji. She then attends the APEC meeting in "
        "Valparaiso along with the other member leaders.\n\n"
        "Following the APEC Summit, the Prime Minister travels home.\n"
    )
    facts = record_facts(main_record(text), "city", "host_economy")
    assert facts == ("Valparaiso", "CHL")


def test_the_summit_is_taking_place_in_a_town():
    text = (
        "APEC tourism summit begins\n\n"
        "Tourism ministers stressed sustainable growth on the opening day of the APEC Tourism "
        "Ministerial Meeting on June 6, 2045.\n\n"
        "The summit is taking place in Kobe, the ministry said.\n"
    )
    facts = record_facts(main_record(text), "city", "host_economy")
    assert facts == ("Kobe", "JPN")


def test_town_written_before_the_kind_word_of_the_own_events_name():
    text = (
        "2048 APEC Cebu Summit to Lift the Region's Profile\n\n"
        "Public interest in Asia-Pacific Economic Cooperation is rising as the 2048 summit "
        "draws near, officials said.\n\n"
        "Organisers expect about 7,000 participants from 21 member economies.\n"
    )
    facts = record_facts(main_record(text), "city", "host_economy")
    assert facts == ("Cebu", "PHL")


def test_list_item_takes_the_town_its_naming_in_prose_gives():
    text = (
        "12 September 2046\n\n"
        "The minister has opened the APEC Workshop on Digital Payments for Micro Firms in Peru.\n\n"
        "The workshop is one of the events held in the run-up to the 31st APEC Small and Medium "
        "Enterprises (SME) Ministerial Meeting in Trujillo on September 17-18.\n\n"
        "Related meetings in the coming days include:\n\n"
        "  • APEC Workshop on Digital Payments for Micro Firms, September 12\n"
        "  • APEC SME Finance Forum - September 14-15\n"
        "  • 31st APEC SME Ministerial Meeting - September 17-18\n"
    )
    facts = records_facts(text, "start_date", "city", "host_economy")
    assert ("2046-09-17", "Trujillo", "PER") in facts


def test_a_naming_of_another_day_gives_no_town():
    text = (
        "12 September 2046\n\n"
        "The minister has opened the APEC Workshop on Digital Payments for Micro Firms in Peru.\n\n"
        "The workshop recalls the 31st APEC SME Ministerial Meeting in Trujillo on May 3.\n\n"
        "Related meetings in the coming days include:\n\n"
        "  • APEC Workshop on Digital Payments for Micro Firms, September 12\n"
        "  • 31st APEC SME Ministerial Meeting - September 17-18\n"
    )
    facts = records_facts(text, "start_date", "city")
    assert ("2046-09-17", "") in facts


def test_week_takes_the_town_of_its_venues_possessive():
    text = (
        "Spotlight on Cebu as APEC Leaders' Week opens\n\n"
        "The APEC Economic Leaders' Week opened on Monday at Cebu's Waterfront Convention Hall "
        "and runs from November 11 to 16, 2047.\n\n"
        "Leaders will attend the APEC Economic Leaders' Meeting on November 15 and 16.\n"
    )
    facts = records_facts(text, "title", "city", "venue", "host_economy")
    week = ("APEC Economic Leaders' Week", "Cebu", "Waterfront Convention Hall", "PHL")
    assert week in facts


def test_meetings_within_the_weeks_days_are_held_where_the_week_is():
    text = (
        "Spotlight on Cebu as APEC Leaders' Week opens\n\n"
        "The APEC Economic Leaders' Week opened on Monday at Cebu's Waterfront Convention Hall "
        "and runs from November 11 to 16, 2047.\n\n"
        "The APEC CEO Summit will be held from November 13 to 14.\n\n"
        "Leaders will attend the APEC Economic Leaders' Meeting on November 15 and 16.\n"
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("APEC CEO Summit", "Cebu", "PHL") in facts
    assert ("APEC Economic Leaders' Meeting", "Cebu", "PHL") in facts


def test_a_meeting_after_a_one_day_meeting_is_not_held_within_it():
    text = (
        "Ministers meet in Hobart on energy\n\n"
        "HOBART, 7 March 2047 (Agency) - APEC energy ministers opened their 16th meeting in "
        "Hobart on Thursday.\n\n"
        "A dialogue on hydrogen trade was held on 5 March, while ministers will attend an energy "
        "investment forum in Launceston on 8 March.\n"
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("dialogue on hydrogen trade", "", "") in facts


def test_finance_chiefs_gathered_in_a_town():
    text = (
        "APEC finance ministers stress infrastructure\n\n"
        "Finance chiefs of the 21 Pacific Rim economies gathered in Hangzhou on Wednesday, "
        "October 21, 2048, stating that they will draw more investment into infrastructure.\n\n"
        "The APEC Finance Ministers' Meeting is one of the most important ministerial meetings "
        "of APEC.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Hangzhou", "CHN")


def test_leaders_will_meet_in_a_town_places_the_summit():
    text = (
        "The APEC Summit: A Test for the Region\n\n"
        "November 14, 2046\n\n"
        "The APEC Summit is being held at a time of uncertainty.\n\n"
        "On Saturday, leaders from 21 APEC member economies will meet in Port Moresby, following this "
        "week's business forum.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Port Moresby", "PNG")


def test_leaders_who_met_in_a_year_named_before_give_no_town():
    text = (
        "The APEC Summit: A Test for the Region\n\n"
        "November 14, 2046\n\n"
        "The APEC Summit is being held at a time of uncertainty.\n\n"
        "In 2040 the leaders met in Port Moresby for the first time.\n"
    )
    assert main_record(text).value("city") == ""


def test_the_summit_will_gather_its_participants_in_a_town():
    text = (
        "Executives have role to play in APEC summit\n\n"
        "More than 300 companies will send executives to the APEC 2047 CEO Summit, organisers "
        "said on October 2, 2047.\n\n"
        "The summit will gather 1,500 business leaders and scholars in Chiang Rai to discuss "
        "regional integration.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Chiang Rai", "THA")


def test_the_town_get_together_names_the_town():
    text = (
        "(12 Nov 2045) Trade row dominates the APEC economic summit\n\n"
        "A row over tariffs dominated the opening session of the 2045 APEC economic summit.\n\n"
        "The Chiang Rai get-together is about halting a slide in regional trade.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Chiang Rai", "THA")
