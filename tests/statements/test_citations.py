import datetime
import json

import pytest

from tests.factories import (
    EventFactory,
    InitiativeFactory,
    ParagraphFactory,
    SectionFactory,
    StatementFactory,
    economy,
)

pytestmark = pytest.mark.django_db

SLUG = "2017-apec-sme-ministerial-meeting"
URL = f"http://testserver/statements/{SLUG}/"


@pytest.fixture
def statement():
    meeting = EventFactory(
        title="24th APEC SME Ministerial Meeting",
        kind="ministerial_meeting",
        start_date=datetime.date(2017, 9, 21),
        city="Ho Chi Minh City",
        host=economy("VNM"),
    )
    statement = StatementFactory(
        title="2017 APEC SME Ministerial Meeting Joint Statement",
        slug=SLUG,
        meeting=meeting,
        meeting_number=24,
        meeting_theme="Strengthening MSMEs’ Competitiveness",
    )
    section = SectionFactory(
        statement=statement, position=1, heading="Promoting start-ups", number=22
    )
    ParagraphFactory(statement=statement, number=21, text="We welcomed the report.")
    ParagraphFactory(
        statement=statement, number=23, text="We encouraged start-ups & SMEs.", section=section
    )
    return statement


def test_statement_page_gives_each_paragraph_a_plain_text_and_bibtex_citation(client, statement):
    response = client.get(f"/statements/{SLUG}/")
    assert response.status_code == 200
    html = response.content.decode()
    text = (
        "“Joint Ministerial Statement”, 24th APEC SME Ministerial Meeting, Ho Chi Minh City, "
        f"Viet Nam, 21 September 2017, paragraph 23. {URL}#p23"
    )
    assert f'<pre class="citation-text">{text}</pre>' in html
    bibtex = "\n".join(
        [
            f"@misc{{{SLUG}-p23,",
            "  author = {{24th APEC SME Ministerial Meeting}},",
            "  title = {Joint Ministerial Statement, paragraph 23},",
            "  howpublished = {24th APEC SME Ministerial Meeting},",
            "  address = {Ho Chi Minh City, Viet Nam},",
            "  year = {2017},",
            "  date = {2017-09-21},",
            "  note = {Paragraph 23},",
            f"  url = {{{URL}#p23}},",
            "}",
        ]
    )
    assert f'<pre class="citation-bibtex">{bibtex}</pre>' in html
    assert html.count('<details class="citation">') == 2
    assert f'Permalink: <a href="#p21">{URL}#p21</a>' in html
    # The whole statement's citation, and the reference-manager files of each paragraph.
    whole = (
        "“Joint Ministerial Statement”, 24th APEC SME Ministerial Meeting, Ho Chi Minh City, "
        f"Viet Nam, 21 September 2017. {URL}"
    )
    assert f'<pre class="citation-text">{whole}</pre>' in html
    assert f'href="/statements/{SLUG}.ris?p=23" download>RIS' in html
    assert f'href="/statements/{SLUG}.csl.json?p=23" download>CSL-JSON' in html
    assert f'href="/statements/{SLUG}.ris" download>RIS</a>' in html


def test_citation_names_a_document_by_its_own_title_when_the_title_is_not_the_meeting(
    client, statement
):
    statement.title = "Nanjing Declaration to Promote Ethical Business Environments"
    statement.save()
    response = client.get(f"/statements/{SLUG}/")
    text = (
        "“Nanjing Declaration to Promote Ethical Business Environments”, 24th APEC SME "
        f"Ministerial Meeting, Ho Chi Minh City, Viet Nam, 21 September 2017, paragraph 21. "
        f"{URL}#p21"
    )
    assert f'<pre class="citation-text">{text}</pre>' in response.content.decode()


def test_paragraph_downloads_as_ris_with_the_fields_reference_managers_read(client, statement):
    response = client.get(f"/statements/{SLUG}.ris?p=23")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{SLUG}-p23.ris"'
    body = response.content.decode()
    assert body.endswith("ER  - \r\n")
    assert body.split("\r\n") == [
        "TY  - GOVDOC",
        "TI  - Joint Ministerial Statement, paragraph 23",
        "T2  - 24th APEC SME Ministerial Meeting",
        "AU  - 24th APEC SME Ministerial Meeting,",
        "CY  - Ho Chi Minh City, Viet Nam",
        "PY  - 2017",
        "DA  - 2017/09/21/",
        f"UR  - {URL}#p23",
        "N1  - Paragraph 23",
        f"ID  - {SLUG}-p23",
        "ER  - ",
        "",
    ]
    # Every line is a two-character tag, two spaces, a hyphen and a space.
    for line in body.split("\r\n")[:-1]:
        assert line[2:6] == "  - " and line[:2].isalnum(), line


def test_statement_downloads_as_ris_without_a_paragraph(client, statement):
    body = client.get(f"/statements/{SLUG}.ris").content.decode()
    lines = body.split("\r\n")
    assert lines[0] == "TY  - GOVDOC"
    assert "TI  - Joint Ministerial Statement" in lines
    assert f"UR  - {URL}" in lines
    assert not any(line.startswith("N1") for line in lines)
    assert lines[-2:] == ["ER  - ", ""]


