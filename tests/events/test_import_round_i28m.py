"""The event reader's rules of round i28m: each test fails on the reader before it.

The texts are invented, in the layouts of real agency and newspaper pages of the finished
learning sets (docs/importing.md, "Events, eleventh round (i28m)").
"""

import datetime

import pytest

from events.importer import event_document_read

pytestmark = pytest.mark.django_db


def _read(text):
    return event_document_read(text).records


def test_a_byline_with_the_agencys_initials_glued_to_the_day_dates_the_release():
    text = (
        "Premier praises theme of 61st SMEs ministerial meeting\n\n"
        "by VNA14 September 2043 Last updated at 10:05 AM\n\n"
        "VTV.vn - The Premier praised the theme of the 61st APEC Small and Medium Enterprises "
        "Ministerial Meeting (SMEMM).\n\n"
        "The country became a high-income economy in 2036, he said at the opening session of "
        "the SMEMM held in Da Nang on September 14."
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2043, 9, 14)


def test_the_host_convening_most_meetings_in_a_virtual_format_makes_each_meeting_online():
    text = (
        "SANTIAGO: Chile will convene the APEC Ministerial Meeting (AMM) on Nov 12, 2043, "
        "chaired by its Minister of Foreign Affairs.\n\n"
        "Chile is making history by convening a majority of APEC Meetings in a fully "
        "virtual-format this year."
    )
    (record,) = _read(text)
    assert record.value("virtual") is True
    assert record.value("city") in (None, "")


def test_a_glued_of_before_apec_meetings_in_a_virtual_format_still_counts():
    text = (
        "Santiago (VNA) - Chile said on October 20, 2043 the Prime Minister will chair on "
        "November 20 the APEC Economic Leaders' Meeting (AELM).\n"
        '"Chile is convening all ofAPEC meetings in a fully virtual format," it said.'
    )
    (record,) = _read(text)
    assert record.value("virtual") is True
    assert record.value("city") in (None, "")


def test_virtually_all_meetings_is_no_online_meeting():
    text = (
        "SANTIAGO: Chile will convene the APEC Ministerial Meeting on Nov 12, 2043.\n\n"
        "Virtually all meetings of the year are held in person in Santiago."
    )
    (record,) = _read(text)
    assert record.value("virtual") is False


def test_a_further_meeting_started_yesterday_in_an_undated_report_is_a_record():
    text = (
        "Prime Minister to attend Leaders' summit\nBy Hana R in Auckland\n\n"
        "The Prime Minister is expected to arrive in Auckland today for the Apec Economic "
        "Leaders Meeting (AELM) this weekend.\n\n"
        "Meanwhile, yesterday marked the start of the Apec Ministerial Meeting (AMM)."
    )
    leaders, ministers = _read(text)
    assert leaders.value("city") == "Auckland"
    assert ministers.value("title").lower() == "apec ministerial meeting"
    assert ministers.value("start_date") is None
    assert ministers.value("city") == "Auckland"
    assert ministers.value("host_economy") == "NZL"


def test_ministers_of_all_economies_meeting_virtually_make_the_ministerial_meeting_online():
    text = (
        " date 2042-11-04 Santiago: Ministers from the 21 Asia-Pacific Economic Cooperation "
        "(APEC) member economies are meeting virtually to speed up the region's recovery.\n"
        '"We kept goods moving all year," the trade minister said in a press release on Monday.\n'
        "The 2042 APEC Ministerial Meeting will conclude on Tuesday."
    )
    (record,) = _read(text)
    assert record.value("virtual") is True
    assert record.value("city") in (None, "")


def test_a_headlines_apec_summit_is_the_leaders_meeting_the_body_names():
    text = (
        "President to press for farmers' access at APEC Summit\n\n"
        "November 4, 2041, 3:15 pm\n\n"
        "MANILA -- The President is expected to press for market access during the "
        "Asia-Pacific Economic Cooperation (APEC) Summit in Lima, Peru, an official said "
        "Monday, November 4.\n\n"
        "The President is scheduled to attend the APEC Economic Leaders' Meeting from "
        "November 6 to 8."
    )
    (record,) = _read(text)
    assert record.value("title") == "APEC Economic Leaders' Meeting"
    assert record.value("start_date") == datetime.date(2041, 11, 6)
    assert record.value("city") == "Lima"


def test_senior_officials_meeting_in_a_town_on_days_date_the_senior_officials_meeting():
    text = (
        " date 2044-03-10 Submit Release\n\n"
        "Press Briefing Following the APEC 2044 First Senior Officials' Meeting\n\n"
        "Officials will brief reporters after the conclusion of the APEC 2044 First Senior "
        "Officials' Meeting (SOM 1).\n\n"
        "APEC Senior Officials are meeting in Cusco, March 3-14, to discuss the year's work."
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2044, 3, 3)
    assert record.value("city") == "Cusco"


def test_nz_in_capitals_names_new_zealand():
    text = (
        "Open Seminar on Reef Fish Stock Surveys by APEC / by Tomas Karaka\n\n"
        "It is NZ's turn to host the seminar this year, so NZ is hosting it for everyone.\n\n"
        "The seminar will be held on 14 and 15 March 2046."
    )
    (record,) = _read(text)
    assert record.value("host_economy") == "NZL"


def test_a_year_right_before_the_day_dates_the_day():
    text = (
        "Hobart Workshop for 2045 on Oct. 9 and 10\n\n"
        "We organise the APEC-GT Workshop with the national committee.\n\n"
        "The network was first set up in March, 2031."
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2045, 10, 9)


def test_a_town_opening_the_headlines_event_name_places_the_event():
    text = (
        "Hobart Workshop for 2045 on Oct. 9 and 10\n\n"
        "We organise the APEC-GT Workshop with the national committee."
    )
    (record,) = _read(text)
    assert record.value("city") == "Hobart"
    assert record.value("host_economy") == "AUS"
