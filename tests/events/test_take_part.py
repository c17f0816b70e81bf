"""Events: format, website or registration link, and provenance on the page and in exports."""

import csv
import datetime
import io
import json

import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def test_upcoming_event_invites_to_register(client):
    EventFactory(
        slug="coming",
        start_date=TODAY + datetime.timedelta(days=30),
        city="Lima",
        venue="Convention Centre",
        format="hybrid",
        website="https://example.org/register",
        source_url="https://apecscmc.org/news/detail/71",
    )
    html = client.get("/events/coming/").content.decode()
    assert '<h2 id="take-part-heading">Take part</h2>' in html
    assert (
        '<p>Hybrid in Lima. <a class="button" href="https://example.org/register" '
        'rel="external">Register or read more on the event’s website</a></p>'
    ) in html
    assert "<dt>Venue</dt><dd>Convention Centre</dd>" in html
    assert "<dt>Format</dt><dd>Hybrid</dd>" in html
    assert '<a href="https://apecscmc.org/news/detail/71" rel="external">' in html
    assert "<dt>Last updated</dt>" in html


def test_past_event_offers_its_website_to_find_out_more(client):
    EventFactory(slug="held", start_date=datetime.date(2019, 6, 1), website="https://ex.org/e")
    html = client.get("/events/held/").content.decode()
    assert '<h2 id="take-part-heading">Find out more</h2>' in html
    assert '<a href="https://ex.org/e" rel="external">The event’s website</a>' in html


def test_no_block_without_a_website(client):
    EventFactory(slug="plain", format="virtual")
    html = client.get("/events/plain/").content.decode()
    assert "take-part-heading" not in html
    assert "<dt>Format</dt><dd>Virtual</dd>" in html


def test_event_detail_query_count_is_unchanged(client, django_assert_num_queries):
    EventFactory(slug="counted", website="https://ex.org/e", format="in_person")
    client.get("/events/counted/")
    # event with host, initiative and statement, co-hosts, themes, officials: the new
    # fields are columns of the event row, no query more.
    with django_assert_num_queries(4):
        response = client.get("/events/counted/")
    assert "In person" in response.content.decode()


def test_event_exports_carry_format_and_website(client):
    EventFactory(slug="exported", format="virtual", website="https://ex.org/v")
    body = b"".join(client.get("/events/?format=csv").streaming_content).decode()
    row = next(csv.DictReader(io.StringIO(body)))
    assert (row["format"], row["website"]) == ("virtual", "https://ex.org/v")
    record = json.loads(client.get("/events/?format=json").content)["results"][0]
    assert (record["format"], record["website"]) == ("virtual", "https://ex.org/v")
