"""Caches are an optimisation, never a dependency.

Every read and write of the portal's caches (the page cache, the query cache of
counts and facets, the keyset page ends) goes through `cache_get`, `cache_set`,
`cache_get_many` and `cache_set_many` here. A cache that fails (a read-only,
full or missing directory for the file cache, Redis not answering, a value that
cannot be unpickled) is treated as empty: the caller computes the value from
the database, as it would on a miss, and the request is answered in full.

The first failure of each cache is logged once per process (event
`cache_unavailable`), so a broken cache shows in the logs without a line per
request. After a failure the cache is left alone for `RETRY_SECONDS` (a Redis
server that does not answer would otherwise cost a connection attempt per
request), then tried again. `/healthz` asks every cache itself (`cache_health`)
and reports "degraded" while any of them fails.
"""

import logging
import threading
import time

from django.core.cache import caches

logger = logging.getLogger("core.cache")

#: After a failure, how long a cache is skipped before it is tried again.
RETRY_SECONDS = 5.0

_lock = threading.Lock()
_failed_at = {}  # alias -> time.monotonic() of its last failure
_logged = set()  # aliases whose failure this process has logged


def _skipping(alias):
    failed = _failed_at.get(alias)
    return failed is not None and time.monotonic() - failed < RETRY_SECONDS


def _failed(alias, operation, error):
    with _lock:
        _failed_at[alias] = time.monotonic()
        first = alias not in _logged
        _logged.add(alias)
    if first:
        logger.warning(
            "cache unavailable: answering from the database",
            extra={
                "event": "cache_unavailable",
                "cache": alias,
                "operation": operation,
                "error": f"{type(error).__name__}: {error}"[:300],
            },
        )


def _worked(alias):
    if alias in _failed_at:
        with _lock:
            _failed_at.pop(alias, None)


def reset():
    """Forget every failure (tests; a process that wants to log afresh)."""
    with _lock:
        _failed_at.clear()
        _logged.clear()
        _last_probe.clear()


def cache_get(alias, key, default=None):
    """`caches[alias].get(key)`, or `default` when the cache fails."""
    if _skipping(alias):
        return default
    try:
        value = caches[alias].get(key, default)
    except Exception as error:  # any backend, any fault: a miss
        _failed(alias, "get", error)
        return default
    _worked(alias)
    return value


def cache_get_many(alias, keys):
    if _skipping(alias):
        return {}
    try:
        values = caches[alias].get_many(keys)
    except Exception as error:
        _failed(alias, "get_many", error)
        return {}
    _worked(alias)
    return values


def cache_set(alias, key, value, seconds):
    """`caches[alias].set(...)`; a failure is logged once and otherwise ignored."""
    if _skipping(alias):
        return False
    try:
        caches[alias].set(key, value, seconds)
    except Exception as error:
        _failed(alias, "set", error)
        return False
    _worked(alias)
    return True


def cache_set_many(alias, mapping, seconds):
    if _skipping(alias):
        return False
    try:
        caches[alias].set_many(mapping, seconds)
    except Exception as error:
        _failed(alias, "set_many", error)
        return False
    _worked(alias)
    return True


_last_probe = {}  # tuple of aliases -> (time.monotonic(), verdict)


def cache_health(aliases):
    """ "ok" when every cache in `aliases` stores and returns a value, else "degraded".

    The caches are asked (a write and a read) at most once per RETRY_SECONDS per process,
    so a load balancer probing /healthz often costs them nothing; a failure that a request
    met meanwhile shows at once."""
    aliases = tuple(aliases)
    if any(_skipping(alias) for alias in aliases):
        return "degraded"
    now = time.monotonic()
    probed = _last_probe.get(aliases)
    if probed is not None and now - probed[0] < RETRY_SECONDS:
        return probed[1]
    verdict = "ok"
    probe = f"healthz:{time.time_ns()}"
    for alias in aliases:
        try:
            cache = caches[alias]
            cache.set("healthz", probe, 30)
            if cache.get("healthz") != probe:
                raise OSError("the value written was not read back")
        except Exception as error:
            _failed(alias, "health", error)
            verdict = "degraded"
            break
    _last_probe[aliases] = (now, verdict)
    return verdict
