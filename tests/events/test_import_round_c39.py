"""The event reader's rules of round c39: older press of APEC's first years (1989-2006),
wire and newspaper stories and government releases: APEC's name spelled as they spell it
("Asia Pacific Economic Cooperation", "Asia-Pacific Economic Co-operation"), the meeting named
as "the meeting of the … forum", a wire's "the South Korean port city of Pusan", the host
named by its leader's adjective ("The meeting's host, South Korean President …"), small
places of those years ("Blake Island").

Each test but the guards fails on the reader before the round. The texts are invented, in
the layouts of real stories (docs/importing.md, "Seventh session, c39").
"""

import pytest

from events.importer import event_document_read
from tests.events.reading import record_facts

pytestmark = pytest.mark.django_db


def _facts(text):
    return [record_facts(r) for r in event_document_read(text).records]


def test_a_wire_spelling_co_operation_reads_the_ministerial_meeting_it_names_lower_case():
    text = (
        "Sunday, 12 November, 2000, 10:12 GMT\n"
        "Pacific ministers look for a way out of the slump\n"
        "Foreign and trade ministers of the 21-member Asia-Pacific Economic Co-operation "
        "forum (Apec) have been meeting in Brunei to talk about the regional downturn.\n"
        "The ministerial meeting opens the way for the leaders, who gather later in the week."
    )
    facts = _facts(text)[0]
    assert facts[0] == "APEC Ministerial Meeting"
    assert facts[4] == "BRN"


def test_a_story_naming_apec_without_its_hyphen_is_no_refusal():
    text = (
        "Hurricane may threaten Pacific Rim talks\n"
        "October 20, 2031\n"
        "PUERTO VALLARTA, Mexico -- Forecasters said Monday a storm could reach this resort "
        "as heads of state arrive.\n"
        "At the meeting of the Asia Pacific Economic Cooperation group, terrorism pushed "
        "trade aside.\n"
        "Trade and foreign ministers meet Wednesday and Thursday."
    )
    facts = _facts(text)[0]
    assert facts[0] == "APEC meeting"
    assert facts[2] == "Puerto Vallarta"
    assert facts[4] == "MEX"


def test_the_meeting_of_the_forum_names_apecs_meeting():
    text = (
        "Security tight as summit opens\n"
        "Nov 12, 2032\n"
        "The summit of the 21-member Asia Pacific Economic Cooperation forum opened on "
        "Friday, Nov. 12, 2032 at the Cheju International Convention Center."
    )
    facts = _facts(text)[0]
    assert facts[:2] == ("APEC summit", "2032-11-12")


def test_a_two_word_nationality_before_port_city_of_is_no_town():
    text = (
        "Leaders gather for Pacific Rim summit\n"
        "The APEC Economic Leaders' Meeting opened on Friday, Nov. 18, 2033 in the South "
        "Korean port city of Pusan."
    )
    facts = _facts(text)[0]
    assert facts[2] == "Pusan"
    assert facts[4] == "KOR"


def test_the_meetings_host_named_by_its_leaders_adjective():
    text = (
        "Trade and flu top Pacific summit agenda\n"
        "The meeting of the Asia Pacific Economic Cooperation (APEC) forum brought leaders "
        "together on Friday.\n"
        "The meeting's host, Malaysian Prime Minister Ahmad Salleh, greeted each leader at the "
        "Putra World Trade Centre."
    )
    assert _facts(text)[0][4] == "MYS"


def test_blake_island_is_a_town_of_its_year():
    text = (
        "Leaders to meet on an island\n"
        "November 2, 2034\n"
        "The APEC Economic Leaders' Meeting will be held on Blake Island on 20 November, "
        "after the ministers' talks in Seattle."
    )
    facts = _facts(text)[0]
    assert facts[2] == "Blake Island"
    assert facts[4] == "USA"


def test_guard_the_forum_itself_is_no_event():
    text = (
        "Seminar on trade rules\n"
        "The APEC Trade Policy Seminar was held in Lima on 5 May 2036. Hosting the "
        "Asia Pacific Economic Cooperation forum in 2038 is a task Chile prepares for."
    )
    facts = _facts(text)[0]
    assert facts[0] == "APEC Trade Policy Seminar"


def test_guard_last_years_host_leader_is_not_this_years_host():
    text = (
        "Ministers meet in Lima\n"
        "The APEC Ministerial Meeting was held in Lima, Peru on 14 November 2037. Last year's "
        "host, Chilean President Rojas, sent a message."
    )
    assert _facts(text)[0][4] == "PER"


def test_guard_the_northern_australian_city_of_darwin():
    text = (
        "Energy officials meet in Darwin\n"
        "The APEC Energy Working Group meeting opened on 3 May 2038 in the northern "
        "Australian city of Darwin."
    )
    assert _facts(text)[0][2] == "Darwin"
