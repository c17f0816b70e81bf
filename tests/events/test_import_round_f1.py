"""Ninth session, f1: days written relative to the report.

Newspapers and wires date events by a weekday or by "today", "yesterday", "tomorrow" against
their dateline or release day. A weekday is counted from the report's day (the dateline's day,
the release's date or the day in the page's address) in the direction the tense of its clause
says (`dates._clause_tense`): a past verb ("met Tuesday", "opened in … Saturday") counts back,
a future, a schedule or the present ("will meet on Friday", "are meeting … on Friday", "leaves
for … on Monday") forward, a clause with no verb of its own the nearer way. A bare "summit"
with a weekday of its own ("a summit of the organisation's leaders on Wednesday and Thursday",
"a Pacific Rim summit on Tuesday and Wednesday") is one more record, its day no day of the
page's own meeting. Invented texts, events in 2040 and later."""

import datetime
import re

import pytest

from events.reading.chrome import RELATIVE_RE
from events.reading.dates import _relative_day
from tests.events.reading import main_record, records_facts

pytestmark = pytest.mark.django_db

# A Wednesday.
REPORT_DAY = datetime.date(2046, 10, 24)


def _day(sentence, weekday):
    match = next(m for m in RELATIVE_RE.finditer(sentence) if m.group(0).endswith(weekday))
    return _relative_day(match, REPORT_DAY, sentence).isoformat()


def test_a_weekday_of_a_clause_with_no_verb_counts_the_nearer_way():
    sentence = (
        "Senior officials met Tuesday to set the agenda for the ministers Wednesday and "
        "Thursday, and the agenda for heads of state Saturday and Sunday."
    )
    assert _day(sentence, "Tuesday") == "2046-10-23"
    assert _day(sentence, "Saturday") == "2046-10-27"


def test_a_past_verb_before_a_step_for_what_comes_counts_forward():
    sentence = (
        "The minister had been driven there after arriving to take part in preparations for "
        "a Pacific Rim summit on Friday."
    )
    assert _day(sentence, "Friday") == "2046-10-26"


def test_a_present_or_future_verb_counts_forward_and_a_past_one_back():
    assert _day("The minister leaves for Lima on Monday for the talks.", "Monday") == ("2046-10-29")
    assert _day("On Saturday, leaders will meet in Lima.", "Saturday") == "2046-10-27"
    assert _day("The ministers opened their meeting in Lima Saturday.", "Saturday") == (
        "2046-10-20"
    )
    # a participle is no tense: the future after it decides
    assert (
        _day(
            "The trade meeting, held in Lima from Friday to Sunday, will be chaired by Peru.",
            "Friday",
        )
        == "2046-10-26"
    )


def test_a_summit_of_the_leaders_with_weekdays_is_a_record_of_its_own():
    text = (
        "Sunday, 11 November, 2046, 14:44 GMT\n"
        "Pacific states seek common ground\n\n"
        "Foreign and trade ministers from the 21-member Asia-Pacific Economic Cooperation "
        "forum (APEC) have been meeting in Kuching to discuss energy prices.\n\n"
        "The ministerial meeting paves the way for a summit of the organisation's leaders on "
        "Wednesday and Thursday which will be attended by many heads of government."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("APEC summit", "2046-11-14") in facts
    # the summit's day is not the ministerial meeting's
    assert main_record(text).value("start_date") != datetime.date(2046, 11, 14)


def test_a_pacific_rim_summit_with_weekdays_is_a_record_of_its_own():
    text = (
        "Sunday, November 11, 2046\n\n"
        "Protests Mark Kuching Summit\n\n"
        "KUCHING, Malaysia - Police held back a crowd of protesters yesterday near a hotel "
        "where a visiting foreign minister was staying.\n\n"
        "The minister had arrived to take part in preparations for a Pacific Rim summit on "
        "Tuesday and Wednesday, officials said."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("APEC summit", "2046-11-13") in facts


def test_a_bare_summit_without_a_weekday_of_its_own_gives_none():
    text = (
        "Sunday, November 11, 2046\n\n"
        "Ministers meet in Kuching\n\n"
        "KUCHING, Malaysia - The 58th APEC Ministerial Meeting opened in Kuching on Sunday.\n\n"
        "Officials said a summit could follow next year, after talks on Tuesday."
    )
    titles = [title for (title,) in records_facts(text, "title")]
    assert not any(re.fullmatch(r"APEC summit", t or "") for t in titles)


def test_own_meeting_dated_by_the_release_takes_the_weekday_of_its_other_naming():
    text = (
        "The APEC Summit: A Test for the Region's Leaders\n\n"
        "November 16, 2046\n\n"
        "The APEC Summit comes at a time of deep uncertainty for the region, and the host "
        "hopes to steer it to agreed goals.\n\n"
        "On Saturday, leaders from 21 APEC member economies will meet in Suva, following this "
        "week's business forum and a year of preparatory meetings."
    )
    assert main_record(text).value("start_date") == datetime.date(2046, 11, 17)
