import datetime
from pathlib import Path

import pytest

from statements.importer import statement_import
from tests.factories import (
    InitiativeFactory,
    ParagraphFactory,
    SectionFactory,
    StatementFactory,
    economy,
    theme,
)

pytestmark = pytest.mark.django_db


def titles(response):
    return [record.title for record in response.context["object_list"]]


def test_statement_list_filters_by_year_host_and_theme(client):
    StatementFactory(
        title="2017 Viet Nam",
        meeting__host=economy("VNM"),
        meeting__start_date=datetime.date(2017, 9, 15),
    )
    chinese = StatementFactory(
        title="2014 China",
        meeting__host=economy("CHN"),
        meeting__start_date=datetime.date(2014, 9, 5),
    )
    chinese.themes.set([theme("innovation")])
    assert titles(client.get("/statements/", {"year": "2017"})) == ["2017 Viet Nam"]
    assert titles(client.get("/statements/", {"economy": "chn"})) == ["2014 China"]
    assert titles(client.get("/statements/", {"theme": "innovation"})) == ["2014 China"]
    assert titles(client.get("/statements/", {"sort": "date"})) == ["2014 China", "2017 Viet Nam"]


def test_statement_list_searches_paragraph_words(client):
    statement = StatementFactory(title="With start-ups")
    ParagraphFactory(statement=statement, text="Ministers discussed accelerators.")
    StatementFactory(title="Without")
    assert titles(client.get("/statements/", {"q": "accelerators"})) == ["With start-ups"]


def test_statement_list_rejects_bad_economy(client):
    response = client.get("/statements/", {"economy": "XYZ"})
    assert response.status_code == 400
    assert response.context["form"].errors == {
        "economy": ["XYZ is not the code of an APEC member economy."]
    }


def test_draft_statement_is_404_and_not_listed(client):
    statement = StatementFactory(publication_status="draft")
    assert client.get(statement.get_absolute_url()).status_code == 404
    assert titles(client.get("/statements/")) == []


def test_statement_detail_anchors_paragraphs_and_numbered_headings(client):
    statement = StatementFactory()
    section = SectionFactory(
        statement=statement, position=1, heading="Promoting start-ups", number=22
    )
    initiative = InitiativeFactory(title="Iloilo Initiative")
    ParagraphFactory(statement=statement, number=21, text="Before the heading.")
    ParagraphFactory(
        statement=statement,
        section=section,
        number=23,
        text="We welcome Iloilo.",
        initiatives=[initiative],
    )
    response = client.get(statement.get_absolute_url())
    html = response.content.decode()
    assert '<h2 id="p22"><span class="para-number">22.</span> Promoting start-ups</h2>' in html
    assert '<div class="paragraph" id="p21">' in html
    assert '<div class="paragraph" id="p23">' in html
    assert (
        f'<a class="permalink" href="{statement.get_absolute_url()}#p23">Link to paragraph 23</a>'
        in html
    )
    assert f'<a href="{initiative.get_absolute_url()}">Iloilo Initiative</a>' in html
    blocks = [
        (b["anchor"], [p.number for p in b["paragraphs"]]) for b in response.context["blocks"]
    ]
    assert blocks == [("opening", [21]), ("p22", [23])]


