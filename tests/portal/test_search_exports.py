import pytest

from tests.exports_helpers import body, csv_rows, json_data
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

SEARCHES = [
    {"q": "innovation"},
    {"q": "start-ups", "type": "paragraph"},
    {"q": "ecosystem", "year": "2019"},
    {"q": "forum", "economy": "phl"},
]


@pytest.fixture
def demo_and_drafts(demo):
    """The demo content, and records no reader outside the secretariat may see."""
    InitiativeFactory(
        slug="draft-innovation", title="Draft innovation plan", publication_status="draft"
    )


def page_hits(client, query):
    """(type, slug, paragraph number) of every hit the search page lists, page after page."""
    hits, page = [], 1
    while True:
        response = client.get("/search/", {**query, "page": page})
        assert response.status_code == 200
        results = response.context["results"]
        for hit in results.page.object_list:
            record = hit.record
            if hit.kind == "paragraph":
                hits.append(("paragraph", record.statement.slug, record.number))
            else:
                hits.append((hit.kind, record.slug, None))
        if not results.page.has_next():
            return hits
        page += 1


@pytest.mark.parametrize("query", SEARCHES)
def test_search_csv_and_json_hold_exactly_the_hits_of_the_search_page(
    client, demo_and_drafts, query
):
    expected = page_hits(client, query)
    assert expected  # the searches find something on the demo data

    rows = csv_rows(client.get("/search/", {**query, "format": "csv"}))
    data = json_data(client.get("/search/", {**query, "format": "json", "page_size": "500"}))

    def key(record):
        number = record["paragraph_number"]
        return (record["type"], record["slug"], int(number) if number not in ("", None) else None)

    assert [key(row) for row in rows] == expected
    assert data["count"] == len(expected)
    assert [key(record) for record in data["results"]] == expected


def test_search_export_row_for_a_paragraph_field_by_field(client, demo_and_drafts):
    query = {"q": "start-ups", "type": "paragraph"}
    hit = client.get("/search/", query).context["results"].page.object_list[0]
    paragraph = hit.record

    row = csv_rows(client.get("/search/", {**query, "format": "csv"}))[0]

    statement = "2014-apec-small-and-medium-enterprises-ministerial-meeting"
    assert paragraph.statement.slug == statement
    assert row == {
        "type": "paragraph",
        "rank": str(round(hit.rank, 6)),
        "slug": statement,
        "paragraph_number": str(paragraph.number),
        "title": paragraph.statement.title,
        "excerpt": str(hit.excerpt)
        .replace("<mark>", "")
        .replace("</mark>", "")
        .replace("&#x27;", "'")
        .replace("&quot;", '"')
        .replace("&amp;", "&"),
        "year": "2014",
        "url": f"http://testserver/statements/{statement}/#p{paragraph.number}",
    }


def test_drafts_never_appear_in_search_exports(client, demo_and_drafts):
    for fmt in ("csv", "json"):
        text = body(client.get("/search/", {"q": "innovation plan", "format": fmt})).decode()
        assert "draft-innovation" not in text


def test_search_export_needs_words(client):
    response = client.get("/search/", {"format": "csv"})
    assert response.status_code == 400
    assert response.content.decode() == "Give words to search for (q=...) to download results.\n"


def test_search_unknown_format_is_a_400(client):
    response = client.get("/search/", {"q": "innovation", "format": "xlsx"})
    assert response.status_code == 400
    assert response.context["error"] == (
        "Unknown format “xlsx”. Search results are available as html, csv, json."
    )


def test_search_json_page_size_over_the_limit_is_a_400(client):
    response = client.get("/search/", {"q": "innovation", "format": "json", "page_size": "501"})
    assert response.status_code == 400
    assert json_data(response) == {
        "error": "page_size can be at most 500, not 501; use format=csv to download every row at once."
    }


def test_search_page_links_to_its_downloads(client, demo_and_drafts):
    html = client.get("/search/", {"q": "innovation"}).content.decode()
    assert '<a href="?q=innovation&amp;format=csv" download>CSV</a>' in html
    assert '<a href="?q=innovation&amp;format=json">JSON</a>' in html


def test_staff_search_downloads_leave_out_drafts(client, demo_and_drafts, django_user_model):
    staff = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    client.force_login(staff)
    assert ("initiative", "draft-innovation", None) in page_hits(client, {"q": "innovation plan"})
    for fmt in ("csv", "json"):
        text = body(client.get("/search/", {"q": "innovation plan", "format": fmt})).decode()
        assert "draft-innovation" not in text
