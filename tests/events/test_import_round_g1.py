"""Ninth session, g1: the social and business events of an APEC week a page describes.

A page of a leaders' week tells its dinners and luncheons in lower case or in a programme's
capitals, with a fact of their own: "On the evening of November 17, there will [be] an
official Gala Dinner at …", "The day will wrap up with a gala dinner at the … Convention
Hall", "join us on March 15th for a corporate luncheon to discuss …"; and a body's dialogue
joined by "and" to the subject of a verb of holding ("The summit and APEC Business Advisory
Council dialogue with leaders will be held on Nov 9 and 10"). Each is one more event of the
page where the page links it to APEC. Invented texts, events in 2046 and later."""

import pytest

from tests.events.reading import dated_records, records_facts

pytestmark = pytest.mark.django_db

WEEK = (
    "Leaders arrive in Valparaiso for APEC week\n\n"
    "Valparaiso, Chile | 10 November 2046\n"
    "The APEC Economic Leaders' Week opened on Monday, 12 November 2046, at the Valparaiso "
    "Congress Centre and will run until Saturday.\n"
    "Ministers will meet on Thursday for the APEC Ministerial Meeting.\n"
    "The day will wrap up with a gala dinner at the Naval Heritage Hall.\n"
    "On the evening of November 16, there will be an official State Banquet at the "
    "Harbour Palace Hotel.\n"
)


def test_a_dinner_of_the_week_with_a_venue_is_a_record_in_the_weeks_town():
    facts = records_facts(WEEK, "title", "city", "venue", "host_economy")
    assert ("gala dinner", "Valparaiso", "Naval Heritage Hall", "CHL") in facts


def test_a_dinner_after_a_fronted_part_of_a_day_takes_that_day():
    records = dated_records(WEEK)
    assert ("official State Banquet", "2046-11-16", "Valparaiso", "CHL") in records


def test_a_dinner_on_a_page_that_says_nothing_of_apec_near_it_is_no_record():
    text = (
        "APEC ministers meet in Valparaiso\n\n"
        "Valparaiso, Chile | 10 November 2046\n"
        "The APEC Ministerial Meeting will be held in Valparaiso on 15 November 2046.\n\n"
        "The city council said roads would close.\n"
        "Museums will open late.\n"
        "Hotels are full.\n"
        "A fishing club holds a charity dinner at the Old Harbour Hall.\n"
    )
    assert [t for t, *_ in dated_records(text)] == ["APEC Ministerial Meeting"]


def test_a_luncheon_a_day_before_for_is_dated_by_it():
    text = (
        "APEC 2047 themes\n\n"
        "New York | 1 March 2047\n"
        "The first APEC Senior Officials' Meeting of 2047 was held in Lima on 20 February 2047.\n"
        "The APEC 2047 senior official and his counterpart are going to join us on March 15th "
        "for a corporate luncheon to discuss the priorities of APEC 2047.\n"
    )
    titles = [(t, s) for t, s, *_ in dated_records(text)]
    assert ("corporate luncheon to discuss the priorities", "2047-03-15") in titles or (
        "corporate luncheon to discuss the priorities of APEC 2047",
        "2047-03-15",
    ) in titles


def test_a_dialogue_joined_to_the_subject_of_held_takes_its_day_and_the_weeks_town():
    text = (
        "Business chiefs head to Valparaiso\n\n"
        "Valparaiso, Chile | 30 October 2048\n"
        "Executives will attend the APEC 2048 CEO Summit in Valparaiso on Nov 9.\n"
        "The summit and APEC Business Advisory Council dialogue with leaders will be held on "
        "Nov 9 and 10.\n"
    )
    records = dated_records(text)
    assert (
        "APEC Business Advisory Council dialogue with leaders",
        "2048-11-09",
        "Valparaiso",
        "CHL",
    ) in records
