"""The event reader's evidence rules, one test each (events/importer.py).

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
