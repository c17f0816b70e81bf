"""The event reader's rules of round c35: apec.org and host-year site pages (Secretariat
releases with their "City, Economy | date" line, media advisories, SOM day reports,
ministers' statement pages).

Each test but the guards fails on the reader before the round. The texts are invented, in
the layouts of real apec.org and host-year pages (docs/importing.md, "Seventh session,
c35").
"""

import pytest

from events.importer import event_document_read
from tests.events.reading import record_facts

pytestmark = pytest.mark.django_db


def _facts(text):
    return [record_facts(r) for r in event_document_read(text).records]


def test_a_release_written_in_the_capital_places_the_meeting_where_ministers_meet():
    text = (
        "Skip to main content\n\n"
        "Chile's Trade Minister Urges Progress on Services APEC Trade Ministers' Meeting - "
        "May 14 to 15\n\n"
        "Santiago, Chile | 2 May 2039\n"
        "Chile's Trade Minister, Ms Ana Rojas, has asked APEC Trade Ministers to agree on "
        "services rules when they meet in Puerto Montt, Chile, on 14-15 May.\n"
        "In a letter to Ministers attending the Meeting of APEC Ministers Responsible for "
        "Trade, Ms Rojas listed the issues she hopes to settle."
    )
    facts = _facts(text)[0]
    assert facts[1:3] == ("2039-05-14", "Puerto Montt")
    assert facts[4] == "CHL"


def test_guard_the_release_line_places_a_meeting_the_body_does_not_place():
    text = (
        "Skip to main content\n\n"
        "Senior Officials Begin Work on the 2039 Agenda\n\n"
        "Santiago, Chile | 2 March 2039\n"
        "The First APEC Senior Officials' Meeting opened today, with officials reviewing the "
        "work plans of the year's committees."
    )
    assert _facts(text)[0][2] == "Santiago"


def test_a_town_after_a_clock_time_is_a_time_zone_not_the_place():
    text = (
        "Registrations open for the first APEC 2027 virtual media conference\n\n"
        "The first APEC Senior Officials' Meeting (SOM1) of 2027 will be held on Tuesday, "
        "9 March at 09:00 (Singapore) or 08:00 (Ha Noi), with officials joining online.\n\n"
        "Senior officials will convene on 9-10 March virtually to plan the year's work."
    )
    facts = _facts(text)[0]
    assert facts[2] == ""
    assert facts[4] == "VNM"


def test_guard_a_town_after_a_clock_time_and_local_time_is_no_place():
    text = (
        "Press conference after the APEC 2037 First Senior Officials' Meeting\n\n"
        "The virtual press conference on the First Senior Officials' Meeting will take place "
        "at 7:00 a.m. Singapore local time on Thursday, March 5, 2037, online."
    )
    assert _facts(text)[0][2] != "Singapore"


def test_a_meeting_just_around_the_corner_is_not_the_page_own_event():
    text = (
        "News & Top Stories\n\n"
        "APEC Malaysia 2039 is on track before Leaders' Meeting in November\n\n"
        "By the Chair of the APEC Senior Officials\n\n"
        "With the APEC Economic Leaders' Meeting just around the corner, Malaysia recently "
        "concluded the Third APEC Senior Officials' Meeting (SOM3) and Related Meetings, "
        "during 9-22 August 2039 in Kota Bharu. SOM3 brought together over 50 meetings."
    )
    records = _facts(text)
    own = [r for r in records if "Senior Officials" in r[0]]
    assert own and own[0][1:3] == ("2039-08-09", "Kota Bharu")
    leaders = [r for r in records if "Leaders" in r[0]]
    assert leaders and leaders[0][1:3] == (None, "")


DAY_REPORT = (
    "Results from Day 3 of SOM 2 and Related Meetings\n\n"
    "May 11, 2027, Hai Phong, Viet Nam - The third working day of SOM 2 and related meetings "
    "began with the opening of the APEC Study Centers Consortium Meeting (ASCC), and "
    "activities of the Committee on Trade and Investment (CTI).\n\n"
    "At the Workshop on Green Ports, delegates discussed the cost of shore power for ships.\n\n"
    "The CTI today organized two activities including “Port Services Technical Meeting” and "
    "“Workshop on Customs Data Exchange”.\n\n"
    "The “Workshop on Single Windows” started its second working day."
)


def test_a_day_report_counts_back_its_cluster_first_day():
    records = _facts(DAY_REPORT)
    assert records[0][:3] == ("Second Senior Officials' Meeting", "2027-05-09", "Hai Phong")


def test_a_day_report_dates_the_meetings_held_that_day():
    by_title = {r[0]: r[1:3] for r in _facts(DAY_REPORT)}
    assert by_title["APEC Study Centers Consortium Meeting"] == ("2027-05-11", "Hai Phong")
    assert by_title["Workshop on Green Ports"] == ("2027-05-11", "Hai Phong")
    assert by_title["Port Services Technical Meeting"] == ("2027-05-11", "Hai Phong")
    assert by_title["Workshop on Single Windows"] == ("2027-05-10", "Hai Phong")


def test_halfway_through_a_cluster_gives_no_first_day():
    text = (
        "Halfway through SOM 2 and Related Meetings\n\n"
        "May 14th, 2027, Hai Phong, Viet Nam – APEC SOM 2 and related meetings continued with "
        "four activities.\n\n"
        "The SOM Friends of the Chair on Ports organized “APEC Dialogue on Green Shipping”."
    )
    records = _facts(text)
    assert records[0][:3] == ("Second Senior Officials' Meeting", None, "Hai Phong")
    assert records[1][:2] == ("APEC Dialogue on Green Shipping", "2027-05-14")
