"""The event reader's rules of the tenth session's round i7: each test fails on the reader
before it (the guards excepted, which held before and hold after).

The texts are invented, in the layouts of real speeches of the APEC Secretariat and of
features looking back on a meeting (docs/importing.md, "Tenth session, i7").
"""

import datetime

import pytest

from tests.events.reading import read_records

pytestmark = pytest.mark.django_db


SPEECH = (
    "APEC Tonga 2046: Small Firms in a Connected Ocean\n\n"
    "Auckland, New Zealand, 9 August 2046\n"
    "  • Speech by Ambassador Mele Fifita, Executive Director, APEC Secretariat\n"
    "Ladies and Gentlemen,\n"
    "I thank the organisers for asking me to speak to you this evening.\n\n"
    "{past}, island trade officials held an APEC Ocean Business Forum in Apia to give small "
    "exporters of the Pacific a voice in the region.\n"
    "The forum has met every year since then in one economy or another.\n"
)


@pytest.mark.parametrize("past", ["In the early 2020s", "Twenty years ago", "Last year"])
def test_a_forum_the_speech_recalls_from_the_past_is_not_dated_by_the_speech(past):
    (record,) = read_records(SPEECH.format(past=past))
    assert record.value("title") == "APEC Ocean Business Forum"
    assert record.value("city") == "Apia"
    assert record.value("start_date") is None


def test_a_meeting_a_feature_recalls_from_ten_years_ago_has_no_first_day():
    text = (
        "Island traders look back on a decade of APEC cooperation\n\n"
        "Wellington, New Zealand | 03 June 2047\n\n"
        "Ten years ago, ministers from nine economies gathered in Port Moresby for the APEC "
        "Island Trade Ministers Meeting, a modest affair in a hotel ballroom.\n"
        "Many of the small exporters who attended are still in business."
    )
    (record,) = read_records(text)
    assert record.value("city") == "Port Moresby"
    assert record.value("start_date") is None


def test_guard_a_meeting_held_on_the_release_s_day_keeps_that_day():
    text = (
        "Officials Map Out Trade Priorities for Small Firms\n\n"
        "Second APEC Senior Officials' Meeting Trujillo, Peru | 12 May 2033\n\n"
        "Senior Officials from the 21 APEC member economies are meeting in Trujillo to agree "
        "the year's work on small firms, building on what ministers agreed last year.\n"
    )
    records = read_records(text)
    assert records[0].value("start_date") == datetime.date(2033, 5, 12)


def test_guard_a_past_span_in_a_later_clause_leaves_the_speech_s_day():
    text = (
        "Opening remarks\n\nChristchurch, Canterbury\nMarch 14, 2031\n\nWelcome to the 37th APEC "
        "SME Ministerial Meeting in Christchurch, which hosted ministers in the 1990s."
    )
    (record,) = read_records(text)
    assert record.value("start_date") == datetime.date(2031, 3, 14)
