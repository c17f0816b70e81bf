"""sitemap.xml is an index of section sitemaps that together list every public page once."""

import datetime
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from django.conf import settings
from django.core.cache import caches
from django.urls import reverse

from events.models import Event
from initiatives.models import Economy, Initiative
from statements.models import Statement
from tests.factories import EventFactory, InitiativeFactory, StatementFactory

pytestmark = pytest.mark.django_db

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
LIST_PATHS = ["/", "/initiatives/", "/events/", "/statements/", "/economies/", "/data/"]
CODES = [code for code, _ in settings.LANGUAGES]


def in_every_language(section_path):
    """A section page's address in the index: English first, then each language's."""
    return [section_path] + [
        section_path + ("&" if "?" in section_path else "?") + f"lang={code}" for code in CODES[1:]
    ]


def entries(content, tag):
    """[(loc, lastmod or None)] of a urlset (tag "url") or a sitemap index (tag "sitemap")."""
    root = ET.fromstring(content)
    found = []
    for entry in root.iter(f"{NS}{tag}"):
        lastmod = entry.find(f"{NS}lastmod")
        found.append((entry.find(f"{NS}loc").text, None if lastmod is None else lastmod.text))
    return found


def local(url, base="http://testserver"):
    assert url.startswith(base)
    return url.removeprefix(base)


def read_sitemaps(client, base="http://testserver", **extra):
    """The index's entries, and every section page's entries (in the index's order)."""
    index = client.get("/sitemap.xml", **extra)
    assert index.status_code == 200
    assert index["Content-Type"] == "application/xml; charset=utf-8"
    pages = {}
    for loc, _ in entries(index.content, "sitemap"):
        response = client.get(local(loc, base), **extra)
        assert response.status_code == 200, loc
        pages[loc] = entries(response.content, "url")
    return entries(index.content, "sitemap"), pages


def w3c(moment):
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat()


def expected_urls(base="http://testserver"):
    """Every public page in every language, made the ordinary way: model instances and
    get_absolute_url, in English, then the language's prefix in front."""
    urls = [(path, None) for path in LIST_PATHS]
    urls += [(economy.get_absolute_url(), None) for economy in Economy.objects.all()]
    for model in (Initiative, Event, Statement):
        urls += [
            (record.get_absolute_url(), w3c(record.updated_at))
            for record in model.objects.published()
        ]
    return [
        (base + ("" if code == "en" else f"/{code}") + path, lastmod)
        for code in CODES
        for path, lastmod in urls
    ]


def make_drafts():
    InitiativeFactory(slug="draft-initiative", publication_status="draft")
    EventFactory(slug="draft-event", publication_status="draft")
    EventFactory(slug="event-in-review", publication_status="review")
    StatementFactory(
        slug="draft-statement",
        publication_status="draft",
        meeting=EventFactory(slug="draft-meeting", publication_status="draft"),
    )


def test_the_sitemaps_list_every_public_demo_page_once_and_no_draft_whoever_looked_first(
    client, editor_client, demo, caches_on
):
    make_drafts()
    expected = expected_urls()
    assert len(expected) == (6 + 21 + 12 + 16 + 2) * 10  # the demo content, all published

    staff_index, staff_pages = read_sitemaps(editor_client)  # staff first, caches on
    index, pages = read_sitemaps(client)

    assert index == staff_index and pages == staff_pages
    assert [local(loc) for loc, _ in index] == [
        path
        for section in ("pages", "economies", "initiatives", "events", "statements")
        for path in in_every_language(f"/sitemap-{section}.xml")
    ]
    listed = [entry for section in pages.values() for entry in section]
    assert Counter(listed) == Counter(expected)
    assert not [loc for loc, _ in listed if "draft" in loc or "review" in loc]
    # The index gives each section page the latest lastmod of its records.
    for loc, lastmod in index:
        known = [moment for _, moment in pages[loc] if moment is not None]
        assert lastmod == (max(known) if known else None)
    # Served again from the cache: the same bytes.
    assert client.get("/sitemap-events.xml")["X-Page-Cache"] == "hit"


