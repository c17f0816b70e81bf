"""Record cards rendered once and reused (core/templatetags/record_cards.py), never stale.

Every test runs with the page and query caches on: a card is rendered by the first page
that shows it and read from the query cache by the next. Editing the record or anything
its card shows (a theme, an economy's name, the initiative an event card names) must
change every page that shows the card, and a card rendered for staff (who see drafts)
must never be what an anonymous reader gets.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.test import RequestFactory
from django.utils import translation

from core.record_refs import RecordRef, RecordRefs
from core.templatetags.record_cards import card_keys, hit_keys
from events.models import Event
from tests.factories import (
    EventFactory,
    InitiativeFactory,
    ParagraphFactory,
    SectionFactory,
    StatementFactory,
    economy,
    theme,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _caches(caches_on):
    """The page and query caches on, as in production."""


@pytest.fixture
def records():
    initiative = InitiativeFactory(
        title="Harbour logistics programme",
        slug="harbour-logistics",
        subtitle="Ports for small firms",
        themes=[theme("digital-transformation")],
    )
    event = EventFactory(
        title="Harbour logistics forum",
        slug="harbour-logistics-forum",
        initiative=initiative,
        host=economy("TWN"),
        co_hosts=[economy("PHL")],
    )
    return initiative, event


def pages(client, initiative):
    """The pages that show the event's card or the initiative's card, as HTML."""
    paths = ["/events/", "/initiatives/", f"/initiatives/{initiative.slug}/", "/"]
    out = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        out[path] = response.content.decode()
    return out


def fresh_page(client, path):
    """`path` rendered anew (the page cache emptied), as HTML."""
    caches[settings.PAGE_CACHE_ALIAS].clear()
    return client.get(path).content.decode()


def anonymous_request(path="/events/"):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return request


def test_a_card_is_kept_in_the_query_cache_and_read_from_it(client, records):
    _, event = records
    client.get("/events/")
    with translation.override("en"):
        html = caches[settings.QUERY_CACHE_ALIAS].get(card_keys(anonymous_request(), [event])[0])
    assert html is not None and "Harbour logistics forum" in html
    # What the next page shows is what the cache holds: a marker put there shows up.
    with translation.override("en"):
        caches[settings.QUERY_CACHE_ALIAS].set(
            card_keys(anonymous_request(), [event])[0],
            html.replace("forum", "forum-from-cache"),
            60,
        )
    caches[settings.PAGE_CACHE_ALIAS].clear()
    assert "Harbour logistics forum-from-cache" in client.get("/events/").content.decode()


def test_editing_what_an_event_card_shows_changes_every_page(client, records):
    initiative, event = records
    before = pages(client, initiative)
    assert "Harbour logistics forum" in before["/events/"]
    assert "Harbour logistics forum" in before[f"/initiatives/{initiative.slug}/"]
    assert "Harbour logistics programme" in before["/events/"]  # "Part of ..."

    event.title = "Harbour logistics summit"
    event.save()
    after = pages(client, initiative)
    for path in ("/events/", f"/initiatives/{initiative.slug}/"):
        assert "Harbour logistics summit" in after[path], path
        assert "Harbour logistics forum" not in after[path], path

    host = economy("TWN")
    host.name = "Chinese Taipei (renamed)"
    host.save()
    after = pages(client, initiative)
    for path in ("/events/", f"/initiatives/{initiative.slug}/"):
        assert "Chinese Taipei (renamed)" in after[path], path

    co_host = economy("PHL")
    co_host.name = "Philippines (renamed)"
    co_host.save()
    assert "Philippines (renamed)" in pages(client, initiative)["/events/"]

    initiative.title = "Harbour logistics plan"
    initiative.save()
    after = pages(client, initiative)
    assert "Harbour logistics plan" in after["/events/"]
    assert "Harbour logistics programme" not in after["/events/"]


def test_editing_what_an_initiative_card_shows_changes_every_page(client, records):
    initiative, _ = records
    before = pages(client, initiative)
    assert "Ports for small firms" in before["/initiatives/"]
    old_theme = theme("digital-transformation")
    assert old_theme.name in before["/initiatives/"]

    old_theme.name = "Digital everything"
    old_theme.save()
    assert "Digital everything" in pages(client, initiative)["/initiatives/"]

    initiative.subtitle = "Ports for every firm"
    initiative.save()
    after = pages(client, initiative)["/initiatives/"]
    assert "Ports for every firm" in after and "Ports for small firms" not in after

    proposer = economy("TWN")
    proposer.name = "Proposer renamed"
    proposer.save()
    assert "Proposer renamed" in pages(client, initiative)["/initiatives/"]


def test_cards_are_kept_per_language(client, records):
    english = client.get("/events/").content.decode()
    spanish = client.get("/es/events/").content.decode()
    assert 'href="/events/harbour-logistics-forum/"' in english
    assert 'href="/es/events/harbour-logistics-forum/"' in spanish
    assert 'href="/events/harbour-logistics-forum/"' not in spanish


def test_a_card_rendered_for_staff_never_reaches_the_public(client, publisher_client, records):
    initiative, event = records
    draft_initiative = InitiativeFactory(
        title="Secret marmalade plan", slug="secret-marmalade", publication_status="draft"
    )
    EventFactory(title="Secret marmalade forum", slug="secret-forum", publication_status="draft")
    event.initiative = draft_initiative
    event.save()
    # Staff look first: every card they see is rendered (and kept) for them.
    for path in ("/events/", "/initiatives/", "/"):
        assert publisher_client.get(path).status_code == 200
    assert "Secret marmalade forum" in publisher_client.get("/events/").content.decode()
    for path in ("/events/", "/initiatives/", "/", f"/initiatives/{initiative.slug}/"):
        html = client.get(path).content.decode()
        assert "Secret marmalade" not in html, path
    assert "Harbour logistics forum" in client.get("/events/").content.decode()


# --- a list page read as keys and edit numbers (core/record_refs.py) ------------------------


@pytest.mark.parametrize("path", ["/events/", "/initiatives/"])
def test_a_list_builds_records_only_for_the_cards_the_cache_lacks(
    client, records, django_assert_num_queries, path
):
    initiative, event = records
    InitiativeFactory(title="Second harbour plan", slug="second-harbour")
    EventFactory(title="Second harbour forum", slug="second-harbour-forum")
    first = client.get(path).content.decode()  # every count, facet and card computed
    caches[settings.PAGE_CACHE_ALIAS].clear()
    # Every card cached: the content token and the page's keys and edit numbers.
    with django_assert_num_queries(2):
        response = client.get(path)
    assert response.content.decode() == first
    refs = response.context["object_list"]
    assert all(isinstance(ref, RecordRef) for ref in refs) and len(refs) == 2
    # One card gone from the cache: its record alone is built, in one query more.
    shown = event if path == "/events/" else initiative
    with translation.override("en"):
        caches[settings.QUERY_CACHE_ALIAS].delete(card_keys(anonymous_request(path), [shown])[0])
    caches[settings.PAGE_CACHE_ALIAS].clear()
    with django_assert_num_queries(3) as queries:
        response = client.get(path)
    assert response.content.decode() == first
    assert f"IN ({shown.pk})" in queries.captured_queries[-1]["sql"]
    # A ref answers for its record anywhere else (one query for the whole page).
    assert {str(ref) for ref in response.context["object_list"]} == {
        str(record) for record in type(shown).objects.all()
    }


def test_a_record_gone_between_the_keys_and_the_records_has_no_card(records):
    _, event = records
    refs = RecordRefs(Event.objects.published(), [(event.pk, event.version)])
    Event.objects.filter(pk=event.pk).update(publication_status="draft")
    assert refs[0].record is None
    with pytest.raises(AttributeError):
        refs[0].title  # noqa: B018


def test_a_draft_never_reaches_a_list_read_by_key(client, publisher_client, records):
    _, event = records
    EventFactory(title="Secret marmalade forum", slug="secret-forum", publication_status="draft")
    assert "Secret marmalade forum" in publisher_client.get("/events/").content.decode()
    html = client.get("/events/").content.decode()
    assert "Secret marmalade forum" not in html and "Harbour logistics forum" in html
    # Published after staff saw it: the new content token gives every card a new key.
    draft = type(event).objects.get(slug="secret-forum")
    draft.publication_status = "published"
    draft.save()
    assert "Secret marmalade forum" in client.get("/events/").content.decode()


# --- a statement's paragraphs: one fragment per statement edit -------------------------------


@pytest.fixture
def statement():
    named = InitiativeFactory(title="Export readiness initiative", slug="export-readiness")
    statement = StatementFactory(title="2031 APEC SME Ministerial Meeting", slug="2031-smemm")
    ParagraphFactory(statement=statement, number=1, text="We welcome open markets.")
    ParagraphFactory(
        statement=statement, number=2, text="We note the programme.", initiatives=[named]
    )
    return statement, named


def test_editing_a_paragraph_or_what_it_names_changes_the_statement_page(client, statement):
    statement, named = statement
    path = f"/statements/{statement.slug}/"
    html = client.get(path).content.decode()
    assert "We welcome open markets." in html and "Export readiness initiative" in html

    paragraph = statement.paragraphs.get(number=1)
    paragraph.text = "We welcome open and fair markets."
    paragraph.save()
    html = client.get(path).content.decode()
    assert "We welcome open and fair markets." in html

    named.title = "Export readiness programme"
    named.save()
    html = client.get(path).content.decode()
    assert "Export readiness programme" in html and "Export readiness initiative" not in html

    # Another language gets its own fragment (its own words and links).
    spanish = client.get(f"/es{path}").content.decode()
    assert "We welcome open and fair markets." in spanish
    assert f'href="/es/statements/{statement.slug}/' in spanish


def test_a_statement_body_rendered_for_staff_never_reaches_the_public(
    client, publisher_client, statement
):
    statement, _ = statement
    draft = InitiativeFactory(
        title="Secret marmalade plan", slug="secret-marmalade", publication_status="draft"
    )
    statement.paragraphs.get(number=1).initiatives.add(draft)
    path = f"/statements/{statement.slug}/"
    assert "Secret marmalade plan" in publisher_client.get(path).content.decode()
    html = client.get(path).content.decode()
    assert "Secret marmalade plan" not in html
    assert "We welcome open markets." in html


def test_a_cached_statement_body_reads_no_paragraph(client, statement, django_assert_num_queries):
    statement, _ = statement
    path = f"/statements/{statement.slug}/"
    # Nothing cached: the token, the statement with its meeting, its themes, then for the
    # contents and the body its sections, paragraphs and the initiatives they name.
    with django_assert_num_queries(6):
        first = client.get(path).content.decode()
    assert "We note the programme." in first and "Export readiness initiative" in first
    caches[settings.PAGE_CACHE_ALIAS].clear()
    # Contents and body cached: the token, the statement and its themes only.
    with django_assert_num_queries(3):
        again = client.get(path).content.decode()
    assert again == first


def test_editing_a_section_heading_changes_the_statement_contents(client, statement):
    statement, _ = statement
    section = SectionFactory(statement=statement, position=1, heading="Trade and markets")
    ParagraphFactory(statement=statement, section=section, number=3, text="We agree.")
    path = f"/statements/{statement.slug}/"
    html = client.get(path).content.decode()
    assert html.count("Trade and markets") == 2  # the contents and the heading
    section.heading = "Markets and trade"
    section.save()
    html = client.get(path).content.decode()
    assert html.count("Markets and trade") == 2 and "Trade and markets" not in html


# --- search hits: heading and facts kept per record edit, highlights put in per search -------


def test_a_search_hit_keeps_its_facts_and_highlights_the_words_searched(client, records):
    _, event = records
    first = client.get("/search/", {"q": "harbour"}).content.decode()
    assert "<mark>Harbour</mark> logistics forum</a></h2>" in first
    assert f" · {event.host.name}</p>" in first
    # The same hit for other words: its block comes from the cache, its title does not.
    other = client.get("/search/", {"q": "logistics"}).content.decode()
    assert "Harbour <mark>logistics</mark> forum</a></h2>" in other
    assert "<mark>Harbour</mark> logistics forum" not in other
    # An edit of what the facts show changes the hit.
    host = event.host
    host.name = "Host renamed for search"
    host.save()
    html = client.get("/search/", {"q": "harbour"}).content.decode()
    assert " · Host renamed for search</p>" in html


def test_a_search_hit_rendered_for_staff_never_reaches_the_public(
    client, publisher_client, records
):
    draft = InitiativeFactory(
        title="Harbour marmalade plan", slug="harbour-marmalade", publication_status="draft"
    )
    assert "marmalade plan" in publisher_client.get("/search/", {"q": "harbour"}).content.decode()
    html = client.get("/search/", {"q": "harbour"}).content.decode()
    assert "marmalade" not in html and "logistics forum</a></h2>" in html
    draft.publication_status = "published"
    draft.save()
    assert "marmalade plan" in client.get("/search/", {"q": "harbour"}).content.decode()


def test_a_repeated_search_reads_its_highlighted_hits_from_the_cache(
    client, records, django_assert_num_queries
):
    _, event = records
    first = client.get("/search/", {"q": "harbour"}).content.decode()
    assert "<mark>Harbour</mark> logistics forum</a></h2>" in first
    assert "<mark>Harbour</mark> logistics programme</a></h2>" in first
    caches[settings.PAGE_CACHE_ALIAS].clear()
    # Counts, ranking and the page's highlighted hits cached: the content token only.
    with django_assert_num_queries(1):
        again = client.get("/search/", {"q": "harbour"}).content.decode()
    assert again == first
    # An edit of a hit's own words gives it a new highlighted title.
    event.title = "Harbour shipping forum"
    event.save()
    caches[settings.PAGE_CACHE_ALIAS].clear()
    html = client.get("/search/", {"q": "harbour"}).content.decode()
    assert "<mark>Harbour</mark> shipping forum</a></h2>" in html
    assert "logistics forum" not in html
    # Another language has its own page of hits (its own links).
    spanish = client.get("/es/search/", {"q": "harbour"}).content.decode()
    assert f'href="/es/events/{event.slug}/"' in spanish
    # The economy names the search reads (and its filter lists) follow a rename.
    host = economy("TWN")
    host.name = "Host renamed for search"
    host.save()
    caches[settings.PAGE_CACHE_ALIAS].clear()
    html = client.get("/search/", {"q": "harbour"}).content.decode()
    assert '<option value="TWN">Host renamed for search</option>' in html


def test_a_kept_page_of_hits_builds_only_the_records_of_blocks_not_kept(
    client, records, django_assert_num_queries
):
    first = client.get("/search/", {"q": "harbour"})
    hits = first.context["results"].page.object_list
    assert {hit.kind for hit in hits} == {"initiative", "event"}
    caches[settings.PAGE_CACHE_ALIAS].clear()
    # Every block kept: the kept page's records are never built (the token only).
    with django_assert_num_queries(1):
        again = client.get("/search/", {"q": "harbour"})
    assert again.content == first.content
    kept = again.context["results"].page.object_list
    assert all(isinstance(hit.ref, RecordRef) for hit in kept)
    # The blocks gone (evicted), the page kept: one query per kind builds the records.
    caches[settings.QUERY_CACHE_ALIAS].delete_many(hit_keys(anonymous_request("/search/"), hits))
    caches[settings.PAGE_CACHE_ALIAS].clear()
    with django_assert_num_queries(3):
        rebuilt = client.get("/search/", {"q": "harbour"})
    assert rebuilt.content == first.content
    assert [hit.record for hit in rebuilt.context["results"].page.object_list] == [
        hit.record for hit in hits
    ]


def test_the_search_filters_kept_widgets_follow_the_values_and_errors(client, records):
    def search(**params):
        return client.get("/search/", {"q": "harbour", **params}).content.decode()

    assert '<option value="PHL" selected>' in search(economy="phl")
    html = search(economy="tha")
    assert '<option value="THA" selected>' in html and '"PHL" selected' not in html
    html = search(year="1850")
    assert 'name="year" value="1850"' in html and 'aria-invalid="true"' in html
    html = search(year="2019")
    assert 'name="year" value="2019"' in html and 'aria-invalid="true"' not in html


def test_a_statement_paragraph_hit_changes_with_its_statement(client, statement):
    statement, _ = statement
    html = client.get("/search/", {"q": "markets"}).content.decode()
    assert "2031 APEC SME Ministerial Meeting, paragraph 1</a></h2>" in html
    statement.title = "2031 SME Ministerial Meeting"
    statement.save()
    html = client.get("/search/", {"q": "markets"}).content.decode()
    assert "2031 SME Ministerial Meeting, paragraph 1</a></h2>" in html
    assert "APEC SME Ministerial Meeting, paragraph 1" not in html


# --- an economy's page: its body kept per content token and reader -----------------------------


def test_an_economy_page_body_is_kept_and_changes_with_every_edit(
    client, records, django_assert_num_queries
):
    _, event = records
    first = client.get("/economies/twn/").content.decode()
    assert "Harbour logistics forum</a>" in first and ">The Philippines</a>" in first
    caches[settings.PAGE_CACHE_ALIAS].clear()
    # The body cached: the content token and the economy only.
    with django_assert_num_queries(2):
        again = client.get("/economies/twn/").content.decode()
    assert again == first
    event.title = "Harbour logistics summit"
    event.save()
    html = client.get("/economies/twn/").content.decode()
    assert "Harbour logistics summit</a>" in html and "Harbour logistics forum" not in html
    partner = economy("PHL")
    partner.name = "Partner renamed"
    partner.save()
    assert ">Partner renamed</a>" in client.get("/economies/twn/").content.decode()


def test_an_economy_page_rendered_for_staff_never_reaches_the_public(
    client, publisher_client, records
):
    EventFactory(
        title="Secret marmalade forum",
        slug="secret-forum",
        host=economy("TWN"),
        publication_status="draft",
    )
    assert "Secret marmalade forum" in publisher_client.get("/economies/twn/").content.decode()
    html = client.get("/economies/twn/").content.decode()
    assert "Secret marmalade" not in html and "Harbour logistics forum</a>" in html


# --- an initiative's page: its body kept per content token, reader, day and host ---------------


def test_an_initiative_page_body_is_kept_and_changes_with_every_edit(
    client, records, django_assert_num_queries
):
    initiative, event = records
    initiative.co_implementers.add(economy("THA"))
    paragraph = ParagraphFactory(number=7, text="We welcome the harbour work.")
    paragraph.initiatives.add(initiative)
    path = f"/initiatives/{initiative.slug}/"
    # Nothing cached: the token, the initiative with its proposer, its co-implementers,
    # themes, objectives, activities and outputs, its events with their co-hosts and
    # themes, and the paragraphs naming it.
    with django_assert_num_queries(11):
        first = client.get(path).content.decode()
    for shown in (
        "Harbour logistics forum",
        "Ports for small firms",
        ">Thailand</a>",
        "We welcome the harbour work.",
        "Digital transformation",
    ):
        assert shown in first, shown
    # The body cached: the content token and the initiative only.
    with django_assert_num_queries(2):
        again = fresh_page(client, path)
    assert again == first

    event.title = "Harbour logistics summit"
    event.save()
    html = fresh_page(client, path)
    assert "Harbour logistics summit" in html and "Harbour logistics forum" not in html
    partner = economy("THA")
    partner.name = "Partner renamed"
    partner.save()
    assert ">Partner renamed</a>" in fresh_page(client, path)
    topic = theme("digital-transformation")
    topic.name = "Digital trade renamed"
    topic.save()
    assert "Digital trade renamed" in fresh_page(client, path)
    paragraph.text = "We welcome the finished harbour work."
    paragraph.save()
    assert "We welcome the finished harbour work." in fresh_page(client, path)
    initiative.objectives.create(position=1, text="Cheaper shipping for small firms")
    assert "Cheaper shipping for small firms" in fresh_page(client, path)
    # Another language gets its own body (its own words and links).
    spanish = client.get(f"/es{path}").content.decode()
    assert f'href="/es/events/{event.slug}/' in spanish


def test_an_initiative_page_rendered_for_staff_never_reaches_the_public(
    client, publisher_client, records
):
    initiative, _ = records
    EventFactory(
        title="Secret marmalade forum",
        slug="secret-forum",
        initiative=initiative,
        publication_status="draft",
    )
    draft_statement = StatementFactory(publication_status="draft")
    ParagraphFactory(
        statement=draft_statement, text="Secret marmalade words.", initiatives=[initiative]
    )
    path = f"/initiatives/{initiative.slug}/"
    staff = publisher_client.get(path).content.decode()
    assert "Secret marmalade forum" in staff and "Secret marmalade words." in staff
    html = client.get(path).content.decode()
    assert "Secret marmalade" not in html and "Harbour logistics forum" in html


def test_an_initiative_page_body_is_kept_per_day_and_host(records, monkeypatch):
    """Which events are past, and the status the years give, turn over at midnight; the
    quotations cite the page's own scheme and host."""
    import datetime

    from apec_portal.detail_pages import InitiativeDetailView

    initiative, _ = records
    view = InitiativeDetailView()
    view.request = anonymous_request(f"/initiatives/{initiative.slug}/")
    today = view.body_key(initiative)
    assert today == view.body_key(initiative)
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: tomorrow)
    assert view.body_key(initiative) != today
    monkeypatch.undo()
    view.request = RequestFactory().get("/", HTTP_HOST="localhost")
    view.request.user = AnonymousUser()
    assert view.body_key(initiative) != today


