"""Eighth session, e1: APEC's standing meetings with a weekday or the weekend of their own.

Newspapers and wires on a ministerial meeting name the Leaders' meeting that follows by its
weekdays only: "the APEC Leaders' Meeting on the weekend", "the Leaders' Meeting, scheduled for
Saturday and Sunday", "the annual APEC summit will be held on Monday and Tuesday", "the leaders
of the 21 APEC member economies on Saturday and Sunday". The weekday said right after the name
is a fact of its own (`standing.OWN_WEEKDAY_RE`), so the meeting is one more record, held by
the host of the page's own meeting; with no date to count from it has no first day. Invented
texts, events in 2046 and later."""

import pytest

from tests.events.reading import records_facts

pytestmark = pytest.mark.django_db


def test_leaders_meeting_on_the_weekend_is_a_record_of_the_hosts():
    text = (
        "APEC ministers open talks in Santiago\n\n"
        "The 58th APEC Ministerial Meeting opened in Santiago, Chile on Wednesday, to make "
        "final preparations for the APEC Leaders' Meeting on the weekend.\n\n"
        "The ministers will also prepare documents for the leaders, a minister said."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert facts[0] == ("58th APEC Ministerial Meeting", "Santiago", "CHL")
    assert ("APEC Leaders' Meeting", "", "CHL") in facts


def test_annual_summit_held_on_two_weekdays_is_a_record():
    text = (
        "Pact talks go on beside APEC ministers\n\n"
        "Trade ministers of the 12 economies in the pact talks met on the side of the APEC "
        "Ministerial Meeting in Bangkok, Thailand.\n\n"
        "Following the ministerial meeting, the annual APEC summit will be held on Monday and "
        "Tuesday, where leaders will discuss the ministers' joint statement."
    )
    facts = records_facts(text, "title", "start_date", "host_economy")
    assert ("APEC summit", None, "THA") in facts


def test_leaders_of_member_economies_on_weekend_days_are_a_record():
    text = (
        "APEC ministers agree on green goods list\n\n"
        "The APEC Ministerial Meeting closed in Vladivostok, Russia with a list of 40 green "
        "goods.\n\n"
        "The list goes to the leaders of the 21 APEC member economies on Saturday and Sunday "
        "for approval, trade official Lin Qiao said."
    )
    titles = [title for (title,) in records_facts(text, "title")]
    assert "APEC Economic Leaders' Meeting" in titles


def test_a_weekday_not_right_after_the_name_gives_none():
    text = (
        "APEC ministers open talks in Santiago\n\n"
        "The 58th APEC Ministerial Meeting opened in Santiago, Chile on Wednesday.\n\n"
        "Their report to the APEC Leaders' Meeting was drafted by officials who met on Monday."
    )
    titles = [title for (title,) in records_facts(text, "title")]
    assert titles == ["58th APEC Ministerial Meeting"]
