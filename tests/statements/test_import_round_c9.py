"""The statement reader's rules added in the thirteenth round, statements wave 2 (c9).

Classes from a mail-list copy of a real SME Ministerial statement and a learning set of real
statements (docs/importing.md, "Thirteenth round, statements wave 2 (c9)"): a copy's rule
line and release line above a header broken over two lines, the meeting's number in that
header or in "for their Nth meeting", sub-items in every marker style under a paragraph that
ends with ":", and a bare number at the end of a cut-off copy. Texts are invented.
"""

import pytest

from statements.importer import statement_read

pytestmark = pytest.mark.django_db


MAIL_COPY = (
    "[sme-notes 2214] APEC SME Ministerial Statement\n\n"
    "Small Firms Watch watch at example.org\n"
    "Sat Jul 6 04:12:09 JST 2041\n\n\n"
    "APEC Secretariat Media Advisory 31/2041\n\n\n"
    f"{'-' * 80}\n\n"
    "APEC Small and Medium Enterprise (SME)\n"
    "Forty-Seventh Ministerial Meeting\n\n"
    "Whanganui, New Zealand, \n3-4 July 2041\n\n"
    "JOINT MINISTERIAL STATEMENT\n\n"
    "APEC Ministers responsible for SMEs met in Whanganui on 3-4 July for their "
    "forty-seventh meeting. Owners of small firms took part in open sessions.\n\n"
    "The meetings looked at what small firms need, focusing on two issues:\n\n"
    "    a.. Simpler Rules of Origin\n\n"
    "    b.. Payments that Cross Borders\n\n"
    "Ministers thanked New Zealand for hosting the meeting.\n"
)


def _texts(parsed):
    return [paragraph.text for paragraph in parsed.paragraphs]


def test_a_rule_line_of_a_mail_copy_is_no_bullet_and_opens_no_body():
    parsed = statement_read(MAIL_COPY)
    texts = _texts(parsed)
    assert len(texts) == 3
    assert texts[0].startswith("APEC Ministers responsible for SMEs met in Whanganui")
    assert not any("---" in text for text in texts)


def test_a_media_advisory_line_is_a_line_of_the_copy():
    parsed = statement_read(MAIL_COPY)
    assert "Media Advisory" not in (parsed.meeting_theme or "")
    copy_lines = [w.message for w in parsed.warnings if w.code == "copy-line"]
    assert any("Media Advisory 31/2041" in message for message in copy_lines)


def test_a_header_broken_over_two_lines_is_one_title_and_numbers_the_meeting():
    parsed = statement_read(MAIL_COPY)
    assert (
        parsed.title == "APEC Small and Medium Enterprise (SME) Forty-Seventh Ministerial Meeting"
    )
    assert parsed.meeting_number == 47
    assert (parsed.city, parsed.host.code) == ("Whanganui", "NZL")


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("met in Kuching on 9-10 June 2046 for their seventh meeting.", 7),
        ("gathering for our 52nd meeting in Kuching, Malaysia, on 9 – 10 June 2046, agree.", 52),
        ("met in Kuching on 9-10 June 2046 for our fifty-third meeting.", 53),
        ("met in Kuching on 9-10 June 2046 for their meeting.", None),
        ("met in Kuching on 9-10 June 2046 and look forward to our 53rd meeting in Lima.", None),
    ],
)
def test_for_their_or_our_nth_meeting_in_the_meeting_sentence_numbers_the_meeting(sentence, number):
    parsed = statement_read(
        f"Statement on Small Exporters\n- We, the APEC Ministers responsible for SMEs, {sentence}\n"
        "- We thank Malaysia for its warm welcome.\n"
    )
    assert parsed.meeting_number == number


def test_an_ordinal_before_the_forum_name_with_its_acronym_numbers_the_meeting():
    parsed = statement_read(
        "Ministers from Australia; Chile; and Peru gathered in Ha Noi, Viet Nam on 15-16 "
        "November 2046 to participate in the Fifty-Eighth Asia-Pacific Economic Cooperation "
        "(APEC) Ministerial Meeting (AMM-58). The APEC Secretariat was present.\n"
        "Ministers thanked Viet Nam for hosting the meeting.\n"
    )
    assert parsed.meeting_number == 58


