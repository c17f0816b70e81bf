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
        "24th APEC SME Ministerial Meeting, Ho Chi Minh City, Viet Nam, "
        "“2017 APEC SME Ministerial Meeting Joint Statement”, 21 September 2017, "
        f"paragraph 23. {URL}#p23"
    )
    assert f'<pre class="citation-text">{text}</pre>' in html
    bibtex = "\n".join(
        [
            f"@misc{{{SLUG}-p23,",
            "  author = {{24th APEC SME Ministerial Meeting}},",
            "  title = {2017 APEC SME Ministerial Meeting Joint Statement, paragraph 23},",
            "  howpublished = {24th APEC SME Ministerial Meeting, Ho Chi Minh City, Viet Nam},",
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
