"""Nothing a draft holds reaches an anonymous reader through a cache, an export or search.

Every test here runs with the anonymous page cache and the query cache switched
on, and lets a member of staff (who previews drafts) look first, so that
anything cached for staff would be what the anonymous reader then gets.
"""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory

from apec_portal.page_cache import AnonymousPageCacheMiddleware
from core.content_cache import PUBLIC, STAFF, audience, reader_key
from tests.exports_helpers import csv_rows, ics_events, json_data
from tests.factories import (
    EventFactory,
    InitiativeFactory,
    ParagraphFactory,
    StatementFactory,
    theme,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _caches(caches_on):
    """Every test here runs with the page and query caches on."""


def clear_caches(settings):
    for alias in (settings.PAGE_CACHE_ALIAS, settings.QUERY_CACHE_ALIAS):
        caches[alias].clear()


@pytest.fixture
def drafts():
    """Published records, and drafts that would change every panel: a 2027 year, a theme
    only drafts use, an initiative and a meeting in draft under published records."""
    draft_initiative = InitiativeFactory(
        slug="secret-initiative",
        title="Secret initiative",
        subtitle="Marmalade plan",
        start_year=2027,
        publication_status="draft",
        themes=[theme("digital-transformation")],
    )
    InitiativeFactory(slug="open-initiative", start_year=2019, themes=[theme("innovation")])
    EventFactory(
        slug="open-forum",
        title="Open forum",
        initiative=draft_initiative,
        themes=[theme("innovation")],
    )
    EventFactory(
        slug="secret-forum",
        title="Secret forum",
        start_date=datetime.date(2027, 3, 1),
        publication_status="draft",
        themes=[theme("digital-transformation")],
    )
    meeting = EventFactory(
        slug="secret-meeting",
        kind="ministerial_meeting",
        title="Meeting in draft",
        summary="Ministers discussed marmalade.",
        publication_status="draft",
    )
    statement = StatementFactory(slug="open-statement", title="Open statement", meeting=meeting)
    ParagraphFactory(statement=statement, number=1, text="SMEs and innovation.")
    StatementFactory(
        slug="secret-statement",
        title="Secret statement",
        publication_status="draft",
        meeting=EventFactory(
            kind="ministerial_meeting",
            start_date=datetime.date(2027, 5, 1),
            publication_status="draft",
        ),
    )
    return draft_initiative


@pytest.mark.parametrize(
    "path",
    [
        "/events/?sort=title",
        "/events/",
        "/initiatives/?sort=title",
        "/statements/?sort=date",
    ],
)
def test_the_filter_panel_and_chart_staff_saw_never_reach_an_anonymous_reader(
    client, editor_client, drafts, settings, path
):
    # What an anonymous reader gets when nobody else has looked yet.
    expected = client.get(path)
    assert expected.status_code == 200
    assert 'value="2027"' not in expected.content.decode()
    clear_caches(settings)

    staff = editor_client.get(path)
    assert 'value="2027"' in staff.content.decode()  # staff's panel counts the drafts

    first = client.get(path)
    second = client.get(path)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    for response in (first, second):
        assert response.content == expected.content
        assert 'value="2027"' not in response.content.decode()


def test_a_page_rendered_for_staff_is_never_stored_in_the_anonymous_page_cache(editor, settings):
    """Even when the request had no session cookie (staff signed in some other way)."""
    settings.PAGE_CACHE_SECONDS = 300
    factory = RequestFactory()

    def as_staff(request):
        request.user = editor
        return HttpResponse("staff page with drafts")

    def as_public(request):
        request.user = AnonymousUser()
        return HttpResponse("public page")

    staff_response = AnonymousPageCacheMiddleware(as_staff)(factory.get("/events/"))
    assert staff_response.content == b"staff page with drafts"
    assert "X-Page-Cache" not in staff_response
    public = AnonymousPageCacheMiddleware(as_public)(factory.get("/events/"))
    assert public.content == b"public page"
    assert public["X-Page-Cache"] == "miss"
    again = AnonymousPageCacheMiddleware(as_staff)(factory.get("/events/"))
    assert (again.content, again["X-Page-Cache"]) == (b"public page", "hit")


def test_a_stale_session_cookie_renders_afresh_and_is_not_stored(client, drafts, settings):
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    response = client.get("/events/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert "Secret forum" not in response.content.decode()
    del client.cookies[settings.SESSION_COOKIE_NAME]
    assert client.get("/events/")["X-Page-Cache"] == "miss"


def test_audience_and_reader_keys(editor):
    request = RequestFactory().get("/")
    assert audience(request) == PUBLIC  # no user at all
    request.user = AnonymousUser()
    assert audience(request) == PUBLIC
    assert reader_key(request, "facet", "x") == ("audience=public", "facet", "x")
    request.user = editor
    assert audience(request) == STAFF
    assert reader_key(request, "facet", "x") == ("audience=staff", "facet", "x")


@pytest.mark.parametrize("reader", ["staff first", "anonymous only"])
def test_event_exports_leave_out_a_draft_initiative(client, editor_client, drafts, reader):
    readers = [editor_client, client] if reader == "staff first" else [client]
    for each in readers:
        rows = csv_rows(each.get("/events/", {"format": "csv"}))
        assert [(row["slug"], row["initiative_slug"], row["initiative"]) for row in rows] == [
            ("open-forum", "", "")
        ]
        data = json_data(each.get("/events/", {"format": "json"}))
        assert [(item["slug"], item["initiative"]) for item in data["results"]] == [
            ("open-forum", None)
        ]
        calendar = each.get("/events/", {"format": "ics"})
        assert [str(entry["uid"]) for entry in ics_events(calendar)] == [
            "event-open-forum@testserver"
        ]
        for response in (
            each.get("/events/", {"format": "csv"}),
            each.get("/events/", {"format": "json"}),
        ):
            text = b"".join(response.streaming_content) if response.streaming else response.content
            assert b"secret" not in text.lower()
            assert b"Marmalade" not in text


def test_a_published_initiative_is_still_named_in_event_exports(client, drafts):
    drafts.publication_status = "published"
    drafts.save()
    rows = csv_rows(client.get("/events/", {"format": "csv"}))
    assert [(row["initiative_slug"], row["initiative"]) for row in rows] == [
        ("secret-initiative", "Secret initiative: Marmalade plan")
    ]


@pytest.mark.parametrize("reader", ["staff first", "anonymous only"])
def test_statement_exports_leave_out_a_statement_whose_meeting_is_a_draft(
    client, editor_client, drafts, reader
):
    """A statement is public only with its meeting (issue 21; core.publication.rule_problem):
    data written past that rule shows neither of them."""
    if reader == "staff first":
        editor_client.get("/statements/", {"format": "csv"})
        editor_client.get("/statements/", {"format": "json"})
        editor_client.get("/statements/open-statement.json")
    assert csv_rows(client.get("/statements/", {"format": "csv"})) == []
    assert json_data(client.get("/statements/", {"format": "json"}))["results"] == []
    assert client.get("/statements/open-statement.json").status_code == 404


def test_a_published_meeting_is_linked(client, drafts):
    StatementFactory(slug="linked", meeting=EventFactory(slug="open-meeting"))
    whole = json_data(client.get("/statements/linked.json"))
    assert whole["meeting_url"] == "http://testserver/events/open-meeting/"


@pytest.mark.parametrize("reader", ["staff first", "anonymous only"])
def test_statement_search_ignores_words_only_in_a_draft_meeting(
    client, editor_client, drafts, reader
):
    readers = [editor_client, client] if reader == "staff first" else [client]
    for each in readers:
        response = each.get("/statements/", {"q": "marmalade"})
        assert response.status_code == 200
        assert list(response.context["object_list"]) == []
        assert "Open statement" not in response.content.decode()
    # Nor do its paragraphs' words: the statement is not public while its meeting is a draft.
    found = client.get("/statements/", {"q": "innovation"})
    assert list(found.context["object_list"]) == []


# --- CSV formulas and CORS ---------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_would_start_a_formula_are_written_as_text(client, start):
    InitiativeFactory(slug="formula", title="Title", subtitle=f"{start}HYPERLINK(1)")
    EventFactory(slug="formula-forum", title=f"{start}SUM(A1)", summary="plain")
    written = "\n" if start == "\r" else start  # every line break is written as LF
    [initiative] = csv_rows(client.get("/initiatives/", {"format": "csv"}))
    assert initiative["subtitle"] == f"'{written}HYPERLINK(1)"
    assert initiative["title"] == "Title"
    [event] = csv_rows(client.get("/events/", {"format": "csv"}))
    assert event["title"] == f"'{written}SUM(A1)"
    assert event["summary"] == "plain"


def test_the_data_page_documents_the_formula_rule(client):
    html = client.get("/data/").content.decode()
    assert 'id="csv-formulas"' in html
    assert "written with an apostrophe in front" in html


@pytest.mark.parametrize(
    "path",
    [
        "/events/?format=csv",
        "/events/?format=json",
        "/events/?format=ics",
        "/initiatives/?format=csv",
        "/statements/?format=json",
        "/economies/?format=csv",
        "/search/?q=innovation&format=csv",
        "/search/?q=innovation&format=json",
        "/events/feed/",
        "/statements/feed/",
        "/events/open-forum.ics",
        "/statements/whole-statement.json",
        "/statements/whole-statement.txt",
        "/data/dataset.json",
    ],
)
def test_open_data_may_be_read_from_any_site(client, drafts, path):
    StatementFactory(slug="whole-statement", meeting=EventFactory(kind="ministerial_meeting"))
    response = client.get(path)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "path", ["/", "/events/", "/events/open-forum/", "/data/", "/search/?q=innovation", "/admin/"]
)
def test_pages_and_the_admin_are_not_opened_to_other_sites(client, drafts, path):
    response = client.get(path)
    assert "Access-Control-Allow-Origin" not in response
