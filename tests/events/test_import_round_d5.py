"""Eighth session, d5: meetings of a series named by their time, not by their name.

Newspapers and wires recall or announce another meeting of the page's series with a common
noun and a word that says which one: "last year's gathering in Sydney", "the 2045 meeting in
Hanoi", "next year's summit in Auckland", "the previous summit in Bangkok". The word before the
noun (a year, "last/next year's", "previous", "next") makes it one meeting other than the
page's own, so with a town, a day or a month of its own it is one more record
(`QUALIFIED_NAME_RE`, `events/reading/mentions.py`). "This year's summit" is the page's own
meeting named again and gives none. Invented texts, events in 2045 and later."""

import pytest

from tests.events.reading import records_facts

pytestmark = pytest.mark.django_db


LEAD = (
    "Envoy named for APEC leaders' gathering\n\n"
    "TAIPEI, Oct. 3, 2047 (Newswire) -- The government will send an adviser to the APEC "
    "Economic Leaders' Meeting to be held in Lima, Peru on Nov. 20, 2047, the president said.\n\n"
)


def test_last_years_gathering_and_a_years_meeting_with_a_town_are_records():
    text = LEAD + (
        "Hou Pei-shan attended last year's gathering in Sydney, Australia, while Ko Jia-lin "
        "took part in the 2045 meeting in Hanoi, Vietnam."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("last year's gathering", "Sydney", "AUS") in facts
    assert ("2045 meeting", "Hanoi", "VNM") in facts


def test_next_years_and_the_previous_summit_with_a_town_are_records():
    text = LEAD + (
        "The president said next year's summit in Auckland would review the plan, which the "
        "previous summit in Bangkok had asked for."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("next year's summit", "Auckland", "NZL") in facts
    assert ("previous summit", "Bangkok", "THA") in facts


def test_this_years_summit_and_a_qualified_meeting_without_a_fact_give_none():
    text = LEAD + (
        "This year's summit in Lima will be the envoy's first. Last year's gathering was "
        "calm, the president said."
    )
    titles = [title for (title,) in records_facts(text, "title")]
    assert titles == ["APEC Economic Leaders' Meeting"]


# Who meets named by APEC's members ("the leaders of the 21 APEC member economies", "Leaders
# from APEC's 21 member economies") with a day or a town of their own is the standing meeting
# of who meets (`who_meets_re`, `events/reading/standing.py`).
MINISTERS = (
    "APEC ministers back supply chain plan: delegate\n\n"
    "AUCKLAND, Sept. 6, 2046 (Newswire) -- The two-day APEC Ministerial Meeting that concluded "
    "in Auckland on Thursday agreed on a plan to keep supply chains open, a delegate said.\n\n"
)


def test_leaders_from_apecs_member_economies_meeting_in_a_town_are_a_record():
    text = MINISTERS + (
        "Leaders from APEC's 21 member economies will meet in Gyeongju on November 15, after "
        "the ministers."
    )
    facts = records_facts(text, "title", "start_date", "city")
    assert ("APEC Economic Leaders' Meeting", "2046-11-15", "Gyeongju") in facts


def test_a_day_before_who_said_it_is_the_day_of_what_was_said():
    # "…, Whiri told reporters": the day before the comma is the leaders' meeting's, not the
    # day the delegate spoke (`ATTRIBUTION_AFTER_RE`, `events/reading/dates.py`)
    text = MINISTERS + (
        "The list goes for approval to the leaders of the 21 APEC member economies on Sept. 8 "
        "and 9, Whiri told reporters."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("APEC Economic Leaders' Meeting", "2046-09-08") in facts


def test_a_day_opening_the_sentence_before_who_said_it_stays_the_sayings():
    text = MINISTERS + (
        "On Sept. 7, the delegate told reporters the list would go to the leaders of the 21 "
        "APEC member economies."
    )
    titles = [title for (title,) in records_facts(text, "title")]
    assert titles == ["APEC Ministerial Meeting"]


def test_the_pages_own_event_leads_a_sentence_that_recalls_the_previous_meeting_first():
    text = (
        "After the previous meeting in Lima, the 48th APEC SME Ministerial Meeting was held in "
        "Busan on 5 May 2047."
    )
    facts = records_facts(text, "title", "city")
    assert facts == [("48th APEC SME Ministerial Meeting", "Busan"), ("previous meeting", "Lima")]


# A series' towns listed after its first meeting's "held in", each with its year: each town
# after the first is one more meeting of the series (`LISTED_TOWN_RE`, `_listed_towns`), named
# by its town; "held on Blake Island" is a place cue for a town the gazetteer knows.
HISTORY = (
    "President confirms summit attendance\n\n"
    "JAKARTA, Oct. 14, 2049 -- President Harun Wiratma will attend the APEC Economic Leaders' "
    "Meeting in Vancouver on Nov. 24 and 25, 2049, the state secretary said.\n\n"
    "The leaders' summit rotates among the member economies, and the fifth summit is "
    "Canada's. "
)


def test_the_towns_a_series_was_held_in_after_its_first_are_records():
    text = HISTORY + (
        "The first summit was held on Blake Island, the U.S., in 2045, then in Bogor, West "
        "Java, in 2046, in Osaka, Japan, in 2047, and in Manila, the Philippines, last year."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("first summit", "Blake Island", "USA") in facts
    assert ("Bogor summit", "Bogor", "IDN") in facts
    assert ("Osaka summit", "Osaka", "JPN") in facts
    assert ("Manila summit", "Manila", "PHL") in facts


def test_a_place_said_of_the_first_meeting_without_a_year_lists_nothing():
    text = HISTORY + "The first summit was held in Seattle, and in Bogor the leaders set goals."
    titles = [title for (title,) in records_facts(text, "title")]
    assert "Bogor summit" not in titles
