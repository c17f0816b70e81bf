"""Sixth session, c24: the page's own event of pages the reader refused or read without its
town. A statement page headed "… APEC Small and Medium Enterprises Ministerial Meeting"
whose first paragraph says "The first APEC SME ministerial meeting was held on … in …"; an
online meeting chaired or hosted "virtually from" a town; an award presented in a town on a
day; a gathering the body names only by its town ("the Bangkok meeting") with its day in the
sentence saying who met there; "X as the host of APEC this year"; a headline's "APEC 2048
Leaders' Meeting" and the body's "2048 APEC Economic Leaders' Meeting" are one meeting.
Invented texts, 2048."""

import pytest

from events.importer import event_document_read
from tests.events.reading import dated_records

pytestmark = pytest.mark.django_db


def test_a_statement_heading_and_its_lower_case_first_paragraph_are_one_meeting():
    text = (
        "2048 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Small Firms and Growth\n"
        "1. The first APEC SME ministerial meeting was held on October 14-15, 2048, in Sendai, "
        "Japan, after the Leaders asked for a closer dialogue on small firms.\n"
        "2. Ministers welcomed business representatives.\n"
    )
    [(_, start, city, host)] = dated_records(text)
    assert (start, city, host) == ("2048-10-14", "Sendai", "JPN")


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister today chaired a virtual summit from Santiago for the APEC Small and "
        "Medium Enterprises Ministerial Meeting (SMEMM).",
        "The minister today hosted the APEC Small and Medium Enterprises Ministerial Meeting "
        "virtually from Santiago.",
    ],
)
def test_an_online_meeting_run_from_a_town_is_held_there(sentence):
    text = f"Small traders at the heart of recovery\n\n{sentence}\n\nMinisters agreed to act.\n"
    [(_, _, city, host)] = dated_records(text)
    assert (city, host) == ("Santiago", "CHL")


def test_an_online_meeting_without_a_town_stays_without_one():
    text = (
        "Small traders at the heart of recovery\n\n"
        "The APEC Small and Medium Enterprises Ministerial Meeting was held virtually on "
        "9 October 2048.\n"
    )
    [(_, _, city, _)] = dated_records(text)
    assert city == ""


def test_an_award_presented_in_a_town_on_a_day_is_an_event():
    text = (
        "Founders take prizes\n\n"
        "Three founders won prizes at the third APEC Women Innovators Network (WIN) Award "
        "which was presented in Nha Trang city on October 9, 2048.\n\n"
        "The judges heard each finalist.\n"
    )
    [(title, start, city, host)] = dated_records(text)
    assert "Award" in title
    assert (start, city, host) == ("2048-10-09", "Nha Trang", "VNM")


def test_a_gathering_named_by_its_town_takes_the_day_of_who_met_there():
    text = (
        "APEC experts meet on a storm guide for small firms\n"
        "12 November 2048\n"
        "Storm experts and officials met in Cebu on 9-10 November to finish a guide for "
        "small businesses. The meeting is part of an APEC project on resilient small firms.\n"
        "Experts attending the Cebu meeting include Hana Voss and Luis Ferreyra.\n"
    )
    assert dated_records(text) == [("Cebu meeting", "2048-11-09", "Cebu", "PHL")]


def test_a_town_named_gathering_needs_a_known_town_and_apec():
    text = (
        "Storm experts meet\n12 November 2048\n"
        "Storm experts met in Cebu on 9-10 November to finish a guide for small businesses.\n"
        "Experts attending the Cebu meeting include Hana Voss.\n"
    )
    with pytest.raises(Exception, match="no event name and date found"):
        dated_records(text)


def test_a_speakers_workplace_based_in_a_town_is_no_venue():
    text = (
        "APEC experts meet on a storm guide\n12 November 2048\n"
        "Storm experts met in Cebu on 9-10 November for the APEC Storm Readiness Workshop.\n"
        "Speakers came from the Cebu-based Regional Storm Research Center.\n"
    )
    [record] = event_document_read(text).records
    assert record.value("venue") == ""


def test_an_economy_as_the_host_of_apec_hosts_the_meeting():
    text = (
        "Chile Confirms First Online APEC 2048 Leaders' Meeting\n\n"
        "Wednesday, 21 October 2048\n\n"
        "Chile as the host of APEC this year has announced that the 2048 APEC Economic "
        "Leaders' Meeting will take place on Friday, 20 November.\n"
    )
    assert dated_records(text) == [("2048 APEC Economic Leaders' Meeting", "2048-11-20", "", "CHL")]
