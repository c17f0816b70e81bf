"""A search of words only runs SQL compiled once per process (apec_portal/search.py
`_compiled_sql`, `core.search.compiled_annotations`): the same SQL, the same results."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.db import connection
from django.utils import translation

from apec_portal import search
from apec_portal.search import Filters, Kind, ReadQuery, matching, ranked_candidates, read_query
from events.models import Event
from tests.factories import EventFactory, InitiativeFactory, ParagraphFactory

pytestmark = pytest.mark.django_db

QUERIES = ["harbour", "harbour logistics", '"small firms" -ports', "harbour or airport", "50%"]


def as_sent(sql_and_params):
    """The SQL as the database receives it (the parameters put in by the driver)."""
    with connection.cursor() as cursor:
        return cursor.mogrify(*sql_and_params).decode()


def sample_sources(user):
    return lambda words: matching(user, ReadQuery(text=words, rest=words), Filters())


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("staff", [False, True])
def test_compiled_counts_and_ranking_are_the_sql_built_for_the_words(text, staff, publisher):
    user = publisher if staff else AnonymousUser()
    read = read_query(text)
    sources = matching(user, read, Filters())
    built = search._count_sql(sources)
    compiled = search._compiled_sql(
        ("test-counts", staff), lambda words: search._count_sql(sample_sources(user)(words)), text
    )
    assert as_sent(compiled) == as_sent(built)
    for kinds in ([Kind.PARAGRAPH, Kind.INITIATIVE, Kind.EVENT], [Kind.EVENT]):
        built = ranked_candidates(sources, read, kinds).query.sql_with_params()
        compiled = search._compiled_sql(
            ("test-ranking", staff, tuple(kinds)),
            lambda words, kinds=kinds: ranked_candidates(
                sample_sources(user)(words), ReadQuery(text=words, rest=words), kinds
            ).query.sql_with_params(),
            text,
        )
        assert as_sent(compiled) == as_sent(built)


@pytest.mark.parametrize("language", ["en", "es", "zh-hans"])
def test_compiled_hit_annotations_give_what_the_expressions_give(language):
    for number in range(3):
        EventFactory(
            title=f"Harbour logistics forum {number}",
            title_es=f"Foro de logística portuaria {number}",
            summary="Ports and harbour logistics for small firms.",
        )
    with translation.override(language):
        code = search.active_language()
        for text in ["harbour", "logística", "harbour -ports"]:
            compiled = search._hit_annotations(Event, "summary", code, text)
            built = search._hit_annotation_expressions(Event, "summary", code, text)
            assert set(compiled) == set(built)
            names = sorted(built)
            rows = list(Event.objects.annotate(**compiled).order_by("pk").values_list(*names))
            expected = list(Event.objects.annotate(**built).order_by("pk").values_list(*names))
            assert rows == expected and len(rows) == 3


def test_a_search_names_an_economy_or_filters_by_year_the_usual_way(settings):
    settings.QUERY_CACHE_SECONDS = 300
    assert search._words_only(read_query("harbour"), Filters())
    assert not search._words_only(read_query("harbour"), Filters(year=2019))
    assert not search._words_only(read_query("harbour"), Filters(economy="PHL"))
    assert not search._words_only(read_query("贸易"), Filters())
    settings.QUERY_CACHE_SECONDS = 0
    assert not search._words_only(read_query("harbour"), Filters())


def test_search_pages_of_words_show_the_same_hits_with_the_query_cache_on_and_off(client, settings):
    InitiativeFactory(title="Harbour logistics programme")
    EventFactory(title="Harbour logistics forum")
    ParagraphFactory(text="We welcome work on harbour logistics.")

    def hits():
        settings.PAGE_CACHE_SECONDS = 0
        response = client.get("/search/", {"q": "harbour logistics"})
        results = response.context["results"]
        return [c.count for c in results.counts], [
            (hit.kind, hit.record.pk, str(hit.title)) for hit in results.page.object_list
        ]

    settings.QUERY_CACHE_SECONDS = 0
    off = hits()
    settings.QUERY_CACHE_SECONDS = 300
    caches[settings.QUERY_CACHE_ALIAS].clear()
    on = hits()
    assert on == off and off[0] == [1, 1, 1]
