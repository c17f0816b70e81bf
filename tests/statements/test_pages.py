import datetime

import pytest

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
def test_statement_pages_run_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, number
):
    statement = StatementFactory()
    section = SectionFactory(statement=statement, position=1)
    initiative = InitiativeFactory()
    for n in range(1, number + 1):
        ParagraphFactory(statement=statement, section=section, number=n, initiatives=[initiative])
    with django_assert_max_num_queries(5):
        client.get(statement.get_absolute_url())
    with django_assert_max_num_queries(6):
        client.get("/statements/")