def test_paragraph_and_statement_download_as_csl_json(client, statement):
    response = client.get(f"/statements/{SLUG}.csl.json?p=p21")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    assert json.loads(response.content) == [
        {
            "id": f"{SLUG}-p21",
            "type": "document",
            "title": "Joint Ministerial Statement, paragraph 21",
            "container-title": "24th APEC SME Ministerial Meeting",
            "event-title": "24th APEC SME Ministerial Meeting",
            "author": [{"literal": "24th APEC SME Ministerial Meeting"}],
            "issued": {"date-parts": [[2017, 9, 21]]},
            "URL": f"{URL}#p21",
            "event-place": "Ho Chi Minh City, Viet Nam",
            "publisher-place": "Ho Chi Minh City, Viet Nam",
            "locator": "21",
            "label": "paragraph",
        }
    ]
    whole = json.loads(client.get(f"/statements/{SLUG}.csl.json").content)
    assert [(item["title"], item["URL"], "locator" in item) for item in whole] == [
        ("Joint Ministerial Statement", URL, False)
    ]


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("?p=abc", 400, "“abc” is not a paragraph number: use p=5 for paragraph 5."),
        ("?p=1&p=2", 400, "Give one paragraph (p) at most."),
        ("?p=99", 404, "This statement has no paragraph 99."),
        ("?p=" + "9" * 40, 400, "is not a paragraph number"),
        # Read as every page number is (core.list_params.page_number): a superscript two
        # is a digit to str.isdigit but no number, and there is no paragraph 0.
        ("?p=%C2%B2", 400, "“²” is not a paragraph number"),
        ("?p=0", 400, "“0” is not a paragraph number"),
        ("?p=+21", 200, ""),
    ],
)
def test_citation_download_of_a_bad_paragraph_says_why(client, statement, query, status, message):
    for extension in ("ris", "csl.json"):
        response = client.get(f"/statements/{SLUG}.{extension}{query}")
        assert response.status_code == status
        assert message in response.content.decode()


def test_draft_statement_citation_files_are_not_found_for_visitors(client):
    StatementFactory(slug="draft-statement", publication_status="draft")
    assert client.get("/statements/draft-statement.ris").status_code == 404
    assert client.get("/statements/draft-statement.csl.json?p=1").status_code == 404


def test_statement_downloads_as_plain_text_in_reading_order(client, statement):
    response = client.get(f"/statements/{SLUG}.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "2017 APEC SME Ministerial Meeting Joint Statement\n"
        "\n"
        "24th APEC SME Ministerial Meeting, Ho Chi Minh City, Viet Nam, 21 September 2017\n"
        "Theme: Strengthening MSMEs’ Competitiveness\n"
        f"Permalink: {URL}\n"
        "\n"
        "21. We welcomed the report.\n"
        "\n"
        "22. Promoting start-ups\n"
        "\n"
        "23. We encouraged start-ups & SMEs.\n"
    )


def test_statement_downloads_as_json_with_every_paragraph_and_its_link(client, statement):
    initiative = InitiativeFactory(
        slug="apec-start-up-initiative", title="APEC Start-up Initiative"
    )
    draft = InitiativeFactory(slug="secret-draft", publication_status="draft")
    paragraph = statement.paragraphs.get(number=23)
    paragraph.initiatives.set([initiative, draft])

    response = client.get(f"/statements/{SLUG}.json")

    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["slug"] == SLUG
    assert data["meeting_number"] == 24
    assert data["date"] == "2017-09-21"
    assert data["host_economy"] == {"code": "VNM", "name": "Viet Nam"}
    assert data["sections"] == [
        {"position": 1, "number": 22, "label": "22", "heading": "Promoting start-ups"}
    ]
    assert data["incomplete"] is False
    assert data["paragraphs"] == [
        {
            "number": 21,
            "label": "21",
            "numbered_by_portal": False,
            "section_position": None,
            "text": "We welcomed the report.",
            "url": f"{URL}#p21",
            "initiatives": [],
        },
        {
            "number": 23,
            "label": "23",
            "numbered_by_portal": False,
            "section_position": 1,
            "text": "We encouraged start-ups & SMEs.",
            "url": f"{URL}#p23",
            "initiatives": [
                {"slug": "apec-start-up-initiative", "title": "APEC Start-up Initiative"}
            ],
        },
    ]


def test_draft_statement_downloads_are_not_found_for_visitors(client):
    StatementFactory(slug="draft-statement", publication_status="draft")
    assert client.get("/statements/draft-statement.txt").status_code == 404
    assert client.get("/statements/draft-statement.json").status_code == 404


def test_statement_page_query_count_does_not_grow_with_paragraphs(
    client, statement, django_assert_num_queries
):
    with django_assert_num_queries(5):
        response = client.get(f"/statements/{SLUG}/")
    assert response.status_code == 200
    assert response.content.decode().count('<details class="citation">') == 2
    for number in range(30, 60):
        ParagraphFactory(statement=statement, number=number, text=f"Paragraph {number}.")
    with django_assert_num_queries(5):
        response = client.get(f"/statements/{SLUG}/")
    assert response.status_code == 200
    assert response.content.decode().count('<details class="citation">') == 32
