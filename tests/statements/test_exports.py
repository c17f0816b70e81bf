import datetime

import pytest

from statements.models import Statement
from tests.exports_helpers import body, csv_rows, html_slugs, json_data
from tests.factories import EventFactory, StatementFactory, economy, theme

pytestmark = pytest.mark.django_db

STATEMENT_FILTERS = [
    {},
    {"year": "2014"},
    {"economy": "vnm"},
    {"economy": ["CHN", "vnm"], "sort": "date"},
    {"q": "start-ups"},
]


@pytest.fixture
def demo_and_drafts(demo):
    """The demo content, and records no reader outside the secretariat may see."""
    StatementFactory(slug="draft-statement", publication_status="draft")


@pytest.mark.parametrize("query", STATEMENT_FILTERS)
def test_statement_csv_and_json_hold_exactly_the_records_of_the_html_list(
    client, demo_and_drafts, query
):
    expected = html_slugs(client, "/statements/", query)
    rows = csv_rows(client.get("/statements/", {**query, "format": "csv"}))
    assert [row["slug"] for row in rows] == expected
    data = json_data(client.get("/statements/", {**query, "format": "json"}))
    assert [record["slug"] for record in data["results"]] == expected


def test_drafts_never_appear_in_statement_exports_or_feed(client, demo_and_drafts):
    for url in ("/statements/?format=csv", "/statements/?format=json", "/statements/feed/"):
        assert "draft-statement" not in body(client.get(url)).decode()


def test_statement_csv_row_field_by_field(client):
    meeting = EventFactory(
        slug="24th-meeting",
        kind="ministerial_meeting",
        start_date=datetime.date(2017, 9, 21),
        city="Ho Chi Minh City",
        host=economy("VNM"),
    )
    StatementFactory(
        slug="2017-statement",
        title="2017 APEC SME Ministerial Meeting",
        meeting=meeting,
        meeting_number=24,
        meeting_theme="Strengthening MSMEs’ Competitiveness",
        chair="H.E. Mr. Tran Tuan Anh",
    ).themes.set([theme("start-ups")])
    statement = Statement.objects.get()

    response = client.get("/statements/", {"format": "csv", "year": "2017"})

    assert response["Content-Disposition"] == 'attachment; filename="statements_year-2017.csv"'
    assert csv_rows(response) == [
        {
            "slug": "2017-statement",
            "title": "2017 APEC SME Ministerial Meeting",
            "meeting_number": "24",
            "date": "2017-09-21",
            "year": "2017",
            "city": "Ho Chi Minh City",
            "host_economy_code": "VNM",
            "host_economy": "Viet Nam",
            "meeting_theme": "Strengthening MSMEs’ Competitiveness",
            "chair": "H.E. Mr. Tran Tuan Anh",
            "incomplete": "false",
            "theme_slugs": "start-ups",
            "themes": "Start-ups",
            "meeting_url": "http://testserver/events/24th-meeting/",
            "source_url": "",
            "published_at": "",
            "updated_at": statement.updated_at.isoformat(),
            "url": "http://testserver/statements/2017-statement/",
        }
    ]


def test_statement_json_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    StatementFactory().themes.set([theme("innovation")])
    with django_assert_num_queries(3):
        data = json_data(client.get("/statements/", {"format": "json"}))
    assert data["count"] == 1
    assert data["results"][0]["slug"] == Statement.objects.get().slug
    for _ in range(10):
        StatementFactory().themes.set([theme("innovation"), theme("start-ups")])
    with django_assert_num_queries(3):
        data = json_data(client.get("/statements/", {"format": "json"}))
    assert data["count"] == 11
