"""The event reader's rules of the eleventh round (i28l10): each test fails on the reader before it.

The texts are invented, in the layouts of real pages of the round's learning set (business
federations' releases, university and chamber pages; docs/importing.md, "Events, eleventh
round (i28l10)").
"""

import datetime

import pytest

from events.importer import event_document_read

pytestmark = pytest.mark.django_db


def _read(text):
    return event_document_read(text).records


def test_an_abac_meeting_is_the_business_advisory_councils_meeting():
    text = "Singapore will host the ABAC meeting from April 3 – 6, 2044 with 150 business leaders."
    (record,) = _read(text)
    assert record.value("title") == "APEC Business Advisory Council meeting"
    assert record.value("start_date") == datetime.date(2044, 4, 3)
    assert record.value("city") == "Singapore"


def test_a_year_right_before_the_days_beats_the_pages_date_line():
    text = (
        "Tue. Mar 5th, 2046\n\n"
        "Manila will host the APEC SME Ministerial Meeting of 2044 from May 12 – 15, with "
        "ministers from the 21 economies."
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2044, 5, 12)


def test_a_port_city_after_a_seas_name_and_the_economys_possessive_is_the_city():
    text = (
        "The 12th APEC Conference on Cooperation in Higher Education was held September 16-17, "
        "2044 in Russia’s Pacific Ocean port city of Vladivostok."
    )
    (record,) = _read(text)
    assert record.value("city") == "Vladivostok"


def test_a_compass_word_after_the_venue_word_is_a_wing_of_the_venue():
    text = (
        "The APEC CEO Summit 2044, which will take place November 10-12, 2044 at the Moscone "
        "Center West in San Francisco, will look at growth."
    )
    (record,) = _read(text)
    assert record.value("venue") == "Moscone Center West"
    assert record.value("city") == "San Francisco"


def test_ministers_convened_this_week_in_a_town_place_the_meeting_there():
    text = (
        "Ministers in charge of small business policy in APEC economies convened this week in "
        "Concepcion, Chile’s second largest city, to talk about exports.\n\n"
        "“We thank Chile for hosting the 2046 APEC SME Ministerial Meeting,” said the chair."
    )
    (record,) = _read(text)
    assert record.value("city") == "Concepcion"


def test_an_abac_meeting_whose_results_are_reported_is_not_the_pages_own():
    # sixth session (c23): a further record of its own, with its days and town, after the
    # page's own meeting, which keeps its city
    text = (
        "June 12, 2044, Hue, Viet Nam - The Second APEC Senior Officials' Meeting began today.\n\n"
        "At the meeting, the council's chair reported the results of the ABAC meeting in Lima, "
        "Peru, from 20 - 23 May 2044."
    )
    record, further = _read(text)
    assert record.value("city") == "Hue"
    assert (further.value("city"), str(further.value("start_date"))) == ("Lima", "2044-05-20")
