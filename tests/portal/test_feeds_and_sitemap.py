import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from tests.factories import EventFactory, StatementFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


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
