"""Seventh session, c31: further events a page names with a day of their own in a week's
schedule, an itinerary or a host's announcement (`events/reading/mentions.py`).

A week's report dates its meetings by weekday ("Thursday will see a full day of APEC
Ministerial Meetings"), an itinerary by a day that opens the sentence ("On Nov. 17, the Chief
Executive will speak at … of the APEC CEO Summit"), a venue's announcement by a day before
the venue ("On August 20 and 21, the Hotel Marina will host the High-Level Meeting on …"), a
wire names the host's meetings in the plural with their days ("the APEC ministerial
meetings, set for Nov. 14-15"), a background piece a leaders' meeting in lower case ("the
12th APEC leaders' informal meeting slated for …"). Each is a record of its own. Invented
texts, events in 2046 and later."""

import pytest

from tests.events.reading import records_facts

pytestmark = pytest.mark.django_db


def test_a_weekday_opening_the_sentence_dates_the_meetings_it_names():
    text = (
        "Eyes on Chiang Rai as APEC week opens\n\n"
        "CHIANG RAI, Nov. 12, 2046 (Newswire) -- The APEC Economic Leaders' Week opened on "
        "Monday at the Chiang Rai Convention Hall and runs until Saturday.\n\n"
        "Wednesday will see a full day of APEC Ministerial Meetings on open trade and "
        "investment.\n\n"
        "Leaders of the 21 economies will attend the APEC Economic Leaders' Meeting on Friday."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("APEC Ministerial Meetings", "2046-11-14") in facts
    assert ("APEC Economic Leaders' Meeting", "2046-11-16") in facts


def test_meetings_named_in_the_plural_with_their_own_days_are_one_record():
    text = (
        "Host confirms plans for APEC meetings\n\n"
        "SAPPORO, March 3, 2046 (Newswire) -- Japan will host the APEC Economic Leaders' "
        "Meeting in Sapporo on Nov. 17, 2046, officials said.\n\n"
        "The leaders' meeting follows the APEC ministerial meetings, set for Nov. 14-15, 2046, "
        "in the same city."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("APEC ministerial meetings", "2046-11-14") in facts


def test_a_plural_name_without_a_day_of_its_own_is_no_record():
    text = (
        "Host confirms plans for APEC meetings\n\n"
        "SAPPORO, March 3, 2046 (Newswire) -- Japan will host the APEC Economic Leaders' "
        "Meeting in Sapporo on Nov. 17, 2046, officials said.\n\n"
        "The APEC Ministerial Meetings have shaped the forum's work for decades."
    )
    titles = [title for (title,) in records_facts(text, "title")]
    assert "APEC Ministerial Meetings" not in titles


def test_a_lower_case_leaders_name_with_an_apostrophe_is_a_record():
    text = (
        "APEC ministers meet in Iquique\n\n"
        "IQUIQUE, Nov. 17, 2046 (Newswire) -- The 58th APEC Ministerial Meeting opens here on "
        "Wednesday, Nov. 17, 2046.\n\n"
        "The two-day meeting will prepare the 54th APEC leaders' informal meeting slated for "
        "Nov. 20-21, 2046."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("54th APEC leaders' informal meeting", "2046-11-20") in facts


def test_a_day_with_no_year_of_its_own_on_a_page_with_no_release_date_has_no_first_day():
    # a background piece with no release date: the latest year it names is a recalled
    # meeting's, not the year of the coming leaders' meeting
    text = (
        "APEC ministers open their meeting\n\n"
        "The 58th Ministerial Meeting of the Asia-Pacific Economic Cooperation (APEC) forum "
        "begins here Wednesday.\n\n"
        "The two-day meeting will prepare the 54th APEC leaders' informal meeting slated for "
        "Nov. 20-21.\n\n"
        "The first APEC ministerial meeting was held in Canberra, Australia, in November 2031."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("54th APEC leaders' informal meeting", None) in facts


WEEK = (
    "Eyes on Chiang Rai as APEC week opens\n\n"
    "CHIANG RAI, Nov. 12, 2046 (Newswire) -- The APEC Economic Leaders' Week opened on Monday "
    "at the Chiang Rai Convention Hall and runs until Saturday.\n\n"
    "Leaders of the 21 economies will attend the APEC Economic Leaders' Meeting on Friday.\n\n"
)


def test_a_meeting_of_a_named_body_with_its_own_days_is_a_record():
    text = WEEK + (
        "Separately, a meeting of the APEC Business Advisory Council (ABAC), the business arm "
        "of the forum, will be held from Wednesday to Friday."
    )
    facts = records_facts(text, "title", "start_date")
    # the acronym in brackets is read as the name's gloss
    assert ("meeting of the APEC Business Advisory Council", "2046-11-14") in facts


def test_an_apec_conference_named_with_its_town_and_days_is_a_record():
    text = (
        "Japan to host next year's APEC summit\n\n"
        "TOKYO, July 21, 2045 (Newswire) -- Japan will host the APEC Economic Leaders' Meeting "
        "on Nov. 13-14, 2046 in Sendai, the government said.\n\n"
        "Japan plans to open its host year with an APEC conference in Tokyo on Dec. 9 and 10 "
        "this year, the ministry said."
    )
    facts = records_facts(text, "title", "start_date", "city", "host_economy")
    assert ("APEC conference", "2045-12-09", "Tokyo", "JPN") in facts


def test_ministers_gathering_for_their_meeting_name_a_further_meeting():
    text = (
        "Japan to host next year's APEC summit\n\n"
        "TOKYO, July 21, 2045 (Newswire) -- Japan will host the APEC Economic Leaders' Meeting "
        "on Nov. 13-14, 2046 in Sendai, the government said.\n\n"
        "The announcement came as APEC trade ministers gather for their two-day meeting "
        "beginning on July 21 in Singapore."
    )
    facts = records_facts(text, "title", "start_date", "city", "host_economy")
    assert ("APEC trade ministers meeting", "2045-07-21", "Singapore", "SGP") in facts


def test_a_year_fronting_the_sentence_tells_a_past_meeting_from_the_coming_one():
    text = (
        "Sites announced for the 2047 host year\n\n"
        "WASHINGTON, Oct. 27, 2046 (Newswire) -- The site of the November 2047 APEC Economic "
        "Leaders' Meeting will be announced later this year.\n\n"
        "During the 2041 U.S. host year, Honolulu hosted the APEC Leaders' Meeting."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("APEC Leaders' Meeting", "Honolulu", "USA") in facts


def test_a_town_heading_a_calendar_item_is_the_items_city():
    text = (
        "Sites announced for the 2047 host year\n\n"
        "WASHINGTON, Oct. 27, 2046 (Newswire) -- The site of the November 2047 APEC Economic "
        "Leaders' Meeting will be announced later this year.\n\n"
        "Seattle, Washington – Informal Senior Officials' Meeting (December 2046)\n\n"
        "The city will welcome delegates from the 21 economies."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("Informal Senior Officials' Meeting", "Seattle", "USA") in facts


def test_a_weekday_after_a_name_takes_the_tense_said_before_the_name():
    # "that will conclude with a meeting … on Friday": the coming Friday, not the last one
    text = (
        "Symposium on APEC issues begins in Australia\n\n"
        "APEC Symposium Cairns, Australia | 07 August 2046\n"
        "Cairns, Australia, August 7, 2046 -- Trade, finance and health are among the core "
        "topics of the APEC Australia 2047 Symposium taking place this week.\n\n"
        "Around 150 delegates are taking part in the discussions that will conclude with a "
        "meeting of APEC Senior Officials on Friday to discuss the outcomes of the Symposium."
    )
    facts = records_facts(text, "title", "start_date")
    assert [start for title, start in facts if "Senior Officials" in title] == ["2046-08-10"]
