"""Ninth session, g3: further events held where the page's own event is.

Pages about one host city's week or one meeting list its other meetings without the town:
"Meanwhile, in the APEC CEO Summit, a parallel business forum, …" (the town in the lede only),
"Senior government officials met Tuesday" under a Wednesday's "CABO SAN LUCAS, Mexico --"
dateline. A further record with no town of its own now takes the town and host of the page's
own event when its sentence holds it there: a cue after its name or opening the sentence
("parallel", "on the sidelines of", "during the week", "held here"), or days within the own
event's days or, under a dateline, in the week up to the report's day
(`_Reader._held_alongside`). Not an event the page's work goes on to ("will be submitted to",
"ahead of", "paves the way for"), one dated after the report, nor one in a sentence naming
another town, economy or year. Invented texts, events in 2040 and later."""

import pytest

from tests.events.reading import records_facts

pytestmark = pytest.mark.django_db


def test_officials_met_on_a_weekday_of_the_datelines_week_are_in_its_town():
    text = (
        "Pacific Rim ministers talk ports and trade at APEC meet\n\n"
        "News October 22, 2042\n\n"
        "CABO SAN LUCAS, Mexico -- APEC trade and foreign ministers opened their meeting in "
        "Cabo San Lucas on Wednesday.\n\n"
        "Senior government officials met Tuesday to settle the agenda for the ministers.\n"
    )
    facts = records_facts(text, "title", "start_date", "city", "host_economy")
    assert ("APEC Senior Officials' Meeting", "2042-10-21", "Cabo San Lucas", "MEX") in facts


def test_a_parallel_forum_named_without_day_or_town_is_held_in_the_pages_town():
    text = (
        "Lima to draw global attention with upcoming APEC Week\n\n"
        "Agency | Updated: 2043-11-09 11:21\n\n"
        "LIMA - Peru is set to be the focus of global attention for the week starting Nov 14, "
        "when the 2043 APEC Economic Leaders' Meeting gets underway.\n\n"
        "Meanwhile, in the APEC CEO Summit, a parallel business forum, business leaders are set "
        "to make recommendations to the leaders.\n"
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("APEC CEO Summit", "Lima", "PER") in facts


def test_a_forum_held_here_takes_the_datelines_town():
    text = (
        "Ministers open talks on small firms\n\n"
        "KUCHING, Malaysia, Oct 11, 2044 (Agency) - APEC ministers responsible for small "
        "business opened their 51st APEC SME Ministerial Meeting in Kuching on Friday.\n\n"
        "The APEC SME Digital Fair, held here on the sidelines of the meeting, drew 300 "
        "exhibitors.\n"
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("APEC SME Digital Fair", "Kuching", "MYS") in facts


def test_the_meeting_the_work_goes_to_after_the_report_keeps_no_town():
    text = (
        "Ministers wrap up talks\n\n"
        "HANOI, Nov. 17, 2044 (Agency) - APEC ministers wrapped up their 56th APEC Ministerial "
        "Meeting in Hanoi on Thursday.\n\n"
        "Documents endorsed by the ministers will be submitted to the APEC Economic Leaders' "
        "Meeting on Nov. 18-19.\n"
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("APEC Economic Leaders' Meeting", "", "") in facts


def test_a_cue_before_the_name_telling_of_the_own_event_makes_no_record():
    text = (
        "Savannah to host small business ministers\n\n"
        "WASHINGTON - Savannah, Ga., will host the 2049 APEC Small and Medium Enterprise "
        "Ministerial Meeting in May 2049, the department announced today.\n\n"
        "The meeting will be held in conjunction with the APEC Senior Officials' Meeting of "
        "the host year.\n"
    )
    titles = [title for (title,) in records_facts(text, "title")]
    assert "APEC Senior Officials' Meeting" not in titles


def test_another_years_week_in_the_sentence_gives_no_town():
    text = (
        "Lima to draw global attention with upcoming APEC Week\n\n"
        "LIMA, Nov 9, 2043 - Peru is set to be the focus of global attention for the week "
        "starting Nov 14, when the 2043 APEC Economic Leaders' Meeting gets underway.\n\n"
        "A first such dialogue was held during the 2041 APEC Week in the Philippines.\n"
    )
    facts = records_facts(text, "title", "city")
    assert not [f for f in facts if f[0].endswith("APEC Week") and f[1] == "Lima"]
