"""Two things the preview of a wire recalling earlier meetings lacked (seen in the admin in
the sixth session). A further meeting the page dates by its month alone ("the third meeting … in September
2033") keeps that month: the first of the month with the precision "month", so the preview's
form holds it and the editor types nothing (it reached the form empty before). And a series' first edition
the page places without a date (round c18) carries the "named beside" warning that every
other further record carries."""

from pathlib import Path

import pytest

from tests.events.reading import read_records, record_facts

pytestmark = pytest.mark.django_db

DEVSET = Path(__file__).parent / "devset"


def test_a_past_meeting_dated_by_its_month_keeps_the_month():
    text = (DEVSET / "e2300_c23_wire_earlier_ministerial_meetings_lower_ordinals.txt").read_text()
    records = read_records(text)
    dates = [record_facts(r, "city", "start_date", "date_precision") for r in records]
    assert dates == [
        ("Cebu", "2046-11-12", "day"),
        ("Wellington", "2031-10-01", "month"),
        ("Santiago", "2032-08-01", "month"),
        ("Kuala Lumpur", "2033-09-01", "month"),
    ]


def test_the_pages_own_meeting_still_takes_no_month_long_before_the_release():
    text = (
        "Small firms forum opens\n\n"
        "DAVAO, 3 March 2040 -- The APEC SME Forum opened today. The forum was first proposed "
        "in May 2031 by ministers meeting in Lima.\n"
    )
    assert record_facts(read_records(text)[0], "start_date", "date_precision") == (
        "2040-03-03",
        "day",
    )


def test_an_undated_first_edition_placed_in_a_town_is_flagged_for_a_check():
    text = (
        "Leaders of business gather in Lima\n\n"
        "LIMA, 14 November 2044 -- The APEC CEO Summit 2044 opened today at the Lima "
        "Convention Centre. The first APEC CEO Summit was held in Manila, and the series has "
        "met every year since.\n"
    )
    records = read_records(text)
    assert [record_facts(r, "title", "city") for r in records] == [
        ("APEC CEO Summit 2044", "Lima"),
        ("first APEC CEO Summit", "Manila"),
    ]
    assert [[w.code for w in r.warnings if w.code == "named-beside"] for r in records] == [
        [],
        ["named-beside"],
    ]
