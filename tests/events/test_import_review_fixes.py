"""What a review of the seventh session's reader rounds found (each seen failing first).

- A hyphenated or possessive spelling of who meets ("APEC foreign-affairs and trade ministers
  met", "APEC Senior Officials' met") matched the standing meetings' pattern but named no row
  of the table, and the import stopped with an AttributeError instead of reading the page.
- "fifth" and "5th" numbered one standing meeting only up to "fourth".
- "on Nov. 14" after a standing meeting's bare name lost its day at the abbreviation's point."""

import pytest

from core.importing import EconomyNames
from events.reading.mentions import _placed_or_dated, _same_standing
from initiatives.models import Economy
from tests.events.reading import read_records, record_facts

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "who",
    ["APEC foreign-affairs and trade ministers", "APEC Senior Officials'"],
)
def test_a_hyphenated_or_possessive_who_meets_is_read_not_a_crash(who):
    text = f"Ministers meet\n\nLIMA, 3 May 2040 -- {who} met in Arequipa on 3 May 2040.\n"
    records = read_records(text)
    assert records, "the page reports a meeting"
    assert record_facts(records[0], "city", "start_date") == ("Arequipa", "2040-05-03")


def test_ordinal_words_past_fourth_number_a_standing_meeting():
    assert _same_standing("fifth apec ministerial meeting", "5th apec ministerial meeting")
    assert _same_standing("tenth apec ministerial meeting", "10th apec ministerial meeting")
    assert not _same_standing("fifth apec ministerial meeting", "6th apec ministerial meeting")


def test_an_abbreviated_month_keeps_the_day_of_a_bare_standing_meeting():
    names = EconomyNames.from_economies(Economy.objects.all())
    assert _placed_or_dated(" on Nov. 14, 2040, in the capital.", names)
    assert _placed_or_dated(" on November 14, 2040.", names)
    assert not _placed_or_dated(" in November.", names)
