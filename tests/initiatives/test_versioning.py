import pytest
from django.db import transaction

from core.content_cache import cached_count, content_token, content_token_pinned
from events.models import Event
from tests.factories import EventFactory, InitiativeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def query_cache_on(settings):
    settings.QUERY_CACHE_SECONDS = 300


def test_every_write_changes_the_content_token_in_its_own_transaction():
    before = content_token()
    InitiativeFactory()
    after_insert = content_token()
    assert after_insert != before
    Event.objects.filter(pk=-1).update(title="nothing")  # a statement that matches no row
    assert content_token() != after_insert


def test_cached_count_is_counted_once_per_content_token(django_assert_num_queries):
    EventFactory.create_batch(3)
    published = Event.objects.published()
    with django_assert_num_queries(2):  # the token, then the count
        assert cached_count(published) == 3
    with django_assert_num_queries(1):  # the token only
        assert cached_count(published) == 3
    EventFactory()
    assert cached_count(published) == 4


def test_counts_of_different_querysets_do_not_share_an_entry():
    EventFactory()
    EventFactory(publication_status="draft")
    assert cached_count(Event.objects.published()) == 1
    assert cached_count(Event.objects.all()) == 2


def test_a_count_taken_inside_a_rolled_back_transaction_is_never_served():
    EventFactory()
    assert cached_count(Event.objects.all()) == 1
    with pytest.raises(RuntimeError), transaction.atomic():
        EventFactory()
        assert cached_count(Event.objects.all()) == 2
        raise RuntimeError("roll back")
    assert cached_count(Event.objects.all()) == 1


def test_a_pinned_token_is_read_once(django_assert_num_queries):
    EventFactory()
    # The token once, the count once.
    with django_assert_num_queries(2), content_token_pinned() as token:
        assert cached_count(Event.objects.all()) == 1
        assert cached_count(Event.objects.all()) == 1
        assert content_token() == token
