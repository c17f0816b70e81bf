"""Ninth session, g2: a day that names something else that happened.

A report places a meeting by what happened near it ("Last year when they met in Shanghai
shortly after the Sept. 11 attacks …", "since the 11 September attacks"): the day written
between "the" and a noun names that happening, not the meeting. It is marked as another's day
(`dates._names_a_happening`) unless the noun is an event's kind word or its opening ("the Nov.
12-13 meeting", "the 20 November opening"). Invented texts, events in 2040 and later."""

import datetime

import pytest

from events.reading.dates import _tie
from events.reading.document import Context, DateFound
from tests.events.reading import dated_records

pytestmark = pytest.mark.django_db

TEXT = """APEC ministers meet in Tagaytay on trade and disaster relief

TUE, OCT 23, 2046

Shortly after the October 4 floods on the Pacific coast, ministers from the 21 Asia-Pacific
Economic Cooperation (APEC) members opened the two-day APEC Ministerial Meeting in Tagaytay,
Philippines, focusing on trade and disaster relief. The meeting closes on Wednesday.
"""


def test_a_day_naming_a_happening_is_no_day_of_the_meeting():
    assert dated_records(TEXT)[0][1] != "2046-10-04", dated_records(TEXT)


def test_a_day_before_the_events_kind_word_stays_the_events():
    text = (
        "APEC trade ministers to meet in Tagaytay\n\nMay 2, 2046\n\nTrade ministers of the "
        "Asia-Pacific Economic Cooperation (APEC) forum will gauge progress at the May 17-18 "
        "APEC Ministers Responsible for Trade Meeting in Tagaytay, Philippines.\n"
    )
    assert dated_records(text)[0][1] == "2046-05-17"


@pytest.mark.parametrize(
    ("sentence", "written", "another"),
    [
        (
            "Last year they met in Lima shortly after the Sept. 11 attacks on the city.",
            "Sept. 11",
            True,
        ),
        ("The leaders met since the 11 September terrorist attacks.", "11 September", True),
        ("Ministers will gauge progress at the May 17 meeting in Tagaytay.", "May 17", False),
        ("Leaders flew in for the 20 November opening of the summit.", "20 November", False),
        ("The summit opened on Sept. 11 and ran for two days.", "Sept. 11", False),
    ],
)
def test_a_day_between_the_and_a_noun_names_that_happening(sentence, written, another):
    date = DateFound(datetime.date(2046, 9, 11), None, "day", written, 1)
    _tie(date, sentence, sentence.index(written), Context())
    assert date.another is another


GATHERED = """Officials chart energy transition at APEC meeting in Iquique

Iquique | 2047-05-12

More than 800 delegates gathered in Iquique from May 4 to 9 to chart the region's energy
transition. The First Senior Officials' Meeting of APEC Chile 2047 and Related Meetings closed
with a plan for cleaner ports.
"""

CONVERGE = """Business leaders are key to APEC success

August 9, 2046

The Asia-Pacific Economic Cooperation summit to be hosted by Valparaiso is still more than a year
away.

Leaders and their entourages are scheduled to converge on Valparaiso for the Nov. 12-13, 2047,
meeting, as are about 2,000 journalists.
"""


def test_a_gathering_the_page_dates_without_naming_it_dates_the_event():
    assert dated_records(GATHERED)[0][1] == "2047-05-04"
    assert dated_records(CONVERGE)[0][1] == "2047-11-12"
