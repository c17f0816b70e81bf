"""The lists' deep pages, read by key behind the same `?page=` URLs (core/keyset.py)."""

import datetime

import pytest

from core import pagination
from events.filters import EVENT_ORDERINGS
from events.views import EventListView
from initiatives.filters import INITIATIVE_ORDERINGS
from initiatives.views import InitiativeListView
from tests.factories import EventFactory, InitiativeFactory, economy, theme

pytestmark = pytest.mark.django_db

PER_PAGE = 3


@pytest.fixture
def small_pages(settings, monkeypatch):
    """Pages of three, the query cache on (page ends are kept in it)."""
    settings.QUERY_CACHE_SECONDS = 300
    monkeypatch.setattr(EventListView, "paginate_by", PER_PAGE)
    monkeypatch.setattr(InitiativeListView, "paginate_by", PER_PAGE)
    return monkeypatch


def make_events():
    """Ties on every sort key but the primary key: titles and dates repeat; drafts too."""
    events = []
    for n in range(20):
        events.append(
            EventFactory(
                title=f"Forum {n % 3}",
                start_date=datetime.date(2018 + n % 2, 3, 1 + n % 4),
                kind="forum" if n % 5 else "workshop",
                host=economy("PHL" if n % 2 else "THA"),
                co_hosts=[economy("VNM")] if n % 3 == 0 else [],
                themes=[theme("innovation")] if n % 4 else [],
            )
        )
    drafts = [
        EventFactory(title=f"Forum {n}", start_date=datetime.date(2019, 3, 2), publication_status=s)
        for n, s in enumerate(["draft", "review", "draft"])
    ]
    return events, drafts


def every_page(client, path, params):
    """The rows of page 1, 2, ... of `path` until the last, and the page count."""
    first = client.get(path, params)
    assert first.status_code == 200
    num_pages = first.context["page_obj"].paginator.num_pages
    pages = [[row.pk for row in first.context["object_list"]]]
    for number in range(2, num_pages + 1):
        response = client.get(path, {**params, "page": number})
        assert response.status_code == 200
        assert response.context["page_obj"].number == number
        pages.append([row.pk for row in response.context["object_list"]])
    return pages


def by_offset_and_by_key(client, path, params, monkeypatch):
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 10**9)  # every page with OFFSET
    offset = every_page(client, path, params)
    monkeypatch.setattr(pagination, "DEEP_OFFSET", PER_PAGE)  # every page from 2 by key
    keyed = every_page(client, path, params)
    return offset, keyed


EVENT_FILTERS = [
    {},
    {"economy": "phl"},
    {"economy": ["vnm", "THA"], "kind": "forum"},
    {"year": "2019", "theme": "innovation"},
    {"q": "forum"},
]


@pytest.mark.parametrize("sort", list(EVENT_ORDERINGS))
@pytest.mark.parametrize("filters", EVENT_FILTERS, ids=repr)
def test_event_list_pages_by_key_are_the_offset_pages(client, small_pages, sort, filters):
    _events, drafts = make_events()
    offset, keyed = by_offset_and_by_key(client, "/events/", {**filters, "sort": sort}, small_pages)
    assert keyed == offset
    shown = [pk for page in keyed for pk in page]
    assert len(shown) == len(set(shown)) > PER_PAGE
    assert not {draft.pk for draft in drafts} & set(shown)


INITIATIVE_FILTERS = [{}, {"economy": "phl"}, {"year": "2011"}, {"theme": "innovation"}]


@pytest.mark.parametrize("sort", list(INITIATIVE_ORDERINGS))
@pytest.mark.parametrize("filters", INITIATIVE_FILTERS, ids=repr)
def test_initiative_list_pages_by_key_are_the_offset_pages(client, small_pages, sort, filters):
    for n in range(16):
        InitiativeFactory(
            title=f"Programme {n % 3}",
            start_year=None if n % 4 == 0 else 2010 + n % 2,
            end_year=None if n % 4 == 0 else 2012,
            proposer=economy("PHL" if n % 2 else "THA"),
            themes=[theme("innovation")] if n % 3 else [],
        )
    draft = InitiativeFactory(title="Programme 1", start_year=2011, publication_status="draft")
    params = {**filters, "sort": sort}
    offset, keyed = by_offset_and_by_key(client, "/initiatives/", params, small_pages)
    assert keyed == offset
    shown = [pk for page in keyed for pk in page]
    assert len(shown) == len(set(shown)) > PER_PAGE
    assert draft.pk not in shown


@pytest.mark.parametrize("path", ["/events/", "/initiatives/"])
def test_a_deep_page_costs_the_queries_of_the_first(
    client, small_pages, django_assert_num_queries, path
):
    small_pages.setattr(pagination, "DEEP_OFFSET", 2 * PER_PAGE)  # pages 3 and on by key
    make_events()  # 20 published: 7 pages of 3
    for n in range(19):
        InitiativeFactory(title=f"Programme {n % 3}", start_year=2010 + n % 2)
    client.get(path)  # the first visitor after an edit: counts, facets, panel, chart, cards
    # The content token and the page's keys and edit numbers (its cards are cached).
    with django_assert_num_queries(2):
        first = client.get(path)
    # The first deep page after an edit also reads where every page ends (one query), and
    # the records of its cards, which are not cached yet (one query).
    with django_assert_num_queries(4):
        client.get(path, {"page": 6})
    for number in (3, 5, 4):  # first visits: the keys, then the records of the cards
        with django_assert_num_queries(3):
            response = client.get(path, {"page": number})
        assert response.status_code == 200
    for number in (6, 3, 5, 4):  # every card cached: the keys only
        with django_assert_num_queries(2):
            response = client.get(path, {"page": number})
        assert response.status_code == 200
        assert len(response.context["object_list"]) == PER_PAGE
        html = response.content.decode()
        assert all(str(row) in html for row in response.context["object_list"])
    last = first.context["page_obj"].paginator.num_pages
    with django_assert_num_queries(3):  # the keys, the records of the last page's cards
        response = client.get(path, {"page": last})
    assert (last, response.context["page_obj"].number) == (7, 7)
    assert len(response.context["object_list"]) == (2 if path == "/events/" else 1)


def test_staff_and_anonymous_pages_by_key_are_kept_apart(client, publisher_client, small_pages):
    small_pages.setattr(pagination, "DEEP_OFFSET", PER_PAGE)
    events, drafts = make_events()
    draft_pks = {draft.pk for draft in drafts}
    # Staff first (they see the drafts, so their page ends differ), then anonymous.
    staff = every_page(publisher_client, "/events/", {})
    assert draft_pks <= {pk for page in staff for pk in page}
    public = every_page(client, "/events/", {})
    assert not draft_pks & {pk for page in public for pk in page}
    assert sorted(pk for page in public for pk in page) == sorted(e.pk for e in events)
    small_pages.setattr(pagination, "DEEP_OFFSET", 10**9)
    assert every_page(client, "/events/", {}) == public
    assert every_page(publisher_client, "/events/", {}) == staff
