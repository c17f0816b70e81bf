"""The statement reader's rules added in the eleventh round (i28l2), on invented text."""

import pytest

from statements.importer import statement_read

pytestmark = pytest.mark.django_db


def test_ministers_who_met_for_the_nth_time_give_the_meetings_number():
    text = (
        "2043 APEC Energy Ministerial Meeting\n\nHobart, Australia | 14 March 2043\n"
        "We, APEC Energy Ministers, met for the ninth time in Hobart on 14 March 2043.\n"
        "  1. We note the energy use of small firms.\n"
    )
    assert statement_read(text).meeting_number == 9


def test_an_ordinal_meeting_of_ministers_in_the_meeting_sentence_gives_its_number():
    text = (
        "2044 APEC Tourism Ministerial Meeting\n\nEnsenada, Mexico | 06 - 08 May 2044\n"
        "  1. The Fourth APEC Meeting of Ministers Responsible for Tourism was convened in "
        "Ensenada, Mexico, from May 7-8 2044.\n"
        "  2. Ministers agreed to help small tour operators.\n"
    )
    assert statement_read(text).meeting_number == 4


def test_a_count_of_a_later_meeting_is_not_this_ones_number():
    text = (
        "2044 APEC Tourism Ministerial Meeting\n\nEnsenada, Mexico | 06 - 08 May 2044\n"
        "  1. Ministers met in Ensenada, Mexico, on 7-8 May 2044.\n"
        "  2. They look forward to the Fifth Ministers' Meeting.\n"
    )
    assert statement_read(text).meeting_number is None


def test_long_unnumbered_lines_before_the_first_number_are_paragraphs_of_their_own():
    first = "Ministers met in Tagaytay, Philippines on 11 - 12 May 2045 to review trade. " * 2
    second = "The Meeting is being held at a time of slower growth in the region for firms. " * 2
    text = (
        "2045 Meeting of APEC Ministers Responsible for Trade\n\n"
        f"{first.strip()}\n{second.strip()}\nSmall Firms at the Border\n"
        "3. Ministers welcomed the report on paperless trade.\n"
    )
    assert len(statement_read(text).paragraphs) == 3


def test_a_dash_alone_on_its_line_marks_the_line_under_it_as_a_list_item():
    text = (
        "2046 APEC Tourism Ministerial Meeting\n"
        "We, APEC Tourism Ministers, met in Coquimbo, Chile, on 20-21 August 2046.\n"
        "The goals of the working group are as follows:\n-\nRemove barriers to small tour "
        "operators;\n-\nHelp travellers move between economies; and\n-\nMeasure what "
        "tourism adds to towns.\n"
    )
    paragraphs = statement_read(text).paragraphs
    assert len(paragraphs) == 2
    assert paragraphs[1].text.endswith("• Measure what tourism adds to towns.")
