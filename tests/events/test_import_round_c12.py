"""Thirteenth round, wave 4, c12: APEC events whose name ends in a word the reader had no
kind for ("the 2043 APEC App Challenge", "APEC Youth Pitch Competition 2044", "a start-up
contest") were refused as "no event name and date found". Challenge, competition and contest
are kind words now; a text that only speaks of challenges in lower case is still refused.
A joint name ending in a plural kind word ("the Third APEC Senior Officials' and
Ministerial Meetings (SOM3)") is read as one name when "and" stands inside it. Invented texts,
events in 2041 and later."""

import pytest

from core.importing import ImportRefused
from events.importer import event_document_read
from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db


def test_an_app_challenge_release_is_read_not_refused():
    text = (
        "Registration opens for the 2045 APEC App Challenge\n\n"
        "Young developers from the 21 APEC member economies are invited to build tools for "
        "small tourism firms. The 2045 APEC App Challenge will be held virtually from 3 to 11 "
        "November 2045."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date") == ("2045 APEC App Challenge", "2045-11-03")


def test_a_pitch_competition_held_in_a_city_is_read_with_its_place():
    text = (
        "APEC Women Founders Pitch Competition crowns three winners\n\n"
        "Santiago, 2 April 2046 – Ten founders presented their firms at the APEC Women "
        "Founders Pitch Competition, held on 1 April 2046 in Santiago, Chile."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "city", "host_economy") == (
        "APEC Women Founders Pitch Competition",
        "2046-04-01",
        "Santiago",
        "CHL",
    )


def test_a_start_up_contest_is_read_not_refused():
    text = (
        "Hanoi hosts the APEC Green Start-up Contest 2047\n\n"
        "The APEC Green Start-up Contest 2047 took place on 18 September 2047 in Hanoi, "
        "Viet Nam, with teams from twelve economies."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "city") == (
        "APEC Green Start-up Contest 2047",
        "2047-09-18",
        "Hanoi",
    )


def test_a_text_that_only_speaks_of_challenges_is_still_refused():
    text = (
        "Small firms face new challenges\n\n"
        "Small firms across the region face challenges in reaching buyers abroad, a study "
        "published on 4 March 2048 says. The competition from large platforms is growing."
    )
    with pytest.raises(ImportRefused):
        event_document_read(text)


def test_a_joint_officials_and_ministerial_meetings_name_is_read():
    text = (
        "Delegates from the 21 APEC member economies are gathering in Lima for the Third APEC "
        "Senior Officials' and Ministerial Meetings (SOM3), which open on 5 August 2046."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "city") == (
        "Third APEC Senior Officials' and Ministerial Meetings",
        "2046-08-05",
        "Lima",
    )


def test_a_plural_kind_word_without_a_joint_name_is_still_refused():
    text = "Delegates attended the APEC Meetings in Lima from 3 to 17 August 2046."
    with pytest.raises(ImportRefused):
        event_document_read(text)
