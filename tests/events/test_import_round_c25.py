"""Sixth session, c25: the host of APEC's standing meetings from the host year. A page naming
one of APEC's standing meetings (Leaders', ministerial, senior officials' meetings) with its
year but no host, no town and no host year gets the host economy of that year from
core/data/apec_host_years.csv, with low confidence and a `host-from-apec-year` warning. Never
for a workshop, training, project, dialogue, ABAC meeting or CEO Summit, for another body's
meeting, when the page's town or the place it names lies in another economy, for a working
group's meeting on a page naming no senior officials' meeting, nor for a sectoral ministerial
meeting before 2005. Invented texts; the years are real host years (the table's facts)."""

import pytest

from tests.events.reading import dated_records, main_record, record_facts

pytestmark = pytest.mark.django_db


def _warned(record):
    return [w.code for w in record.warnings if w.code.startswith("host-")]


def test_the_table_holds_every_host_year_from_1989():
    from core.importing import apec_host_years

    years = apec_host_years()
    assert (years[1989], years[1994], years[2015], years[2020], years[2023]) == (
        "AUS",
        "IDN",
        "PHL",
        "MYS",
        "USA",
    )
    assert sorted(years) == list(range(1989, max(years) + 1))


def test_a_virtual_trade_ministers_meeting_of_a_year_takes_that_years_host():
    text = (
        "date 2020-07-26 The 2020 APEC Ministers Responsible for Trade Meeting (MRT) was held "
        "virtually on July 25, with COVID-19 at the top of its agenda.\n\n"
        "Speaking at the meeting, a deputy minister said supply chains must stay open."
    )
    record = main_record(text)
    assert record_facts(record, "start_date", "host_economy") == ("2020-07-25", "MYS")
    assert record.facts["host_economy"].confidence == "low"
    assert _warned(record) == ["host-from-apec-year"]


def test_a_senior_officials_meeting_on_a_ministry_page_takes_its_years_host():
    text = (
        "APEC Second Senior Officials' Meeting (SOM2):\n\n"
        "APEC's Second Senior Officials' Meeting (SOM2) was held from May 20-21, 2023. Our "
        "delegate spoke on supply chain resilience and digital trade."
    )
    records = dated_records(text)
    assert ("Second Senior Officials' Meeting", "2023-05-20", "", "USA") in records


def test_an_economy_the_page_travels_to_agrees_with_the_host_year():
    text = (
        "Minister to attend APEC meeting\n\n"
        "October 16, 2017\n\n"
        "The Finance Minister will travel to Viet Nam tomorrow to attend the APEC Finance "
        "Ministers' Meeting. He will join its sessions on October 21."
    )
    assert record_facts(main_record(text), "host_economy") == ("VNM",)


def test_an_economy_named_as_the_place_elsewhere_blocks_the_table():
    text = (
        "Minister to attend APEC meeting\n\n"
        "October 16, 2017\n\n"
        "The Finance Minister will travel to Chile tomorrow to attend the APEC Finance "
        "Ministers' Meeting. He will join its sessions on October 21."
    )
    record = main_record(text)
    assert record_facts(record, "host_economy") in ((None,), ("CHL",))
    assert "host-from-apec-year" not in _warned(record)


def test_an_informal_senior_officials_meeting_in_december_opens_the_next_host_year():
    text = (
        "Officials start the new APEC year\n\n"
        "The APEC Informal Senior Officials' Meeting (ISOM) was held on 8-9 December 2022. "
        "Officials discussed the priorities of the coming year."
    )
    assert record_facts(main_record(text), "host_economy") == ("USA",)


@pytest.mark.parametrize(
    "name",
    [
        "APEC Workshop on Export Finance for Small Firms",
        "APEC Training Course on Customs Risk Management",
        "APEC Public-Private Dialogue on Digital Trade",
        "APEC Business Advisory Council Meeting",
        "APEC CEO Summit",
    ],
)
def test_no_table_host_for_workshops_trainings_dialogues_abac_or_the_ceo_summit(name):
    text = (
        f"{name} concludes\n\n"
        f"The {name} was held on 14 May 2019. Participants from 15 economies took part."
    )
    record = main_record(text)
    assert "host-from-apec-year" not in _warned(record)
    assert record_facts(record, "host_economy") == (None,)


def test_no_table_host_for_another_bodys_ministerial_meeting():
    text = (
        "ASEAN Economic Ministers' Meeting concludes\n\n"
        "The ASEAN Economic Ministers' Meeting was held on 7 September 2019. Ministers also "
        "discussed the APEC agenda."
    )
    assert "host-from-apec-year" not in _warned(main_record(text))


def test_a_working_group_meeting_takes_the_table_host_only_beside_a_som():
    alone = (
        "SME group meets\n\n"
        "The 46th APEC Small and Medium Enterprises Working Group Meeting was held on 20-21 "
        "February 2018. Members reviewed the group's work plan."
    )
    beside = alone + (
        " The meeting was one of the meetings held ahead of the First Senior Officials' "
        "Meeting (SOM1)."
    )
    assert record_facts(main_record(alone), "host_economy") == (None,)
    assert record_facts(main_record(beside), "host_economy") == ("PNG",)


def test_no_table_host_for_a_sectoral_ministerial_meeting_before_2005():
    text = (
        "Energy ministers meet\n\n"
        "The 6th APEC Energy Ministers' Meeting was held on 10 June 2004. Ministers discussed "
        "energy security."
    )
    assert record_facts(main_record(text), "host_economy") == (None,)


def test_the_leaders_meeting_of_a_year_before_2005_takes_its_host():
    text = (
        "Leaders meet\n\n"
        "The APEC Economic Leaders' Meeting was held on 25 November 1996. Leaders adopted a "
        "plan of action."
    )
    assert record_facts(main_record(text), "host_economy") == ("PHL",)


def test_a_further_meeting_without_a_town_takes_its_years_host():
    text = (
        "Senior officials close their third meeting\n\n"
        "date 2015-09-02 The Third APEC Senior Officials' Meeting (SOM3) concluded on "
        "Wednesday with members agreeing on the year's work.\n\n"
        "Senior officials also prepared the APEC Ministerial Meeting on 16 November 2015."
    )
    records = dated_records(text)
    assert ("APEC Ministerial Meeting", "2015-11-16", "", "PHL") in records
