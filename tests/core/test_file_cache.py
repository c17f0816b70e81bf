"""The query cache's files (core/file_cache.py): culled as Django culls, but the directory
listed once per `CULL_EVERY` writes instead of on every write."""

from unittest import mock

import pytest

from core.file_cache import FileCache


def cache_at(path, **options):
    return FileCache(str(path), {"TIMEOUT": 300, "OPTIONS": {"MAX_ENTRIES": 10, **options}})


def files(path):
    return list(path.glob("*.djcache"))


def test_the_directory_is_listed_once_per_cull_every_writes(tmp_path):
    cache = cache_at(tmp_path, CULL_EVERY=5)
    with mock.patch.object(cache, "_list_cache_files", wraps=cache._list_cache_files) as listed:
        for number in range(12):
            cache.set(f"key-{number}", number)
    # The first write, the sixth and the eleventh: not twelve listings.
    assert listed.call_count == 3
    assert cache.get("key-11") == 11


def test_the_directory_stays_within_its_limit_plus_cull_every(tmp_path):
    cache = cache_at(tmp_path, CULL_EVERY=5)
    for number in range(200):
        cache.set(f"key-{number}", number)
        assert len(files(tmp_path)) <= 10 + 5
    # Culling happened (200 writes, at most 15 files) and the last value is there.
    assert cache.get("key-199") == 199


def test_every_write_checks_with_cull_every_one(tmp_path):
    cache = cache_at(tmp_path, CULL_EVERY=1)
    for number in range(50):
        cache.set(f"key-{number}", number)
        assert len(files(tmp_path)) <= 10


@pytest.mark.parametrize("value", ["<li>card</li>", [["PHL", "The Philippines", 3]]])
def test_values_are_read_back_as_written(tmp_path, value):
    cache = cache_at(tmp_path)
    cache.set_many({"a": value, "b": value})
    assert cache.get_many(["a", "b"]) == {"a": value, "b": value}
