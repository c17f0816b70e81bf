import datetime
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from events.models import Event
from statements.importer import (
    StatementParseError,
    statement_import,
    statement_parse,
    statement_read,
    statement_save,
)
from statements.models import Paragraph, Statement

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "apec_portal" / "demo" / "statements"
TEXT_2014 = (SEEDS / "2014-nanjing.txt").read_text(encoding="utf-8")
TEXT_2017 = (SEEDS / "2017-ho-chi-minh-city.txt").read_text(encoding="utf-8")


def numbers(first, last, *missing):
    return [n for n in range(first, last + 1) if n not in missing]


def test_2014_statement_meeting_facts():
    parsed = statement_parse(TEXT_2014)
    assert parsed.title == "2014 APEC Small and Medium Enterprises Ministerial Meeting"
    assert parsed.year == 2014
    assert parsed.meeting_number == 21
    assert parsed.city == "Nanjing"
    assert parsed.host.code == "CHN"
    assert parsed.date == datetime.date(2014, 9, 5)
    assert parsed.meeting_theme == "Innovation and Sustainability"
    assert parsed.chair == (
        "H.E. Mr. Miao Wei, Minister of Industry and Information Technology of China"
    )


def test_2014_statement_keeps_numbered_headings_and_paragraph_numbers():
    parsed = statement_parse(TEXT_2014)
    heading_numbers = [4, 8, 10, 23, 27, 31, 34, 37, 39]
    assert [p.number for p in parsed.paragraphs] == numbers(1, 40, *heading_numbers)
    assert len(parsed.paragraphs) == 31
    first_paragraph = {}
    for paragraph in parsed.paragraphs:
        if paragraph.section is not None:
            first_paragraph.setdefault(paragraph.section.position, paragraph.number)
    assert [(s.number, s.heading, first_paragraph[s.position]) for s in parsed.sections] == [
        (4, "Promoting SME Sustainability through Innovation", 5),
        (8, "Nanjing Declaration on Promoting SME Innovative Development", 9),
        (10, "Promoting Technology Cooperation among SMEs in a Practical Manner", 11),
        (23, "Facilitating Ethical Business Environments for SMEs", 24),
        (27, "The SMEWG Strategic Plan(2013-2016", 28),
        (31, "Strengthening Dialogue with the Business Sector", 32),
        (34, "Cooperation and Coordination among Related Organizations", 35),
        (37, "Towards the APEC China 2014 Economic Leaders’ Meeting in Beijing", 38),
        (39, "APEC 2015 SME Meetings", 40),
    ]
    assert [p.number for p in parsed.paragraphs if p.section is None] == [1, 2, 3]


def test_2017_statement_meeting_facts():
    parsed = statement_parse(TEXT_2017)
    assert parsed.title == "2017 APEC Small and Medium Enterprises Ministerial Meeting"
    assert parsed.year == 2017
    assert parsed.meeting_number == 24
    assert parsed.city == "Ho Chi Minh City"
    assert parsed.host.code == "VNM"
    # The page header says 14 September; the statement's own dateline and paragraph 1 say 15.
    assert parsed.date == datetime.date(2017, 9, 15)
    assert parsed.meeting_theme == (
        "Enhancing MSMEs’ Competitiveness and Innovation in the Digital Age"
    )
    assert parsed.chair == (
        "Minister Nguyen Chi Dung, Ministry of Planning and Investment, Viet Nam"
    )


def test_2017_statement_mixes_unnumbered_headings_with_one_numbered_heading():
    parsed = statement_parse(TEXT_2017)
    assert [p.number for p in parsed.paragraphs] == numbers(1, 40, 22)
    assert len(parsed.paragraphs) == 39
    first_paragraph = {}
    for paragraph in parsed.paragraphs:
        if paragraph.section is not None:
            first_paragraph.setdefault(paragraph.section.position, paragraph.number)
    assert [(s.number, s.heading, first_paragraph[s.position]) for s in parsed.sections] == [
        (None, "Green, Sustainable and Innovative MSMEs", 5),
        (None, "Enhancing MSMEs’ access to market, modernization and competitiveness", 10),
        (22, "Promoting start-ups", 23),
        (None, "Strengthening MSMEs entrepreneurship and business ethics", 35),
        (None, "Looking Forward", 39),
    ]


