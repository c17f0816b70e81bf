import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from tests.factories import EventFactory, InitiativeFactory, StatementFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def atom_entries(response):
    root = ET.fromstring(response.content)
    return [
        (entry.find(f"{ATOM}title").text, entry.find(f"{ATOM}link").get("href"))
        for entry in root.findall(f"{ATOM}entry")
    ]


def test_event_feed_lists_newly_published_events_newest_first_without_drafts(client):
    now = timezone.now()
    EventFactory(slug="older", title="Older forum", published_at=now - datetime.timedelta(days=2))
    EventFactory(slug="newer", title="Newer forum", published_at=now - datetime.timedelta(days=1))
    EventFactory(slug="draft", title="Draft forum", publication_status="draft")

    response = client.get("/events/feed/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert atom_entries(response) == [
        ("Newer forum", "http://testserver/events/newer/"),
        ("Older forum", "http://testserver/events/older/"),
    ]


def test_statement_feed_leaves_out_drafts(client):
    StatementFactory(
        slug="published-statement", title="Published statement", published_at=timezone.now()
    )
    StatementFactory(slug="draft-statement", title="Draft statement", publication_status="draft")
    response = client.get("/statements/feed/")
    assert atom_entries(response) == [
        ("Published statement", "http://testserver/statements/published-statement/")
    ]


def test_pages_link_to_the_feeds(client):
    StatementFactory(slug="a-statement")
    html = client.get("/statements/a-statement/").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Newly published statements" '
        'href="/statements/feed/">'
    ) in html


def test_sitemap_lists_every_published_record_and_no_draft(client):
    InitiativeFactory(slug="published-initiative")
    InitiativeFactory(slug="draft-initiative", publication_status="draft")
    EventFactory(slug="published-event")
    EventFactory(slug="draft-event", publication_status="review")
    statement = StatementFactory(slug="published-statement")

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    locations = {
        url.find(f"{SITEMAP}loc").text
        for url in ET.fromstring(response.content).iter(f"{SITEMAP}url")
    }
    records = {
        "http://testserver/initiatives/published-initiative/",
        "http://testserver/events/published-event/",
        f"http://testserver/events/{statement.meeting.slug}/",
        "http://testserver/statements/published-statement/",
    }
    pages = {
        "http://testserver/",
        "http://testserver/initiatives/",
        "http://testserver/events/",
        "http://testserver/statements/",
        "http://testserver/economies/",
        "http://testserver/data/",
    }
    economies = {
        loc
        for loc in locations
        if loc.startswith("http://testserver/economies/") and loc.count("/") == 5
    }
    assert len(economies) == 21
    assert locations == records | pages | economies


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response.content.decode() == (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "Disallow: /*?*format=\n"
        "Disallow: /data/dataset.json\n"
        "Sitemap: http://testserver/sitemap.xml\n"
    )
