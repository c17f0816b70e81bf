"""The event reader's evidence rules, one test each (events/reading/).

Each text is invented and short; each rule is named in docs/importing.md ("News releases
and event pages"). The development set (tests/events/devset/) holds the same layouts at
full length.
"""

import datetime

import pytest

from events.importer import event_document_read

pytestmark = pytest.mark.django_db


def read(text):
    return event_document_read(text).records


def facts(record):
    value = record.value
    return (value("title"), value("start_date"), value("city"), value("host_economy"))


def codes(record):
    return {warning.code for warning in record.warnings}


def test_a_place_line_under_a_meeting_papers_title_is_the_meetings_place():
    text = (
        "2031/SMEWG/004\nAgenda Item: 3\n20th SME Working Group Meeting\nHalifax, Canada\n"
        "4-5 May 2031\n1. Welcome\nThe host welcomes delegates."
    )
    (record,) = read(text)
    assert facts(record) == (
        "20th SME Working Group Meeting",
        datetime.date(2031, 5, 4),
        "Halifax",
        "CAN",
    )


def test_a_place_and_date_line_under_a_speech_title():
    text = (
        "Tenth APEC SME Ministerial Meeting\n\nCairns, Queensland, Australia, 2 July 2031\n"
        "Mr Chair,\nThank you for the warm welcome."
    )
    (record,) = read(text)
    assert facts(record)[1:] == (datetime.date(2031, 7, 2), "Cairns", "AUS")


def test_a_label_or_a_lone_word_is_no_place_line():
    text = "APEC Export Workshop\nDate: 12 March 2031\nVenue: Town Hall, Date, Japan\nSingapore\n"
    text += "Small exporters meet."
    (record,) = read(text)
    assert record.value("start_date") == datetime.date(2031, 3, 12)
    assert record.value("city") != "Date:"


def test_the_known_city_at_the_end_of_a_speakers_bar_line():
    text = (
        "APEC Symposium on Craft Exporters\n\nRemarks by Ms Ana Paz, Director, APEC Secretariat "
        "Chiang Mai, Thailand | 21 June 2031\nDistinguished guests, welcome."
    )
    (record,) = read(text)
    assert facts(record)[1:] == (datetime.date(2031, 6, 21), "Chiang Mai", "THA")


def test_a_crawled_date_label_gives_the_release_date_and_keeps_the_line():
    text = (
        " date 2031-10-09 Ministers issued a statement after the 37th APEC SME Ministerial "
        "Meeting held online today."
    )
    (record,) = read(text)
    assert facts(record)[:2] == ("37th APEC SME Ministerial Meeting", datetime.date(2031, 10, 9))


def test_the_first_day_is_counted_back_from_concluded_today_after_a_two_day_meeting():
    text = (
        "SME group meets\nFriday, May 9, 2031\nThe APEC SME Forum concluded today (May 9).\n"
        "During the two-day forum, delegates shared ideas."
    )
    (record,) = read(text)
    assert record.value("start_date") == datetime.date(2031, 5, 8)
    assert record.value("end_date") == datetime.date(2031, 5, 9)
    assert "date-counted-back" in codes(record)


def test_a_ministerial_meeting_with_no_host_named_takes_its_chairs_economy():
    text = (
        "Ministers meet online\n9 October 2031\nThe 37th APEC SME Ministerial Meeting was held "
        "virtually on 9 October 2031, chaired by Chile's Minister of Economy."
    )
    (record,) = read(text)
    host = record.facts["host_economy"]
    assert (host.value, host.confidence, host.cue) == ("CHL", "low", "the chair's ministry")
    assert "host-from-chair" in codes(record)


def test_a_working_groups_chair_is_not_its_host():
    text = (
        "Group meets online\n9 October 2031\nThe 60th SME Working Group Meeting was held "
        "virtually on 9 October 2031, chaired by Chile's Director of SMEs."
    )
    (record,) = read(text)
    assert record.value("host_economy") is None


def test_an_event_without_any_date_is_read_with_an_empty_first_day_not_refused():
    text = "The 38th APEC SME Ministerial Meeting will take place in Da Nang from August 10-14."
    (record,) = read(text)
    assert facts(record) == ("38th APEC SME Ministerial Meeting", None, "Da Nang", "VNM")
    assert "no-date" in codes(record)


def test_the_city_in_a_venues_name_when_nothing_else_names_it():
    text = "5 May 2031\nThe APEC SME Forum was held at the Gyeongju Hwabaek Convention Center."
    (record,) = read(text)
    city = record.facts["city"]
    assert (city.value, city.confidence, city.cue) == ("Gyeongju", "low", "the venue's name")
    assert "city-from-venue" in codes(record)


def test_the_dateline_names_the_city_of_a_venue_named_after_it():
    text = (
        "(ILOILO CITY, Iloilo) The APEC SME Forum opened at the Iloilo Convention Center on "
        "3 May 2031."
    )
    (record,) = read(text)
    assert record.value("city") == "Iloilo City"
    assert "city-from-venue" not in codes(record)


