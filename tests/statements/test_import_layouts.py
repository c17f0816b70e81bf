"""The statement reader's rules for the layouts studied in issue 27 (docs/importing.md,
"Layouts studied"): each rule on a short invented text, so that a change that breaks one
says which."""

import datetime

import pytest

from statements.importer import (
    _continues_header_line,
    _join_broken_lines,
    _list_item,
    statement_read,
)

pytestmark = pytest.mark.django_db


def read(text):
    parsed = statement_read(text)
    return parsed, [p.text for p in parsed.paragraphs]


@pytest.mark.parametrize(
    ("before", "line", "joined"),
    [
        ("21-22 OCTOBER", "2027", True),  # a date broken before its year
        ("21-22 OCTOBER 2027", "2028", False),  # a full date does not take a second year
        ("SECOND APEC MINISTERS' MEETING", "ON SMALL AND MEDIUM ENTERPRISES", True),
        ("FOURTEENTH APEC MINISTERIAL", "MEETING ON SMALL ENTERPRISES", True),
        ("JOINT", "STATEMENT", True),
        ("KOCHI, JAPAN", "21-22 OCTOBER", False),
        ("Introduction.", "On small firms", False),  # a finished line is not broken
        ("Tampico, Mexico | 3 March 2029", "2029", False),
    ],
)
def test_a_header_line_broken_by_a_pdf_copy_is_joined_only_where_it_goes_on(before, line, joined):
    assert _continues_header_line(before, line) is joined


def test_joined_header_lines_keep_the_first_line_number():
    lines = [(1, "FOURTEENTH APEC MINISTERIAL"), (2, "MEETING ON SMALL ENTERPRISES"), (3, "2027")]
    assert _join_broken_lines(lines) == [
        (1, "FOURTEENTH APEC MINISTERIAL MEETING ON SMALL ENTERPRISES"),
        (3, "2027"),
    ]


def test_a_pdf_copy_with_a_broken_capital_header_and_bare_paragraph_numbers_is_read():
    parsed, texts = read(
        "THIRD APEC MINISTERIAL\nMEETING ON SMALL FIRMS\nJOINT\nSTATEMENT\nNAGANO, JAPAN\n"
        "4-5 JUNE\n2030\n1 Ministers met in Nagano on 4-5 June 2030.\n2 Ministers agreed.\n"
    )
    assert (parsed.start_date, parsed.end_date) == (
        datetime.date(2030, 6, 4),
        datetime.date(2030, 6, 5),
    )
    assert (parsed.city, parsed.host.code, parsed.meeting_number) == ("Nagano", "JPN", 3)
    assert texts == ["Ministers met in Nagano on 4-5 June 2030.", "Ministers agreed."]
    assert [p.label for p in parsed.paragraphs] == ["1", "2"]


def test_a_bare_day_of_a_month_is_no_paragraph_number():
    parsed, texts = read(
        "2030 APEC SME Ministerial Meeting\n5 September 2030\n"
        "We, the Ministers responsible for small firms, met in Nagano, Japan on 5 September 2030.\n"
    )
    assert parsed.start_date == datetime.date(2030, 9, 5)
    assert texts == [
        "We, the Ministers responsible for small firms, met in Nagano, Japan on 5 September 2030."
    ]


@pytest.mark.parametrize(
    "title_line",
    [
        "The 9th APEC SME Ministerial Meeting Joint Ministerial Statement. Cairns, Australia "
        "September 4, 2031",
        "9th Meeting of APEC Ministers Responsible for Small Firms Statement (Cairns, Australia "
        "– 4th September 2031)",
    ],
)
def test_a_title_line_holding_the_place_and_the_date_gives_both(title_line):
    parsed, texts = read(f"{title_line}\n\n1. We agreed to share our registers of firms.\n")
    assert (parsed.city, parsed.host.code) == ("Cairns", "AUS")
    assert parsed.start_date == datetime.date(2031, 9, 4)
    assert parsed.meeting_number == 9
    assert not parsed.title.endswith(("2031", "2031)"))
    assert texts == ["We agreed to share our registers of firms."]