def test_page_noise_is_dropped_and_whitespace_is_tidied():
    parsed = statement_parse(TEXT_2017)
    texts = [p.text for p in parsed.paragraphs] + [s.heading for s in parsed.sections]
    assert not any("Skip to main content" in text for text in texts)
    paragraph_28 = next(p for p in parsed.paragraphs if p.number == 28)
    assert paragraph_28.text.startswith(
        "We recognize the importance of establishing an entrepreneurship network in APEC in order"
    )


def test_import_saves_statement_meeting_sections_and_paragraphs():
    statement = statement_import(text=TEXT_2014, source_url="https://example.org/2014")
    assert statement.publication_status == "draft"
    assert statement.slug == "2014-apec-small-and-medium-enterprises-ministerial-meeting"
    assert statement.meeting.kind == "ministerial_meeting"
    assert statement.meeting.city == "Nanjing"
    assert statement.meeting.host_id == "CHN"
    assert statement.meeting.start_date == datetime.date(2014, 9, 5)
    assert statement.sections.count() == 9
    assert statement.paragraphs.count() == 31
    paragraph_9 = statement.paragraphs.get(number=9)
    assert (
        paragraph_9.section.heading == "Nanjing Declaration on Promoting SME Innovative Development"
    )
    assert statement.source_url == "https://example.org/2014"


def test_paragraphs_link_to_the_initiatives_they_name(demo):
    paragraph = Paragraph.objects.get(statement__meeting__start_date__year=2017, number=29)
    assert [i.slug for i in paragraph.initiatives.all()] == [
        "apec-sme-online-to-offline-o2o-initiative"
    ]
    paragraph_39 = Paragraph.objects.get(statement__meeting__start_date__year=2017, number=39)
    assert sorted(i.slug for i in paragraph_39.initiatives.all()) == [
        "apec-initiative-on-promoting-innovative-start-ups",
        "apec-strategy-for-green-sustainable-and-innovative-msmes",
    ]


def test_reimport_updates_the_statement_instead_of_duplicating_it():
    first = statement_import(text=TEXT_2014, publish=True)
    changed = TEXT_2014.replace("We considered that the Strategic Plan", "We judged that the Plan")
    second = statement_import(text=changed)
    assert second.pk == first.pk
    assert Statement.objects.count() == 1
    assert second.paragraphs.count() == 31
    assert second.paragraphs.get(number=28).text.startswith("We judged that the Plan")
    assert second.publication_status == "published"


REFUSED = [
    ("", 1, "the text is empty"),
    ("  \n\nSkip to main content\nHits: 12\n", 1, "the text is empty"),
    (
        "Skip to main content\n\nMinutes of a meeting\nAttendance list",
        4,
        "no statement body was found",
    ),
    ("No title here, no numbers either.", 1, "no statement body was found"),
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Nanjing, People's Republic of China | 05 September 2014\n\n"
        "I. Promoting Innovation\nII. Looking Ahead",
        5,
        "no statement body was found",
    ),
]


@pytest.mark.parametrize(("text", "line", "reason"), REFUSED)
def test_text_without_a_statement_body_is_refused_naming_the_line_and_what_was_expected(
    text, line, reason
):
    with pytest.raises(StatementParseError) as error:
        statement_parse(text)
    assert error.value.line == line
    assert error.value.reason.startswith(reason)
    assert error.value.expected.startswith("a ministerial statement: its paragraphs")
    assert str(error.value).startswith(f"line {line}: {reason}")


def test_a_text_without_any_date_is_read_with_a_warning_and_an_empty_date():
    parsed = statement_parse("APEC SME Ministerial Meeting\n\n1. We met.\n2. We agreed.")
    assert parsed.start_date is None and parsed.end_date is None
    assert [p.text for p in parsed.paragraphs] == ["We met.", "We agreed."]
    assert "no-date" in [warning.code for warning in parsed.warnings]


def test_saving_a_statement_without_a_date_is_refused_naming_what_is_missing():
    parsed = statement_parse("APEC SME Ministerial Meeting\n\n1. We met.\n2. We agreed.")
    with pytest.raises(StatementParseError) as error:
        statement_save(parsed=parsed)
    assert (error.value.line, error.value.reason) == (
        3,
        "the meeting's first day was not found in the text, so nothing was saved",
    )
    assert not Statement.objects.exists() and not Event.objects.exists()