@pytest.mark.parametrize("number", [1, 30])
def test_statement_pages_run_a_fixed_number_of_queries(client, django_assert_num_queries, number):
    statement = StatementFactory()
    section = SectionFactory(statement=statement, position=1)
    initiative = InitiativeFactory()
    for n in range(1, number + 1):
        ParagraphFactory(statement=statement, section=section, number=n, initiatives=[initiative])
    with django_assert_num_queries(5):
        response = client.get(statement.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert statement.title in html
    assert all(f'id="p{n}"' in html for n in range(1, number + 1))
    with django_assert_num_queries(6):
        response = client.get("/statements/")
    assert response.status_code == 200
    assert statement.title in response.content.decode()


def test_statement_detail_does_not_link_draft_initiatives(client):
    statement = StatementFactory()
    draft = InitiativeFactory(title="Secret plan", publication_status="draft")
    ParagraphFactory(statement=statement, number=1, text="We note the plan.", initiatives=[draft])
    response = client.get(statement.get_absolute_url())
    assert response.context["blocks"][0]["paragraphs"][0].visible_initiatives == []
    assert "Secret plan" not in response.content.decode()


def test_initiative_page_does_not_quote_draft_statements(client):
    initiative = InitiativeFactory()
    draft_statement = StatementFactory(publication_status="draft")
    ParagraphFactory(statement=draft_statement, text="Draft wording.", initiatives=[initiative])
    response = client.get(initiative.get_absolute_url())
    assert response.context["mentions"] == []
    assert "Draft wording." not in response.content.decode()


def test_staff_preview_a_draft_statement(client, django_user_model):
    staff = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    statement = StatementFactory(publication_status="draft", title="Draft meeting")
    client.force_login(staff)
    response = client.get(statement.get_absolute_url())
    assert response.status_code == 200
    assert response.context["object"] == statement


PAGE_QUERIES = 5  # statement with meeting and host, themes, sections, paragraphs, initiatives


def test_imported_statement_page_shows_source_labels_portal_numbers_and_incomplete_text(
    client, django_assert_num_queries
):
    corpus = Path(__file__).parent / "corpus"
    restart = statement_import(text=(corpus / "05_2008_chiang_mai.txt").read_text(), publish=True)
    with django_assert_num_queries(PAGE_QUERIES):
        html = client.get(restart.get_absolute_url()).content.decode()
    assert '<h2 id="s2"><span class="para-number">II.</span> Access to Finance</h2>' in html
    assert (
        '<div class="paragraph" id="p2.3">\n          <p><a class="para-number" href="#p2.3" '
        'aria-label="Paragraph 3, permalink">3.</a> We asked officials to share experience of '
        "microfinance.</p>"
    ) in html
    assert "paragraph 3. http://testserver/statements/" in html  # the citation uses the label
    assert 'id="incomplete-text"' not in html

    partial = statement_import(
        text=(corpus / "29_2013_preamble_cut_off.txt").read_text(), publish=True
    )
    with django_assert_num_queries(PAGE_QUERIES):
        html = client.get(partial.get_absolute_url()).content.decode()
    assert (
        '<p class="notice" id="incomplete-text"><strong>Incomplete text.</strong> This copy '
        "holds only part of the statement"
    ) in html
    assert (
        '<a class="para-number portal-numbered" href="#p0.1" aria-label="Paragraph 1 (numbered '
        'by the portal; the source gives no number), permalink" title="Numbered by the portal: '
        'the source gives no number">[1]</a>'
    ) in html

    online = statement_import(
        text=(corpus / "07_2020_virtual_malaysia.txt").read_text(), publish=True
    )
    html = client.get(online.get_absolute_url()).content.decode()
    assert "<dt>Format</dt><dd>Held online</dd>" in html
    event_html = client.get(online.meeting.get_absolute_url()).content.decode()
    assert '<dd id="event-virtual">Held online</dd>' in event_html


def test_statement_pages_name_the_host_and_themes_in_the_pages_language(
    client, django_assert_num_queries
):
    innovation = theme("innovation")
    innovation.name_es = "Innovación"
    innovation.save()
    statement = StatementFactory(meeting__host=economy("THA"))
    statement.themes.set([innovation])
    ParagraphFactory(statement=statement, number=1)
    # The same queries as the English pages (test_statement_pages_run_a_fixed_number_of_queries).
    with django_assert_num_queries(5):
        html = client.get(f"/es{statement.get_absolute_url()}").content.decode()
    assert ">Tailandia</a>" in html and ">Innovación</a>" in html
    assert ">Thailand<" not in html and ">Innovation<" not in html
    with django_assert_num_queries(6):
        html = client.get("/es/statements/").content.decode()
    assert "Tailandia" in html and ">Innovación<" in html and "Thailand" not in html
