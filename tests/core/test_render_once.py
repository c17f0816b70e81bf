"""The per-process layers of "render once" (issue 26): the memory in front of the query
cache (core/local_front.py) and the page frame rendered once (core/templatetags/chrome.py)."""

import pytest
from django.core.cache.backends.locmem import LocMemCache

from core.local_front import LocalFrontCache


@pytest.fixture
def front(tmp_path):
    cache = LocalFrontCache(
        str(tmp_path / "shared"),
        {
            "TIMEOUT": 300,
            "OPTIONS": {
                "shared": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCAL_ENTRIES": 3,
            },
        },
    )
    yield cache
    cache.clear()


def test_token_keyed_values_are_read_from_memory_after_the_first_read(front):
    front.shared.set("v:card", "<li>shared</li>", 60)
    assert front.get_many(["v:card", "v:none"]) == {"v:card": "<li>shared</li>"}
    # The shared copy changes behind the process's back (which a content-token key never
    # does); memory answers, so the shared cache was not asked again.
    front.shared.set("v:card", "<li>changed</li>", 60)
    assert front.get("v:card") == "<li>shared</li>"
    # Writes go to both.
    front.set("v:card", "<li>new</li>", 60)
    assert front.shared.get("v:card") == "<li>new</li>" and front.get("v:card") == "<li>new</li>"


def test_other_keys_always_go_to_the_shared_cache(front):
    front.set("healthz", "probe-1", 60)
    front.shared.set("healthz", "probe-2", 60)
    assert front.get("healthz") == "probe-2"


def test_clear_empties_memory_and_the_shared_cache(front):
    front.set("v:a", "a", 60)
    front.clear()
    assert front.get("v:a") is None and front.shared.get("v:a") is None


def test_memory_keeps_the_most_recently_used_entries_only(front):
    for name in "abcd":
        front.set(f"v:{name}", name, 60)
    front.shared.clear()
    assert front.get_many(["v:a", "v:b", "v:c", "v:d"]) == {"v:b": "b", "v:c": "c", "v:d": "d"}


def test_a_value_read_from_memory_is_a_copy(front):
    front.set("v:counts", [["PHL", "The Philippines", 3]], 60)
    first = front.get("v:counts")
    first[0][2] = 99
    assert front.get("v:counts") == [["PHL", "The Philippines", 3]]


def test_expired_entries_are_not_read(front):
    front.set("v:short", "x", 0.01)
    import time

    time.sleep(0.05)
    front.shared.clear()
    assert front.get("v:short") is None


def test_the_setting_wraps_the_query_cache(settings):
    from django.core.cache import caches

    inner = caches[settings.QUERY_CACHE_ALIAS].inner
    assert isinstance(inner, LocalFrontCache)
    assert not isinstance(inner.shared, LocMemCache | LocalFrontCache)


@pytest.mark.django_db
def test_the_frame_marks_each_section_and_speaks_each_language(client, settings):
    from core.templatetags import chrome

    settings.DEBUG = False
    chrome.clear()
    for _ in range(2):  # rendered, then from memory
        events = client.get("/events/").content.decode()
        initiatives = client.get("/initiatives/").content.decode()
        spanish = client.get("/es/events/").content.decode()
        assert '<a href="/events/" aria-current="page">' in events
        assert '<a href="/initiatives/" aria-current="page">' in initiatives
        assert '<a href="/initiatives/" aria-current="page">' not in events
        assert '<a href="/es/events/" aria-current="page">' in spanish
        assert '<a href="/es/about/">' in spanish and '<a href="/about/">' in events
    assert len(chrome._rendered) == 5  # header: events, initiatives, es events; footer: en, es