def test_participated_in_is_the_sentence_that_says_where_and_when():
    parsed, _ = read(
        "Joint Statement\n\n1. Ministers from twelve economies participated in the Ninth APEC "
        "Ministers' Meeting on Trade Support in Kuching, Malaysia on 11-12 March 2026.\n"
    )
    assert (parsed.city, parsed.host.code) == ("Kuching", "MYS")
    assert parsed.start_date == datetime.date(2026, 3, 11)


def test_an_ordinal_opening_the_title_numbers_any_ministerial_meeting():
    parsed, _ = read(
        "Ninth APEC Ministers' Meeting on Trade Support\n\n1. Ministers met in Kuching, "
        "Malaysia on 11-12 March 2026.\n"
    )
    assert parsed.meeting_number == 9


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("small firms online;", True),
        ("Capacity building of small firms", True),
        ("We are committed to trade. We will share what we learn.", False),  # two sentences
        (" ".join(["word"] * 41), False),  # a paragraph's length
    ],
)
def test_a_bullet_is_a_list_item_when_short_and_one_sentence(text, item):
    assert _list_item(text) is item


def test_dash_paragraphs_after_a_colon_stay_paragraphs_when_they_are_paragraphs():
    _, texts = read(
        "Chair's Statement of the 32nd APEC Small and Medium Enterprises Ministerial Meeting\n"
        "- We, the Ministers, met on 2-3 August 2032 in Cusco, Peru. We welcomed ABAC.\n"
        "- The meeting reached consensus on the following:\n"
        "- We are committed to helping small firms trade. We will share what we learn.\n"
        "- We welcome the work on payments. We ask officials to report on it.\n"
    )
    assert len(texts) == 4


def test_short_bullets_after_a_colon_stay_in_the_prose_paragraph_they_end():
    _, texts = read(
        "2000 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Ministers met in Bandar Seri Begawan, Brunei Darussalam on 20-21 June 2000.\n"
        "Ministers discussed three issues:\n- skills;\n- electronic commerce; and\n- finance.\n"
        "Ministers agreed to meet again.\n"
    )
    assert (
        texts[1]
        == "Ministers discussed three issues:\n• skills;\n• electronic commerce; and\n• finance."
    )
    assert len(texts) == 3


def test_an_ordered_list_of_bullets_under_a_colon_does_not_number_the_body():
    # a publisher's page renders the agenda items as "1. • …": the body is still prose
    _, texts = read(
        "Joint Statement at the First APEC Ministerial Meeting in Taupo, 14–15 March 2041\n\n"
        "Ministers gathered in Taupo, New Zealand, on 14–15 March 2041. A list is attached.\n\n"
        "Discussions covered two agenda items:\n\n  1. • Village Enterprises\n\n"
        "  2. • Future Steps for Cooperation\n\n"
        "At the conclusion, Ministers expressed satisfaction with the discussions.\n\n"
        "Ministers also noted the work of business councils.\n"
    )
    assert len(texts) == 4
    assert texts[1].endswith("2. • Future Steps for Cooperation")
    assert texts[2].startswith("At the conclusion")


@pytest.mark.parametrize(
    "items",
    [
        "    a.. Paperless Customs\n    b.. Credit Built on Sales Records\n",  # a mail copy
        "-\nPaperless Customs\n-\nCredit Built on Sales Records\n",  # a marker on its own line
        "\uf0b7 Paperless Customs \uf0b7 Credit Built on Sales Records\n",  # a PDF's Symbol font
    ],
)
def test_prose_after_a_list_that_ends_no_sentence_starts_a_paragraph(items):
    _, texts = read(
        "2042 APEC SME Ministerial Meeting\n"
        "Ministers met in Kota Kinabalu, Malaysia on 8-9 August 2042. They talked.\n"
        f"The meetings focused on two issues:\n{items}"
        "Ministers and business representatives welcomed the chance to talk together.\n"
    )
    assert len(texts) == 3
    assert "Credit Built on Sales Records" in texts[1]
    assert texts[2].startswith("Ministers and business")


def test_a_wrapped_item_goes_on_in_capitals_on_the_next_line():
    _, texts = read(
        "2042 APEC SME Ministerial Meeting\n"
        "Ministers met in Kota Kinabalu, Malaysia on 8-9 August 2042. They talked.\n"
        "The meetings focused on two issues:\n"
        "- credit; and\n- the help that small firms across the region need from the\n"
        "Asia-Pacific Economic Cooperation forum.\n"
    )
    assert len(texts) == 2
    assert texts[1].endswith("need from the Asia-Pacific Economic Cooperation forum.")


