"""The statement reader's rules added in the eleventh round (i28s), on invented text."""

import datetime

import pytest

from statements.importer import statement_read

pytestmark = pytest.mark.django_db


def test_ministers_attending_the_nth_meeting_give_its_place_days_and_number():
    text = (
        "2047 APEC Meeting of Ministers Responsible for Forestry\n\n"
        "Lae, Papua New Guinea | 03 June 2047\n"
        "  1. We, the Ministers and Senior Officials attending the Fifth APEC Meeting of "
        "Ministers Responsible for Forestry in Lae, Papua New Guinea, on 2 - 4 June 2047:\n\n"
        "  2. Noting the work of small sawmills in the region;\n"
    )
    parsed = statement_read(text)
    assert parsed.start_date == datetime.date(2047, 6, 2)
    assert parsed.end_date == datetime.date(2047, 6, 4)
    assert parsed.meeting_number == 5


def test_the_meeting_was_attended_by_names_no_meeting_sentence():
    text = (
        "2047 APEC Meeting of Ministers Responsible for Forestry\n\n"
        "Lae, Papua New Guinea | 03 June 2047\n"
        "  1. The meeting was attended by the Executive Director in Madang on 9 June 2047.\n"
        "  2. Ministers met in Lae, Papua New Guinea, on 2 - 4 June 2047.\n"
    )
    assert statement_read(text).start_date == datetime.date(2047, 6, 2)


def test_a_town_written_with_its_article_is_the_city():
    text = (
        "2048 APEC Ministerial Meeting on Telecommunications\nJoint Statement\n"
        "1. A Meeting of APEC Ministers responsible for telecommunications was convened at "
        "the Gold Coast, Australia, 7-8 March 2048.\n"
        "2. Ministers agreed to help small carriers.\n"
    )
    parsed = statement_read(text)
    assert parsed.city == "Gold Coast"
    assert parsed.host.code == "AUS"


def test_long_lines_broken_after_a_comma_are_a_declarations_clauses():
    text = (
        "2049 APEC Ministerial Meeting on the Telecommunications Industry\n\n"
        "Ensenada, Mexico | 10 - 12 April 2049\n"
        "We, the APEC Ministers responsible for telecommunications and the information "
        "industry, gathered at Ensenada, Mexico, 11-12 April, 2049,\n"
        "recalling the declaration our Leaders made at their last meeting, which asks us to "
        "open markets to small carriers and to help every town reach the network at a fair "
        "price.\n"
        "answering the call of our Leaders, who:\n"
        "  1. asked for fair rules for small carriers;\n"
        "  2. asked for cheaper links between islands.\n"
    )
    assert len(statement_read(text).paragraphs) == 3