def test_a_quoted_remark_is_no_name_but_the_names_in_it_are_read():
    text = (
        "30 August 2031\n“As the host of the 2031 APEC SME Ministerial Meeting, Peru wants "
        "results for small exporters,” the minister said.\nThe 38th APEC SME Ministerial "
        "Meeting will be held on 2-3 September at the Arequipa Convention Centre."
    )
    (record,) = read(text)
    assert facts(record) == (
        "38th APEC SME Ministerial Meeting",
        datetime.date(2031, 9, 2),
        "Arequipa",
        "PER",
    )


def test_a_year_recalled_from_the_past_is_not_the_events_date():
    text = (
        "Opening remarks\n\nChristchurch, Canterbury\nMarch 14, 2031\n\nWelcome to the 37th APEC "
        "SME Ministerial Meeting in Christchurch, which hosted ministers in 1999."
    )
    (record,) = read(text)
    assert record.value("start_date") == datetime.date(2031, 3, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice Minister Lin attended the 25th APEC SME Ministerial Meeting on 5 September 2031 "
        "in Concepción, Chile.",
        "The minister told an APEC SME ministerial meeting on the Thai island of Phuket Saturday "
        "(Sept. 10). The 38th APEC SME Ministerial Meeting ran on 9-10 September 2031.",
    ],
)
def test_a_city_is_read_from_its_cue_not_from_a_title_or_the_day_after_it(sentence):
    (record,) = read(sentence)
    assert record.value("city") in ("Concepción", "Phuket")
    assert record.value("host_economy") in ("CHL", "THA")


def test_a_dateline_city_gives_way_to_a_sentence_naming_the_meeting_elsewhere():
    text = (
        "TAIPEI (Island News) — The deputy minister told an APEC SME ministerial meeting on "
        "the Thai island of Phuket about small firms.\n2031/09/10\n"
        "The 38th APEC SME Ministerial Meeting ran from Sept. 9 to 10."
    )
    (record,) = read(text)
    assert (record.value("city"), record.value("host_economy")) == ("Phuket", "THA")


# --- Fifth round (issue 27): publication lines, region names, venues naming an economy ---------


def test_an_ends_line_under_the_body_gives_the_year_of_concluded_today():
    text = (
        "Trade officials wrap up meeting\n"
        "The 70th APEC Tourism Working Group meeting concluded today (June 9).\n"
        "Ends/Thursday, June 9, 2033\n"
    )
    (record,) = read(text)
    # the closing day (no length said, so no first day: c4), its year from the Ends line
    assert record.value("end_date") == datetime.date(2033, 6, 9)
    assert record.value("start_date") is None


def test_an_agency_credit_line_gives_the_year_of_a_day_without_one():
    text = (
        "Craft fair well prepared\n"
        "Preparations for the 5th APEC Craft Trade Fair, scheduled for May 3-6 in Xi'an, "
        "are complete, an official said.\n"
        "(Northern News Agency 04/28/2033)\n"
    )
    (record,) = read(text)
    assert record.value("start_date") == datetime.date(2033, 5, 3)


def test_a_credit_line_needs_a_date_and_nothing_else():
    text = (
        "Craft fair well prepared\n"
        "The 5th APEC Craft Trade Fair opens on May 3 in Xi'an.\n"
        "(Northern News Agency said 40 firms will come)\n"
    )
    (record,) = read(text)
    assert record.value("start_date") is None


def test_a_release_date_whose_day_and_month_could_be_either_is_read_by_the_dateline():
    text = (
        "Ministers meet\n"
        "LIMA, March 4 (Agency) - The 9th APEC Mining Ministerial Meeting opened today.\n"
        "Published 04/03/2033 09:00\n"
    )
    (record,) = read(text)
    assert record.value("start_date") == datetime.date(2033, 3, 4)


def test_a_date_line_above_the_headline_gives_way_to_the_articles_own():
    text = (
        "Thứ hai 27/05/2036\nPort workshop opens\n13/09/2034 10:15\n"
        "The 12th APEC Port Services Workshop opened on September 13 in Da Nang.\n"
    )
    (record,) = read(text)
    assert record.value("start_date") == datetime.date(2034, 9, 13)


def test_a_sentence_introducing_the_meeting_unnamed_gives_its_place_and_day():
    text = (
        "Ministers gather\n"
        "HOBART, March 7 (AAP) - Ministers will gather at a ministerial meeting beginning in "
        "Darwin today.\nThe 6th APEC Oceans Ministerial Meeting will look at illegal fishing.\n"
        "Published 07/03/2034 14:10\n"
    )
    (record,) = read(text)
    assert facts(record) == (
        "6th APEC Oceans Ministerial Meeting",
        datetime.date(2034, 3, 7),
        "Darwin",
        "AUS",
    )


def test_a_town_written_with_city_after_it_keeps_the_texts_spelling():
    (record,) = read("The APEC Craft Forum opened on 6 September 2034 at Hue City.")
    assert (record.value("city"), record.value("host_economy")) == ("Hue City", "VNM")


def test_a_region_is_no_city_but_gives_its_economy():
    (record,) = read(
        "The 40th APEC SME Ministerial Meeting took place at the Lakeside Convention Center "
        "in Chile's Los Lagos region on 6 September 2034."
    )
    assert record.value("city") == ""
    assert record.value("venue") == "Lakeside Convention Center"
    assert record.value("host_economy") == "CHL"