TOLERATED = [
    # An unknown place: a warning naming the line, the host left for staff to choose.
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Poseidonia, Atlantis | 05 September 2014\n\n  1. We met.",
        [("unknown-place", 2), ("no-host", None)],
    ),
    # A date that is no date is not read; the title's year dates the meeting.
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Nanjing, People's Republic of China | 35 Septober 2014\n\n  1. We met.",
        [("year-only", 1)],
    ),
    # A number repeated without a heading starts a new run of numbers, with a warning.
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Nanjing, People's Republic of China | 05 September 2014\n\n"
        "  1. We met.\n  2. We agreed.\n  2. We agreed again.",
        [("numbering-back", 6)],
    ),
    # Two lines the header cannot place: the first is taken as the theme, the second left out.
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Nanjing, People's Republic of China | 05 September 2014\n"
        "Innovation\nSustainability\n\n  1. We met.",
        [("header-unread", 4)],
    ),
]


@pytest.mark.parametrize(("text", "warnings"), TOLERATED)
def test_doubtful_text_is_read_with_warnings_naming_the_line(text, warnings):
    parsed = statement_read(text)
    assert [(w.code, w.line) for w in parsed.warnings] == warnings
    assert parsed.paragraphs[0].text == "We met."


def test_nothing_is_saved_when_the_text_cannot_be_parsed():
    statement_import(text=TEXT_2014)
    with pytest.raises(StatementParseError):
        statement_import(text="Skip to main content\nA page with no statement on it")
    assert Statement.objects.count() == 1
    assert Paragraph.objects.filter(number=40).count() == 1


def test_a_fact_too_long_for_its_column_is_refused_and_nothing_is_cut_off():
    long_theme = "Innovation " * 30
    text = TEXT_2014.replace("Innovation and Sustainability\n", f"“{long_theme.strip()}”\n", 1)
    parsed = statement_read(text)
    assert parsed.meeting_theme == long_theme.strip()
    assert [(w.code, w.line) for w in parsed.warnings] == [("too-long", 7)]
    with pytest.raises(StatementParseError) as error:
        statement_import(text=text)
    assert error.value.reason == (
        "the meeting's theme is 329 characters long; the portal keeps at most 300. Shorten it "
        "in the text; nothing was saved"
    )
    assert Statement.objects.count() == 0


def test_reimport_keeps_paragraph_ids_where_the_anchors_match_and_drops_the_rest(tmp_path):
    text = (Path(__file__).parent / "corpus" / "05_2008_chiang_mai.txt").read_text()
    first = statement_import(text=text)
    ids = dict(first.paragraphs.values_list("anchor_override", "pk"))
    shorter = text.replace("3. We asked officials to share experience of microfinance.\n", "")
    second = statement_import(text=shorter)
    assert second.pk == first.pk
    rows = list(second.paragraphs.order_by("number").values_list("anchor_override", "number", "pk"))
    assert [(anchor, number) for anchor, number, _ in rows] == [
        ("p1.1", 1),
        ("p1.2", 2),
        ("p2.1", 3),
        ("p2.2", 4),
        ("p3.1", 5),
    ]
    assert [pk for *_, pk in rows] == [ids[anchor] for anchor, *_ in rows]


def test_saved_statement_keeps_labels_anchors_virtual_end_date_and_incomplete_flag():
    corpus = Path(__file__).parent / "corpus"
    restart = statement_import(text=(corpus / "05_2008_chiang_mai.txt").read_text())
    assert [
        (p.label, p.anchor, p.number, p.numbered_by_portal)
        for p in restart.paragraphs.order_by("number")
    ] == [
        ("1", "p1.1", 1, False),
        ("2", "p1.2", 2, False),
        ("1", "p2.1", 3, False),
        ("2", "p2.2", 4, False),
        ("3", "p2.3", 5, False),
        ("1", "p3.1", 6, False),
    ]
    assert list(restart.sections.values_list("label", "number", "heading")) == [
        ("I", None, "Introduction"),
        ("II", None, "Access to Finance"),
        ("III", None, "Looking Ahead"),
    ]
    assert (restart.meeting.start_date, restart.meeting.end_date) == (
        datetime.date(2008, 11, 6),
        datetime.date(2008, 11, 7),
    )
    online = statement_import(text=(corpus / "07_2020_virtual_malaysia.txt").read_text())
    assert (online.meeting.virtual, online.meeting.city, online.meeting.host_id) == (
        True,
        "",
        "MYS",
    )
    partial = statement_import(text=(corpus / "12_2006_incomplete.txt").read_text())
    assert partial.incomplete is True
    unnumbered = statement_import(text=(corpus / "10_2002_pdf_unnumbered.txt").read_text())
    assert list(unnumbered.paragraphs.values_list("label", "number", "numbered_by_portal")) == [
        ("", 1, True),
        ("", 2, True),
        ("", 3, True),
    ]
    assert [p.anchor for p in unnumbered.paragraphs.all()] == ["p1", "p2", "p3"]


