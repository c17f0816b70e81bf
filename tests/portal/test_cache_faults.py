"""Caches are an optimisation, never a dependency (core/cache_faults.py, core/export_files.py).

Each cache is broken the way a server breaks it (the query cache's directory read-only,
full or missing, Redis not listening, the page cache failing) and every page must still
answer 200 with exactly the body it has when the caches work; /healthz says "degraded";
the fault is logged once. The export directory broken the same ways: the exports are
streamed from the database, whole."""

import errno
import logging
import socket
from unittest import mock

import pytest
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.locmem import LocMemCache

from apec_portal.page_cache import forget_session_verdicts
from apec_portal.settings import LOCMEM_BACKEND, REDIS_BACKEND, fail_soft
from core import cache_faults
from tests.factories import EventFactory, InitiativeFactory, StatementFactory, economy
from tests.portal import fault_dirs

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/events/",
    "/events/?economy=PHL",
    "/events/tokyo-forum/",
    "/initiatives/",
    "/statements/",
    "/economies/",
    "/economies/phl/",
    "/search/?q=forum",
    "/data/",
]


@pytest.fixture(autouse=True)
def fresh_fault_state():
    cache_faults.reset()
    forget_session_verdicts()
    yield
    cache_faults.reset()


@pytest.fixture
def records():
    EventFactory(slug="tokyo-forum", title="Tokyo innovation forum", host=economy("PHL"))
    EventFactory(slug="lima-forum", title="Lima forum")
    InitiativeFactory(title="Digital SMEs")
    StatementFactory(slug="leaders-2019")


def caches_with_query_cache(location=None, redis_url=None):
    """The settings' caches, with the query cache in `location` or on Redis at `redis_url`."""
    query = (
        fail_soft(REDIS_BACKEND, redis_url, {"name": "queries"})
        if redis_url
        else fail_soft(
            "django.core.cache.backends.filebased.FileBasedCache",
            str(location),
            {"name": "queries"},
        )
    )
    return {
        "default": fail_soft(LOCMEM_BACKEND, "t-default", {"name": "default"}),
        "pages": fail_soft(LOCMEM_BACKEND, "t-pages", {"name": "pages"}),
        "queries": query,
    }


def reference_bodies(client, settings, tmp_path):
    """Every page as it is with working caches (then emptied)."""
    settings.PAGE_CACHE_SECONDS = settings.QUERY_CACHE_SECONDS = 300
    settings.CACHES = caches_with_query_cache(tmp_path / "working")
    bodies = {}
    for page in PAGES:
        response = client.get(page)
        assert response.status_code == 200, page
        bodies[page] = response.content
    for alias in settings.CACHES:
        caches[alias].clear()
    return bodies


def assert_every_page_whole(client, bodies, caplog):
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        for _ in range(2):  # a miss, then what would have been a hit
            for page in PAGES:
                response = client.get(page)
                assert response.status_code == 200, page
                assert response.content == bodies[page], page
        health = client.get("/healthz")
    assert (health.status_code, health.json()) == (200, {"database": "ok", "cache": "degraded"})
    logged = [r for r in caplog.records if getattr(r, "event", "") == "cache_unavailable"]
    assert len(logged) == 1


@pytest.mark.parametrize("fault", ["read-only", "full", "missing"])
def test_a_broken_query_cache_directory_leaves_every_page_whole(
    client, settings, records, tmp_path, caplog, fault
):
    bodies = reference_bodies(client, settings, tmp_path)
    breaker = {"read-only": fault_dirs.read_only, "full": fault_dirs.full}.get(
        fault, fault_dirs.missing
    )
    with breaker(tmp_path / "queries") as directory:
        settings.CACHES = caches_with_query_cache(directory)
        assert_every_page_whole(client, bodies, caplog)


def test_a_query_cache_whose_writes_fail_leaves_every_page_whole(
    client, settings, records, tmp_path, caplog
):
    bodies = reference_bodies(client, settings, tmp_path)
    settings.CACHES = caches_with_query_cache(tmp_path / "queries")

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with mock.patch.object(FileBasedCache, "_write_content", disk_full):
        assert_every_page_whole(client, bodies, caplog)


def test_redis_not_listening_leaves_every_page_whole(client, settings, records, tmp_path, caplog):
    bodies = reference_bodies(client, settings, tmp_path)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CACHES = caches_with_query_cache(redis_url=f"redis://127.0.0.1:{port}/0")
    assert_every_page_whole(client, bodies, caplog)


def test_a_failing_page_cache_leaves_every_page_whole(client, settings, records, tmp_path, caplog):
    bodies = reference_bodies(client, settings, tmp_path)
    settings.CACHES = caches_with_query_cache(tmp_path / "queries")

    def broken(*args, **kwargs):
        raise RuntimeError("the page cache is broken")

    with (
        mock.patch.object(LocMemCache, "get", broken),
        mock.patch.object(LocMemCache, "set", broken),
    ):
        assert_every_page_whole(client, bodies, caplog)


def test_healthz_says_ok_when_every_cache_works(client, settings, tmp_path):
    settings.CACHES = caches_with_query_cache(tmp_path / "queries")
    response = client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"database": "ok", "cache": "ok"})


def test_a_cache_that_works_again_is_used_again(client, settings, records, tmp_path):
    settings.CACHES = caches_with_query_cache(tmp_path / "queries")
    settings.PAGE_CACHE_SECONDS = settings.QUERY_CACHE_SECONDS = 300
    with mock.patch.object(LocMemCache, "get", side_effect=RuntimeError("down")):
        assert client.get("/events/").status_code == 200
    with mock.patch.object(cache_faults, "RETRY_SECONDS", 0):
        assert client.get("/events/")["X-Page-Cache"] in ("miss", "hit")
        assert client.get("/events/")["X-Page-Cache"] == "hit"
