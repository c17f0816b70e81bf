import datetime
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from statements.importer import StatementParseError, statement_import, statement_parse
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


BROKEN = [
    ("", 1, "the text is empty"),
    (
        "Skip to main content\n\nMinutes of a meeting\n\n1. We met.",
        3,
        "expected the meeting title",
    ),
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Nanjing, Atlantis | 05 September 2014\n\n  1. We met.",
        2,
        "'Atlantis' is not the name of an APEC member economy",
    ),
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Nanjing, People's Republic of China | 35 Septober 2014\n\n  1. We met.",
        2,
        "cannot read the date '35 Septober 2014'",
    ),
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Nanjing, People's Republic of China | 05 September 2014\n\n"
        "  1. We met.\n  2. We agreed.\n  2. We agreed again.",
        6,
        "number 2 follows number 2",
    ),
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n\n  1. We met.",
        2,
        "the place and date line is missing",
    ),
    (
        "2014 APEC Small and Medium Enterprises Ministerial Meeting\n"
        "Nanjing, People's Republic of China | 05 September 2014\n"
        "Innovation\nSustainability\n\n  1. We met.",
        4,
        "cannot tell what this header line is",
    ),
    ("No title here, no numbers either.", 1, "no numbered paragraph"),
]


@pytest.mark.parametrize(("text", "line", "reason"), BROKEN)
def test_broken_text_gets_an_error_naming_the_line(text, line, reason):
    with pytest.raises(StatementParseError) as error:
        statement_parse(text)
    assert error.value.line == line
    assert reason in error.value.reason
    assert str(error.value).startswith(f"line {line}: ")


def test_nothing_is_saved_when_the_text_cannot_be_parsed():
    statement_import(text=TEXT_2014)
    broken = TEXT_2014.replace("  40. The 22nd", "  12. The 22nd")
    with pytest.raises(StatementParseError):
        statement_import(text=broken)
    assert Statement.objects.count() == 1
    assert Paragraph.objects.filter(number=40).count() == 1


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
    bad.write_text(TEXT_2017.replace("2017 APEC Small", "APEC Small", 1), encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_statement", str(good), str(bad), verbosity=0)
    assert str(error.value).startswith(f"{bad}: line 3: expected the meeting title")
    assert Statement.objects.count() == 0