def test_a_numbered_list_under_a_bullet_stays_in_its_paragraph():
    _, texts = read(
        "2030 APEC SME Ministerial Meeting\nHue, Viet Nam | 15 May 2030\n"
        "1. Ministers met in Hue, Viet Nam on 15 May 2030.\n"
        "2. The objectives were to discuss:\n"
        "  • three steps including\n    1. measuring energy use\n    2. finding finance and\n"
        "    3. training staff\n"
        "3. Ministers welcomed the report.\n"
    )
    assert len(texts) == 3
    assert texts[1].endswith("3. training staff")


def test_a_sentence_numbered_1_after_a_bullet_is_a_paragraph_of_a_new_run():
    _, texts = read(
        "2007 APEC SME Ministerial Meeting\nHobart, Australia | 8 March 2007\n"
        "1. Ministers met in Hobart on 8 March 2007.\n"
        "2. Ministers agreed that growth would come from:\n  • less red tape;\n"
        "1. Ministers asked the working group to report.\n"
    )
    assert len(texts) == 3


def test_an_archive_label_block_gives_place_and_date_and_leaves_its_own_lines_out():
    parsed, texts = read(
        "[Title] Twelfth APEC Ministers' Meeting on Small Firms, Joint Statement\n"
        "[Place] Da Nang, Viet Nam\n[Date] November 3, 2033\n[Source] http://example.org/\n"
        "[Full text]\n\n1 Ministers met in Da Nang, Viet Nam on 2-3 November 2033.\n"
    )
    assert parsed.title == "Twelfth APEC Ministers' Meeting on Small Firms, Joint Statement"
    assert (parsed.city, parsed.host.code) == ("Da Nang", "VNM")
    assert parsed.start_date == datetime.date(2033, 11, 2)
    assert parsed.meeting_theme == ""
    assert "header-unread" not in [w.code for w in parsed.warnings]
    assert len(texts) == 1


def test_a_note_on_agreed_paragraphs_is_kept_above_the_paragraphs_not_counted_as_one():
    parsed, texts = read(
        "Chair's Statement of the APEC Small Business Ministerial Meeting\n"
        "Antofagasta, Chile | 9 October 2035\n\n"
        "All APEC ministers responsible for small business agreed to paragraphs 1 and 3.\n\n"
        "1. We met in Antofagasta, Chile, on 8-9 October 2035.\n2. Views differed.\n"
        "3. We welcomed the work of officials.\n"
    )
    assert texts == [
        "We met in Antofagasta, Chile, on 8-9 October 2035.",
        "Views differed.",
        "We welcomed the work of officials.",
    ]
    note = parsed.facts["paragraph_note"]
    assert (note.value, note.line) == (
        "All APEC ministers responsible for small business agreed to paragraphs 1 and 3.",
        4,
    )
    assert "paragraph-note" in [w.code for w in parsed.warnings]


def test_a_first_paragraph_that_cites_a_paragraph_of_another_text_is_still_a_paragraph():
    _parsed, texts = read(
        "Ministers met in Hakodate on 12-13 April 2034, recalling paragraph 4 of the Lima text.\n"
        "Ministers agreed to meet again next year.\n"
    )
    assert len(texts) == 2


def test_gathering_for_our_meeting_in_a_city_is_the_meeting_sentence():
    parsed, _texts = read(
        "Statement on Keeping Markets Open\n"
        "- We, the APEC Ministers, gathering for our 34th meeting in Hakodate, Japan, on "
        "12 – 13 April 2034, affirm that open markets let small firms grow.\n"
        "- We will keep our markets open to the goods of small firms of every economy.\n"
    )
    assert (parsed.city, parsed.host.code) == ("Hakodate", "JPN")
    assert (parsed.start_date, parsed.end_date) == (
        datetime.date(2034, 4, 12),
        datetime.date(2034, 4, 13),
    )


