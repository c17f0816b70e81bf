"""Events, eleventh round (i28c): which event a text is about, its title, host and co-hosts.

Each test fails on the reader before this round (see docs/importing.md, "Events, eleventh
round (i28c)"); the texts are invented, in the layouts of real ones.
"""

import datetime

import pytest

from events.importer import event_document_read
from tests.events.reading import record_facts as _facts

pytestmark = pytest.mark.django_db


# Sources: a sector's meeting named informally, in lower case.


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The APEC ministerial meeting on small firms opened in Kuching on 10 October 2041, "
            "and the Borneo Enterprise Forum met alongside.",
            "APEC SME Ministerial Meeting",
        ),
        (
            "On 17-18 May 2044 the Minister attended the meeting of APEC ministers responsible "
            "for trade in Xiamen, China.",
            "APEC Ministers Responsible for Trade Meeting",
        ),
        (
            "On 17-18 May 2044 the Minister attended the APEC trade ministers' meeting in "
            "Xiamen, China.",
            "APEC Trade Ministers Meeting",
        ),
        (
            "The Minister took part in the meeting of trade ministers of the Asia-Pacific "
            "Economic Cooperation (APEC), held in Xiamen, China, on May 17-18, 2044.",
            "APEC Trade Ministers Meeting",
        ),
    ],
)
def test_a_sectors_meeting_named_informally_is_the_event(sentence, title):
    records = event_document_read(f"News\n\n{sentence}").records
    assert records[0].value("title") == title


def test_an_informal_name_needs_apec_in_its_sentence():
    text = "News\n\nThe ministerial meeting on small firms in Kuching on 10 October 2041 ended."
    with pytest.raises(Exception):  # noqa: B017 - no event: the text names no APEC meeting
        event_document_read(text)


def test_ministers_responsible_for_small_business_met_is_the_sme_ministerial_meeting():
    text = (
        "Wire\n\nKUCHING, Malaysia, Oct 11, 2041 (PBW) - Ministers responsible for small "
        "business from the 24 APEC economies met here on Friday.\n\nBusiness people attending "
        "the Borneo Enterprise Forum urged the ministers to cut paperwork."
    )
    records = event_document_read(text).records
    assert records[0].value("title").endswith("APEC SME Ministerial Meeting")
    assert _facts(records[0], "city", "host_economy") == ("Kuching", "MYS")


def test_the_ministers_next_meeting_gives_no_host():
    text = (
        "Wire\n\nKUCHING, Malaysia, Oct 11, 2041 (PBW) - SME ministers from the 24 APEC "
        "economies met here on Friday.\n\nThe ministers will meet again next year in Chile."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "host_economy") == ("Kuching", "MYS")


def test_a_meeting_named_with_apec_spelled_out_and_lower_case_meeting():
    text = (
        "News\n\nThe Minister will attend the Asia-Pacific Economic Cooperation (APEC) "
        "Ministers Responsible for Trade meeting in Jeju on 20 May 2045."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "city") == (
        "APEC Ministers Responsible for Trade Meeting",
        "Jeju",
    )


def test_a_headline_naming_only_an_apec_meeting_is_read_as_the_body_names_it():
    text = (
        "Minister Attends APEC Meeting and Leads Delegation\n\nThe Minister will attend the "
        "APEC Ministers Responsible for Trade meeting in Jeju on 20 May 2045."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "city", "host_economy") == (
        "APEC Ministers Responsible for Trade Meeting",
        "Jeju",
        "KOR",
    )


# Titles: a capitals heading; places and hosts of speeches.


def test_a_capitals_heading_with_glued_words_takes_the_bodys_spelling():
    text = (
        "ADDRESS TO THE APEC SME WEEKBUSINESS FORUM\n\n14 September 2045\n\nIt is a pleasure "
        "to open the APEC SME Week Business Forum."
    )
    (record,) = event_document_read(text).records
    assert record.value("title") == "APEC SME Week Business Forum"


def test_a_capitals_headings_glued_word_is_split_into_two_words_of_the_body():
    text = (
        "ADDRESS TO THE APEC SME WEEKBUSINESS FORUM\n\n14 September 2045\n\nThis business "
        "forum opens SME Week."
    )
    # the SME Week the forum opens is one more record since c36
    record = event_document_read(text).records[0]
    assert record.value("title") == "APEC SME WEEK BUSINESS FORUM"


