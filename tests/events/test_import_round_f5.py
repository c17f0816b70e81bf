"""Ninth session, f5: the year of a numbered Leaders' or Ministerial Meeting. Pages write "the
26th APEC Economic Leaders' Meeting … from November 17-18" without the year; the latest year
the text names (2017, the year before) is not its year. core/data/standing_meeting_numbers.csv
gives each number's year (AELM 1st 1993 … 26th 2018, 27th 2020 …; AMM 1st 1989 … 30th 2018,
31st 2020 …): a record that is such a meeting and whose first day's year was not written takes
the table's year, with a `year-from-number` warning naming the number, and its host follows. A
page naming no year at all takes that year for its days. "Vietnam hosted the APEC Year 2017"
names 2017's host only. Invented texts; the numbers and years are the table's (real) facts."""

import pytest

from tests.events.reading import main_record, read_records, record_facts

pytestmark = pytest.mark.django_db


def test_the_table_gives_the_years_around_the_cancelled_2019_meetings():
    from events.reading.standing import meeting_numbers

    years = meeting_numbers()
    assert [years[("AELM", n)] for n in (1, 25, 26, 27, 31)] == [1993, 2017, 2018, 2020, 2024]
    assert [years[("AMM", n)] for n in (1, 20, 30, 31, 35)] == [1989, 2008, 2018, 2020, 2024]
    assert 2019 not in years.values()


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("26th APEC Economic Leaders' Meeting", 2018),
        ("the 20th Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting", 2008),
        ("12th Economic Leaders' Meeting of the APEC forum", 2004),
        ("10TH APEC ECONOMIC LEADERS' MEETING", 2002),
        ("24th APEC Summit", 2016),
        ("11th APEC Tourism Ministerial Meeting", None),
        ("15th APEC Small and Medium Enterprises Ministerial Meeting", None),
        ("Seventh Ministerial Meeting", None),
        ("APEC Ministerial Meeting", None),
    ],
)
def test_a_title_that_is_a_numbered_standing_meeting(title, year):
    from events.reading.standing import numbered_meeting

    found = numbered_meeting(title)
    assert (found.year if found else None) == year


def test_a_numbered_leaders_meeting_without_its_year_is_the_numbers_year_and_host():
    text = (
        "Prime Minister to attend APEC leaders' meeting\n\n"
        "The Prime Minister will attend the 26th APEC Economic Leaders' Meeting at the "
        "invitation of the host's Prime Minister. The meeting will be held in Port Moresby on "
        "November 17-18.\n\n"
        "Vietnam successfully hosted the APEC Year 2017, with activities across the country. "
        "The 25th APEC Economic Leaders' Meeting was held in Da Nang on November 10-11, 2017."
    )
    record = main_record(text)
    assert record_facts(record, "start_date", "host_economy") == ("2018-11-17", "PNG")
    warned = [w.message for w in record.warnings if w.code == "year-from-number"]
    assert len(warned) == 1 and "26th" in warned[0]


def test_the_earlier_numbered_meeting_with_its_year_written_keeps_it():
    text = (
        "Prime Minister to attend APEC leaders' meeting\n\n"
        "The Prime Minister will attend the 26th APEC Economic Leaders' Meeting in Port "
        "Moresby on November 17-18.\n\n"
        "The 25th APEC Economic Leaders' Meeting was held in Da Nang on November 10-11, 2017."
    )
    records = read_records(text)
    assert ("25th APEC Economic Leaders' Meeting", "2017-11-10") in [
        (r.value("title"), str(r.value("start_date"))) for r in records
    ]


def test_a_page_naming_no_year_at_all_takes_the_numbered_meetings_year():
    text = (
        "Ministers meet ahead of the leaders\n\n"
        "Foreign and trade ministers of the 21 APEC member economies gathered for the 28th "
        "APEC Ministerial Meeting on November 17.\n\n"
        "The ministers reviewed the work of the year on trade and structural reform."
    )
    record = main_record(text)
    assert record_facts(record, "start_date", "host_economy") == ("2016-11-17", "PER")


def test_a_numbered_meeting_with_its_year_written_is_left_alone():
    text = (
        "Ministers meet\n\n"
        "The 30th APEC Ministerial Meeting was held in Port Moresby on November 15, 2018. "
        "Ministers discussed the digital economy."
    )
    record = main_record(text)
    assert record_facts(record, "start_date") == ("2018-11-15",)
    assert not [w for w in record.warnings if w.code == "year-from-number"]


def test_a_year_hosted_names_that_years_host_not_the_events():
    text = (
        "Prime Minister to attend APEC leaders' meeting\n\n"
        "The Prime Minister will attend the APEC Economic Leaders' Meeting in Port Moresby. "
        "The meeting will be held on November 17-18, 2018. Vietnam successfully hosted the "
        "APEC Year 2017, with a wide range of activities across the country."
    )
    assert record_facts(main_record(text), "host_economy") == ("PNG",)


def test_a_further_numbered_meeting_keeps_its_day_on_a_page_without_a_release_date():
    text = (
        "The 16th Ministerial Meeting of APEC begins here Wednesday with the focus on trade.\n\n"
        "The two-day meeting, attended by foreign and trade ministers, will lay the groundwork "
        "for the 12th APEC leaders' informal meeting slated for Nov. 20-21.\n\n"
        "The first APEC ministerial meeting was held in Canberra, Australia, in November 1989. "
        "The second ministerial meeting was held in Singapore in July 1990."
    )
    found = {(r.value("title"), str(r.value("start_date"))) for r in read_records(text)}
    assert ("12th APEC leaders' informal meeting", "2004-11-20") in found