HEAD = "APEC Small and Medium Enterprises Ministerial Meeting\nLima, Peru | 3 - 4 May 2043\n\n"
OPENING = "Ministers responsible for SMEs met in Lima, Peru on 3-4 May 2043 to discuss trade.\n\n"
INTRO = "The meeting looked at what holds small firms back, focusing on three issues:\n\n"
CLOSING = "\nMinisters thanked Peru for hosting the meeting and for its warm welcome.\n"
ITEMS = ("Paperless Customs", "Credit from Sales", "Skills for Selling Online")
MARKERS = {
    "mail lettered": ("a..", "b..", "c.."),
    "mail numbered": ("1..", "2..", "3.."),
    "mail roman": ("i..", "ii..", "iii.."),
    "lettered": ("a.", "b.", "c."),
    "lettered bracket": ("(a)", "(b)", "(c)"),
    "roman bracket": ("(i)", "(ii)", "(iii)"),
    "capital lettered": ("A.", "B.", "C."),
    "dash": ("-", "-", "-"),
    "bullet": ("•", "•", "•"),
    "mail bullet o": ("o", "o", "o"),
    "arrow glyph": ("➢", "➢", "➢"),
    "odd mark": ("„h", "„h", "„h"),
    "symbol font": ("\uf0b7", "\uf0b7", "\uf0b7"),
}


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
@pytest.mark.parametrize("numbered", [False, True])
@pytest.mark.parametrize("style", sorted(MARKERS))
def test_sub_items_under_a_paragraph_ending_with_a_colon_belong_to_it(style, numbered, separator):
    items = separator.join(
        f"    {marker} {item}" for marker, item in zip(MARKERS[style], ITEMS, strict=True)
    )
    if numbered:
        text = f"{HEAD}1. {OPENING}2. {INTRO}{items}\n\n3. {CLOSING.strip()}\n"
    else:
        text = f"{HEAD}{OPENING}{INTRO}{items}\n{CLOSING}"
    texts = _texts(statement_read(text))
    assert len(texts) == 3
    assert all(item in texts[1] for item in ITEMS)
    assert texts[2].startswith("Ministers thanked Peru")


@pytest.mark.parametrize("marker", ["1..", "a..", "-", "o", "➢"])
def test_a_line_after_a_blank_under_the_last_item_is_no_rest_of_that_item(marker):
    texts = _texts(
        statement_read(
            f"{HEAD}{OPENING}The meeting set out its work in two steps:\n\n"
            f"  {marker} map the fees small exporters pay\n\n"
            f"  {marker} share ways of cutting them\n\n"
            "Ministers thanked Peru for hosting the meeting.\n"
        )
    )
    assert len(texts) == 3
    assert texts[1].endswith("share ways of cutting them")


def test_a_heading_in_capitals_under_a_colon_stays_a_heading():
    parsed = statement_read(
        f"{HEAD}{OPENING}Ministers agreed to the following:\n"
        "I. STRENGTHENING THE TRADING SYSTEM\n"
        "1. Ministers asked officials to keep markets open.\n"
        "2. Ministers thanked Peru for hosting the meeting.\n"
    )
    assert [section.heading for section in parsed.sections] == ["STRENGTHENING THE TRADING SYSTEM"]
    assert not any("STRENGTHENING" in text for text in _texts(parsed))


def test_a_capital_letter_alone_under_a_colon_is_a_heading_when_no_next_letter_follows():
    parsed = statement_read(
        f"{HEAD}1. {OPENING}2. Ministers agreed on the following:\n"
        "A. Trade and Investment\n"
        "3. Ministers asked officials to keep markets open.\n"
    )
    assert [section.heading for section in parsed.sections] == ["Trade and Investment"]
    assert len(parsed.paragraphs) == 3


CUT_OFF = (
    "2050 APEC Small and Medium Enterprises Ministerial Meeting\n"
    "1. The Fifty-Sixth APEC Ministerial Meeting on Small and Medium Enterprises (SMEs) was "
    "held on 5-6 September in Iloilo, Philippines.\n"
    "2. Ministers agreed that small firms need open markets to grow.\n"
    "II. RESULTS\n"
)


def test_a_bare_number_at_the_end_of_a_cut_off_copy_is_no_paragraph():
    parsed = statement_read(f"{CUT_OFF}3. \n")
    assert len(parsed.paragraphs) == 2
    assert "empty-marker" in {warning.code for warning in parsed.warnings}


def test_a_number_alone_on_its_line_above_its_text_still_opens_a_paragraph():
    parsed = statement_read(f"{CUT_OFF}3.\nMinisters asked officials to report next year.\n")
    texts = _texts(parsed)
    assert len(texts) == 3
    assert texts[2] == "Ministers asked officials to report next year."
