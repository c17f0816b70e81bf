"""Sixth session, c19: further events of a page, second pass (`events/reading/mentions.py`).

A host-year page names the weeks of its year ("the Leaders' Week in November", "The APEC 2049
High Level Week officially starts … today (Nov 4)") and recalls the meetings of the same year
by their month ("the SOM3 held last August"). Such an event is a record of its own; with no
day of its own it still is one (its month is its fact), and a week the page's own meetings are
held in is their frame, not one more event.
Invented texts, events in 2049 and later."""

import pytest

from tests.events.reading import records_facts

pytestmark = pytest.mark.django_db


def test_a_week_of_the_host_year_named_with_its_month_is_a_further_record():
    text = (
        "APEC in Valparaíso:\nSOM2, Day 6\n\n"
        "The Valparaíso Congress Centre hosted the delegations of the 21 APEC member economies "
        "for a sixth day of the Second Senior Officials' Meeting (SOM2) and related meetings.\n\n"
        "Officials reviewed digital trade, the topic the host wants to carry through to the "
        "Leaders' Week in November."
    )
    # the page writes no year: the month is the event's own fact, its first day unknown; the
    # host year's week is held by the host of the page's SOM2 (round c33)
    facts = records_facts(text, "title", "start_date", "city", "host_economy")
    assert facts[1:] == [("Leaders' Week", None, "", "CHL")]


def test_a_high_level_week_starting_today_is_a_further_record_with_its_day():
    text = (
        "Leaders gather in Antofagasta\n\n"
        "Prime Minister Rewi Kaupa met the other leaders today at the first full session of the "
        "2049 APEC Summit in Antofagasta city, Chile.\n\n"
        "The APEC 2049 High Level Week officially starts in Antofagasta today (Nov 4)."
    )
    facts = records_facts(text, "title", "start_date", "city")
    assert ("APEC 2049 High Level Week", "2049-11-04", "Antofagasta") in facts


def test_a_week_named_with_its_year_is_dated_in_that_year_not_a_later_host_years():
    # a tag page of a past year (the years before the reading day are the ones a day without
    # its year is put in): the years of the hosts to come are not the week's
    text = (
        "APEC Chile 2013 Summit\n\n"
        "Kaupa greets the leaders\n\n"
        "Prime Minister Rewi Kaupa met the other leaders today at the first full session of the "
        "2013 APEC Summit in Antofagasta city, Chile.\n\n"
        "Peru will be hosting the Summit in 2014 followed by Japan in 2016.\n\n"
        "The APEC 2013 High Level Week officially starts today (Nov 4)."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("APEC 2013 High Level Week", "2013-11-04") in facts


def test_the_week_the_headline_names_is_one_more_record_held_where_its_meetings_are():
    # c19 read this week as the frame of the page's meetings and gave it no record; c36 gives
    # the week a record of its own (the page reports it as held), in its meetings' town
    text = (
        "APEC Economic Leaders' Week opens\n\n"
        "The 2049 Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Week hosted by "
        "Chile in Santiago has opened. The APEC Ministerial Meeting is held on 16-17 November "
        "2049 in Santiago."
    )
    weeks = [row for row in records_facts(text, "title", "city") if "Week" in row[0]]
    assert len(weeks) == 1
    assert weeks[0][1] == "Santiago"


def test_a_week_whose_days_hold_the_pages_meeting_is_one_more_record():
    # c19: the frame of the page's meeting, no record; c36: a record of its own
    text = (
        "LIMA, Nov. 14, 2049 -- The APEC Concluding Senior Officials' Meeting opened in Lima "
        "today, the first meeting of the Leaders' Week, which runs from November 14 to 20."
    )
    rows = records_facts(text, "title", "start_date", "city")
    assert ("Leaders' Week", "2049-11-14", "Lima") in rows


def test_a_week_named_inside_a_quoted_brand_is_not_a_record():
    text = (
        "The 2049 APEC SME Ministerial Meeting will be held in Busan on 20-22 August 2049. A "
        "series of events will run under the joint brand “Startup Week in Busan” in August."
    )
    titles = [title for (title,) in records_facts(text, "title")]
    assert not any("Week" in title for title in titles)


def test_a_week_of_the_calendar_is_not_a_further_event():
    text = (
        "SOM4 opens in Temuco\n\n"
        "The APEC 2049 Fourth Senior Officials' Meeting (SOM4) opened in Temuco on 2 October "
        "2049. Delegates will meet again Next Week in November, officials said."
    )
    assert len(records_facts(text, "title")) == 1
