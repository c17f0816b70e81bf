"""The read-only API, /api/v1/: the schema, the lists' filters and fields, ETags, CORS and
the draft rules (caches on)."""

import datetime
import json

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.versions.shortcuts import get_spec_version

from apec_portal.api import RESOURCES, api
from tests.factories import (
    EventFactory,
    InitiativeFactory,
    ParagraphFactory,
    StatementFactory,
    economy,
    theme,
)

pytestmark = pytest.mark.django_db

LISTS = [resource.name for resource in RESOURCES]


def test_openapi_document_validates_as_openapi_3_1(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.1.")
    assert str(get_spec_version(document)) == "OpenAPIV3.1"
    validate(document)  # raises on any error
    operations = {
        operation["operationId"]
        for methods in document["paths"].values()
        for operation in methods.values()
    }
    assert operations == {"index", *(f"list_{name}" for name in LISTS)}


def test_event_item_fields_are_the_data_dictionarys():
    document = api.get_openapi_schema()
    schemas = document["components"]["schemas"]
    from events.exports import EVENT_EXPORT

    assert list(schemas["EventsItem"]["properties"]) == [c.name for c in EVENT_EXPORT.columns]
    assert "paragraphs" in schemas["StatementsItem"]["properties"]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"year": "2019"},
        {"economy": ["phl", "tha"], "sort": "title"},
        {"kind": "workshop", "sort": "date"},
        {"theme": "innovation"},
        {"q": "forum", "year_from": "2018"},
        {"page_size": "2", "page": "2"},
    ],
)
def test_event_api_lists_what_the_events_export_lists(client, query):
    for number in range(6):
        EventFactory(
            title=f"Forum {number}",
            start_date=datetime.date(2017 + number % 4, 3, number + 1),
            kind="workshop" if number % 2 else "forum",
            host=economy(["PHL", "THA", "JPN"][number % 3]),
            themes=[theme("innovation")] if number % 3 == 0 else [],
        )
    EventFactory(title="Draft forum", publication_status="draft", host=economy("PHL"))
    api_body = client.get("/api/v1/events/", query).json()
    export_body = client.get("/events/", {**query, "format": "json"}).json()
    assert api_body["count"] == export_body["count"]
    assert api_body["results"] == export_body["results"]
    assert "Draft forum" not in json.dumps(api_body)


def test_statements_carry_their_paragraphs_in_order(client):
    statement = StatementFactory()
    for number in (2, 1, 3):
        ParagraphFactory(statement=statement, number=number, text=f"Paragraph {number} text.")
    body = client.get("/api/v1/statements/").json()
    assert body["count"] == 1
    paragraphs = body["results"][0]["paragraphs"]
    assert [p["number"] for p in paragraphs] == [1, 2, 3]
    assert paragraphs[0]["text"] == "Paragraph 1 text."
    assert paragraphs[0]["url"].endswith(f"/statements/{statement.slug}/#p1")


def test_pages_link_to_the_next_and_previous(client):
    for number in range(5):
        InitiativeFactory(title=f"Initiative {number}")
    first = client.get("/api/v1/initiatives/", {"page_size": 2}).json()
    assert first["count"] == 5 and first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/initiatives/?page_size=2&page=2"
    last = client.get("/api/v1/initiatives/", {"page_size": 2, "page": 3}).json()
    assert last["next"] is None and len(last["results"]) == 1


@pytest.mark.parametrize(
    "path, query, field, message",
    [
        ("events", {"year": "abc"}, "year", "Enter a year as four digits, e.g. 2019."),
        ("events", {"economy": "xyz"}, "economy", "XYZ is not the code of an APEC member"),
        ("events", {"page": "abc"}, "page", "valid integer"),
        ("events", {"page_size": "501"}, "page_size", "less than or equal to 500"),
        ("initiatives", {"year": ["2019", "2020"]}, "year", ""),
        ("statements", {"page": "9"}, "page", "There is no page 9"),
    ],
)
def test_bad_parameters_answer_4xx_with_a_message(client, path, query, field, message):
    response = client.get(f"/api/v1/{path}/", query)
    assert response.status_code == (404 if "no page" in message else 400)
    errors = response.json()["errors"]
    assert list(errors) == [field]
    assert message in errors[field][0]


