"""Rules written once (docs/architecture.md, "Where each rule lives"): each reader of a rule
gets the same answer from it."""

import pytest
from django.db import connection

from apec_portal.search import read_query
from core.economy_names import economy_code, named_in_capitals_only
from core.importing import EconomyNames
from core.list_params import page_number, requested_format, whole_number
from core.publication import published_sql
from events.models import Event
from tests.factories import EventFactory

ECONOMIES = [
    ("USA", "United States", ["US", "U.S."]),
    ("PER", "Peru", []),
    ("CHN", "China", ["PRC"]),
]


@pytest.mark.parametrize("given", ["phl", " PHL ", "Phl"])
def test_an_economy_code_in_any_case(given):
    assert economy_code(given) == "PHL"


@pytest.mark.parametrize(
    ("spelling", "capitals_only"),
    [("US", True), ("U.S.", True), ("PRC", True), ("Peru", False), ("Viet Nam", False)],
)
def test_short_names_count_only_in_capitals(spelling, capitals_only):
    assert named_in_capitals_only(spelling) is capitals_only


@pytest.mark.parametrize(
    ("text", "named"),
    [("US trade", ["USA"]), ("us trade", []), ("PRC trade", ["CHN"]), ("prc trade", [])],
)
def test_search_and_the_importers_read_short_names_alike(text, named):
    assert read_query(text, ECONOMIES).codes == named
    names = EconomyNames(
        {"United States": "USA", "US": "USA", "Peru": "PER", "China": "CHN", "PRC": "CHN"}
    )
    assert [code for code, _spelling, _position in names.find(text)] == named


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("2", 2),
        (" 2 ", 2),
        ("+3", 3),
        ("0", None),
        ("-1", None),
        ("abc", None),
        ("", None),
        ("２", None),
        ("9" * 10, None),
    ],
)
def test_a_page_number_is_read_one_way(raw, number):
    assert page_number(raw) == number


def test_a_whole_number_and_a_format_are_read_one_way():
    assert whole_number(" -4 ") == -4
    assert whole_number("4.0") is None
    assert requested_format(" JSON ") == "json"


@pytest.mark.django_db
def test_published_in_sql_is_what_the_queryset_calls_published():
    EventFactory(title="Out")
    EventFactory(title="Draft", publication_status="draft")
    EventFactory(title="Review", publication_status="review")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM events_event AS e WHERE {published_sql('e')} ORDER BY id")
        ids = [row[0] for row in cursor.fetchall()]
    assert ids == list(Event.objects.published().order_by("id").values_list("id", flat=True))
    assert len(ids) == 1