def test_a_venue_named_after_an_economy_gives_the_host_with_a_warning():
    (record,) = read(
        "The APEC Forum on Women Exporters opened on 4 May 2034 at the Philippine "
        "International Convention Center."
    )
    assert record.value("host_economy") == "PHL"
    assert "host-from-venue" in codes(record)


def test_an_agencys_initials_before_a_dash_are_no_dateline_city():
    (record,) = read(
        "PANO - The 12th APEC Workshop on Craft Finance opened on 3 March 2035 at the Andean "
        "Trade Hall."
    )
    assert record.value("city") == ""


def test_a_headlines_short_name_is_the_bodys_spelled_out_one():
    records = read(
        "Ninth APEC SME Ministerial Meeting Well Prepared\n"
        "The Ninth APEC Small and Medium-sized Enterprises Ministerial Meeting opens on "
        "27 August 2035 in Hangzhou.\n"
    )
    assert [r.value("title") for r in records] == [
        "Ninth APEC Small and Medium-sized Enterprises Ministerial Meeting"
    ]


def test_an_organisation_in_a_list_of_observers_is_no_event():
    (record,) = read(
        "Observers from the Ocean Rim Business Council, the Island States Forum and the Young "
        "Makers' Network attended the 40th APEC SME Ministerial Meeting held on 3-4 September "
        "2036 in Gwangju, Republic of Korea."
    )
    assert record.value("title") == "40th APEC SME Ministerial Meeting"


def test_ministers_and_representatives_responsible_for_smes_met_gives_the_place_and_day():
    text = (
        "2036 APEC Small and Medium Enterprises Ministerial Meeting\nIntroduction\n"
        "1. We, the APEC Ministers and representatives responsible for Small and Medium "
        "Enterprises (SMEs), met in Queenstown, Otago on 14 May 2036.\n"
    )
    (record,) = read(text)
    assert (record.value("start_date"), record.value("city")) == (
        datetime.date(2036, 5, 14),
        "Queenstown",
    )


def test_macao_is_a_host_city_of_china():
    (record,) = read(
        "The 12th APEC Tourism Ministerial Meeting opened on 12 September 2036 in Macao."
    )
    assert (record.value("city"), record.value("host_economy")) == ("Macao", "CHN")


def test_a_bar_line_naming_the_meeting_before_its_place_gives_the_pages_event():
    text = (
        "Officials Map Out Priorities\n"
        "Second APEC Senior Officials' Meeting Trujillo, Peru | 12 May 2033\n"
        "Senior Officials are meeting in Trujillo. Their work sets the tone for the 2033 APEC "
        "Ministers Responsible for Trade Meeting on 15-16 May.\n"
    )
    first = read(text)[0]
    assert (first.value("title"), first.value("start_date")) == (
        "APEC Senior Officials' Meeting",
        datetime.date(2033, 5, 12),
    )


def test_words_of_a_meetings_name_after_held_in_are_no_city():
    (record, _) = read(
        "The ministry will speak in the Third APEC Senior Officials' Meeting which will be held "
        "from 4 to 15 August 2034, and in the Second Ministers Responsible for Tourism Meeting "
        "from 17 to 18 August 2034."
    )
    assert record.value("city") == ""


def test_a_statement_pages_year_title_takes_the_bodys_numbered_name():
    text = (
        "2033 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Cebu, The Philippines | 20 September 2033\n"
        "1. We, the APEC Ministers and their representatives responsible for small and medium "
        "enterprises (SMEs) met in Cebu City on 20 September 2033 for the 40th APEC SME "
        "Ministerial Meeting.\n"
    )
    (record,) = read(text)
    assert (record.value("title"), record.value("city")) == (
        "40th APEC SME Ministerial Meeting",
        "Cebu City",
    )


def test_a_numbered_headline_keeps_its_number_over_the_bodys_year_name():
    text = (
        "Province Prepares for the 31st APEC Small and Medium Enterprises Ministerial Meeting\n"
        "The ministry signed an agreement to prepare the 2035 APEC SME Ministerial Meeting, to "
        "be held from 1 to 5 September 2035 in Jeju.\n"
    )
    (record,) = read(text)
    assert record.value("title").startswith("31st")


def test_a_working_group_meeting_of_apec_named_after_the_group_and_its_economy():
    (record,) = read(
        "Taiwan will speak at the 70th Small and Medium Enterprises Working Group meeting of "
        "the Asia-Pacific Economic Cooperation March 26-28 2034 in Brunei."
    )
    assert facts(record) == (
        "70th APEC Small and Medium Enterprises Working Group meeting",
        datetime.date(2034, 3, 26),
        "",
        "BRN",
    )


def test_the_economy_written_after_a_city_chooses_between_two_towns_of_that_name():
    (record,) = read(
        "The 15th APEC Tourism Ministerial Meeting will be held in St Petersburg, Russia on "
        "15 June 2035."
    )
    assert (record.value("city"), record.value("host_economy")) == ("St Petersburg", "RUS")
