import datetime

import pytest
from django.core.cache import caches
from django.db import connection

from core.content_cache import content_tables
from core.publication import publication_fields
from events.models import Event
from tests.factories import EventFactory, economy

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def titles(response):
    return [event.title for event in response.context["object_list"]]


def test_second_anonymous_request_is_served_from_the_cache_with_one_query(
    client, django_assert_num_queries
):
    EventFactory(title="Taipei forum")
    first = client.get("/events/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(1):  # the content version, nothing else
        second = client.get("/events/")
    assert second["X-Page-Cache"] == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_publishing_a_draft_shows_it_on_the_very_next_anonymous_request(client):
    draft = EventFactory(title="Bangkok forum", publication_status="draft")
    assert "Bangkok forum" not in client.get("/events/").content.decode()
    assert client.get("/events/")["X-Page-Cache"] == "hit"

    for field, value in publication_fields(True).items():
        setattr(draft, field, value)
    draft.save()

    response = client.get("/events/")
    assert response["X-Page-Cache"] == "miss"
    assert titles(response) == ["Bangkok forum"]


def test_an_edit_is_never_served_stale(client):
    event = EventFactory(title="Tomsk forum", slug="tomsk-forum")
    assert client.get("/events/tomsk-forum/")["X-Page-Cache"] == "miss"
    assert client.get("/events/tomsk-forum/")["X-Page-Cache"] == "hit"

    event.title = "Tomsk innovation forum"
    event.save()

    response = client.get("/events/tomsk-forum/")
    assert response["X-Page-Cache"] == "miss"
    assert response.context["object"].title == "Tomsk innovation forum"


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda e: e.co_hosts.add(economy("PHL")), id="many-to-many link"),
        pytest.param(lambda e: Event.objects.filter(pk=e.pk).update(city="Cebu"), id="bulk update"),
        pytest.param(lambda e: e.officials.create(name="Jane Doe"), id="related row"),
        pytest.param(lambda e: e.delete(), id="delete"),
    ],
)
def test_every_kind_of_write_invalidates_the_cache(client, change):
    event = EventFactory(title="Cebu forum")
    client.get("/events/")
    assert client.get("/events/")["X-Page-Cache"] == "hit"
    change(event)
    assert client.get("/events/")["X-Page-Cache"] == "miss"


def test_unpublishing_removes_the_record_from_cached_pages_at_once(client):
    event = EventFactory(title="Lima forum", slug="lima-forum")
    assert client.get("/events/lima-forum/").status_code == 200
    assert client.get("/events/")["X-Page-Cache"] == "miss"
    event.publication_status = "draft"
    event.save()
    assert client.get("/events/lima-forum/").status_code == 404
    assert titles(client.get("/events/")) == []


def test_a_draft_a_staff_member_previews_never_reaches_anonymous_visitors(client, admin_client):
    EventFactory(title="Draft summit", slug="draft-summit", publication_status="draft")
    staff_page = admin_client.get("/events/draft-summit/")
    assert staff_page.status_code == 200
    assert staff_page.has_header("X-Page-Cache") is False
    assert titles(admin_client.get("/events/")) == ["Draft summit"]

    assert client.get("/events/draft-summit/").status_code == 404
    anonymous = client.get("/events/")
    assert anonymous["X-Page-Cache"] == "miss"
    assert titles(anonymous) == []
    assert "Draft summit" not in anonymous.content.decode()


def test_not_found_pages_and_posts_are_not_stored(client):
    assert client.get("/events/no-such-event/").status_code == 404
    response = client.get("/events/no-such-event/")
    assert response.has_header("X-Page-Cache") is False
    assert client.post("/events/").has_header("X-Page-Cache") is False


def test_cache_keys_depend_on_the_query_string(client):
    EventFactory(title="Old forum", start_date=datetime.date(2001, 5, 1))
    EventFactory(title="New forum", start_date=datetime.date(2021, 5, 1))
    client.get("/events/")
    assert client.get("/events/")["X-Page-Cache"] == "hit"
    assert client.get("/events/?page=1")["X-Page-Cache"] == "miss"


def test_the_cache_is_off_when_page_cache_seconds_is_zero(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/events/")
    assert client.get("/events/").has_header("X-Page-Cache") is False


def test_every_content_table_carries_the_version_trigger():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgrelid::regclass::text FROM pg_trigger "
            "WHERE tgname = 'content_version_bump' ORDER BY 1"
        )
        with_trigger = [row[0] for row in cursor.fetchall()]
    assert with_trigger == sorted(content_tables())
    assert "events_event_co_hosts" in with_trigger
    assert "statements_paragraph" in with_trigger