def test_etag_and_if_none_match_answer_304_until_the_content_changes(client, caches_on):
    event = EventFactory(title="First forum")
    response = client.get("/api/v1/events/")
    etag = response["ETag"]
    assert etag.startswith('W/"')
    again = client.get("/api/v1/events/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get("/api/v1/events/?year=2019", HTTP_IF_NONE_MATCH=etag).status_code == 200
    event.title = "Renamed forum"
    event.save()
    changed = client.get("/api/v1/events/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["results"][0]["title"] == "Renamed forum"


def test_cors_for_reading(client):
    response = client.get("/api/v1/economies/")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Expose-Headers"] == "ETag, Link"
    preflight = client.options(
        "/api/v1/events/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Headers"] == "If-None-Match"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize(
    "path, api_path",
    [
        ("/events/?format=json&year=2019", "/api/v1/events/?year=2019"),
        ("/initiatives/?format=json", "/api/v1/initiatives/"),
        ("/statements/?format=json", "/api/v1/statements/"),
        ("/economies/?format=json", "/api/v1/economies/"),
    ],
)
def test_json_exports_name_the_api_list_that_supersedes_them(client, path, api_path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Link"] == f'<http://testserver{api_path}>; rel="successor-version"'


def test_index_and_reference_page(client):
    index = client.get("/api/v1/").json()
    assert index["openapi"] == "http://testserver/api/v1/openapi.json"
    assert set(index["lists"]) == set(LISTS)
    page = client.get("/api/v1/reference/")
    assert page.status_code == 200
    html = page.content.decode()
    for name in LISTS:
        assert f"<code>GET /api/v1/{name}/</code>" in html
    assert "<code>host_economy</code>" in html and "<code>paragraphs</code>" in html
    assert 'href="/api/v1/reference/"' in client.get("/data/").content.decode()


def build_drafts():
    """Drafts of every kind, and published records that point at drafts."""
    draft_initiative = InitiativeFactory(
        title="Secret draft initiative", publication_status="draft"
    )
    InitiativeFactory(title="Public initiative")
    draft_event = EventFactory(
        title="Secret draft event", publication_status="draft", host=economy("MEX")
    )
    EventFactory(title="Public event", initiative=draft_initiative)
    draft_statement = StatementFactory(publication_status="draft", meeting=draft_event)
    ParagraphFactory(statement=draft_statement, text="Secret draft paragraph.")
    public_statement = StatementFactory(meeting=EventFactory(title="Public meeting"))
    ParagraphFactory(statement=public_statement, text="Public paragraph.")
    return draft_statement


@pytest.mark.parametrize("reader", ["client", "editor_client", "publisher_client"])
def test_no_reader_sees_a_draft_through_the_api_with_caches_on(request, caches_on, reader):
    draft_statement = build_drafts()
    reader = request.getfixturevalue(reader)
    for _ in range(2):  # the second answer comes from the cache
        for name in LISTS:
            for query in ({}, {"q": "secret"}, {"page_size": 500}):
                body = reader.get(f"/api/v1/{name}/", query).content.decode()
                assert "Secret" not in body, (name, query)
                assert draft_statement.slug not in body
    events = reader.get("/api/v1/events/").json()
    assert {event["title"] for event in events["results"]} == {"Public event", "Public meeting"}
    assert [e["initiative"] for e in events["results"] if e["title"] == "Public event"] == [None]
    economies = {
        e["code"]: e for e in reader.get("/api/v1/economies/?page_size=50").json()["results"]
    }
    assert economies["MEX"]["event_count"] == 0


@pytest.mark.parametrize("number", [1, 8])
def test_api_lists_run_a_fixed_number_of_queries(client, django_assert_num_queries, number):
    statement = StatementFactory()
    for index in range(number):
        EventFactory(co_hosts=[economy("PHL"), economy("THA")], themes=[theme("innovation")])
        InitiativeFactory(co_implementers=[economy("JPN")])
        ParagraphFactory(statement=statement, number=index + 1)
    # The content token, the count, the page, then one query per prefetched relation
    # (co-hosts and themes; co-implementers, themes and outputs; themes and paragraphs).
    expected = {"events": 5, "initiatives": 6, "statements": 5, "economies": 4}
    for name, queries in expected.items():
        with django_assert_num_queries(queries):
            response = client.get(f"/api/v1/{name}/")
        assert response.status_code == 200
        # The statement's meeting is an event too.
        counts = {"events": number + 1, "initiatives": number, "statements": 1, "economies": 21}
        assert response.json()["count"] == counts[name]
