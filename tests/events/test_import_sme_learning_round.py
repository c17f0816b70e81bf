"""Events, eleventh round (i28l3): layouts of real SME event pages (SME agencies, host-year
sites, newspapers), each read from an invented text in that layout."""

import pytest

from events.importer import event_document_read
from events.reading.document import _sentence_pieces
from tests.events.reading import record_facts

pytestmark = pytest.mark.django_db


def _facts(record):
    return record_facts(record, "title", "start_date", "city", "host_economy")


def test_a_full_stop_inside_a_short_quotation_ends_no_sentence():
    text = (
        "The agency will host the 41st APEC SME Ministerial Meeting under the theme "
        "“Build. Share. Grow.” which will be held on 3 May 2041 in Phuket. It ends on Friday."
    )
    assert _sentence_pieces(text) == (
        "The agency will host the 41st APEC SME Ministerial Meeting under the theme "
        "“Build. Share. Grow.” which will be held on 3 May 2041 in Phuket.",
        "It ends on Friday.",
    )


def test_a_long_quotation_still_ends_its_sentences():
    text = (
        "He said: “We met. We agreed on the plan for small firms and their lenders. Then we left."
    )
    assert len(_sentence_pieces(text)) == 3


def test_meetings_listed_before_a_slogan_share_its_days_and_place():
    text = (
        "News\nThe agency will lead in hosting the 41st APEC SME Ministerial Meeting, the 67th "
        "APEC SME Working Group Meeting and related activities under the theme “Build. Share. "
        "Grow.” which will be held during 3 – 8 May 2041, in Phuket."
    )
    records = event_document_read(text).records
    assert [_facts(r) for r in records] == [
        ("41st APEC SME Ministerial Meeting", "2041-05-03", "Phuket", "THA"),
        ("67th APEC SME Working Group Meeting", "2041-05-03", "Phuket", "THA"),
    ]


def test_a_second_meeting_after_and_the_is_not_part_of_the_first_name():
    text = (
        "News\nFriday, June 7, 2041\n\nThe next events will be the Ministerial Meeting on "
        "Women and the Women in the Economy Forum, scheduled to take place in La Serena from "
        "June 24 to 28."
    )
    assert [_facts(r) for r in event_document_read(text).records] == [
        ("Ministerial Meeting on Women", "2041-06-24", "La Serena", "CHL"),
        ("Women in the Economy Forum", "2041-06-24", "La Serena", "CHL"),
    ]


def test_an_of_part_with_and_the_still_goes_on():
    text = (
        "News\nThe APEC Workshop on Coastal MSMEs and the Blue Economy opened in Lima on "
        "4 May 2041."
    )
    [record] = event_document_read(text).records
    assert record.value("title") == "APEC Workshop on Coastal MSMEs and the Blue Economy"


def test_an_event_named_only_by_its_kind_after_apec_spelled_out_is_read():
    text = (
        " date 2041-09-14 TAIPEI (Taiwan News) — A deputy minister told an Asia-Pacific "
        "Economic Cooperation (APEC) meeting on the Thai island of Krabi Saturday (Sept. 14) "
        "about help for small firms.\n\nHe told the Sept. 13-14 meeting that loans had reached "
        "more firms."
    )
    [record] = event_document_read(text).records
    assert _facts(record)[0] == "APEC meeting"
    assert _facts(record)[2:] == ("Krabi", "THA")


def test_inaugurated_is_an_event_verb_of_the_headline_place():
    text = (
        "Click acá para ir directamente al contenido\n\nFriday, October 4, 2041\n\n"
        "Minister Ruiz inaugurates 47th APEC SME Ministerial Meeting in Concepción\n\n"
        "Friday, October 4, 2041. The minister inaugurated the 47th APEC SME Ministerial "
        "Meeting, held today and tomorrow at the Harbour Hall in the Biobío region."
    )
    [record] = event_document_read(text).records
    assert _facts(record) == (
        "47th APEC SME Ministerial Meeting",
        "2041-10-04",
        "Concepción",
        "CHL",
    )


@pytest.mark.parametrize(
    "line", ["Click acá para ir directamente al contenido", "Ir al contenido principal"]
)
def test_a_spanish_skip_link_is_page_chrome(line):
    from core.importing import is_chrome

    assert is_chrome(line)


def test_a_statement_page_title_and_its_ministerial_meeting_on_smes_are_one_meeting():
    text = (
        "2043 APEC Small and Medium Enterprises Ministerial Meeting\n"
        '"Small Firms, Open Markets"\nIntroduction\n'
        "1. APEC Ministers responsible for SMEs from the 21 member economies gathered during "
        "6-7 May 2043 in Daegu, Republic of Korea for The Twentieth APEC Ministerial Meeting on "
        "Small and Medium Enterprises (SMEs).\n"
        "2. The meeting was also attended by the Executive Director of the APEC Secretariat."
    )
    [record] = event_document_read(text).records
    assert _facts(record) == (
        "Twentieth APEC Ministerial Meeting on Small and Medium Enterprises",
        "2043-05-06",
        "Daegu",
        "KOR",
    )


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Small firms were praised at the opening of the Small and Medium Enterprises "
            "Working Group (SMEWG) meeting today in Hue.",
            "APEC Small and Medium Enterprises Working Group meeting",
        ),
        (
            "Before the ministers, officials met for a two-day meeting of the 71st SME Working "
            "Group (SMEWG) in Hue on 3 May 2041.",
            "71st APEC SME Working Group meeting",
        ),
    ],
)
def test_a_working_group_meeting_in_prose_without_apec_before_it(sentence, title):
    [record] = event_document_read(f"News\n2 May 2041\n\n{sentence}").records
    assert record.value("title") == title
    assert record.value("city") == "Hue"


@pytest.mark.parametrize(
    ("gap", "listed"),
    [
        ("28th APEC SME Ministerial Meeting, the ", True),
        ("Ministerial Meeting on Women and the ", True),
        ("APEC CEO Summit 17–19, the ", False),
        ("SOM2 will be the focus on May 14 and 15 and the ", False),
    ],
)
def test_meetings_are_listed_one_after_another_only_with_a_joiner_between(gap, listed):
    from events.reading.document import _listed_after

    assert _listed_after(gap) is listed


def test_a_quoted_part_the_forum_includes_is_not_the_texts_event():
    text = (
        "APEC SME Trade Forum Executive Summary\n\n"
        "APEC SME Trade Forum and Exhibition was opened on 27 August 2041. On 28-29 August "
        "2041, plenary sessions were held in the hall of the Busan Exhibition Centre.\n"
        'This year\'s Trade Forum includes "SME Exhibition" (90 booths) and "Business Talk".'
    )
    [record] = event_document_read(text).records
    assert record.value("title").startswith("APEC SME Trade Forum")
    assert record.value("start_date").isoformat() == "2041-08-27"
