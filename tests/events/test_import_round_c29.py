"""Seventh session, c29: the town of a page's own event from its dateline or byline. Real
datelines come in more shapes than a town and a dash at the top of the first paragraph: under a
photo caption ("SANTIAGO, Chile -- …" as the second paragraph), with the economy in brackets
("GYEONGJU (South Korea), Oct 30 (Bernama) --", "DANANG (Vietnam) •"), with the agency's
initials after the day ("Christchurch, April 26 NZPA -") under a headline in capitals, with a
dash the page's encoding lost ("SHANGHAI, China?Pacific Rim ministers …"), or as a byline
("By the BBC's … in Shanghai"). A dateline is the weakest evidence of the event's town: "held
in" and a town in the event's own sentence win over it. Invented texts."""

import pytest

from events.importer import event_document_read
from tests.events.reading import dated_records, main_record, record_facts

pytestmark = pytest.mark.django_db


def test_a_dateline_opening_the_paragraph_under_a_photo_caption_gives_the_town():
    text = (
        "APEC Summit Weighs Port Security\n\n"
        "Leaders wave to photographers after arriving in Malaysia for the APEC summit Friday.\n"
        "KUCHING, Malaysia -- Pacific Rim leaders opened the APEC summit on Saturday, "
        "March 4, 2034, with port security high on the agenda.\n"
    )
    _title, start, city, host = dated_records(text)[0]
    assert (start, city, host) == ("2034-03-04", "Kuching", "MYS")


def test_a_town_alone_under_a_caption_is_still_no_dateline():
    # a town beginning a sentence, written as a name, is the sentence's subject
    text = (
        "APEC SME Ministers to Meet\n\n"
        "A view of the harbour.\n"
        "Kuching - a river town - will welcome the 41st APEC SME Ministerial Meeting on "
        "5 May 2034 in Bintulu.\n"
    )
    assert dated_records(text)[0][2] == "Bintulu"


@pytest.mark.parametrize(
    "dateline",
    [
        "ANDONG (South Korea), May 12 (Pacific Wire) -- ",
        "ANDONG (South Korea) • ",
        "ANDONG (Korea), May 12 (Pacific Wire) -- ",
    ],
)
def test_a_dateline_with_its_economy_in_brackets_gives_the_town(dateline):
    text = (
        "From Ana Mendez\n"
        f"{dateline}Trade ministers are set to weigh tariffs and supply chains at the "
        "coastal town here.\n"
        "The APEC Ministers Responsible for Trade Meeting opens on 12 May 2034.\n"
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("Andong", "KOR")


def test_an_agency_bracket_is_no_region():
    text = (
        "SINGAPORE (Pacific Wire) -- The APEC SME Working Group meeting opened on 3 June 2034 "
        "with talks on digital trade.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Singapore", "SGP")


def test_a_dateline_with_agency_initials_under_a_headline_in_capitals():
    # a copy wrapped at a fixed width: the headline in capitals is not joined to the dateline
    text = (
        "[trade-list 412] APEC in Nelson - press agency story\n\n"
        "List Keeper keeper at example.org\n"
        "Tue Mar 3 10:00:00 2034\n\n"
        " APEC \n"
        "FEWER BARRIERS FOR SMALL FIRMS ON THE APEC TABLE, MINISTERS TOLD\n"
        "   Nelson, March 3 NZPA - The Government asked delegates to cut red tape\n"
        "for small firms as the APEC SME Ministerial Meeting opened in the city's\n"
        "hall today, where about 600 delegates, officials and reporters gathered\n"
        "to hear the Prime Minister set out the year's small business agenda and\n"
        "the work New Zealand has planned for its year in the APEC chair today.\n"
        "   The meetings go on until Thursday, the organisers said in a statement.\n"
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("Nelson", "NZL")


def test_a_dateline_whose_dash_the_page_encoding_lost():
    text = (
        "APEC Ministers Meet\n\n"
        "CEBU, Philippines?Pacific Rim ministers met Wednesday with trade on their minds.\n"
        "APEC foreign and trade ministers opened the APEC Ministerial Meeting on "
        "14 November 2034.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Cebu", "PHL")


def test_a_byline_written_in_a_town_gives_the_town():
    text = (
        "Tuesday, 9 May, 2034, 06:10 GMT\n"
        "Ministers gather for APEC meeting\n"
        "By the Courier's Ana Ruiz in Iquique\n\n"
        "Trade ministers of the APEC forum will meet on Tuesday and Wednesday at the APEC "
        "Ministers Responsible for Trade Meeting.\n"
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("Iquique", "CHL")
    assert record.facts["city"].confidence == "low"


@pytest.mark.parametrize(
    "byline", ["By Ana Ruiz, reporting from Iquique", "Ana Ruiz reporting from Iquique"]
)
def test_a_byline_reporting_from_a_town_gives_the_town(byline):
    text = (
        "Ministers gather for APEC meeting\n"
        f"{byline}\n\n"
        "Trade ministers of the APEC forum open the APEC Ministers Responsible for Trade "
        "Meeting on 9 May 2034.\n"
    )
    assert record_facts(main_record(text), "city") == ("Iquique",)


def test_held_in_wins_over_the_dateline_and_the_byline():
    text = (
        "Ministers gather for APEC meeting\n"
        "By Ana Ruiz in Santiago\n\n"
        "The APEC Ministers Responsible for Trade Meeting will be held in Arica on "
        "9 May 2034.\n"
    )
    assert record_facts(main_record(text), "city") == ("Arica",)


def test_a_byline_town_the_gazetteer_does_not_know_is_no_place():
    text = (
        "Ministers gather for APEC meeting\n"
        "By Ana Ruiz in Brief\n\n"
        "Trade ministers open the APEC Ministers Responsible for Trade Meeting on "
        "9 May 2034.\n"
    )
    assert event_document_read(text).records[0].value("city") == ""


def test_a_headline_saying_where_the_participants_gather_gives_the_town():
    text = (
        "APEC Leaders Gather in Arequipa Amid Storm Warnings\n\n"
        "Leaders of the 21 economies opened the APEC Economic Leaders' Meeting on "
        "15 November 2034 behind closed doors.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Arequipa", "PER")


def test_the_headline_town_wins_over_the_dateline():
    text = (
        "APEC ministers meet in Arequipa with ports on the agenda\n\n"
        "LIMA, May 5, 2034 (Pacific Wire) - Trade ministers opened the APEC Ministers "
        "Responsible for Trade Meeting on 5 May 2034.\n"
    )
    assert record_facts(main_record(text), "city") == ("Arequipa",)


def test_a_town_where_leaders_gather_in_prose_is_another_meeting():
    text = (
        "Trade ministers open their meeting\n\n"
        "In the port city of Arica, the APEC Ministers Responsible for Trade Meeting opened "
        "on 5 May 2034. It prepares the way for the leaders, who gather in Lima in November.\n"
    )
    assert record_facts(main_record(text), "city") == ("Arica",)


def test_a_town_and_agency_alone_on_the_first_line_is_a_dateline():
    text = (
        "Arequipa - Pacific Wire\n"
        "As leaders of the 21 APEC economies arrive here Friday, business leaders open the "
        "APEC CEO Summit 2034 on 12 November 2034.\n"
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Arequipa", "PER")
