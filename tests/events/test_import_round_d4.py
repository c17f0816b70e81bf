"""Eighth session, d4: which record each fact of a sentence belongs to, on pages of chambers,
councils, institutes, universities, embassies and ministries. A further event named after
another in its sentence takes no day said of the earlier one ("The … CEO Summit will take
place from November 14-16, overlapping with the APEC Leaders' Summit"); an event named as the
frame of another ("took place as a side event of the … Summit … on November 8") takes neither
its day nor a town of an organiser's name; "gather this week in San Francisco for their annual
summit" places the summit; a year after "no later than" (or paired with one, "2010/2020") dates
nothing; the second organiser of "hosted by the … and the International Study Centre of …" and
"the hosts of the conference were the … Institute" are no venue; "hosted virtually by the New
Zealand Committee of …" names the host. Invented texts in the real layouts (docs/importing.md,
round d4)."""

import pytest

from tests.events.reading import main_record, read_records, record_facts

pytestmark = pytest.mark.django_db


def test_a_further_event_takes_no_day_said_of_an_event_named_before_it():
    text = (
        "Harbour Chamber to Attend APEC CEO Summit in Port Lumen\n\n"
        "October 2, 2041\n\n"
        "When Asia-Pacific business leaders gather this week in Brisbane for their annual "
        "summit, the Harbour Chamber of Commerce will be there.\n\n"
        "The APEC CEO Summit will take place from October 4-6, overlapping with the APEC "
        "Leaders' Summit.\n\n"
        "The chamber will be represented by three board members."
    )
    records = read_records(text)
    titles = [record.value("title") for record in records]
    assert "APEC CEO Summit" in titles
    assert all(
        record.value("start_date") is None
        for record in records
        if "Leaders" in (record.value("title") or "")
    )


def test_gather_in_a_town_for_their_annual_summit_places_the_summit():
    text = (
        "Harbour Chamber to Attend APEC CEO Summit\n\n"
        "October 2, 2041\n\n"
        "When Asia-Pacific business leaders gather this week in Brisbane for their annual "
        "summit, the Harbour Chamber of Commerce will be there.\n\n"
        "The APEC CEO Summit will take place from October 4-6."
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("Brisbane", "AUS")


def test_a_year_no_later_than_or_paired_with_one_dates_nothing():
    text = (
        "Chapter II.\n\n"
        "General Overview- The International Community and Japan's Foreign Policy in 2037\n\n"
        "a) Significance of the APEC Meetings in the Philippines\n\n"
        "The Twelfth Ministerial Meeting was held in Manila (20-21 November), followed by the "
        "Eighth Informal Economic Leaders Meeting in Subic (23 November).\n\n"
        "The leaders recalled the goal of free and open trade no later than 2040/2045.\n\n"
        "The 2037 Philippines APEC marked the start of this work."
    )
    starts = sorted(str(record.value("start_date")) for record in read_records(text))
    assert starts == ["2037-11-20", "2037-11-23"]


def test_a_second_organiser_after_and_the_is_no_venue():
    text = (
        "31st Pacific Council General Meeting concludes\n\n"
        "The 31st APEC Pacific Council General Meeting concluded on 3 November 2043. The event "
        "was hosted by the Korea National Committee of the Pacific Council (KNCPC) and the "
        "International Study Centre of the Korean Ministry of Foreign Affairs."
    )
    record = main_record(text)
    assert record_facts(record, "venue", "host_economy") == ("", "KOR")


def test_who_the_hosts_were_is_no_venue():
    text = (
        "Overview of the 2042 APEC Study Centers Consortium Conference\n\n"
        "This year, the APEC Study Centers Consortium Conference was held in Cebu, "
        "Philippines on May 12-13, 2042. The main hosts of the Conference were the Philippine "
        "Institute for Policy Research (PIPR) and the Philippine APEC Study Network."
    )
    record = main_record(text)
    assert record_facts(record, "city", "venue", "host_economy") == ("Cebu", "", "PHL")


def test_hosted_virtually_by_a_committee_named_by_its_economy_names_the_host():
    text = (
        "Council Link July 2043\n\n"
        "The 30th Pacific Council General Meeting will be hosted virtually by the New Zealand "
        "Committee of the Pacific Council on an online meeting platform. The General Meeting "
        "will be held on the 21st - 22nd July 2043."
    )
    assert main_record(text).value("host_economy") == "NZL"


@pytest.mark.parametrize("frame", ["as a side event of", "alongside"])
def test_a_frame_of_another_event_takes_neither_its_day_nor_an_organisers_town(frame):
    text = (
        "APEC partnership\n\n"
        "APEC Student Forum\n\n"
        "The inaugural APEC Student Forum brought students together with business leaders.\n\n"
        f"The Forum took place {frame} the APEC CEO Summit 2040 and was organized "
        "in partnership with the Viet Nam Ministry of Education and the National Open "
        "University, Hanoi on November 8, 2040."
    )
    summits = [r for r in read_records(text) if "CEO Summit" in (r.value("title") or "")]
    assert all(r.value("start_date") is None and not r.value("city") for r in summits)


def test_a_state_alone_is_no_town_but_names_the_host():
    text = (
        "APEC Summit to be held in Hawai’i in 2043\n\n"
        "The Pacific Centre issued a press release announcing that the Asia Pacific Economic "
        "Cooperation (APEC) Summit will be held in Hawai’i in November 2043. Protest groups "
        "say they will march."
    )
    record = main_record(text)
    assert record_facts(record, "city", "host_economy") == ("", "USA")


def test_a_headlines_to_meet_from_a_weekday_looks_ahead():
    text = (
        "Business Leaders to Meet in Denver from Sunday\n\n"
        "APEC Business Advisory Council Singapore | 23 February 2040\n"
        "Senior business leaders from around the Asia-Pacific will meet in Denver over the "
        "coming week to look at ways to strengthen the business environment of the region.\n"
        "The APEC Business Advisory Council (ABAC) is made up of business people chosen by the "
        "Leaders of APEC economies.\n"
        "This will be the first of three ABAC meetings taking place around the region in 2040 "
        "to prepare recommendations for APEC Leaders."
    )
    assert str(main_record(text).value("start_date")) == "2040-02-26"


def test_a_roadshow_a_university_hosted_is_at_the_hall_the_sentence_names():
    text = (
        "NSU hosts APEC Roadshow\n\n"
        "To teach its students the basics of the Asia-Pacific Economic Cooperation (APEC), the "
        "Northern Sierra University hosted the APEC 101 Roadshow on March 4, 2044 at the "
        "Performing Arts Center.\n\n"
        "The hall was filled with students eager to hear the resource speaker."
    )
    record = main_record(text)
    assert record_facts(record, "title", "start_date", "venue") == (
        "APEC 101 Roadshow",
        "2044-03-04",
        "Performing Arts Center",
    )