def test_small_pages_split_every_section_and_lose_no_record(client, settings):
    settings.SITEMAP_PAGE_SIZE = 3
    for number in range(7):
        EventFactory(slug=f"event-{number}")
    for number in range(4):
        InitiativeFactory(slug=f"initiative-{number}")
    StatementFactory(slug="statement-0")  # and its meeting: an eighth event
    make_drafts()

    index, pages = read_sitemaps(client)

    counts = Counter(local(loc).split("?")[0] for loc, _ in index)
    assert counts == {  # each page once per language
        "/sitemap-pages.xml": 2 * 10,  # 6 list pages
        "/sitemap-economies.xml": 7 * 10,  # 21 economies
        "/sitemap-initiatives.xml": 2 * 10,  # 4 published initiatives
        "/sitemap-events.xml": 3 * 10,  # 7 events and the statement's meeting
        "/sitemap-statements.xml": 1 * 10,
    }
    assert [local(loc) for loc, _ in index][:21] == [
        *in_every_language("/sitemap-pages.xml"),
        *in_every_language("/sitemap-pages.xml?p=2"),
        "/sitemap-economies.xml",
    ]
    for loc, section in pages.items():
        assert 1 <= len(section) <= 3, loc
    listed = [entry for section in pages.values() for entry in section]
    assert Counter(listed) == Counter(expected_urls())
    assert len(listed) == len(set(listed))
    # Within a section, pages follow each other in the order of the keys.
    events = [
        loc for loc, section in pages.items() if "sitemap-events" in loc and "lang" not in loc
    ]
    slugs = [local(url).split("/")[2] for loc in events for url, _ in pages[loc]]
    assert slugs == sorted(slugs)
    # One page past the last is a 404 with a message; a bad page number a 400.
    past = client.get("/sitemap-events.xml?p=4")
    assert past.status_code == 404
    assert past.content.decode() == (
        "The events sitemap has no page 4; /sitemap.xml lists its pages.\n"
    )


@pytest.mark.parametrize("query", ["p=abc", "p=0", "p=-1", "p=1&p=2", "p=%EF%BC%92", "p="])
def test_a_bad_page_number_is_a_400_with_a_message(client, query):
    response = client.get(f"/sitemap-events.xml?{query}")
    assert response.status_code == 400
    assert response.content.decode() == "p must be a whole number from 1, given once, e.g. ?p=2.\n"


def test_an_unknown_section_is_a_404(client):
    assert client.get("/sitemap-drafts.xml").status_code == 404


def test_urls_follow_the_request_scheme_and_host(client, settings):
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    EventFactory(slug="an-event")
    extra = {"secure": True, "HTTP_HOST": "portal.example.org"}
    base = "https://portal.example.org"

    index, pages = read_sitemaps(client, base=base, **extra)

    assert [local(loc, base) for loc, _ in index] == [  # no initiative, no statement yet
        *in_every_language("/sitemap-pages.xml"),
        *in_every_language("/sitemap-economies.xml"),
        *in_every_language("/sitemap-events.xml"),
    ]
    updated = w3c(Event.objects.get(slug="an-event").updated_at)
    assert pages[f"{base}/sitemap-events.xml"] == [(f"{base}/events/an-event/", updated)]
    assert pages[f"{base}/sitemap-events.xml?lang=ko"] == [(f"{base}/ko/events/an-event/", updated)]


def test_an_unknown_language_is_a_400_with_a_message(client):
    response = client.get("/sitemap-events.xml?lang=xx")
    assert response.status_code == 400
    assert response.content.decode().startswith("lang must be one of en, zh-hans, zh-hant, es,")


def test_head_answers_like_get(client):
    response = client.head("/sitemap-pages.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"


def test_each_sitemap_is_one_query_and_none_when_cached(
    client, settings, django_assert_num_queries
):
    EventFactory.create_batch(3)
    with django_assert_num_queries(1):  # every section's pages, counted together
        assert client.get("/sitemap.xml").status_code == 200
    with django_assert_num_queries(1):
        events = client.get("/sitemap-events.xml")
    assert len(entries(events.content, "url")) == 3
    with django_assert_num_queries(0):
        assert client.get("/sitemap-pages.xml").status_code == 200

    # With the caches on: the content token, and the XML once per token.
    settings.QUERY_CACHE_SECONDS = 300
    settings.PAGE_CACHE_SECONDS = 0
    caches[settings.QUERY_CACHE_ALIAS].clear()
    try:
        for path in ("/sitemap.xml", "/sitemap-events.xml"):
            with django_assert_num_queries(2):
                first = client.get(path)
            with django_assert_num_queries(1):
                again = client.get(path)
            assert again.content == first.content
        EventFactory(slug="one-more")  # a new content token: built afresh
        with django_assert_num_queries(2):
            events = client.get("/sitemap-events.xml")
        assert len(entries(events.content, "url")) == 4
    finally:
        caches[settings.QUERY_CACHE_ALIAS].clear()


def test_robots_txt_names_the_sitemap_index(client):
    sitemap = client.get("/robots.txt").content.decode().splitlines()[-1]
    assert sitemap == "Sitemap: http://testserver" + reverse("sitemap")