def test_a_capitals_heading_gives_way_to_the_bodys_case():
    text = (
        "SPEECH AT THE APEC SME INNOVATION FORUM\n\n14 September 2045\n\nIt is an honour to "
        "open the APEC SME Innovation Forum."
    )
    (record,) = event_document_read(text).records
    assert record.value("title") == "APEC SME Innovation Forum"


@pytest.mark.parametrize(
    ("sentence", "city", "host"),
    [
        ("Good morning everyone, and welcome to Cebu.", "Cebu", "PHL"),
        ("It is a pleasure to welcome you all to Townsville.", "Townsville", "AUS"),
        ("Thank you for the hospitality extended to us here in Iloilo.", "Iloilo", "PHL"),
        ("It is an honour to be here in China, in this beautiful city of Ningbo.", "Ningbo", "CHN"),
        ("We thank Tasmania for the hospitality we have received in Hobart.", "Hobart", "AUS"),
        ("Greetings from Da Nang.", "Da Nang", "VNM"),
    ],
)
def test_the_city_a_speaker_welcomes_the_audience_to_places_the_speech(sentence, city, host):
    text = (
        f"Remarks at the APEC SME Innovation Forum\n\n14 September 2045\n\n{sentence}\n\n"
        "It is an honour to open the forum."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "host_economy") == (city, host)


def test_a_welcome_to_an_unknown_place_gives_no_city():
    text = (
        "Remarks at the APEC SME Innovation Forum\n\n14 September 2045\n\nWelcome to Day Two "
        "of the forum."
    )
    (record,) = event_document_read(text).records
    assert record.value("city") in ("", None)


# Hosts and co-hosts.


def test_an_economys_adjective_before_its_ministry_names_the_economy():
    text = (
        "News\n\nThe APEC Online Dialogue on MSME Exporters was held virtually on 10 March 2044. "
        "It was organised by the Chilean Ministry of Economy in partnership with the Ministry "
        "of Production of Peru."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "host_economy", "co_host_economies") == ("CHL", ["PER"])


def test_an_economys_adjective_alone_names_no_host():
    text = (
        "News\n\nThe APEC Online Dialogue on MSME Exporters was held virtually on 10 March 2044, "
        "Japanese officials said. It was organised by Peru's Ministry of Production."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "host_economy", "co_host_economies") == ("PER", [])


def test_a_headlines_two_economies_co_host_the_event():
    text = (
        "U.S., Japan co-host APEC women's summit in Sapporo\n\nThe APEC Women in Business "
        "Summit opened in Sapporo on 8 October 2046."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "host_economy", "co_host_economies") == ("JPN", ["USA"])


def test_two_economies_joined_by_a_hyphen_co_host_the_event():
    text = (
        "News\n\nThe APEC Women and the Economy Summit, a U.S.-Japan co-hosted event, opened in "
        "Osaka on June 3, 2047."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "host_economy", "co_host_economies") == ("JPN", ["USA"])


def test_a_hyphenated_name_that_is_no_pair_of_economies_co_hosts_nothing():
    text = (
        "News\n\nThe APEC Women and the Economy Summit, an Asia-Pacific co-hosted event, opened "
        "in Osaka on June 3, 2047."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "host_economy", "co_host_economies") == ("JPN", [])


def test_a_hotel_chains_name_is_no_town_and_the_host_year_gives_the_host():
    text = (
        "OPENING SPEECH AT THE 71ST APEC SME WORKING GROUP MEETING ON 6 MAY 2048 (WEDNESDAY), "
        "9 am at SHANGRI-LA HOTEL\n\nGood morning.\n\nMalaysia as APEC 2048 host\n\nIt is an "
        "honour to welcome you."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "host_economy") == ("", "MYS")
    assert record.facts["host_economy"].confidence == "low"
    assert "host-from-host-year" in [w.code for w in record.warnings]


def test_a_host_year_other_than_the_events_gives_no_host():
    text = (
        "Speech at the 71st APEC SME Working Group Meeting\n\n6 May 2048\n\nGood morning. "
        "Malaysia will play host for APEC 2050."
    )
    (record,) = event_document_read(text).records
    assert record.value("host_economy") is None


def test_two_economies_organising_together_co_host_and_the_place_gives_the_host():
    text = (
        "News\n\nJapan and the United States worked closely to organize and support the APEC "
        "Women Founders Forum held in Seattle, Washington, September 13-15, 2049."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "host_economy", "co_host_economies") == ("USA", ["JPN"])


