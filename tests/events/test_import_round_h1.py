"""Ninth session, h1: a further event's facts said in a later sentence that refers back to it
by its kind word.

A page of a leaders' week names a further event short ("the APEC 2047 CEO Summit in Peru")
and tells its town and day in later sentences whose subject is its kind word alone: "The
summit will gather 1,500 … in Arequipa", "The summit and … will be held on Nov 9 and 10".
When the page's own event has another kind word (a meeting), such a sentence is about the
last further event named with that word. Invented texts, events in 2047."""

import pytest

from tests.events.reading import dated_records

pytestmark = pytest.mark.django_db

WEEK = (
    "Business leaders head for APEC week\n\n"
    "2047-10-30 10:32 Andes Daily\n"
    "The APEC Economic Leaders' Meeting will be held in Arequipa from Nov 12 to 13, 2047.\n\n"
    "Hundreds of companies will send executives to attend the APEC 2047 CEO Summit in Peru.\n\n"
    "The minister said the president will attend the summit and speak.\n\n"
    "The summit will gather 1,200 business leaders and scholars in Arequipa to discuss trade.\n\n"
    "The summit will be held on Nov 10 and 11.\n"
)


def test_a_further_events_town_and_day_come_from_later_sentences_naming_its_kind_word():
    assert ("APEC 2047 CEO Summit", "2047-11-10", "Arequipa", "PER") in dated_records(WEEK)


def test_a_sentence_naming_the_pages_own_kind_word_gives_no_further_event_its_facts():
    text = WEEK.replace("APEC Economic Leaders' Meeting", "APEC Leaders' Summit").replace(
        "CEO Summit", "CEO Meeting"
    )
    titles = [t for t, *_ in dated_records(text)]
    assert "APEC 2047 CEO Meeting" not in titles


def test_a_sentence_after_another_event_named_with_that_kind_word_is_about_that_one():
    text = WEEK.replace(
        "The minister said",
        "Youth delegates will meet at the APEC Youth Summit. The minister said",
    )
    records = dated_records(text)
    assert ("APEC 2047 CEO Summit", "2047-11-10", "Arequipa", "PER") not in records


def test_a_sentence_that_refers_back_with_no_fact_gives_no_record():
    text = (
        "APEC officials meet in Iquitos\n\n"
        "Iquitos, Peru | 5 May 2045\n"
        "Senior officials opened the Second APEC Senior Officials' Meeting in Iquitos on "
        "4 May 2045.\n\n"
        "Members recalled the APEC Rainforest Economy Forum hosted by Peru.\n\n"
        "The forum focused on river trade and forest jobs.\n"
    )
    titles = [t for t, *_ in dated_records(text)]
    assert "APEC Rainforest Economy Forum" not in titles
