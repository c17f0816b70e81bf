import pytest

from initiatives.models import Initiative
from tests.exports_helpers import body, csv_rows, html_slugs, json_data
from tests.factories import EventFactory, InitiativeFactory, economy, theme

pytestmark = pytest.mark.django_db

INITIATIVE_FILTERS = [
    {},
    {"economy": "twn"},
    {"economy": "PHL", "year": "2019"},
    {"theme": "innovation", "sort": "title"},
    {"status": "completed"},
    {"q": "ecosystem"},
]


@pytest.fixture
def demo_and_drafts(demo):
    """The demo content, and records no reader outside the secretariat may see."""
    InitiativeFactory(slug="draft-initiative", title="Draft initiative", publication_status="draft")


@pytest.mark.parametrize("query", INITIATIVE_FILTERS)
def test_initiative_csv_and_json_hold_exactly_the_records_of_the_html_list(
    client, demo_and_drafts, query
):
    expected = html_slugs(client, "/initiatives/", query)
    rows = csv_rows(client.get("/initiatives/", {**query, "format": "csv"}))
    assert [row["slug"] for row in rows] == expected
    data = json_data(client.get("/initiatives/", {**query, "format": "json", "page_size": "500"}))
    assert data["count"] == len(expected)
    assert [record["slug"] for record in data["results"]] == expected


def test_drafts_never_appear_in_initiative_exports(client, demo_and_drafts):
    for fmt in ("csv", "json"):
        assert "draft-initiative" not in body(client.get("/initiatives/", {"format": fmt})).decode()


def test_initiatives_do_not_answer_ics(client):
    response = client.get("/initiatives/", {"format": "ics"})
    assert response.status_code == 400
    assert response.context["parameter_errors"] == {
        "format": "Unknown format “ics”. This list answers: html, csv, json."
    }


def test_initiative_csv_row_and_json_record_field_by_field(client):
    InitiativeFactory(
        slug="apec-local-innovation-ecosystem-initiative",
        title="APEC Local Innovation Ecosystem Initiative",
        subtitle="Revitalization for Inclusive Growth",
        proposer=economy("TWN"),
        co_implementers=[economy("THA"), economy("RUS"), economy("PHL")],
        themes=[theme("innovation"), theme("inclusive-growth")],
        start_year=2019,
        end_year=2019,
        status="completed",
    )
    initiative = Initiative.objects.get()
    updated = initiative.updated_at.isoformat()

    [row] = csv_rows(client.get("/initiatives/", {"format": "csv", "economy": "rus"}))
    data = json_data(client.get("/initiatives/", {"format": "json", "economy": "rus"}))

    assert row == {
        "slug": "apec-local-innovation-ecosystem-initiative",
        "title": "APEC Local Innovation Ecosystem Initiative",
        "subtitle": "Revitalization for Inclusive Growth",
        "proposer_economy_code": "TWN",
        "proposer_economy": "Chinese Taipei",
        "co_implementing_economy_codes": "PHL; RUS; THA",
        "co_implementing_economies": "The Philippines; Russia; Thailand",
        "theme_slugs": "inclusive-growth; innovation",
        "themes": "Inclusive growth; Innovation",
        "start_year": "2019",
        "end_year": "2019",
        "status": "completed",
        "status_source": "staff",
        "website": "",
        "lead_agency": "",
        "contact_organisation": "",
        "contact_email": "",
        "apec_project_number": "",
        "apec_project_url": "",
        "outputs": "",
        "source_url": "",
        "published_at": "",
        "updated_at": updated,
        "url": "http://testserver/initiatives/apec-local-innovation-ecosystem-initiative/",
    }
    assert data["results"] == [
        {
            "slug": "apec-local-innovation-ecosystem-initiative",
            "title": "APEC Local Innovation Ecosystem Initiative",
            "subtitle": "Revitalization for Inclusive Growth",
            "proposer_economy": {"code": "TWN", "name": "Chinese Taipei"},
            "co_implementing_economies": [
                {"code": "PHL", "name": "The Philippines"},
                {"code": "RUS", "name": "Russia"},
                {"code": "THA", "name": "Thailand"},
            ],
            "themes": [
                {"slug": "inclusive-growth", "name": "Inclusive growth"},
                {"slug": "innovation", "name": "Innovation"},
            ],
            "start_year": 2019,
            "end_year": 2019,
            "status": "completed",
            "status_source": "staff",
            "website": "",
            "lead_agency": "",
            "contact_organisation": "",
            "contact_email": "",
            "apec_project_number": "",
            "apec_project_url": "",
            "outputs": [],
            "source_url": "",
            "published_at": None,
            "updated_at": updated,
            "url": "http://testserver/initiatives/apec-local-innovation-ecosystem-initiative/",
        }
    ]


def test_initiative_json_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    InitiativeFactory(co_implementers=[economy("PHL")], themes=[theme("innovation")])
    # The export's outputs column prefetches the outputs: one query more than before.
    with django_assert_num_queries(5):
        data = json_data(client.get("/initiatives/", {"format": "json"}))
    assert data["count"] == 1
    assert data["results"][0]["title"] == Initiative.objects.get().title
    for _ in range(20):
        InitiativeFactory(
            co_implementers=[economy("PHL"), economy("THA")],
            themes=[theme("innovation"), theme("start-ups")],
        )
    with django_assert_num_queries(5):
        data = json_data(client.get("/initiatives/", {"format": "json"}))
    assert data["count"] == 21


def test_economy_exports_hold_every_economy_of_the_html_list_with_counts(client):
    EventFactory(host=economy("PHL"))
    EventFactory(host=economy("PHL"), publication_status="draft")
    InitiativeFactory(proposer=economy("TWN"), co_implementers=[economy("PHL")])
    response = client.get("/economies/", {"sort": "-events"})
    expected = [e.code for e in response.context["page_obj"].paginator.object_list]

    rows = csv_rows(client.get("/economies/", {"sort": "-events", "format": "csv"}))
    data = json_data(client.get("/economies/", {"sort": "-events", "format": "json"}))

    assert [row["code"] for row in rows] == expected
    assert [record["code"] for record in data["results"]] == expected
    assert len(expected) == 21
    assert rows[0] == {
        "code": "PHL",
        "name": "The Philippines",
        "aliases": "; ".join(economy("PHL").aliases),
        "joined": "1989",
        "initiative_count": "1",
        "event_count": "1",
        "meeting_count": "0",
        "url": "http://testserver/economies/phl/",
    }
    assert data["results"][0]["aliases"] == economy("PHL").aliases


def test_economy_json_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    # The counts (one grouped query), the total, the page.
    with django_assert_num_queries(3):
        data = json_data(client.get("/economies/", {"format": "json", "page_size": "1"}))
    assert data["count"] == 21
    assert len(data["results"]) == 1
    with django_assert_num_queries(3):
        data = json_data(client.get("/economies/", {"format": "json", "page_size": "21"}))
    assert len(data["results"]) == 21


def test_list_pages_link_to_their_downloads(client):
    InitiativeFactory()
    html = client.get("/initiatives/", {"economy": "twn"}).content.decode()
    assert '<a href="?economy=twn&amp;format=csv" download>CSV</a>' in html
    assert '<a href="?economy=twn&amp;format=json">JSON</a>' in html
    assert "format=ics" not in html
