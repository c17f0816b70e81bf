"""Pages read by key (core/keyset.py) hold exactly the rows OFFSET gives, in the same order."""

import datetime

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from core import pagination
from core.content_cache import reader_key
from core.keyset import between, sort_keys
from core.pagination import LargeListPaginator
from events.filters import EVENT_ORDERINGS
from events.models import Event
from initiatives.filters import INITIATIVE_ORDERINGS
from initiatives.models import Initiative
from statements.filters import STATEMENT_ORDERINGS
from statements.models import Statement
from tests.factories import EventFactory, InitiativeFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def query_cache_on(settings):
    settings.QUERY_CACHE_SECONDS = 300


def offset_pages(queryset, per_page):
    """Every page as OFFSET reads it: the whole list, cut into pages."""
    rows = list(queryset.values_list("pk", flat=True))
    return [rows[start : start + per_page] for start in range(0, len(rows), per_page)]


def keyed_pages(queryset, per_page, monkeypatch):
    """Every page through the paginator, every page but the first read by key."""
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 1)
    paginator = LargeListPaginator(queryset, per_page, reader=reader_key(None))
    pages = []
    with CaptureQueriesContext(connection) as queries:
        for number in paginator.page_range:
            pages.append([row.pk for row in paginator.page(number).object_list])
    # Read by key indeed: no page skipped rows with OFFSET.
    assert not [query["sql"] for query in queries if "OFFSET" in query["sql"]]
    return pages


def make_initiatives():
    """Repeated titles, two years and undated ones: ties on every key but the primary key."""
    for n in range(14):
        InitiativeFactory(
            title=f"Programme {n % 3}", start_year=None if n % 4 == 0 else 2010 + n % 2
        )
    InitiativeFactory(title="Draft programme", publication_status="draft")


# Orderings beyond the list's own: NULLs first and last, both directions, a nullable key
# second, the primary key descending.
INITIATIVE_TEST_ORDERINGS = [
    *(fields for _label, fields in INITIATIVE_ORDERINGS.values()),
    [F("start_year").asc(nulls_first=True), "-title", "pk"],
    [F("start_year").desc(), "title", "-pk"],
    ["-start_year", "-title", "pk"],
    ["start_year", "title", "pk"],
    ["title", "-start_year", "-pk"],
    ["title", F("start_year").desc(nulls_last=True), "pk"],
]


@pytest.mark.parametrize("ordering", INITIATIVE_TEST_ORDERINGS, ids=repr)
@pytest.mark.parametrize("per_page", [1, 2, 3, 5])
def test_initiative_pages_by_key_are_the_offset_pages(
    ordering, per_page, query_cache_on, monkeypatch
):
    make_initiatives()
    initiatives = Initiative.objects.published().for_list().order_by(*ordering)
    expected = offset_pages(initiatives, per_page)
    assert keyed_pages(initiatives, per_page, monkeypatch) == expected
    assert sum(map(len, expected)) == 14


@pytest.mark.parametrize("sort", list(EVENT_ORDERINGS))
@pytest.mark.parametrize("per_page", [2, 3])
def test_event_pages_by_key_are_the_offset_pages(sort, per_page, query_cache_on, monkeypatch):
    for n in range(13):
        EventFactory(
            title=f"Forum {n % 2}", start_date=datetime.date(2019, 1, 1 + n % 3), kind="forum"
        )
    events = Event.objects.published().for_list().order_by(*EVENT_ORDERINGS[sort][1])
    expected = offset_pages(events, per_page)
    assert keyed_pages(events, per_page, monkeypatch) == expected
    assert sum(map(len, expected)) == 13


@pytest.mark.parametrize("sort", list(STATEMENT_ORDERINGS))
def test_statement_pages_by_key_are_the_offset_pages(sort, query_cache_on, monkeypatch):
    for n in range(7):
        StatementFactory(meeting__start_date=datetime.date(2015 + n % 2, 5, 1))
    statements = Statement.objects.published().order_by(*STATEMENT_ORDERINGS[sort][1])
    expected = offset_pages(statements, 2)
    assert keyed_pages(statements, 2, monkeypatch) == expected
    assert sum(map(len, expected)) == 7


@pytest.mark.parametrize(
    "ordering",
    [["-start_date", "title"], ["?"], ["host", "pk"], [F("title").asc(), "start_date"]],
    ids=repr,
)
def test_orderings_without_the_key_last_are_read_with_offset(ordering):
    assert sort_keys(Event.objects.order_by(*ordering)) is None


def test_sort_keys_read_directions_and_where_nulls_go():
    keys = sort_keys(Initiative.objects.order_by(*INITIATIVE_ORDERINGS["-year"][1]))
    assert [(k.name, k.descending, k.nulls_first, k.nullable) for k in keys] == [
        ("start_year", True, False, True),
        ("title", False, False, False),
        ("pk", False, False, False),
    ]
    keys = sort_keys(Statement.objects.order_by("-meeting__start_date", "pk"))
    assert [(k.name, k.descending, k.nulls_first) for k in keys] == [
        ("meeting__start_date", True, True),
        ("pk", False, False),
    ]


def test_without_the_query_cache_deep_pages_skip_by_key_only(monkeypatch, settings):
    settings.QUERY_CACHE_SECONDS = 0
    for n in range(7):
        EventFactory(title=f"Forum {n % 2}")
    events = Event.objects.published().order_by(*EVENT_ORDERINGS["-date"][1])
    monkeypatch.setattr(pagination, "DEEP_OFFSET", 1)
    paginator = LargeListPaginator(events, 2)
    with CaptureQueriesContext(connection) as queries:
        rows = [row.pk for row in paginator.page(3).object_list]
    assert rows == offset_pages(events, 2)[2]
    # The count, then the page's keys with OFFSET, then its rows (no page ends kept).
    assert [("OFFSET" in query["sql"]) for query in queries] == [False, True, False]


@pytest.mark.parametrize(
    ("model", "ordering", "column"),
    [
        (Event, EVENT_ORDERINGS["-date"][1], "start_date"),
        (Event, EVENT_ORDERINGS["title"][1], "title"),
        (Initiative, INITIATIVE_ORDERINGS["-year"][1], "start_year"),
        (Initiative, INITIATIVE_ORDERINGS["title"][1], "title"),
    ],
)
def test_a_page_by_key_is_an_index_range_of_its_first_sort_key(model, ordering, column):
    for n in range(6):
        EventFactory(title=f"Forum {n % 2}", start_date=datetime.date(2019, 1, 1 + n))
        InitiativeFactory(title=f"Programme {n % 2}", start_year=2010 + n)
    records = model.objects.published().order_by(*ordering)
    keys = sort_keys(records)
    rows = list(records.values_list(*(key.name for key in keys)))
    page = records.filter(between(keys, rows[1], rows[4])).values("pk")[:3]
    assert (
        list(page.values_list("pk", flat=True)) == list(records.values_list("pk", flat=True))[2:5]
    )
    sql, params = page.query.sql_with_params()
    with connection.cursor() as cursor:
        # As on a large table: neither a sequential scan nor another index plus a sort
        # (which the planner prefers for a handful of rows).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    conditions = [line for line in plan.splitlines() if "Index Cond" in line]
    assert any(f"{column} >=" in line and f"{column} <=" in line for line in conditions), plan
