"""The `q` of every list uses the /search/ engine, so both find the same records.

/search/ also reads economy and theme names ("Thailand", "Start-ups"): it then finds the
records tied to them as well, which the lists' word search does not. These queries name
none."""

import pytest

from statements.models import Statement

pytestmark = pytest.mark.django_db

QUERIES = [
    "digital resilience",
    '"digital resilience"',
    '"business continuity" or "digital resilience"',
    "resilience -digital",
    "innovate",
    "start-up -ethics",
    "women-led or o2o",
]


def search_hits(client, q, kind, **filters):
    """Every record /search/ finds of one type, over all its pages."""
    records, page = [], 1
    while True:
        response = client.get("/search/", {"q": q, "type": kind, "page": page, **filters})
        assert response.status_code == 200
        results = response.context["results"]
        records += [hit.record for hit in results.page.object_list]
        if not results.page.has_next():
            return records
        page += 1


def list_records(client, url, q, **filters):
    response = client.get(url, {"q": q, **filters})
    assert response.status_code == 200
    page = response.context["page_obj"]
    assert page.paginator.num_pages == 1
    return list(page.object_list)


@pytest.mark.parametrize("q", QUERIES)
def test_initiative_list_q_finds_what_search_finds(client, demo, q):
    found = {i.slug for i in search_hits(client, q, "initiative")}
    assert {i.slug for i in list_records(client, "/initiatives/", q)} == found


@pytest.mark.parametrize("q", QUERIES)
def test_event_list_q_finds_what_search_finds(client, demo, q):
    found = {e.slug for e in search_hits(client, q, "event")}
    assert {e.slug for e in list_records(client, "/events/", q)} == found


@pytest.mark.parametrize("q", QUERIES)
def test_statement_list_q_finds_the_statements_of_what_search_finds(client, demo, q):
    paragraphs = search_hits(client, q, "paragraph")
    meetings = [e.pk for e in search_hits(client, q, "event")]
    found = {p.statement.slug for p in paragraphs} | set(
        Statement.objects.filter(meeting__in=meetings).values_list("slug", flat=True)
    )
    assert {s.slug for s in list_records(client, "/statements/", q)} == found


@pytest.mark.parametrize(("q", "year"), [("resilience", "2014"), ("innovation", "2019")])
def test_year_filter_agrees_between_lists_and_search(client, demo, q, year):
    for kind, url in [("initiative", "/initiatives/"), ("event", "/events/")]:
        found = {r.slug for r in search_hits(client, q, kind, year=year)}
        assert {r.slug for r in list_records(client, url, q, year=year)} == found


def test_lists_refuse_the_queries_search_refuses(client):
    for url in ["/initiatives/", "/events/", "/statements/", "/search/"]:
        assert client.get(url, {"q": "!!!"}).status_code == 400
        assert client.get(url, {"q": "-digital"}).status_code == 400