def test_an_event_page_body_is_kept_and_changes_with_every_edit(
    client, records, django_assert_num_queries
):
    initiative, event = records
    event.officials.create(position=1, name="Minister Lee")
    path = f"/events/{event.slug}/"
    # Nothing cached: the token, the event with its host, initiative and statement, then
    # its co-hosts, themes and officials.
    with django_assert_num_queries(5):
        first = client.get(path).content.decode()
    for shown in ("Minister Lee", ">The Philippines</a>", "Harbour logistics programme"):
        assert shown in first, shown
    # The body cached: the content token and the event only.
    with django_assert_num_queries(2):
        again = fresh_page(client, path)
    assert again == first

    official = event.officials.get()
    official.name = "Minister Lim"
    official.save()
    assert "Minister Lim" in fresh_page(client, path)
    partner = economy("PHL")
    partner.name = "Partner renamed"
    partner.save()
    assert ">Partner renamed</a>" in fresh_page(client, path)
    initiative.title = "Harbour logistics plan"
    initiative.save()
    assert "Harbour logistics plan" in fresh_page(client, path)


def test_an_event_page_rendered_for_staff_never_reaches_the_public(
    client, publisher_client, records
):
    _, event = records
    initiative = InitiativeFactory(
        title="Secret marmalade plan", slug="secret-marmalade", publication_status="draft"
    )
    event.initiative = initiative
    event.save()
    path = f"/events/{event.slug}/"
    assert "Secret marmalade plan" in publisher_client.get(path).content.decode()
    html = client.get(path).content.decode()
    assert "Secret marmalade" not in html and "Harbour logistics forum" in html


