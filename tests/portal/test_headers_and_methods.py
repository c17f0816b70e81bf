"""Every answer the portal makes carries the security headers, whatever its status and
however it was made; TRACE and other unused methods are refused; HEAD works wherever GET
does. (HSTS is only sent over HTTPS with DEBUG off: test_security.py checks it there.)"""

import pytest
from django.core.cache import caches
from django.test import Client

from tests.factories import EventFactory, StatementFactory

pytestmark = pytest.mark.django_db

HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def assert_security_headers(response):
    assert {name: response.get(name) for name in HEADERS} == HEADERS
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


@pytest.fixture
def records():
    event = EventFactory(slug="nanjing-forum", title="Nanjing forum")
    statement = StatementFactory(slug="nanjing-statement")
    return event, statement


GETTABLE = [
    "/",
    "/healthz",
    "/search/?q=forum",
    "/initiatives/",
    "/events/",
    "/events/?format=csv",
    "/events/?format=json",
    "/events/feed/",
    "/events/nanjing-forum/",
    "/events/nanjing-forum.ics",
    "/economies/",
    "/economies/twn/",
    "/statements/",
    "/statements/feed/",
    "/statements/nanjing-statement/",
    "/statements/nanjing-statement.txt",
    "/statements/nanjing-statement.json",
    "/data/",
    "/data/dataset.json",
    "/sitemap.xml",
    "/robots.txt",
    "/admin/login/",
]


@pytest.mark.parametrize("url", GETTABLE)
def test_head_answers_wherever_get_does_with_the_same_status_and_headers(client, records, url):
    get = client.get(url)
    head = client.head(url)
    assert (get.status_code, head.status_code) == (200, 200)
    assert head["Content-Type"] == get["Content-Type"]
    assert_security_headers(get)
    assert_security_headers(head)


@pytest.mark.parametrize("method", ["TRACE", "TRACK", "CONNECT", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("url", ["/", "/events/", "/data/", "/robots.txt", "/admin/login/"])
def test_unused_methods_are_refused_everywhere_with_the_headers(client, url, method):
    response = client.generic(method, url, "echo me", HTTP_COOKIE="sessionid=secret")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST, OPTIONS"
    assert response.content == b""
    assert_security_headers(response)


def test_trace_on_a_static_file_is_refused_too(client):
    response = client.generic("TRACE", "/static/site.css")
    assert response.status_code == 405
    assert_security_headers(response)


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def test_a_page_served_from_the_page_cache_has_the_headers(client, records, page_cache_on):
    assert client.get("/events/")["X-Page-Cache"] == "miss"
    hit = client.get("/events/")
    assert hit["X-Page-Cache"] == "hit"
    assert_security_headers(hit)


def test_redirects_and_client_errors_have_the_headers(client):
    responses = {
        "append slash": client.get("/events"),
        "sign in first": client.get("/admin/"),
        "not found": client.get("/no-such-page/"),
        "nul in the address": client.get("/events/a%00b/"),
        "bad host": client.get("/", HTTP_HOST="attacker.example"),
        "bad list parameter": client.get("/events/?page=abc"),
        "post to a read-only page": client.post("/data/"),
        "csrf": Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "x"}),
    }
    assert {name: r.status_code for name, r in responses.items()} == {
        "append slash": 301,
        "sign in first": 302,
        "not found": 404,
        "nul in the address": 400,
        "bad host": 400,
        "bad list parameter": 400,
        "post to a read-only page": 405,
        "csrf": 403,
    }
    for response in responses.values():
        assert_security_headers(response)


@pytest.mark.urls("tests.portal.urls_with_failing_views")
def test_server_errors_and_outage_answers_have_the_headers():
    client = Client(raise_request_exception=False)
    broken = client.get("/test-broken/")
    gone = client.get("/test-database-gone/")
    assert (broken.status_code, gone.status_code) == (500, 503)
    assert_security_headers(broken)
    assert_security_headers(gone)


@pytest.mark.parametrize(
    ("url", "allow"),
    [
        ("/", "GET, HEAD, OPTIONS"),
        ("/events/", "GET, HEAD, OPTIONS"),
        ("/events/nanjing-forum/", "GET, HEAD, OPTIONS"),
        ("/data/dataset.json", "GET, HEAD, OPTIONS"),
        ("/admin/login/", "GET, HEAD, POST, OPTIONS"),
        ("/static/css/site.css", "GET, HEAD, OPTIONS"),
    ],
)
def test_options_answers_204_with_only_the_methods_that_work(client, records, url, allow):
    response = client.options(url)
    assert (response.status_code, response.content, response["Allow"]) == (204, b"", allow)
    assert response["Permissions-Policy"].startswith("accelerometer=(), autoplay=()")
    for method in ("put", "patch", "delete"):
        assert getattr(client, method)(url).status_code == 405
    if "POST" not in allow:
        refused = client.post(url)
        assert (refused.status_code, refused["Allow"]) == (405, allow)


def test_options_on_an_address_with_no_page_is_a_404(client):
    assert client.options("/no-such-page/").status_code == 404


def test_every_answer_denies_the_browser_features_the_portal_does_not_use(client, records):
    for url in ("/", "/events/?format=csv", "/healthz", "/admin/login/", "/no-such-page/"):
        policy = client.get(url)["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy and "payment=()" in policy


def test_staff_answers_are_private_and_never_stored(editor_client, client, records):
    EventFactory(slug="draft-forum", title="Draft forum", publication_status="draft")
    for url in ("/events/draft-forum/", "/events/", "/admin/", "/events/?format=csv"):
        response = editor_client.get(url)
        assert response.status_code == 200, url
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= directives, url
        assert "public" not in directives
    assert "private" not in client.get("/events/").get("Cache-Control", "")
