"""The event reader's rules of the sixth session's round c17: pages that are not news
releases (meeting papers, calendars of a host year's meetings, group pages, participants'
posts).

The texts are invented, in the layouts of real meeting papers and host-year calendars
(docs/importing.md, "Sixth session, c17"). The first tests of each class fail on the reader
before the round; those marked as guards hold on it and after.
"""

from pathlib import Path

import pytest

from events.importer import event_document_read
from tests.events.reading import record_facts

pytestmark = pytest.mark.django_db

DEVSET = Path(__file__).parent / "devset"


def _records(name):
    text = (DEVSET / name).read_text()
    return [
        record_facts(r, "title", "start_date", "city") for r in event_document_read(text).records
    ]


# --- One meeting named by its group's acronym and by its words is one record ---------------


def test_a_work_plans_next_meeting_is_read_once():
    records = _records("e1700_c17_work_plan_paper_next_meeting_by_acronym.txt")
    assert records == [
        ("61st SMEWG Meeting", "2046-03-12", "Valdivia"),
        ("62nd SMEWG Meeting", "2046-09-08", "Hue"),
    ]


# --- A calendar's rows led by a meeting's acronym, in the year the list names ---------------


def test_a_host_years_calendar_rows_are_each_a_meeting_of_the_listed_year():
    records = _records("e1701_c17_host_year_calendar_rows_by_acronym.txt")
    assert records == [
        ("First Senior Officials' Meeting", "2047-02-10", "Trujillo"),
        ("Second Senior Officials' Meeting", "2047-05-05", "Iquitos"),
        ("Third Senior Officials' Meeting", "2047-08-09", "Tacna"),
        ("Concluding Senior Officials' Meeting", "2047-11-10", "Lima"),
    ]


def test_a_place_line_is_not_a_calendar_row():
    # guard: a speech's header place line is still its dateline
    text = (
        "Remarks at the opening of the APEC SME Finance Dialogue\n\n"
        "Ica, Peru\n\n"
        "Good morning. I welcome you to Ica for the APEC SME Finance Dialogue, held on "
        "4 June 2047."
    )
    record = event_document_read(text).records[0]
    assert record_facts(record, "city", "host_economy") == ("Ica", "PER")


# --- Rows under a lead line naming their kind ("Key Ministerial Meetings are:") -------------


def test_rows_under_a_plural_kind_lead_are_each_a_meeting():
    records = _records("e1702_c17_host_year_calendar_rows_under_plural_lead.txt")
    assert records == [
        ("Trade Ministers", "2049-05-17", "Valparaíso"),
        ("Structural Reform Ministers", "2049-08-20", "Temuco"),
        ("Digital Trade", "2049-08-11", "Puerto Montt"),
        ("SME Week", "2049-09-02", "Concepción"),
    ]


def test_a_sentence_after_a_list_lead_is_not_a_row():
    # guard: prose after "… are:" names no meeting by its first words
    text = (
        "APEC SME Ministerial Meeting opens in Lima\n\n"
        "The 50th APEC SME Ministerial Meeting opened in Lima on 4 May 2049. "
        "The main topics of the meetings are:\n"
        "Ministers will also hear from founders on 5 May about export finance."
    )
    records = event_document_read(text).records
    assert [record_facts(r, "title", "start_date") for r in records] == [
        ("50th APEC SME Ministerial Meeting", "2049-05-04")
    ]


# --- A meeting paper's header: the meeting in capitals, then its venue in mixed case --------


def test_a_header_in_capitals_ends_its_name_where_the_venue_begins():
    text = (DEVSET / "e1703_c17_meeting_paper_header_in_capitals_then_venue.txt").read_text()
    record = event_document_read(text).records[0]
    title, start, city, venue, host = record_facts(record)
    assert title.endswith("12th MEETING OF THE TOURISM WORKING GROUP")
    assert (start, city, venue, host) == (
        "2050-04-06",
        "Iquique",
        "Pacific Shores Hotel and Conference Centre",
        "CHL",
    )


def test_a_name_in_mixed_case_still_runs_through_an_acronym():
    # guard: "APEC" in capitals inside a mixed-case name is no header in capitals
    text = (
        "The Meeting of the APEC Ocean and Fisheries Working Group opened at the Harbour View "
        "Hotel in Iquique on 6 April 2050."
    )
    record = event_document_read(text).records[0]
    assert record_facts(record, "title", "venue") == (
        "Meeting of the APEC Ocean and Fisheries Working Group",
        "Harbour View Hotel",
    )


# --- A calendar's one-line rows: a meeting named twice in its row, a month after a name ------


def test_a_calendar_row_naming_its_meeting_twice_keeps_its_city():
    records = _records("e1704_c17_host_year_calendar_one_line_rows.txt")
    assert records[1] == ("First Senior Officials’ Meeting", "2049-02-23", "Santiago")


def test_a_month_after_a_name_is_its_day_not_part_of_the_name():
    records = _records("e1704_c17_host_year_calendar_one_line_rows.txt")
    assert records[-1] == ("II Meeting of Senior Finance Representatives", "2049-10-13", "Santiago")


def test_a_calendar_row_under_a_row_is_named_by_its_words_before_its_days():
    records = _records("e1704_c17_host_year_calendar_one_line_rows.txt")
    assert records[4] == (
        "SMEs Week: High-Level Dialogue on finance and exports and Ministerial Meeting",
        "2049-09-06",
        "Temuco",
    )


def test_a_calendar_row_to_be_confirmed_gives_no_record():
    titles = [title for title, _, _ in _records("e1704_c17_host_year_calendar_one_line_rows.txt")]
    assert not any("Women in the Economy" in title for title in titles)


# --- A calendar of stacked lines: days, place, event -----------------------------------------


def test_a_stacked_calendar_row_is_one_event_with_its_days_and_place():
    assert _records("e1705_c17_secretariat_calendar_stacked_rows.txt") == [
        ("Seminar on Accessible Tourism for Small Operators", "2051-02-03", "Hobart"),
        ("Workshop on Export Credit for Micro Firms", "2051-02-12", "Da Nang"),
        ("APEC Senior Trade Officials Meeting", "2051-02-20", "Wellington"),
    ]


def test_a_days_line_over_prose_is_not_a_stacked_row():
    # guard: a date alone under a speech's place line is still the speech's day
    text = (
        "Remarks at the APEC SME Finance Dialogue\n\n"
        "Ica, Peru\n\n"
        "4 June\n\n"
        "Good morning. I welcome you to Ica for the APEC SME Finance Dialogue, held on "
        "4 June 2047."
    )
    record = event_document_read(text).records[0]
    assert record_facts(record, "start_date", "city") == ("2047-06-04", "Ica")