def test_import_statement_command_dry_run_saves_nothing(capsys):
    call_command("import_statement", str(SEEDS / "2017-ho-chi-minh-city.txt"), "--dry-run")
    assert Statement.objects.count() == 0
    assert "Dry run: nothing was saved." in capsys.readouterr().out


def test_import_statement_command_imports_and_publishes_several_files():
    call_command(
        "import_statement",
        str(SEEDS / "2014-nanjing.txt"),
        str(SEEDS / "2017-ho-chi-minh-city.txt"),
        "--publish",
        verbosity=0,
    )
    assert sorted(Statement.objects.published().values_list("meeting_number", flat=True)) == [
        21,
        24,
    ]


def test_import_statement_command_reports_the_file_and_line_and_saves_nothing(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT_2014, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("Skip to main content\n\nMinutes of a meeting\nAttendance list\n")
    with pytest.raises(CommandError) as error:
        call_command("import_statement", str(good), str(bad), verbosity=0)
    assert str(error.value) == (
        f"{bad}: line 4: no statement body was found: no numbered paragraph and no paragraph "
        "of prose (expected a ministerial statement: its paragraphs, numbered ('1. We, the APEC "
        "Ministers responsible for SMEs, met in …') or as plain prose, after the meeting's title)"
        "; nothing was saved"
    )
    assert Statement.objects.count() == 0


def test_a_statement_without_a_host_is_a_draft_with_a_warning_and_publish_lists_the_gap(
    tmp_path,
):
    text = tmp_path / "atlantis.txt"
    text.write_text("2014 APEC SME Ministerial Meeting\nAtlantis | 5 May 2014\n\n1. We met.\n")
    err = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_statement", str(text), "--publish", stdout=io.StringIO(), stderr=err)
    assert str(error.value) == (
        f"{text}: cannot publish; “2014 APEC SME Ministerial Meeting” lacks: Host economy. "
        "Nothing was saved; import it in the admin (/admin/import/) and give what is missing."
    )
    assert "No host economy found" in err.getvalue()
    assert Statement.objects.count() == 0
    call_command("import_statement", str(text), stdout=io.StringIO(), stderr=io.StringIO())
    statement = Statement.objects.get()
    assert statement.meeting.host is None and not statement.is_published


def test_import_statement_dry_run_prints_each_fact_with_its_line_and_every_warning(capsys):
    path = Path(__file__).parent / "corpus" / "17_2010_date_conflict.txt"
    call_command("import_statement", str(path), "--dry-run")
    captured = capsys.readouterr()
    out, capsys_err = captured.out.splitlines(), captured.err
    opening = (
        "1. We, the APEC Ministers responsible for small and medium enterprises, met in Gifu, "
        "Japan on 2 …"
    )
    assert out == [
        f"{path}:",
        "  Title: 2010 APEC Small and Medium Enterprises Ministerial Meeting [line 1: 2010 APEC "
        "Small and Medium Enterprises Ministerial Meeting]",
        f"  Meeting number: 17 [line 4: {opening}]",
        f"  First day: 2010-10-02 [line 4: {opening}]",
        f"  Last day: — [line 4: {opening}]",
        "  City: Gifu [line 2: Gifu, Japan | 1 October 2010]",
        "  Host economy: JPN [line 2: Gifu, Japan | 1 October 2010]",
        "  Held online: no [not in the text]",
        "  Theme: — [not in the text]",
        f"  Chair: Mr. Akihiro Ohata, Minister of Economy, Trade and Industry of Japan [line 4: "
        f"{opening}]",
        "  0 sections, 3 paragraphs, 0 initiatives named",
        "Would save statement “2010 APEC Small and Medium Enterprises Ministerial Meeting” (new).",
        "Dry run: nothing was saved.",
    ]
    err = capsys_err.splitlines()
    assert err == [
        f"{path}: warning: line 2: The opening paragraph (line 4) gives 2 October 2010 but the "
        "place-and-date line (line 2) gives 1 October 2010; kept 2 October 2010, as the "
        "statement's own words come before a page's header.",
        f"{path}: warning: No theme found",
    ]
    assert Statement.objects.count() == 0
