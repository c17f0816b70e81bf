"""Sixth session, c26: APEC's standing meetings as pages write them
(`core/data/standing_meetings.csv`, `events/reading/standing.py`, `events/reading/mentions.py`).

Newspapers, wires and business-council pages name the standing meetings in many ways: in
lower case and by their town ("their Wellington summit", "a leaders meeting in Bogor"), by who
meets ("the APEC Ministers Responsible for Trade, who will meet in …", "to APEC Economic
Leaders on 12-13 September"), by a number written after an acronym ("SOM-II", "ABAC 1 2052",
"ABAC II"), or with words inside the number ("the third and final APEC Senior Officials'
Meeting"). Each spelling is a row of the table, not a rule. Invented texts, events in 2051 and
later."""

import pytest

from events.reading.standing import standing_meeting
from tests.events.reading import records_facts

pytestmark = pytest.mark.django_db


def test_summits_named_by_their_town_in_lower_case_are_records():
    text = (
        "Ground set for Apec talks\n\n"
        "NAPIER, Aug. 3, 2051 (Newswire) -- The third APEC Senior Officials' Meeting (SOM III) "
        "begins in Napier today, ending with a formal session of senior officials from August 11 to 13.\n\n"
        "Officials will settle the agenda that leaders consider at their Wellington summit in "
        "six weeks.\n\n"
        "New Zealand's year follows last year's troubled Kuala Lumpur summit, held at the "
        "height of the downturn."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("Wellington summit", "Wellington", "NZL") in facts
    assert ("Kuala Lumpur summit", "Kuala Lumpur", "MYS") in facts


def test_leaders_meetings_recalled_in_lower_case_each_keep_their_town():
    text = (
        "Tue, 26 Nov 2052\n\n"
        "APEC leaders pledge growth for all\n\n"
        "SUBIC, the Philippines (Newswire): Leaders of the APEC forum pledged yesterday to share "
        "the gains of open trade.\n\n"
        "The fifth APEC economic leaders meeting was held yesterday at the Subic Bay "
        "Convention Center.\n\n"
        "The inaugural leaders meeting was held in Seattle in 2048. It was followed by a "
        "leaders meeting in Bogor, West Java, in 2049."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("inaugural leaders meeting", "Seattle", "USA") in facts
    assert ("leaders meeting", "Bogor", "IDN") in facts


def test_leaders_named_by_who_meets_with_their_days_are_a_record():
    text = (
        "Final preparations made for APEC ministers and leaders\n\n"
        "Press Release\n13 August 2054\n\n"
        "The second APEC Senior Officials' Meeting concluded today in Napier, New Zealand.\n\n"
        "Its recommendations go to the APEC Ministerial Meeting to be held in Auckland on "
        "9-10 September, and to APEC Economic Leaders on 12-13 September."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("APEC Economic Leaders' Meeting", "2054-09-12") in facts
    assert ("APEC Ministerial Meeting", "2054-09-09") in facts


def test_words_inside_a_number_and_a_hyphened_acronym_number_are_read():
    text = (
        "Officials to gather in Cebu\n\n"
        "MANILA, July 2, 2055 (Newswire) -- APEC senior officials will gather in Cebu on "
        "August 22 for the 3rd APEC Senior Officials' Meeting (SOM-III) and Related Meetings.\n\n"
        "Its agenda follows from SOM-II last May in Boracay, where officials backed a plan for "
        "small firms."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("SOM-II", "Boracay", "PHL") in facts


def test_the_business_councils_numbered_meetings_are_records():
    text = (
        "ABAC Australia\n\n"
        "ABAC 1 2056\n\n"
        "Sydney was chosen as the place of the first ABAC meeting of the year.\n\n"
        "ABAC 1 2056 was held in Sydney from 12 – 15 February 2056.\n\n"
        "ABAC II 2056 will be held in Vancouver from 25 to 28 April 2056."
    )
    facts = records_facts(text, "title", "start_date", "city")
    assert ("ABAC 1 2056", "2056-02-12", "Sydney") in facts
    assert ("ABAC II 2056", "2056-04-25", "Vancouver") in facts


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("third and final APEC Senior Officials' Meeting", "APEC Senior Officials' Meeting"),
        ("Kuala Lumpur summit", "APEC Economic Leaders' Meeting"),
        ("meeting of foreign affairs and trade ministers", "APEC Ministerial Meeting"),
        ("Apec meeting on small and medium scale enterprises", "APEC SME Ministerial Meeting"),
        ("ABAC II", "APEC Business Advisory Council Meeting"),
        ("SOM-II", "APEC Senior Officials' Meeting"),
        ("WTO Ministerial Conference", None),
    ],
)
def test_each_spelling_of_a_standing_meeting_is_a_row_of_the_table(written, name):
    row = standing_meeting(written)
    assert (row.name if row else None) == name


def test_a_summit_starting_on_a_day_on_a_page_without_a_year_is_a_record():
    text = (
        "At the 40th APEC Ministerial Meeting (Photo: Newswire)\n\n"
        "Hanoi (Newswire) - Foreign and trade ministers of the APEC forum gathered in Port "
        "Moresby (Papua New Guinea) on November 15 to discuss open markets.\n\n"
        "The ministerial meeting paves the way for a two-day APEC summit starting November 17 "
        "in the Papua New Guinea capital."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("APEC summit", None) in facts
