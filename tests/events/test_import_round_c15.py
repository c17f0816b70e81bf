"""Sixth session, c15: the city and host of a page's own event. An island with no town of its
name keeps the name the page gives it ("Boracay Island"); a dateline opening a sentence
("WASHINGTON – Savannah, Ga., will host …", "Valdivia, March 2, 2045.- During …") is where
the release was written, not where the event is; "the State of Washington" is a region, no
town; a town that will host after an opening phrase of time ("During the last two weeks of
April, Puerto Varas will host …"); a lede opening "Meeting in Cusco —…—"; a meeting whose
chair is a minister takes the chair's economy as its host even when its kind word is
misspelt. Invented texts, events in 2045 and later."""

import pytest

from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db


def test_an_island_without_a_town_of_its_name_keeps_its_name():
    text = (
        "BORACAY ISLAND, Philippines – The 4th APEC Ocean Economy Forum opened on Tuesday, "
        "9 June 2048, on Boracay Island, where officials will discuss small fishing firms."
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("Boracay Island", "PHL")


def test_an_island_named_for_its_town_is_read_as_the_town():
    text = "The 12th APEC Tourism Forum was held on 3 May 2048 on Jeju Island, Korea."
    assert record_facts(main_record(text), "city", "host_economy") == ("Jeju", "KOR")


def test_a_dateline_opening_the_sentence_is_not_the_event_city():
    text = (
        "This site holds pages from 2044 to 2048.\n\n"
        "Carolina to Host Small and Medium Enterprise Ministerial\n\n\n"
        "Monday, June 4, 2047\n\n\n"
        "Carolina to Host Small and Medium Enterprise Ministerial\n\n"
        "Deputy Secretary announces Charleston will host May 2048 meeting\n\n"
        "WASHINGTON – Charleston, S.C., will host the 2048 Asia Pacific Economic Cooperation "
        "(APEC) Small and Medium Enterprise Ministerial Meeting (SMEMM) and other related "
        "meetings in May 2048, Deputy Commerce Secretary Ruth Okafor announced today.\n\n"
        "The SMEMM will be held in conjunction with the APEC Senior Officials' Meeting of the "
        "host year."
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("Charleston", "USA")


def test_a_state_written_after_state_of_is_no_town():
    text = (
        " date 2047-03-02 WASHINGTON, March 2 - The Department of State, the State of "
        "Washington and the City of Tacoma are pleased to announce Tacoma, Washington as the "
        "site of the third APEC Senior Officials' Meeting, to be held in August 2048."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Tacoma", "USA")


def test_a_town_hosting_after_an_opening_phrase_of_time():
    text = (
        "Temuco, March 1, 2045.- During the first two weeks of May, Puerto Montt will host "
        "the Second Senior Officials' Meeting (SOM2) of APEC Chile 2045.\n\n"
        "SOM2 will be held on May 11 and 12."
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("Puerto Montt", "CHL")


def test_a_lede_opening_with_meeting_in_a_town():
    text = (
        "Meeting in Trujillo —a colonial city on the northern coast— senior officials from "
        "Asia-Pacific Economic Cooperation (APEC) members are discussing informal trade.\n"
        '"We want growth that reaches everyone," said Ambassador Rosa Quispe, Chair of APEC '
        "Senior Officials' Meeting in 2045."
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("Trujillo", "PER")


def test_a_minister_chairing_gives_the_host_when_the_kind_word_is_misspelt():
    text = (
        "The 33rd APEC Small and Medium Enterprises Ministrial Meeting (Virtual) Friday, "
        "8 October 2048\n\n"
        "The 33rd APEC Small and Medium Enterprises Ministerial Meeting (SMEMM) convened "
        "virtually on Friday, 8 October 2048 under the chairmanship of The Honourable Mere "
        "Rangi, Minister for Small Business of New Zealand."
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("", "NZL")


def test_a_working_group_chair_who_is_no_minister_gives_no_host():
    text = (
        "The 70th APEC SME Working Group Meeting was held virtually on 4 March 2048. The "
        "meeting was chaired by Dr. Anan Srisuk, Deputy Director of the Office of SME "
        "Promotion, Thailand."
    )
    assert record_facts(main_record(text), "host_economy") == (None,)
