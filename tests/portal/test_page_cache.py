import datetime
from io import StringIO

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

from core.checks import check_triggers
from core.content_cache import content_tables
from core.migrations_ops import InstallSearchWords
from core.publication import record_publish
from events.models import Event
from initiatives.models import SearchWord
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
    with django_assert_num_queries(1):  # the content token, nothing else
        second = client.get("/events/")
    assert second["X-Page-Cache"] == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_publishing_a_draft_shows_it_on_the_very_next_anonymous_request(client):
    draft = EventFactory(title="Bangkok forum", publication_status="draft")
    assert "Bangkok forum" not in client.get("/events/").content.decode()
    assert client.get("/events/")["X-Page-Cache"] == "hit"

    record_publish(draft, user=None)

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


def test_the_trigger_check_is_clean_on_a_migrated_database():
    assert check_triggers(databases=["default"]) == []


def test_the_trigger_check_fails_when_the_content_trigger_is_dropped():
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER content_version_bump ON events_eventofficial")
    errors = check_triggers(databases=["default"])
    assert [(error.id, error.msg) for error in errors] == [
        (
            "core.E001",
            "Content table events_eventofficial has no content_version_bump trigger: writes to "
            "it would not change the content token, so cached pages would go stale.",
        )
    ]
    assert errors[0].hint == (
        "Add core.migrations_ops.InstallContentTriggers('events_eventofficial') to a migration."
    )


def test_the_trigger_check_fails_when_a_search_word_trigger_is_dropped_or_stale():
    with connection.cursor() as cursor:
        cursor.execute(
            "DROP TRIGGER statements_paragraph_search_words_update ON statements_paragraph"
        )
        cursor.execute(
            "CREATE OR REPLACE TRIGGER events_event_search_words_insert AFTER INSERT ON events_event "
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
            "EXECUTE FUNCTION search_words_collect('title')"
        )
    errors = check_triggers(databases=["default"])
    assert [(error.id, error.msg) for error in errors] == [
        (
            "core.E002",
            "Search-word trigger events_event_search_words_insert collects ['title']; "
            "events.Event.search_text says \"concat_ws(' ', title, summary, city, venue)\".",
        ),
        (
            "core.E002",
            "Search-word trigger statements_paragraph_search_words_update is missing; "
            "statements.Paragraph.search_text says 'text'.",
        ),
    ]


def test_plain_check_needs_no_database(settings):
    # Without `databases`, Django never calls a database-tagged check.
    from django.core import checks

    assert check_triggers in checks.registry.registry.get_checks(include_deployment_checks=False)
    assert checks.Tags.database in check_triggers.tags
    assert check_triggers(databases=None) == []


def test_sqlmigrate_shows_the_content_triggers():
    out = StringIO()
    call_command("sqlmigrate", "statements", "0004", stdout=out)
    sql = out.getvalue()
    assert (
        "-- Install the content-token trigger on statements_statement, statements_statement_themes,"
        " statements_section, statements_paragraph, statements_paragraph_initiatives"
    ) in sql
    assert sql.count("CREATE OR REPLACE TRIGGER content_version_bump AFTER INSERT OR UPDATE") == 5
    assert (
        "CREATE OR REPLACE TRIGGER content_version_bump AFTER INSERT OR UPDATE OR DELETE OR "
        'TRUNCATE ON "statements_section" FOR EACH STATEMENT EXECUTE FUNCTION '
        "content_version_bump();"
    ) in sql


def test_install_search_words_reattaches_what_the_search_text_declares():
    expression = Event.search_text.words_expression()
    operation = InstallSearchWords("events_event", expression)
    with connection.schema_editor() as editor:
        operation.database_backwards("events", editor, None, None)
    assert [error.id for error in check_triggers(databases=["default"])] == ["core.E002"] * 2
    EventFactory(title="Quokka summit")
    assert not SearchWord.objects.filter(word="quokka").exists()
    with connection.schema_editor() as editor:
        operation.database_forwards("events", editor, None, None)
    assert check_triggers(databases=["default"]) == []
    # Attaching also collects the words already stored.
    assert SearchWord.objects.filter(word="quokka").exists()


# --- Who may bypass the page cache ----------------------------------------------------


@pytest.fixture
def no_session_verdicts():
    from apec_portal.page_cache import forget_session_verdicts

    forget_session_verdicts()
    yield
    forget_session_verdicts()


def test_a_forged_session_cookie_gets_the_cached_page_after_one_lookup(
    client, django_assert_num_queries, no_session_verdicts
):
    EventFactory(title="Quito forum")
    first = client.get("/events/")
    assert first["X-Page-Cache"] == "miss"
    client.cookies["sessionid"] = "forgedforgedforgedforgedforged12"
    with django_assert_num_queries(2):  # the content token, the session looked up once
        forged = client.get("/events/")
    assert (forged["X-Page-Cache"], forged.content) == ("hit", first.content)
    with django_assert_num_queries(1):  # the verdict is remembered: the token only
        again = client.get("/events/")
    assert (again["X-Page-Cache"], again.content) == ("hit", first.content)


def test_a_malformed_session_cookie_costs_no_lookup(
    client, django_assert_num_queries, no_session_verdicts
):
    EventFactory(title="Quito forum")
    client.get("/events/")
    client.cookies["sessionid"] = "x"
    with django_assert_num_queries(1):
        assert client.get("/events/")["X-Page-Cache"] == "hit"


def test_a_signed_in_editor_always_gets_a_fresh_page(editor_client, no_session_verdicts):
    EventFactory(title="Draft forum", slug="draft-forum", publication_status="draft")
    for _ in range(2):
        response = editor_client.get("/events/")
        assert response.has_header("X-Page-Cache") is False
        assert titles(response) == ["Draft forum"]
