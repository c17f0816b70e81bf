"""The event reader's rules of the thirteenth round, wave 3 (c10): further events announced
right after their names.

A page often names a coming meeting of the host year with its own day in a clause right
after the name ("… preparations for the 48th … Ministerial Meeting that will take place
tomorrow and Friday", "the host of this year's … Leaders' Meeting scheduled for Nov. 18").
When the page gives no date to read that day by, the meeting was dropped; it is now a
candidate record of the page (a *coming* frame, `week._frame_of`): its host is the page's
host economy, and it takes no city of the page's meeting. The texts are invented
(docs/importing.md, "Thirteenth round, wave 3, c10"). The first two tests fail on the reader
before the round; the guards hold on it and after.
"""

import pytest

from tests.events.reading import read_records, record_facts

pytestmark = pytest.mark.django_db

FIELDS = ("title", "start_date", "city", "host_economy")


def test_a_ministerial_meeting_prepared_for_tomorrow_on_an_undated_page_is_a_candidate():
    text = (
        "APEC SME Working Group wraps up in Hue\n\n"
        "The APEC Small and Medium Enterprises Working Group (SMEWG) meeting ended in Hue "
        "this afternoon after two days of talks.\n"
        "The meeting also completed preparations for the 51st APEC Small and Medium "
        "Enterprises Ministerial Meeting that will take place tomorrow and Friday."
    )
    records = read_records(text)
    assert len(records) == 2
    assert record_facts(records[1], *FIELDS) == (
        "51st APEC Small and Medium Enterprises Ministerial Meeting",
        None,
        "",
        "VNM",
    )


def test_this_years_leaders_meeting_scheduled_for_a_day_is_a_candidate_of_the_host_year():
    text = (
        "Cusco forum on payments for small firms\n\n"
        "Officials from 12 member economies met in Cusco for the APEC Payments Forum for "
        "Small Firms.\n"
        "Peru is the host of this year's APEC Economic Leaders' Meeting scheduled for Nov. 16."
    )
    records = read_records(text)
    assert len(records) == 2
    assert record_facts(records[1], "title", "city", "host_economy") == (
        "APEC Economic Leaders' Meeting",
        "",
        "PER",
    )


def test_guard_a_named_event_scheduled_after_a_comma_keeps_its_own_city():
    text = (
        "Next events of APEC Chile 2046\n\n"
        "Tuesday, October 9, 2046. Minister Rosa Vidal closed the 52nd APEC SME Ministerial "
        "Meeting in Puerto Montt.\n"
        "The next event will be the Women in the Economy Forum, scheduled to take place in "
        "La Serena from October 22 to 25."
    )
    records = read_records(text)
    forum = [r for r in records if "Women" in (r.value("title") or "")]
    assert len(forum) == 1
    assert record_facts(forum[0], "city", "host_economy") == ("La Serena", "CHL")


def test_a_meeting_named_as_where_work_goes_with_a_month_is_a_further_record():
    text = (
        "APEC SME Working Group meets in Hue\n\n"
        "Thursday, March 8, 2046. The APEC Small and Medium Enterprises Working Group "
        "(SMEWG) meeting opened in Hue today.\n"
        "Its report will be presented to the APEC Economic Leaders' Meeting in November."
    )
    # c13 (sixth-session convention): a candidate record after the page's own meeting
    records = read_records(text)
    assert [r.value("city") for r in records] == ["Hue", ""]
    assert records[1].value("title") == "APEC Economic Leaders' Meeting"


def test_a_named_week_the_meeting_is_part_of_is_a_candidate_held_where_the_meeting_is():
    text = (
        "Minister opens the 53rd APEC SME Ministerial Meeting in Osorno\n\n"
        "Wednesday, September 4, 2047. Economy Minister Luis Pardo opened the 53rd APEC SME "
        "Ministerial Meeting in Osorno, being held today and tomorrow as part of the APEC SME "
        "Week at the Lakeside Convention Center in the south of Chile."
    )
    records = read_records(text)
    assert len(records) == 2
    assert record_facts(records[1], "title", "city", "venue", "host_economy") == (
        "APEC SME Week",
        "Osorno",
        "Lakeside Convention Center",
        "CHL",
    )


def test_guard_a_summit_week_in_prose_and_a_weeks_forum_give_no_week_record():
    text = (
        "APEC SME Week Business Forum opens in Cairns\n\n"
        "Thursday, May 9, 2047. The APEC SME Week Business Forum opened in Cairns today, "
        "the first event of a busy summit week for the city."
    )
    records = read_records(text)
    assert [r.value("title") for r in records] == ["APEC SME Week Business Forum"]
