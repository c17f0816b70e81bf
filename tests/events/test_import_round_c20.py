"""Sixth session, c20: the host and co-hosts of every record. An economy that "will once again
host the APEC forum" this year, or that "assumed APEC's rotating presidency", hosts the
year's meetings a page names without a host or a town; another year's presidency ("will assume
the presidency in 2052") hosts none of them. Economies "as co-sponsors" of an event co-host it;
"with the support of" an economy is no co-hosting; a page naming no host leaves it empty.
Invented texts, events in 2049 and later."""

import pytest

from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db


def test_an_economy_that_will_host_the_apec_forum_hosts_the_years_meeting():
    text = (
        "APEC 2050: Back in Chile\n\n"
        "Monday, March 7, 2050\n\n"
        "Later this year Chile will once again host the Asia-Pacific Economic Cooperation "
        "(APEC) forum.\n\n"
        "Foreign Minister Tomas Ibarra will serve as co-chair for the APEC Ministerial "
        "Meeting on 12 November 2050, along with Trade Minister Rosa Quintana."
    )
    record = main_record(text)
    assert record_facts(record, "title", "host_economy", "co_host_economies") == (
        "APEC Ministerial Meeting",
        "CHL",
        [],
    )


def test_an_economy_that_assumed_the_rotating_presidency_hosts_the_summit():
    text = (
        "President to hold twelve meetings at the summit\n\n"
        "The president will take part in the 2051 Asia Pacific Economic Cooperation summit, "
        "held on October 7-9, 2051, aides said.\n\n"
        "Since Chile assumed APEC's rotating presidency on January 1, it has organised more "
        "than 90 events, including ministerial conferences and workshops.\n\n"
        "Peru will assume the forum's rotating presidency in 2052."
    )
    record = main_record(text)
    assert record_facts(record, "start_date", "host_economy") == ("2051-10-07", "CHL")


def test_another_years_presidency_hosts_none_of_this_years_meetings():
    text = (
        "Ministers to meet on digital trade\n\n"
        "The APEC Digital Trade Ministerial Meeting will be held on 4 June 2051.\n\n"
        "Peru will assume the forum's rotating presidency in 2052."
    )
    assert record_facts(main_record(text), "host_economy") == (None,)


def test_economies_as_co_sponsors_co_host_the_event():
    text = (
        "APEC Workshop on Rural SME Credit opens in Kazan\n\n"
        "KAZAN, 12 March 2050 – The APEC Workshop on Rural SME Credit opened today in Kazan. "
        "The workshop is an initiative of Russia with China and Viet Nam as co-sponsors, and "
        "gathers 70 officials from 14 economies."
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("Kazan", "RUS")
    assert sorted(record.value("co_host_economies")) == ["CHN", "VNM"]


def test_support_of_an_economy_is_no_co_hosting():
    text = (
        "APEC Forum on Women-led Startups held in Santiago\n\n"
        "SANTIAGO, 4 June 2050 – The APEC Forum on Women-led Startups was held today in "
        "Santiago. The forum was organised by Chile's Ministry of Economy with the support of "
        "Australia and the APEC Secretariat."
    )
    record = main_record(text)
    assert record_facts(record, "host_economy", "co_host_economies") == ("CHL", [])


def test_a_page_naming_no_host_leaves_it_empty():
    text = (
        "Online course on SME digital tools\n\n"
        "The APEC Online Course on SME Digital Tools will run on 14 July 2050. Participants "
        "from member economies can register on the course website."
    )
    assert record_facts(main_record(text), "host_economy") == (None,)


def test_the_economy_whose_initiative_it_is_hosts_and_its_co_sponsors_co_host():
    text = (
        " date 2050-11-10 Tuesday, 10 November, 2050 - 09:12\n\n"
        "An APEC contest for the region's best women-led small firms will take place 12-13 "
        "November.\n\n"
        "The annual APEC Women Enterprise Award, known as the APEC WEA, is an initiative of "
        "Russia with China, Japan and Mexico as co-sponsors of this year's contest."
    )
    record = main_record(text)
    assert record_facts(record, "host_economy") == ("RUS",)
    assert sorted(record.value("co_host_economies")) == ["CHN", "JPN", "MEX"]


def test_an_economy_that_chaired_the_meeting_hosts_it():
    text = (
        "Media Release – Malaysia leads the first fully virtual APEC trade officials' meeting\n\n"
        "Malaysia successfully chaired the APEC Virtual Extraordinary Senior Officials' Meeting "
        "on Supply Chains yesterday, 14 May 2050. The meeting brought together 21 economies "
        "from eight time zones on a single virtual platform."
    )
    assert record_facts(main_record(text), "host_economy") == ("MYS",)


def test_a_person_who_chaired_a_working_group_meeting_gives_no_host():
    text = (
        "The 61st APEC Small and Medium Enterprises Working Group Meeting was held online on "
        "3 May 2050. The meeting was chaired by Dr. Alan Wu, Director General, SMEA, Chinese "
        "Taipei."
    )
    assert record_facts(main_record(text), "host_economy") == (None,)


def test_a_project_pages_proposing_and_co_sponsoring_economies():
    text = (
        "Project Title\n\nAPEC Workshop on Export Skills for Micro Firms \n\nProject Year\n\n"
        "2050 \n\nSponsoring Forum\n\nSmall and Medium Enterprises Working Group (SMEWG) \n\n"
        "Proposing Economy(ies)\n\nPeru \n\nCo-Sponsoring Economies\n\nChile; Mexico; Viet Nam "
        "\n\nExpected Start Date\n\n01/03/2050 \n\nExpected Completion Date\n\n31/12/2050 \n\n"
        "Project Proponent Name 1\n\nLuisa Campos \n\nOrganization 1\n\nMinistry of Production \n"
    )
    record = main_record(text)
    assert record_facts(record, "host_economy") == ("PER",)
    assert sorted(record.value("co_host_economies")) == ["CHL", "MEX", "VNM"]
