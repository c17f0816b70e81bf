"""Eighth session, d2: the page's own gathering reported as held by someone ("… this morning
held a diplomatic briefing on … for the APEC Economic Leaders' Meeting", "… hosted Friday
night a welcome dinner for … delegates attending the … Meeting", "… held a ceremony in … on
December 6 to launch APEC 2049", "… convened in a two-day planning workshop …"), not the
named event it serves, its guests attend, or a later sentence names. Invented texts,
2047-2048."""

import pytest

from tests.events.reading import dated_records, main_record, record_facts

pytestmark = pytest.mark.django_db


BRIEFING = (
    "Consular Corps Briefed on Arrangements for the APEC Economic Leaders' Meeting\n\n"
    "14 April 2047 - As this year's APEC host, the Philippines' Department of External "
    "Relations this morning held a diplomatic briefing on transport arrangements for the APEC "
    "Economic Leaders' Meeting (AELM), to be held in Tarlac from November 20 to 21, 2047. "
    "Envoys of the 20 other member economies attended.\n"
)


def test_a_briefing_held_for_a_named_meeting_is_the_pages_event():
    records = dated_records(BRIEFING)
    assert records[0][0].startswith("APEC Diplomatic Briefing on Transport Arrangements")
    assert records[0][1:] == ("2047-04-14", "", "PHL")


def test_the_meeting_a_briefing_serves_is_one_more_record_with_its_own_days_and_town():
    assert ("APEC Economic Leaders' Meeting", "2047-11-20", "Tarlac", "PHL") in dated_records(
        BRIEFING
    )


def test_a_welcome_dinner_hosted_for_delegates_attending_a_meeting():
    text = (
        "11 February 2047\n\nOrganisers host welcome dinner for APEC senior officials\n"
        "(BAYVIEW FREEPORT ZONE, Olongapo City) The national organising council hosted Friday "
        "night a welcome dinner for senior officials and delegates attending the First Senior "
        "Officials' Meeting (SOM1).\n\nSome 700 guests dined under paper lanterns.\n"
    )
    assert dated_records(text) == [("welcome dinner", "2047-02-08", "Olongapo City", "PHL")]


def test_a_ceremony_held_to_launch_a_host_year_over_a_captions_press_conference():
    text = (
        "Chile launches its APEC host year\n\n"
        "Prime Minister Tomas Adeyemi (centre) and ministers at a press conference on APEC 2049 "
        "(Photo: PNA)\n\n"
        "Port Rell (PNA) – Chile held a ceremony in Temuco town on December 6, 2048 to launch "
        'APEC 2049, themed "Working Together for Shared Growth".\n'
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "city", "host_economy") == (
        "ceremony to launch APEC 2049",
        "2048-12-06",
        "Temuco",
        "CHL",
    )


def test_a_workshop_convened_in_the_first_paragraph_over_a_meeting_named_later():
    text = (
        "Viet Nam gets ready to host APEC in 2050\n\nHANOI, 11 December 2048\n\n"
        "Hosting APEC 2050 will let the country show its reforms, an official said. On "
        "Wednesday and Thursday, ministries and private partners convened in a two-day "
        "planning workshop to settle the details of the host year.\n\n"
        "The head of the national committee said the APEC Economic Leaders' Meeting would "
        "crown the year.\n"
    )
    title, start, city, _host = dated_records(text)[0]
    assert title.startswith("APEC Planning Workshop") and (start, city) == ("2048-12-09", "Hanoi")


def test_a_workshop_held_with_a_quoted_title_keeps_one_record():
    text = (
        "In the framework of the Committee on Trade and Investment, the Friends of the Chair "
        'group held a workshop themed "Measuring Port Resilience in the APEC Region" in Hue '
        "on 20 May 2043.\n\nDelegates compared flood maps.\n"
    )
    assert [r[0] for r in dated_records(text)] == ["Measuring Port Resilience in the APEC Region"]


def test_a_meeting_held_before_a_gathering_it_names_keeps_its_place():
    text = (
        "The APEC 62nd SME Working Group Meeting opened in Manila on 5 June 2041.\n\n"
        "On its second day the group held a workshop on export readiness for small firms.\n"
    )
    assert dated_records(text)[0][:3] == (
        "APEC 62nd SME Working Group Meeting",
        "2041-06-05",
        "Manila",
    )


def test_a_bilateral_meeting_held_on_the_sidelines_is_not_the_pages_event():
    text = (
        "Minister meets counterpart at APEC\n\n"
        "LIMA, 15 November 2047 - Trade Minister Ana Ruiz on Friday held a bilateral meeting "
        "with Japan's trade minister on the sidelines of the APEC Ministerial Meeting in Lima.\n"
    )
    assert dated_records(text)[0][0] == "APEC Ministerial Meeting"


def test_the_headline_event_is_read_from_the_sentence_holding_it_as_an_event():
    text = (
        "Seminar on Chile's APEC Year 2049 in Canada\n\n2048-10-16\n\n"
        "The Chilean Embassy in Canada held an event to promote Chile's APEC Year 2049 in "
        "Ottawa on Wednesday.\n\nThe Ambassador outlined the year's theme.\n"
    )
    assert dated_records(text)[0][1:3] == ("2048-10-14", "Ottawa")


def test_a_centre_named_for_apec_is_no_venue():
    text = (
        "APEC outreach seminar held\n\n2048-10-16\n\n"
        "The APEC outreach seminar was held in Ottawa on Wednesday with the National Center "
        "for APEC.\n"
    )
    assert record_facts(main_record(text), "venue") == ("",)
