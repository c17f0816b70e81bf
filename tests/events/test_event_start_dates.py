"""The event's start date (eleventh round, i28b): a year alone is no first day; a day or a
month said of a later step, a next meeting or a recalled earlier meeting is not the event's;
a report's cover date and the event's own clause give the year a day without one takes."""

import pytest

from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db


def start_of(text):
    return record_facts(main_record(text), "start_date")[0]


def codes(record):
    return {warning.code for warning in record.warnings}


@pytest.mark.parametrize(
    "text",
    [
        # A speech dated by its year alone: no 1 January is invented.
        "Remarks at the APEC SME Digital Finance Forum\n\n2043\n\nIt is my pleasure to open "
        "the APEC SME Digital Finance Forum here in Auckland.",
        # A year said in the event's own sentence ("in 2047").
        "The APEC Seminar on Green Loans for Small Firms was held in Kuala Lumpur in 2047.",
        # A year in the event's name.
        "The APEC SME Forum 2047 gathered founders in Lima.",
    ],
)
def test_a_year_alone_gives_no_first_day(text):
    record = main_record(text)
    assert record.value("start_date") is None
    assert record.value("end_date") is None
    assert "year-only" in codes(record)
    warning = next(w for w in record.warnings if w.code == "year-only")
    assert "204" in warning.message  # the year the text names, for staff to judge


def test_a_month_is_still_read_as_a_month():
    record = main_record("The APEC SME Forum will be held in Lima in June 2046.")
    assert record.value("start_date").isoformat() == "2046-06-01"
    assert record.value("date_precision") == "month"


@pytest.mark.parametrize(
    ("cover", "start"),
    [("January 2044", "2044-03-14"), ("2044", "2044-03-14")],
)
def test_a_reports_cover_date_gives_the_year_of_the_day_in_the_body(cover, start):
    text = (
        "APEC Workshop on Export Credit for Micro Enterprises\n\nFinal Report\n\n"
        f"{cover}\n\nThe APEC Workshop on Export Credit for Micro Enterprises was proposed by "
        "Chile.\n\nThe workshop took place on 14-15 March in Valparaiso, Chile."
    )
    record = main_record(text)
    assert record.value("start_date").isoformat() == start
    assert record.value("end_date").isoformat() == "2044-03-15"
    assert "year-inferred" in codes(record)


@pytest.mark.parametrize(
    "later",
    [
        "The forum's recommendations will be presented to the SME Working Group in August 2045.",
        "A report on the forum will be published in October 2045.",
        "The group's next meeting will be held in Lima on 5 May 2046.",
        "Participants agreed to hold a follow-up webinar on 21 September 2045.",
        "Comments on the draft guide are due by 30 October 2045.",
    ],
)
def test_a_later_steps_date_is_not_the_events(later):
    text = (
        "Lima, Peru\n\nOfficials from 15 economies met in Lima at the APEC Women Exporters "
        f"Forum to compare the rules that slow small exporters.\n\n{later}"
    )
    assert start_of(text) is None


def test_a_follow_up_in_the_events_own_sentence_is_not_its_day():
    text = (
        "The APEC Seminar on Green Loans for Small Firms was held in Kuala Lumpur, Malaysia, "
        "in 2047, and was followed by a webinar on 21 September 2047."
    )
    record = main_record(text)
    assert record.value("start_date") is None
    assert "year-only" in codes(record)


def test_a_later_steps_date_does_not_hide_the_events_own_day():
    text = (
        "The APEC Women Exporters Forum was held in Lima on 3 June 2045. Its report will be "
        "published in October 2045."
    )
    assert start_of(text) == "2045-06-03"


@pytest.mark.parametrize(
    "recalled",
    [
        "The 48th APEC SME Ministerial Meeting builds on the first such meeting, held in Seoul "
        "on 3 June 2041.",
        "The 48th APEC SME Ministerial Meeting follows the previous meeting, held in Lima on "
        "4 May 2046.",
        "The 48th APEC SME Ministerial Meeting returns to Korea; the inaugural meeting took "
        "place in Seoul on 3 June 2041.",
    ],
)
def test_a_recalled_meetings_day_is_not_the_events(recalled):
    text = (
        "APEC SME Ministers Meet in Busan\n\nMinisters responsible for small business "
        f"gathered in Busan for the 48th APEC SME Ministerial Meeting.\n\n{recalled}"
    )
    assert start_of(text) is None


def test_a_recall_before_the_events_own_day_does_not_hide_it():
    text = (
        "After the previous meeting in Lima, the 48th APEC SME Ministerial Meeting was held in "
        "Busan on 5 May 2047."
    )
    assert start_of(text) == "2047-05-05"


@pytest.mark.parametrize(
    "ahead",
    [
        "ahead of the 2046 SME Ministerial Meeting",
        "to prepare for APEC 2046",
        "and will report to ministers in 2046",
    ],
)
def test_a_later_events_year_does_not_date_the_workshop(ahead):
    text = (
        "APEC Workshop on Cold Chains for Small Food Exporters\n\nThe APEC Workshop on Cold "
        f"Chains for Small Food Exporters was held in Hanoi on 12-13 June, {ahead}.\n\n"
        "The workshop was part of the 2043 work plan of the SME Working Group."
    )
    assert start_of(text) == "2043-06-12"
