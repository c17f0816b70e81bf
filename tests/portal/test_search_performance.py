"""/search/ runs a fixed number of queries, and its queries use the GIN indexes."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apec_portal import search
from apec_portal.search import Filters, Kind, count_by_kind, matching, ranked_candidates
from core.content_cache import reader_key
from statements.models import Paragraph
from tests.factories import (
    EventFactory,
    InitiativeFactory,
    ParagraphFactory,
    StatementFactory,
    economy,
)

pytestmark = pytest.mark.django_db


def assert_hits_rendered(response):
    """Every hit on the page is in the HTML: its marked title, and its excerpt when it has one."""
    html = response.content.decode()
    page = response.context["results"].page
    for hit in page.object_list if page else []:
        assert hit.title or hit.excerpt
        assert hit.title in html
        assert hit.excerpt in html


def make_records(number):
    for n in range(number):
        InitiativeFactory(title=f"Cybersecurity initiative {n}")
        EventFactory(title=f"Cybersecurity forum {n}")
        ParagraphFactory(text=f"Paragraph {n} welcomes cybersecurity work.")


def test_search_with_one_hit_runs_four_queries(client, django_assert_num_queries):
    InitiativeFactory(title="Cybersecurity initiative")
    # Economies for the filter, counts per type, the ranked page, the page's initiatives.
    with django_assert_num_queries(4):
        response = client.get("/search/", {"q": "cybersecurity"})
    assert response.status_code == 200
    assert_hits_rendered(response)
    assert len(response.context["results"].page.object_list) == 1


def test_search_with_hits_of_every_type_runs_six_queries(client, django_assert_num_queries):
    make_records(5)
    # As above, with one query per record type on the page.
    with django_assert_num_queries(6):
        response = client.get("/search/", {"q": "cybersecurity"})
    assert response.status_code == 200
    assert_hits_rendered(response)
    kinds = {hit.kind for hit in response.context["results"].page.object_list}
    assert len(response.context["results"].page.object_list) == 15
    assert kinds == {"paragraph", "initiative", "event"}


def test_a_deep_page_of_ninety_hits_runs_four_queries(client, django_assert_num_queries):
    make_records(30)
    with django_assert_num_queries(4):
        response = client.get("/search/", {"q": "cybersecurity", "page": "3"})
    assert response.status_code == 200
    assert_hits_rendered(response)
    assert len(response.context["results"].page.object_list) == 20
    assert response.context["results"].page.paginator.count == 90


def test_search_with_filters_runs_the_same_queries(client, django_assert_num_queries):
    make_records(5)
    with django_assert_num_queries(6):
        response = client.get("/search/", {"q": "cybersecurity", "year": "2019", "economy": "twn"})
    assert response.status_code == 200
    assert_hits_rendered(response)
    assert response.context["results"].all_count == 15


def test_search_without_hits_runs_three_queries_including_the_suggestion(
    client, django_assert_num_queries
):
    InitiativeFactory(title="Cybersecurity initiative")
    # Economies, counts per type, the spelling suggestion; no page to fetch.
    with django_assert_num_queries(3):
        response = client.get("/search/", {"q": "cybersecurty", "as_typed": "1"})
    assert response.status_code == 200
    assert_hits_rendered(response)
    assert response.context["results"].suggestion == "cybersecurity"
    assert response.context["results"].page.object_list == []


def test_confident_suggestion_runs_its_search_in_three_more_queries(
    client, django_assert_num_queries
):
    InitiativeFactory(title="Cybersecurity initiative")
    # As above, then the suggestion's counts, ranked page and the page's initiatives.
    with django_assert_num_queries(6):
        response = client.get("/search/", {"q": "cybersecurty"})
    assert response.status_code == 200
    assert_hits_rendered(response)
    results = response.context["results"]
    assert (results.text, results.corrected_from) == ("cybersecurity", "cybersecurty")
    assert [hit.record.title for hit in results.page.object_list] == ["Cybersecurity initiative"]


def test_search_naming_an_economy_adds_one_query_for_its_statements(
    client, django_assert_num_queries
):
    EventFactory(title="Cybersecurity forum", host=economy("THA"))
    InitiativeFactory(title="Export initiative", proposer=economy("THA"))
    StatementFactory(meeting__host=economy("THA"))
    # Economies, counts, ranked page, the page's initiatives and events, the statements
    # of the meetings Thailand hosted.
    with django_assert_num_queries(6):
        response = client.get("/search/", {"q": "Thailand"})
    assert response.status_code == 200
    assert_hits_rendered(response)
    results = response.context["results"]
    # The statement's meeting is an event Thailand hosted, too.
    assert results.all_count == 3
    assert len(results.statements) == 1


@pytest.fixture
def many_paragraphs():
    """4,000 paragraphs, a few with a rare word, and fresh planner statistics."""
    statement = StatementFactory()
    Paragraph.objects.bulk_create(
        Paragraph(
            statement=statement,
            number=n,
            text=f"Ministers welcomed the work of economies on topic {n}"
            + (" and on cybersecurity." if n % 500 == 0 else "."),
        )
        for n in range(1, 4001)
    )
    with connection.cursor() as cursor:
        # A bulk insert leaves new entries in the GIN index's pending list (as a
        # busy site's autovacuum would not); merge them as autovacuum does.
        cursor.execute("SELECT gin_clean_pending_list('paragraph_search_gin')")
        cursor.execute("ANALYZE statements_paragraph")
        cursor.execute("ANALYZE statements_statement")


@pytest.mark.slow  # 4,000 paragraphs and ANALYZE
def test_ranking_query_takes_candidates_from_the_gin_index(many_paragraphs):
    sources = matching(AnonymousUser(), "cybersecurity", Filters())
    plan = ranked_candidates(sources, "cybersecurity", [Kind.PARAGRAPH]).explain()
    assert "Bitmap Index Scan on paragraph_search_gin" in plan
    assert "Seq Scan on statements_paragraph" not in plan
    assert [pk for _, pk, _ in ranked_candidates(sources, "cybersecurity", [Kind.PARAGRAPH])] == [
        p.pk
        for p in Paragraph.objects.filter(
            number__in=[500, 1000, 1500, 2000, 2500, 3000, 3500, 4000]
        )
    ]


@pytest.mark.slow  # 4,000 paragraphs and ANALYZE
def test_count_query_uses_the_gin_index(many_paragraphs):
    sources = matching(AnonymousUser(), "cybersecurity", Filters())
    assert count_by_kind(sources) == {Kind.PARAGRAPH: 8, Kind.INITIATIVE: 0, Kind.EVENT: 0}
    with connection.cursor() as cursor:
        sql, params = sources[Kind.PARAGRAPH].values("pk").query.sql_with_params()
        cursor.execute(f"EXPLAIN SELECT count(*) FROM ({sql}) AS matches", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on paragraph_search_gin" in plan
    assert "Seq Scan on statements_paragraph" not in plan


def test_very_common_words_rank_a_bounded_set_and_say_so(client, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES_PER_TYPE", 2)
    monkeypatch.setattr(search, "COUNT_LIMIT", 3)
    for number in range(1, 6):
        ParagraphFactory(number=number, text=f"Paragraph {number} is about cybersecurity.")
    response = client.get("/search/", {"q": "cybersecurity"})
    results = response.context["results"]
    assert [c.display for c in results.counts] == ["3+", "0", "0"]
    assert len(results.page.object_list) == 2
    assert results.page.paginator.count == 2
    html = response.content.decode()
    assert 'All types <span class="count">(3+)</span>' in html
    assert "Matches are counted up to 3: “3+” means more than 3." in html
    assert (
        "“cybersecurity” matches 3+ statement paragraphs; the first 2 of them found "
        "are ranked and shown."
    ) in html


def test_counts_below_the_limit_are_exact_and_the_page_says_nothing_of_a_limit(client):
    for number in range(1, 4):
        ParagraphFactory(number=number, text=f"Paragraph {number} is about cybersecurity.")
    response = client.get("/search/", {"q": "cybersecurity"})
    assert [c.display for c in response.context["results"].counts] == ["3", "0", "0"]
    assert "Matches are counted up to" not in response.content.decode()


def test_the_count_limit_reads_10_000_plus():
    counts = [search.TypeCount("paragraph", "Statement paragraphs", search.COUNT_LIMIT + 1, 1000)]
    results = search.SearchResults(text="apec", filters=Filters(), counts=counts)
    assert counts[0].display == "10,000+"
    assert results.all_display == "10,000+"
    assert results.count_capped is True


def test_search_page_links_are_elided_around_the_current_page(client, monkeypatch):
    monkeypatch.setattr(search, "PAGE_SIZE", 1)
    for number in range(1, 31):
        ParagraphFactory(number=number, text=f"Paragraph {number} is about cybersecurity.")
    response = client.get("/search/", {"q": "cybersecurity", "page": "15"})
    html = response.content.decode()
    links = re.findall(r'href="\?q=cybersecurity&amp;page=(\d+)"', html)
    # First and last, two on each side, previous and next; not 30 links.
    assert sorted({int(n) for n in links}) == [1, 13, 14, 16, 17, 30]
    assert html.count('<span class="ellipsis" aria-hidden="true">…</span>') == 2
    assert (
        '<span aria-current="page" class="current"><span class="visually-hidden">Page </span>15</span>'
        in html
    )


@pytest.fixture
def query_cache_on(settings):
    settings.QUERY_CACHE_SECONDS = 300


def test_counts_and_ranking_are_kept_per_content_token(client, query_cache_on):
    make_records(25)

    def get(**params):
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/search/", {"q": "cybersecurity", **params})
        kinds = {hit.kind for hit in response.context["results"].page.object_list}
        return response, len(queries), len(kinds)

    # A miss: the token, the economies, the counts, the ranking, one query per kind shown.
    first, queries, kinds = get()
    assert queries == 4 + kinds
    # A hit: the economies, counts, ranking and the page's highlighted hits come from the
    # cache: the token only.
    again, queries, kinds = get()
    assert queries == 1
    assert hits_of(again) == hits_of(first)
    # Another page of the same search: its hits are fetched, one query per kind shown.
    second_page, queries, kinds = get(page="2")
    assert queries == 1 + kinds
    assert len(second_page.context["results"].page.object_list) == 20
    assert set(hits_of(second_page)).isdisjoint(hits_of(first))
    InitiativeFactory(title="Cybersecurity initiative, new")
    after_edit, queries, kinds = get()
    assert queries == 4 + kinds
    assert after_edit.context["results"].counts[1].count == 26


def test_cached_counts_and_ranking_never_show_drafts_to_the_public(
    client, admin_user, query_cache_on
):
    InitiativeFactory(title="Cybersecurity published")
    draft = InitiativeFactory(title="Cybersecurity draft plan", publication_status="draft")
    client.force_login(admin_user)
    staff = client.get("/search/", {"q": "cybersecurity"})
    assert staff.context["results"].counts[1].count == 2
    assert draft.slug in staff.content.decode()
    client.logout()
    public = client.get("/search/", {"q": "cybersecurity"})
    assert public.context["results"].counts[1].count == 1
    assert public.context["results"].all_display == "1"
    assert draft.slug not in public.content.decode()
    assert "Cybersecurity draft plan" not in public.content.decode()
    client.force_login(admin_user)
    assert client.get("/search/", {"q": "cybersecurity"}).context["results"].counts[1].count == 2


def test_search_keys_its_cache_by_who_may_see_drafts(admin_user):
    # Search has the user, not the request: the key is still made by reader_key.
    assert reader_key(AnonymousUser(), "search-counts") == ("audience=public", "search-counts")
    assert reader_key(admin_user, "search-counts") == ("audience=staff", "search-counts")


def hits_of(response):
    return [(hit.kind, hit.record.pk) for hit in response.context["results"].page.object_list]
