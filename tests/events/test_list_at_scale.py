import pytest

from tests.factories import EventFactory, economy

pytestmark = pytest.mark.django_db


@pytest.fixture
def query_cache_on(settings):
    settings.QUERY_CACHE_SECONDS = 300


def test_facets_count_hosts_and_co_hosts_once_each_in_one_query(client):
    EventFactory(title="A", host=economy("PHL"), co_hosts=[economy("THA")])
    EventFactory(title="B", host=economy("THA"), co_hosts=[economy("PHL"), economy("VNM")])
    EventFactory(title="C", host=economy("VNM"))
    EventFactory(title="Draft", host=economy("PHL"), publication_status="draft")
    response = client.get("/events/")
    counts = {o.value: o.count for o in response.context["facets"]["economy"]}
    assert counts == {"PHL": 2, "THA": 2, "VNM": 2}  # economies with no event are left out


def test_cached_list_parts_change_the_moment_an_event_is_published(client, query_cache_on):
    draft = EventFactory(title="Draft forum", host=economy("PER"), publication_status="draft")
    EventFactory(title="Published forum", host=economy("THA"))
    first = client.get("/events/").content.decode()
    assert "Peru" not in first
    again = client.get("/events/", {"page": 1}).content.decode()
    assert again.count("Thailand") == first.count("Thailand")
    draft.publication_status = "published"
    draft.save()
    response = client.get("/events/")
    counts = {o.value: o.count for o in response.context["facets"]["economy"]}
    assert counts["PER"] == 1
    assert response.context["count"] == 2
    assert "Peru" in response.content.decode()


def test_event_list_query_count_is_fixed_with_the_query_cache(
    client, query_cache_on, django_assert_num_queries
):
    EventFactory.create_batch(3, co_hosts=[economy("PHL")])
    client.get("/events/")
    # The content token and the page, whose co-hosts come as an array (two prefetches fewer
    # than before: 4 -> 2).
    with django_assert_num_queries(2):
        response = client.get("/events/")
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 3
    assert all(e.title in response.content.decode() for e in response.context["object_list"])
    EventFactory.create_batch(25, co_hosts=[economy("PHL")])
    client.get("/events/")
    with django_assert_num_queries(2):
        response = client.get("/events/")
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 20
    assert all(e.title in response.content.decode() for e in response.context["object_list"])