def test_the_home_page_builds_records_only_for_cards_not_cached(
    client, publisher_client, records, django_assert_num_queries
):
    EventFactory(title="Secret marmalade forum", slug="secret-forum", publication_status="draft")
    assert publisher_client.get("/").status_code == 200  # the home page shows published only
    # Staff first (the counts, of published records for everyone, are now cached); the
    # first anonymous visit renders the public cards: the token, each list's keys (latest
    # and upcoming events, featured initiatives), and for the two lists that show a record
    # the records of their cards with two prefetches each.
    with django_assert_num_queries(10):
        first = client.get("/").content.decode()
    assert "Harbour logistics forum" in first and "Secret marmalade" not in first
    caches[settings.PAGE_CACHE_ALIAS].clear()
    # Counts and cards cached: the token and each list's keys.
    with django_assert_num_queries(4):
        again = client.get("/").content.decode()
    assert again == first


def test_cached_search_counts_and_rankings_follow_the_words_and_the_filters(client, records):
    initiative, event = records

    def titles(**params):
        caches[settings.PAGE_CACHE_ALIAS].clear()  # the query cache's parts, not the page's
        response = client.get("/search/", params)
        assert response.status_code == 200
        return [hit.record.title for hit in response.context["results"].page.object_list]

    assert sorted(titles(q="harbour")) == sorted([initiative.title, event.title])
    assert titles(q="harbour", type="event") == [event.title]
    assert titles(q="harbour", type="initiative") == [initiative.title]
    assert titles(q="harbour", year=2030) == []
    assert titles(q="harbour Philippines") == [event.title]  # co-hosted by the Philippines
    assert sorted(titles(q="harbour")) == sorted([initiative.title, event.title])
