"""The statement reader's rules added in the thirteenth round (c5), on invented text.

Classes from a learning set of real SME Ministerial statements (docs/importing.md,
"Thirteenth round, statements (c5)"): a summary dated by its month only, a meeting number
written as an ordinal word past the thirties, and a PDF copy's footnote marker after a
sentence's end with the footnote at the foot of the copy.
"""

import datetime

import pytest

from apec_portal.import_accuracy import _statement_facts
from statements.importer import statement_read

pytestmark = pytest.mark.django_db


SUMMARY = (
    "Growing Small Firms Across Borders\n"
    "This Joint Ministerial Statement from the APEC small and medium enterprise ministerial "
    "meeting held in Cusco, Peru in June 2044, sets out how economies mean to help small "
    "firms sell abroad.\n"
    "Ministers asked officials to give more attention to:\n"
    "- Loans for small exporters;\n- Training in customs paperwork.\n"
)


def test_a_meeting_sentence_with_a_month_and_year_only_dates_the_meeting_by_its_month():
    parsed = statement_read(SUMMARY)
    assert parsed.start_date == datetime.date(2044, 6, 1)
    assert parsed.end_date is None
    assert parsed.date_precision == "month"
    assert parsed.city == "Cusco"
    assert "month-only" in {warning.code for warning in parsed.warnings}


def test_a_month_only_date_is_scored_as_no_first_day_but_gives_the_year():
    facts = _statement_facts(SUMMARY)
    assert (facts["year"], facts["start"], facts["end"]) == (2044, None, None)


def test_a_day_in_the_header_wins_over_a_month_only_sentence():
    text = (
        "APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Cusco, Peru | 12 - 13 June 2044\n"
        "1. Ministers responsible for SMEs met in Cusco, Peru in June 2044 to discuss trade.\n"
        "2. Ministers welcomed the working group's report.\n"
    )
    parsed = statement_read(text)
    assert (parsed.start_date, parsed.end_date) == (
        datetime.date(2044, 6, 12),
        datetime.date(2044, 6, 13),
    )
    assert parsed.date_precision == "day"


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("Forty-Seventh", 47),
        ("Fifty-First", 51),
        ("fifty first", 51),
        ("Sixtieth", 60),
        ("Ninety-Ninth", 99),
        ("Twenty-Fifth", 25),
    ],
)
def test_an_ordinal_word_past_the_thirties_gives_the_whole_number(written, number):
    text = (
        "2045 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "1. APEC Ministers responsible for SMEs gathered during 4-5 October 2045 in Kaohsiung, "
        f"Chinese Taipei for The {written} APEC Ministerial Meeting on Small and Medium "
        "Enterprises (SMEs).\n"
        "2. Ministers welcomed the working group's report.\n"
    )
    assert statement_read(text).meeting_number == number


def test_a_title_opening_with_an_ordinal_word_in_the_forties_numbers_the_meeting():
    text = (
        "FORTY-NINTH APEC MINISTERS' MEETING\nON SMALL AND MEDIUM ENTERPRISES\n"
        "Valparaiso, Chile\nMay 3-4, 2043\nJOINT STATEMENT\n"
        "1.Ministers met in Valparaiso, Chile, 3-4 May, 2043.\n"
        "2.Ministers applauded the Leaders' call for small firms' priorities.\n"
    )
    assert statement_read(text).meeting_number == 49


def test_the_unit_word_after_a_tens_word_is_not_read_as_the_number():
    text = (
        "2041 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "We, the APEC Ministers responsible for SMEs, met in Ipoh, Malaysia on 3 May 2041 for "
        "the Forty-Seventh APEC SME Ministerial Meeting.\n"
        "We welcomed the working group's report.\n"
    )
    assert statement_read(text).meeting_number == 47


PROSE_WITH_FOOTNOTE = (
    "2047 APEC Small and Medium Enterprises Ministerial Meeting\n"
    "Ipoh, Malaysia | 14 - 15 May 2047\n"
    "Ministers responsible for SMEs met in Ipoh, Malaysia on 14-15 May 2047 to discuss how "
    "small firms recover after floods.[1]\n"
    "The business forum took place on the first day of the meeting.\n"
    "Ministers welcomed the report of the working group.\n"
    "[1] The meeting was chaired by the Minister of Rural Enterprise of Malaysia.\n"
)


def test_a_footnote_marker_after_a_full_stop_still_ends_the_paragraph():
    paragraphs = statement_read(PROSE_WITH_FOOTNOTE).paragraphs
    assert [p.text.split()[0:2] for p in paragraphs] == [
        ["Ministers", "responsible"],
        ["The", "business"],
        ["Ministers", "welcomed"],
    ]


def test_the_footnote_at_the_foot_of_the_copy_is_no_paragraph_and_is_named_in_a_warning():
    parsed = statement_read(PROSE_WITH_FOOTNOTE)
    assert all("Rural Enterprise" not in p.text for p in parsed.paragraphs)
    assert "footnote" in {warning.code for warning in parsed.warnings}
    assert parsed.incomplete is False


def test_a_numbered_paragraph_keeps_its_marker_and_loses_the_footnote_below_it():
    text = (
        "  1. APEC Ministers responsible for 21 economies met in Valparaiso on\n"
        "    8-9 March 2046 for the 52ndAPEC SME Ministerial Meeting.[1]\n"
        "  2. Ministers endorsed a guide for small online sellers.\n"
        "[1] Held with the working group's hundredth meeting.\n"
    )
    parsed = statement_read(text)
    assert len(parsed.paragraphs) == 2
    assert parsed.paragraphs[0].text.endswith("Meeting.[1]")
    assert parsed.paragraphs[1].text == "Ministers endorsed a guide for small online sellers."
    assert parsed.meeting_number == 52


def test_a_bracketed_number_without_a_marker_above_is_kept_as_text():
    text = (
        "2047 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Ministers responsible for SMEs met in Ipoh, Malaysia on 14-15 May 2047.\n"
        "[2] Ministers welcomed the report of the working group.\n"
    )
    paragraphs = statement_read(text).paragraphs
    assert any("welcomed the report" in p.text for p in paragraphs)


def test_a_statement_dated_by_its_month_is_saved_with_a_month_precise_meeting():
    from statements.importer import statement_save

    statement = statement_save(parsed=statement_read(SUMMARY))
    meeting = statement.meeting
    assert (meeting.start_date, meeting.date_precision) == (datetime.date(2044, 6, 1), "month")
