"""A past meeting a page recalls ("20 years after China hosted the 22nd … Meeting in
Beijing", "since Santiago hosted the 15th …", "… in Valdivia 28 years ago") was never the
page's own event and, before the seventh session, no record either. The labelling convention
(docs/importing.md, "Which events a page has") makes it a further record when the page gives it
a town of its own; it is never the page's own event, and a recalled meeting with no fact of its
own stays no record."""

from pathlib import Path

import pytest

from tests.events.reading import read_records, record_facts

pytestmark = pytest.mark.django_db

DEVSET = Path(__file__).parent / "devset"


def _facts(name):
    text = (DEVSET / name).read_text(encoding="utf-8")
    return [record_facts(r, "title", "city", "host_economy") for r in read_records(text)]


def test_a_meeting_recalled_with_its_town_is_a_further_record():
    assert _facts("e68_preview_recalls_earlier_meeting_after.txt") == [
        ("APEC Trade Ministers Meeting", "Xiamen", "CHN"),
        # the coming leaders' meeting, a town of its own (round c26's standing meetings)
        ("leaders' meeting", "Guangzhou", "CHN"),
        ("22nd APEC Economic Leaders' Meeting", "Beijing", "CHN"),
    ]


def test_the_town_that_hosted_a_recalled_meeting_is_its_town():
    assert _facts("e69_preview_recalls_earlier_meeting_since.txt") == [
        ("2039 APEC SME Ministerial Meeting", "Viña del Mar", "CHL"),
        ("15th APEC SME Ministerial Meeting", "Santiago", "CHL"),
        ("9th APEC SME Ministerial Meeting", "Valdivia", "CHL"),
    ]


def test_a_recalled_meeting_with_no_fact_of_its_own_is_no_record():
    text = (
        "Ministers to meet in Xiamen\n\n"
        "May 10, 2034\n\n"
        "Trade ministers of the 21 APEC economies will meet in Xiamen on Saturday, 20 years "
        "after China hosted the 22nd APEC Economic Leaders' Meeting.\n"
    )
    assert [record_facts(r, "title", "city") for r in read_records(text)] == [
        ("APEC Trade Ministers Meeting", "Xiamen")
    ]