def test_a_mailing_list_copy_leaves_out_its_own_lines_and_reads_its_wrapped_paragraphs():
    parsed, texts = read(
        "[sme-watch 377] APEC SME Ministerial Statement\n\n"
        "Small Business Watch watch at example.org\nTue Sep 12 08:14:51 JST 2036\n\n"
        "Eleventh APEC SME Ministerial Meeting Joint Statement\n"
        " Monday, 11 September 2036, 6:02 pm\n   Press Release:\n\n"
        "      DAVAO, PHILIPPINES\n\n      9 - 10 SEPTEMBER 2036\n\n"
        "      The Eleventh APEC Small and Medium Enterprises (SME)\n"
        "      Ministerial Meeting was attended by Ministers from:\n\n"
        "      Australia Mexico\n      Canada Peru\n\n"
        "      The meeting was chaired by the Secretary of Trade and\n"
        "      Industry of the Philippines.\n\n"
        "      2. Ministers asked officials to study credit guarantees.\n"
    )
    assert (parsed.city, parsed.host.code) == ("Davao", "PHL")
    assert (parsed.start_date, parsed.end_date) == (
        datetime.date(2036, 9, 9),
        datetime.date(2036, 9, 10),
    )
    assert len(texts) == 2
    assert texts[0].startswith("The Eleventh APEC Small and Medium Enterprises (SME)")
    assert texts[0].endswith("Industry of the Philippines.")
    copy_lines = [w.line for w in parsed.warnings if w.code == "copy-line"]
    assert copy_lines == [1, 3, 4, 7, 8]


def test_a_bar_line_written_date_first_gives_its_date_and_keeps_the_city_of_the_place_line():
    parsed, texts = read(
        "2037 APEC High Level Meeting on Small Firms and Health\n\n"
        "Kuching, Malaysia | 14 July 2037\n\n"
        "7th APEC High-Level Meeting on Small Firms and Health Joint Statement\n\n"
        "14 July 2037 | Virtual Meeting (APEC Malaysia)\n\n"
        "The 7th APEC High-Level Meeting on Small Firms and Health convened virtually under the "
        "theme of healthy workplaces for small firms.\n\n"
        "We asked officials to share what small employers do for the health of their staff.\n"
    )
    assert (parsed.city, parsed.host.code) == ("Kuching", "MYS")
    assert parsed.start_date == datetime.date(2037, 7, 14)
    assert parsed.result.value("virtual") is True
    assert len(texts) == 2


def test_a_pdf_transcription_with_its_site_lines_and_pages_flattened_into_lines_is_read():
    parsed, texts = read(
        "APEC MINISTERIAL MEETING ON SMALL FIRMS AND THE SEA. Cairns, Australia 4-6 May "
        "Joint Statement\n\n"
        "Size: px\nStart display at page:\n\n"
        'Download "APEC MINISTERIAL MEETING ON SMALL FIRMS AND THE SEA. Cairns, Australia 4-6 May '
        'Joint Statement"\n\n'
        "Transcription\n\n"
        "1 2038/SOM2/017 Ministerial Statements: Ministerial Meeting on Small Firms and the "
        "Sea, 4-6 May 2038; Ministerial Meeting on Ports, May 2038 Submitted by: APEC "
        "Secretariat Second Senior Officials Meeting Darwin, Australia May 2038\n\n"
        "2 APEC MINISTERIAL MEETING ON SMALL FIRMS AND THE SEA Cairns, Australia 4-6 May 2038 "
        " Joint Statement The sea feeds the small firms of our coasts. We, the "
        "Ministers responsible for small firms and the sea, commit to help coastal firms "
        "trade, to keep the sea clean for them and to share what works between our "
        "economies; we ask officials to report on it next y\n"
    )
    assert (parsed.city, parsed.host.code) == ("Cairns", "AUS")
    assert (parsed.start_date, parsed.end_date) == (
        datetime.date(2038, 5, 4),
        datetime.date(2038, 5, 6),
    )
    assert len(texts) == 1
    assert texts[0].startswith("The sea feeds the small firms of our coasts.")


def test_a_virtual_meeting_named_after_its_host_year_gives_the_host_economy():
    parsed, _texts = read(
        "8th APEC High-Level Meeting on Small Firms and Health Joint Statement\n\n"
        "30 August 2041 | Virtual Meeting (APEC New Zealand)\n\n"
        "The 8th APEC High-Level Meeting on Small Firms and Health convened virtually to "
        "discuss the health of workers in small firms.\n"
    )
    assert (parsed.city, parsed.host.code) == ("", "NZL")
    assert parsed.start_date == datetime.date(2041, 8, 30)
