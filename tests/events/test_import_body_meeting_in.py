"""An APEC body placed at its meeting by a participle after its name (ninth session).

Leaders' declarations and many ministers' statements open "We, the Economic Leaders of APEC,
meeting in <town> …", and business councils' releases "Business leaders in the APEC Business
Advisory Council (ABAC), meeting this week in <town>, …": the page names no event, but reports
the body's meeting in that town. The texts are invented in those layouts.
"""

import pytest

from core.importing import ImportRefused
from core.importing.pipeline import detect_kind
from events.importer import event_document_read
from tests.events.reading import records_facts

DECLARATION = (
    "2047 Leaders' Declaration\n\n"
    "Nha Trang, Viet Nam | 14 November 2047\n\n"
    "  1. We, the Economic Leaders of APEC, meeting in Nha Trang to chart the region's course, "
    "reaffirm our resolve to keep markets open.\n"
)
COUNCIL = (
    "Regional business leaders urge faster action on supply chains\n\n"
    "Cairns, 12 August 2046 – Business leaders in the APEC Business Advisory Council (ABAC), "
    "meeting this week in Cairns, Australia, called on governments to clear the ports.\n"
)


def test_leaders_meeting_in_a_town_is_the_page_s_event(db):
    assert records_facts(DECLARATION) == [
        ("Economic Leaders of APEC meeting", "2047-11-14", "Nha Trang", "", "VNM")
    ]


def test_a_council_meeting_this_week_in_a_town(db):
    assert records_facts(COUNCIL, "title", "city", "host_economy") == [
        ("APEC Business Advisory Council meeting", "Cairns", "AUS")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # no APEC body: a company's managers meeting customers
        "Managers of the Pacific Trading Company, meeting in Cairns, signed new contracts.",
        # the participle does not place the body: no "in" and a town after it
        "We, the Economic Leaders of APEC, meeting the challenges of the decade, agree.",
    ],
)
def test_no_meeting_without_an_apec_body_placed_in_a_town(db, sentence):
    text = f"A statement\n\nCairns, 12 August 2046 – {sentence}\n"
    with pytest.raises(ImportRefused):
        event_document_read(text)


def test_a_group_that_met_in_a_town_is_recognised_as_an_event_page(db):
    # no kind word ("meeting", "forum"): the reader still reads the APEC group's meeting, so
    # "Recognise it" on the import page takes the text as an event page
    text = (
        "SME officials meet in Iloilo\n\n"
        "Officials of the APEC Small and Medium Enterprises Working Group met in Iloilo on "
        "October 3-4 to review a plan for digital trade by small firms.\n"
    )
    assert detect_kind(text)[0] == "event"
    # a company's managers who met: no APEC gathering, nothing recognised
    assert detect_kind(text.replace("the APEC Small and Medium Enterprises", "Acme's"))[0] is None
