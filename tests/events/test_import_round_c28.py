"""The event reader's rules of round c28: wrong fields of the records it makes, where a
page spreads its event's town, venue and day across the text.

Each test but the guards fails on the reader before the round. The texts are invented, in
the layouts of real wires, ministry releases and host-year pages (docs/importing.md,
"Seventh session, c28").
"""

import pytest

from events.importer import event_document_read
from tests.events.reading import read_records, record_facts

pytestmark = pytest.mark.django_db


def _facts(text):
    return [record_facts(r) for r in event_document_read(text).records]


def test_a_possessive_split_by_a_blank_still_owns_the_venue():
    text = (
        "APEC tourism ministers meet in Kuching\n(Xinhua)\nUpdated: 2037-06-05 17:20\n\n"
        "KUCHING, June 5 -- Tourism ministers of the Asia-Pacific Economic Cooperation (APEC) "
        "began their meeting in Kuching on Friday.\n\n"
        "The meeting was opened Friday morning at Kuching' s Borneo Riverside Convention Centre "
        "after a welcome at the entrance of the hall."
    )
    assert _facts(text)[0][2:4] == ("Kuching", "Borneo Riverside Convention Centre")


def test_an_institute_that_chairs_a_conference_is_not_its_venue():
    text = (
        "14 March 2033 – Delegates have begun arriving in the island town of Coron for the "
        "First APEC Senior Officials' Meeting and Related Meetings, which began last March 8.\n\n"
        "Highlights include the 2033 APEC Study Centers Consortium Conference from March 15 to "
        "16, chaired by the Palawan Institute for Island Economies."
    )
    conference = _facts(text)[1]
    assert conference[0] == "2033 APEC Study Centers Consortium Conference"
    assert conference[3] == ""


def test_the_institute_a_guest_directs_is_not_the_venue():
    text = (
        "Wednesday, March 12, 2036\n\nCitizens meet APEC delegates in Frutillar\n\n"
        "The First Senior Officials' Meeting (SOM1) has been taking place in Frutillar since "
        "last Friday.\n\nAmong the guests of the meeting were the mayor and the regional "
        "director of the Institute for Rural Enterprise, who spoke about small farms."
    )
    assert _facts(text)[0] == (
        "First Senior Officials' Meeting",
        "2036-03-07",
        "Frutillar",
        "",
        "CHL",
    )


def test_guard_an_institute_where_a_workshop_is_held_is_its_venue():
    text = (
        "The APEC Workshop on Rural Broadband was held at the Asian Institute of Technology "
        "in Bangkok on 4-5 May 2034."
    )
    assert _facts(text)[0][2:4] == ("Bangkok", "Asian Institute of Technology")


def test_a_person_whose_name_begins_with_a_towns_name_is_no_place():
    text = (
        "APEC trade ministers to meet in June\n\n"
        "The 31st APEC Ministers Responsible for Trade Meeting will be held on June 9-10, 2039, "
        "as the first ministerial event of China's host year, Long Xiaoming, chief "
        "representative for trade talks at the Ministry of Commerce, told a press briefing on "
        "Tuesday."
    )
    _, start, city, _, host = _facts(text)[0]
    assert (start, city, host) == ("2039-06-09", "", "CHN")


def test_guard_a_town_and_its_economy_before_a_comma_stay_a_place():
    text = (
        "The 31st APEC Ministers Responsible for Trade Meeting will be held in Xiamen, China, "
        "on June 9-10, 2039, the chief representative for trade talks said."
    )
    assert _facts(text)[0][2] == "Xiamen"


def test_a_date_alone_closed_by_a_dash_is_the_releases_dateline_not_an_event():
    text = (
        "Wednesday, March 12, 2036\n\nCitizens meet APEC delegates in Frutillar\n\n"
        "The public dialogues are part of the First Senior Officials' Meeting (SOM1).\n\n"
        "March 12, 2036.- The Asia-Pacific Economic Cooperation Forum (APEC), which is bringing "
        "together officials from 21 economies, held public dialogues this week.\n\n"
        "The First Senior Officials' Meeting (SOM1) has been taking place in Frutillar since "
        "last Friday."
    )
    records = read_records(text)
    assert [record_facts(r, "title") for r in records] == [("First Senior Officials' Meeting",)]
    assert record_facts(records[0], "start_date", "city") == ("2036-03-07", "Frutillar")


def test_a_forum_the_page_later_calls_the_conference_takes_that_sentences_venue():
    text = (
        "12/04/2038 - 08:15\n\nQuy Nhon is ready for the APEC forum\n\n"
        "From April 15 to 17, Quy Nhon will host the High Level Dialogue on the Ocean Economy "
        "2038 Forum of the 21 APEC economies.\n\n"
        "Banners line the seafront road near the old port.\n\n"
        "The conference will be held at the Seagull Bay Hotel (12 Tran Phu, Quy Nhon), with "
        "about 600 delegates taking part."
    )
    assert _facts(text)[0][2:4] == ("Quy Nhon", "Seagull Bay Hotel")


def test_guard_a_conference_the_page_names_is_not_its_forum():
    text = (
        "12/04/2038 - 08:15\n\nQuy Nhon is ready for the APEC forum\n\n"
        "From April 15 to 17, Quy Nhon will host the High Level Dialogue on the Ocean Economy "
        "2038 Forum of the 21 APEC economies.\n\n"
        "Last year the APEC Fisheries Conference drew 300 delegates to the city. The conference "
        "was held at the Seagull Bay Hotel."
    )
    assert _facts(text)[0][3] == ""


def test_a_meeting_that_will_conclude_on_a_weekday_gives_its_last_day_not_its_first():
    text = (
        " date 2039-11-08 Auckland: Ministers from the 21 Asia-Pacific Economic Cooperation "
        "(APEC) member economies are meeting virtually.\n\n"
        "The 2039 APEC Ministerial Meeting is co-chaired by the ministers of New Zealand.\n\n"
        "The 2039 APEC Ministerial Meeting will conclude on Wednesday."
    )
    record = read_records(text)[0]
    assert record_facts(record, "start_date", "end_date") == (None, "2039-11-09")


def test_guard_a_meeting_that_will_begin_on_a_weekday_starts_that_day():
    text = (
        " date 2039-11-08 Auckland: Ministers from the 21 Asia-Pacific Economic Cooperation "
        "(APEC) member economies will meet virtually.\n\n"
        "The 2039 APEC Ministerial Meeting will begin on Wednesday."
    )
    assert record_facts(read_records(text)[0], "start_date") == ("2039-11-09",)
