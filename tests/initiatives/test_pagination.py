import datetime
import re

import pytest

from core import pagination
from core.pagination import LargeListPaginator, keyed_slice
from events.models import Event
from initiatives.filters import INITIATIVE_ORDERINGS
from initiatives.models import Initiative
from tests.factories import EventFactory, InitiativeFactory, economy, theme

pytestmark = pytest.mark.django_db

# Two fewer than with the co-hosts/partners and themes prefetched.
EVENT_LIST_QUERIES = 8
INITIATIVE_LIST_QUERIES = 5


def make_events(count):
    return [
        EventFactory(title=f"Forum {n:02}", start_date=datetime.date(2000 + n % 5, 1, 1 + n))
        for n in range(count)
    ]


def test_keyed_slice_returns_the_same_rows_in_the_same_order_as_a_plain_slice():
    make_events(12)
    events = Event.objects.published().for_list().order_by("-start_date", "title")
    assert keyed_slice(events, 3, 9) == list(events[3:9])
    assert [e.title for e in keyed_slice(events, 10, 20)] == [e.title for e in events[10:]]


def test_keyed_slice_keeps_distinct_querysets_and_their_prefetches(django_assert_num_queries):
    first, second, *_ = make_events(6)
    first.co_hosts.set([economy("PHL"), economy("THA")])
    second.co_hosts.set([economy("PHL")])
    events = Event.objects.published().for_list().for_economies(["PHL"]).order_by("title")
    with django_assert_num_queries(4):  # keys, rows, co-hosts, themes
        rows = keyed_slice(events, 0, 5)
        hosts = [sorted(c.code for c in row.co_hosts.all()) for row in rows]
    assert [row.title for row in rows] == ["Forum 00", "Forum 01"]
    assert hosts == [["PHL", "THA"], ["PHL"]]


def test_deep_pages_are_fetched_by_key_and_match_the_plain_pages(monkeypatch):
    make_events(9)
    events = Event.objects.published().order_by("-start_date", "title")
    plain = [list(page.object_list) for page in map(LargeListPaginator(events, 2).page, [1, 2, 5])]
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 2)
    deep = [list(page.object_list) for page in map(LargeListPaginator(events, 2).page, [1, 2, 5])]
    assert deep == plain
    assert [e.title for e in deep[2]] == [e.title for e in list(events)[8:]]


def test_count_is_kept_per_content_token(settings, django_assert_num_queries):
    settings.QUERY_CACHE_SECONDS = 300
    make_events(3)
    events = Event.objects.published()
    assert LargeListPaginator(events, 2).count == 3
    with django_assert_num_queries(1):  # the content token only
        assert LargeListPaginator(events, 2).num_pages == 2
    EventFactory()
    assert LargeListPaginator(events, 2).count == 4


def test_long_lists_link_the_ends_and_the_neighbourhood_of_the_page_only(client):
    EventFactory.create_batch(205)  # 11 pages of 20
    html = client.get("/events/", {"page": 6}).content.decode()
    pagination = html[html.index('<nav class="pagination"') :]
    pagination = pagination[: pagination.index("</nav>")]
    linked = re.findall(r'<span class="visually-hidden">Page </span>(\d+)</a>', pagination)
    assert linked == ["1", "4", "5", "7", "8", "11"]
    assert pagination.count("…") == 2


@pytest.mark.parametrize("sort", list(INITIATIVE_ORDERINGS))
def test_initiative_pages_read_by_key_hold_the_same_rows_as_offset_pages(sort, monkeypatch):
    # Repeated titles and years, and undated ones: only the key orders these.
    for n in range(11):
        InitiativeFactory(
            title=f"Programme {n % 3}", start_year=None if n % 4 == 0 else 2010 + n % 2
        )
    InitiativeFactory(title="Draft programme", publication_status="draft")
    initiatives = Initiative.objects.published().for_list().order_by(*INITIATIVE_ORDERINGS[sort][1])
    numbers = range(1, 5)
    plain = [[i.pk for i in LargeListPaginator(initiatives, 3).page(n)] for n in numbers]
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 0)
    keyed = [[i.pk for i in LargeListPaginator(initiatives, 3).page(n)] for n in numbers]
    assert keyed == plain
    rows = [pk for page in plain for pk in page]
    assert sorted(rows) == sorted(initiatives.values_list("pk", flat=True))
    assert len(set(rows)) == 11


def test_initiative_list_default_order_reads_its_partial_index():
    from django.db import connection

    queryset = Initiative.objects.published().order_by(*INITIATIVE_ORDERINGS["-year"][1])
    sql, params = queryset.values("pk")[:20].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "initiative_published_newest" in plan
    assert "Sort" not in plan.replace("Sort Key", "")


def test_event_cards_read_co_hosts_from_the_page_query(client, django_assert_num_queries):
    EventFactory(
        title="Forum A", co_hosts=[economy("THA"), economy("PHL")], themes=[theme("innovation")]
    )
    EventFactory(title="Forum B")
    # The filter form, the count, the facets (initiative included), the chart, the page
    # (co-hosts come as an array in it: no prefetch of co-hosts or themes).
    with django_assert_num_queries(EVENT_LIST_QUERIES):
        response = client.get("/events/")
    html = response.content.decode()
    assert "Forum A</a></h3>" in html
    assert " with Thailand, The Philippines</p>" in html  # in the economies' own order (name)
    rows = {event.title: event.co_host_names for event in response.context["page_obj"]}
    assert rows == {"Forum A": ["Thailand", "The Philippines"], "Forum B": []}


def test_initiative_cards_read_partners_and_themes_from_the_page_query(
    client, django_assert_num_queries
):
    InitiativeFactory(
        title="Plan A",
        co_implementers=[economy("THA"), economy("PHL")],
        themes=[theme("innovation")],
    )
    InitiativeFactory(title="Plan B", proposer=None, co_implementers=[economy("VNM")])
    with django_assert_num_queries(INITIATIVE_LIST_QUERIES):
        response = client.get("/initiatives/")
    html = response.content.decode()
    assert " with Thailand, The Philippines</p>" in html
    assert " · Run by Viet Nam</p>" in html
    assert '<span class="theme">Innovation</span>' in html
    rows = {i.title: (i.co_implementer_names, i.theme_names) for i in response.context["page_obj"]}
    assert rows == {
        "Plan A": (["Thailand", "The Philippines"], ["Innovation"]),
        "Plan B": (["Viet Nam"], []),
    }


def test_cards_outside_the_lists_still_read_the_prefetched_relations():
    event = EventFactory(co_hosts=[economy("THA"), economy("PHL")])
    assert Event.objects.for_list().get(pk=event.pk).card_co_hosts() == [
        "Thailand",
        "The Philippines",
    ]