def test_one_economy_organising_is_the_host_alone():
    text = (
        "News\n\nJapan worked closely to organize the APEC Women Founders Forum held in Seattle, "
        "Washington, September 13-15, 2049."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "host_economy", "co_host_economies") == ("USA", [])


def test_apecs_small_business_meeting_is_the_sme_ministerial_meeting_and_no_venue():
    text = (
        "Business can shape agenda\n\nCHRISTCHURCH - Delegates will discuss the theme at "
        "Apec's small and medium enterprise meeting here on 26 April 2041."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "city", "venue") == (
        "APEC SME Ministerial Meeting",
        "Christchurch",
        "",
    )


def test_ministers_who_ended_their_annual_meeting_name_the_ministerial_meeting():
    text = (
        "Key points\n\nForeign and trade ministers of the 21-member Asia-Pacific Economic "
        "Cooperation group ended their annual meeting in Bangkok on 18 October 2041."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "city") == ("APEC Ministerial Meeting", "Bangkok")


def test_a_numbered_meeting_of_a_working_group_written_in_lower_case_is_read():
    text = (
        "Speech at the official dinner\n\n27 June 2041\n\nHong Kong, China is honoured to host "
        "the 72nd meeting of the SME working Group."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "host_economy") == (
        "72nd meeting of the SME working Group",
        "HKG",
    )


@pytest.mark.parametrize(
    "fields",
    [
        "Organised by: Chile\nIn partnership with: Peru's Ministry of Production",
        "Organiser: Ministry of Economy, Chile\nPartner: Ministry of Production, Peru",
        "Organised by Chile in partnership with Peru's Ministry of Production",
    ],
)
def test_a_partner_named_in_an_event_pages_fields_co_hosts(fields):
    text = (
        f"APEC Online Forum on MSME Exports\n\nDate: 3 March 2041\n{fields}\n\nThe forum will "
        "discuss exports by small firms."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "host_economy", "co_host_economies") == ("CHL", ["PER"])


def test_it_is_organised_by_after_the_events_sentence_gives_the_host():
    text = (
        "APEC Online Forum on MSME Exports\n\n3 March 2041\n\nThe forum will discuss exports by "
        "small firms. It is organised by Chile's Ministry of Economy in partnership with Peru's "
        "Ministry of Production."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "host_economy", "co_host_economies") == ("CHL", ["PER"])


def test_it_is_organised_by_after_another_sentence_is_not_the_events():
    text = (
        "APEC Online Forum on MSME Exports\n\n3 March 2041\n\nThe forum will discuss exports by "
        "small firms.\n\nA trade fair opens next week. It is organised by Peru."
    )
    (record,) = event_document_read(text).records
    assert record.value("host_economy") is None


# Which event: the headline's ministers, and a forum that is a standing body.


def test_a_headline_about_ministers_makes_their_meeting_the_event_before_a_forum():
    text = (
        "APEC ministers agree steps to help small companies\n\nKUCHING, Malaysia, Oct 11, 2041 "
        "(PBW) - Business people at the Borneo Enterprise Forum urged governments to cut "
        "paperwork as ministers responsible for small business from the 24 APEC economies met "
        "here on Friday."
    )
    titles = [r.value("title") for r in event_document_read(text).records]
    assert any(title.endswith("APEC SME Ministerial Meeting") for title in titles)


def test_a_headline_about_a_meeting_of_officials_keeps_its_meeting():
    text = (
        "DGT attends second APEC senior officials' meeting\n\nThe Director-General led the "
        "delegation to the Second Senior Officials' Meeting, held in Arequipa on 14 May 2031.\n\n"
        "Trade ministers will take up the text at the APEC Meeting of Ministers Responsible for "
        "Trade in June."
    )
    records = event_document_read(text).records
    # c13: the trade ministers' meeting, named with its month, is a further record
    assert [r.value("title") for r in records] == [
        "Second Senior Officials' Meeting",
        "APEC Meeting of Ministers Responsible for Trade",
    ]


def test_a_forum_glossed_as_a_standing_body_is_no_event():
    text = (
        "Small firms on the agenda\n\nOSAKA, Oct 22, 2041 (Kyodo) - Ministers responsible for "
        "small business from the 24 APEC economies will meet here on Saturday.\n\nThe Pacific "
        "Business Forum, an APEC body of business leaders, will present its report on Saturday."
    )
    (record,) = event_document_read(text).records
    assert record.value("title").endswith("APEC SME Ministerial Meeting")
    assert record.value("start_date") == datetime.date(2041, 10, 26)
