"""Caches are an optimisation, never a dependency.

Every cache of the portal (settings.CACHES: the page cache, the query cache of counts,
facets and page ends, the template fragments kept in it, the default cache) is a
`FailSoftCache`: it hands each call to the real backend (local memory, files, Redis)
and, when that fails (a read-only, full or missing directory, Redis not answering, a
value that cannot be unpickled), treats the call as a miss: a read finds nothing, a
write keeps nothing. The caller then computes the value from the database, as on any
miss, and the request is answered in full.

The first failure of each cache is logged once per process (event `cache_unavailable`),
so a broken cache shows in the logs without a line per request. After a failure the
cache is left alone for `RETRY_SECONDS` (a Redis server that does not answer would
otherwise cost a connection attempt per call), then tried again. `/healthz` asks every
cache itself (`cache_health`) and reports "degraded" while any of them fails.
"""

import logging
import threading
import time

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.utils.module_loading import import_string

logger = logging.getLogger("core.cache")

#: After a failure, how long a cache is skipped before it is tried again.
RETRY_SECONDS = 5.0

_lock = threading.Lock()
_failed_at = {}  # cache name -> time.monotonic() of its last failure
_logged = set()  # cache names whose failure this process has logged
_last_probe = {}  # tuple of aliases -> (time.monotonic(), verdict)


def reset():
    """Forget every failure (tests; a process that wants to log afresh)."""
    with _lock:
        _failed_at.clear()
        _logged.clear()
        _last_probe.clear()


class FailSoftCache(BaseCache):
    """The backend named in OPTIONS["backend"], whose failures are misses (see above)."""

    def __init__(self, location, params):
        params = dict(params)
        options = dict(params.get("OPTIONS", {}))
        backend = options.pop("backend")
        self.name = options.pop("name", "") or f"{backend.rsplit('.', 1)[-1]}:{location}"
        params["OPTIONS"] = options
        super().__init__(params)
        self._backend, self._location, self._params = import_string(backend), location, params
        self._inner = None

    @property
    def inner(self):
        """The real backend, made on first use (making one may fail too: a file cache makes
        its directory)."""
        if self._inner is None:
            self._inner = self._backend(self._location, self._params)
        return self._inner

    # --- the guard -----------------------------------------------------------------------

    def _skipping(self):
        failed = _failed_at.get(self.name)
        return failed is not None and time.monotonic() - failed < RETRY_SECONDS

    def _failed(self, operation, error):
        with _lock:
            _failed_at[self.name] = time.monotonic()
            first = self.name not in _logged
            _logged.add(self.name)
        if first:
            logger.warning(
                "cache unavailable: answering from the database",
                extra={
                    "event": "cache_unavailable",
                    "cache": self.name,
                    "operation": operation,
                    "error": f"{type(error).__name__}: {error}"[:300],
                },
            )

    def _call(self, operation, fallback, *args, **kwargs):
        if self._skipping():
            return fallback
        try:
            result = getattr(self.inner, operation)(*args, **kwargs)
        except Exception as error:  # any backend, any fault: a miss
            self._failed(operation, error)
            return fallback
        if self.name in _failed_at:
            with _lock:
                _failed_at.pop(self.name, None)
        return result

    def healthy(self):
        """Whether the real backend stores and returns a value now (raises nothing)."""
        probe = f"healthz:{time.time_ns()}"
        try:
            self.inner.set("healthz", probe, 30)
            if self.inner.get("healthz") != probe:
                raise OSError("the value written was not read back")
        except Exception as error:
            self._failed("health", error)
            return False
        return True

    # --- the cache API ---------------------------------------------------------------------

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        kwargs = {"timeout": timeout, "version": version}
        self._call("set", None, key, value, **kwargs)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        kwargs = {"timeout": timeout, "version": version}
        return self._call("add", False, key, value, **kwargs)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        kwargs = {"timeout": timeout, "version": version}
        return self._call("set_many", list(data), data, **kwargs)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        kwargs = {"timeout": timeout, "version": version}
        return self._call("touch", False, key, **kwargs)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version=version)

    def delete_many(self, keys, version=None):
        self._call("delete_many", None, keys, version=version)

    def incr(self, key, delta=1, version=None):
        return self.inner.incr(key, delta, version=version)  # no fallback makes sense

    def clear(self):
        self._call("clear", None)

    def close(self, **kwargs):
        if self._inner is not None:
            self._call("close", None, **kwargs)


def cache_health(aliases):
    """ "ok" when every cache in `aliases` stores and returns a value, else "degraded".

    The caches are asked (a write and a read) at most once per RETRY_SECONDS per process,
    so a load balancer probing /healthz often costs them nothing; a failure that a request
    met meanwhile shows at once."""
    aliases = tuple(aliases)
    wrapped = [caches[alias] for alias in aliases]
    if any(isinstance(cache, FailSoftCache) and cache._skipping() for cache in wrapped):
        return "degraded"
    now = time.monotonic()
    probed = _last_probe.get(aliases)
    if probed is not None and now - probed[0] < RETRY_SECONDS:
        return probed[1]
    verdict = "ok"
    for cache in wrapped:
        if isinstance(cache, FailSoftCache):
            working = cache.healthy()
        else:
            try:
                cache.set("healthz", "ok", 30)
                working = cache.get("healthz") == "ok"
            except Exception:
                working = False
        if not working:
            verdict = "degraded"
            break
    _last_probe[aliases] = (now, verdict)
    return verdict
