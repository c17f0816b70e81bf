"""The event reader's rules of the tenth session's round i3: each test fails on the reader
before it (the guards excepted, which held before and hold after).

The texts are invented, in the layouts of real ministry releases and newspaper features
(docs/importing.md, "Tenth session, i3").
"""

import datetime

import pytest

from tests.events.reading import read_records

pytestmark = pytest.mark.django_db


def _by_title(records, start):
    return next(r for r in records if r.value("title").startswith(start))


@pytest.mark.parametrize(
    "step",
    [
        "today arrives in Peru, where he will take part in",
        "today leaves for Peru, where he will attend",
    ],
)
def test_a_day_of_arriving_is_not_the_day_of_the_meeting_he_will_take_part_in(step):
    text = (
        "Minister in Iquitos for APEC talks\n\nMedia release\n\n12 September 2047\n\n"
        f"Trade Minister Alan Kerrow {step} the 59th Ministerial Meeting of the Asia-Pacific "
        "Economic Cooperation (APEC) forum in Iquitos.\n\n"
        "Mr Kerrow will press for lower tariffs on medical goods."
    )
    (record,) = read_records(text)
    assert record.value("city") == "Iquitos"
    assert record.value("start_date") is None


def test_a_weekday_of_a_forum_is_not_the_day_of_the_upcoming_summit_it_discusses():
    text = (
        "Scholars weigh the promise of APEC week\n\nPublished: 14 November 2046\n\n"
        "Scholars on Wednesday weighed the gains and costs of the upcoming APEC 2046 Summit in "
        'Kuching during a forum entitled "Borneo and the Pacific: What APEC Brings" organised '
        "by the Sarawak Institute of Policy at its campus in the city.\n\n"
        "Speakers said the summit would bring thousands of visitors to the city."
    )
    records = read_records(text)
    summit = _by_title(records, "APEC 2046 Summit")
    forum = _by_title(records, "Borneo and the Pacific")
    assert summit.value("start_date") is None
    assert forum.value("start_date") == datetime.date(2046, 11, 14)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the day said of attending the event itself is the event's (guard)
        (
            "On Nov. 19, she will attend the APEC Economic Leaders' Meeting in Kuching.",
            datetime.date(2046, 11, 19),
        ),
        # the day of the meeting named before the one still to come stays its own (guard)
        (
            "The APEC Ministerial Meeting opens in Kuching on Nov. 16, ahead of the upcoming "
            "APEC Economic Leaders' Meeting.",
            datetime.date(2046, 11, 16),
        ),
    ],
)
def test_a_day_said_of_the_event_itself_is_still_its_day(sentence, day):
    text = f"Chief Executive to attend APEC meetings\n\nNewswire, November 12, 2046\n\n{sentence}"
    records = read_records(text)
    assert records[0].value("start_date") == day
