"""A per-process memory in front of the shared query cache, for values that cannot be stale.

The query cache (settings.QUERY_CACHE_ALIAS) is shared by every server process: files
on this machine, or Redis. Reading it costs a file open or a round trip per key; a list
page reads twenty cards, the filter panel and the year chart, a statement its body.
Everything the portal keeps there under a content-token key (`core.content_cache`:
keys made by `content_key`, which begin "v:", and the template fragments whose
`{% cache %}` names hold such a key, "template.cache.") can never be stale: a write
gives every reader a new token, so an entry is either right or never asked for again.
Such entries can therefore also be kept in the process's own memory, with no way for
one process to show what another has since changed.

`LocalFrontCache` is that: a cache backend wrapping the shared one (OPTIONS "shared":
its backend's dotted path; the other OPTIONS are the shared backend's), which keeps the
last `LOCAL_ENTRIES` token-keyed values read or written in a least-recently-used table
(values over `LOCAL_MAX_CHARS` characters, or pickled bytes, stay shared only). Reads
look there first and ask the shared cache only for the keys it lacks; writes go to both.
Other keys (the health probe, anything not token-keyed) go straight to the shared cache.
`clear()` empties both. Entries keep the timeout they were written with.

Values other than strings and numbers are kept pickled, so a caller that changes what it
read cannot change what the next request reads (as with Django's local-memory cache).
"""

import pickle
import threading
import time
from collections import OrderedDict

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.utils.module_loading import import_string

#: Key prefixes of values that carry the content token (see the module's docstring).
TOKEN_KEYED = ("v:", "template.cache.")

_IMMUTABLE = (str, bytes, int, float, bool, type(None))


class LocalFrontCache(BaseCache):
    def __init__(self, location, params):
        params = dict(params)
        options = dict(params.get("OPTIONS", {}))
        shared = options.pop("shared")
        self.max_entries = int(options.pop("LOCAL_ENTRIES", 2000))
        self.max_chars = int(options.pop("LOCAL_MAX_CHARS", 500_000))
        params["OPTIONS"] = options
        super().__init__(params)
        self.shared = import_string(shared)(location, params)
        self._local = OrderedDict()  # key -> (expires at, monotonic; stored value, pickled?)
        self._lock = threading.Lock()

    # --- the local table ---------------------------------------------------------------------

    def _fronted(self, key, version=None):
        return self.max_entries > 0 and version is None and key.startswith(TOKEN_KEYED)

    def _remember(self, key, value, timeout, version=None):
        if not self._fronted(key, version):
            return
        if timeout is DEFAULT_TIMEOUT:
            timeout = self.default_timeout
        if timeout is not None and timeout <= 0:
            return
        if isinstance(value, _IMMUTABLE):
            if isinstance(value, str | bytes) and len(value) > self.max_chars:
                return
            stored, pickled = value, False
        else:
            stored, pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL), True
            if len(stored) > self.max_chars:
                return
        expires = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            self._local[key] = (expires, stored, pickled)
            self._local.move_to_end(key)
            while len(self._local) > self.max_entries:
                self._local.popitem(last=False)

    def _recall(self, key, version=None):
        """(found, value) from the local table."""
        if not self._fronted(key, version):
            return False, None
        with self._lock:
            entry = self._local.get(key)
            if entry is None:
                return False, None
            expires, stored, pickled = entry
            if expires is not None and expires <= time.monotonic():
                del self._local[key]
                return False, None
            self._local.move_to_end(key)
        return True, (pickle.loads(stored) if pickled else stored)

    def _forget(self, key):
        with self._lock:
            self._local.pop(key, None)

    # --- the cache API -------------------------------------------------------------------------

    def get(self, key, default=None, version=None):
        found, value = self._recall(key, version)
        if found:
            return value
        sentinel = object()
        value = self.shared.get(key, sentinel, version=version)
        if value is sentinel:
            return default
        self._remember(key, value, self._shared_timeout(), version)
        return value

    def get_many(self, keys, version=None):
        result, asked = {}, []
        for key in keys:
            found, value = self._recall(key, version)
            if found:
                result[key] = value
            else:
                asked.append(key)
        if asked:
            shared = self.shared.get_many(asked, version=version)
            timeout = self._shared_timeout()
            for key, value in shared.items():
                self._remember(key, value, timeout, version)
            result.update(shared)
        return result

    def _shared_timeout(self):
        # How long a value read from the shared cache is kept here: not its remaining life
        # (which the shared cache does not tell), but the configured one; it cannot be
        # stale, so keeping it a little longer than the shared copy changes nothing shown.
        return self.default_timeout

    def has_key(self, key, version=None):
        return self._recall(key, version)[0] or self.shared.has_key(key, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.shared.set(key, value, timeout, version=version)
        self._remember(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        added = self.shared.add(key, value, timeout, version=version)
        if added:
            self._remember(key, value, timeout, version)
        return added

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        failed = self.shared.set_many(data, timeout, version=version)
        for key, value in data.items():
            if key not in failed:
                self._remember(key, value, timeout, version)
        return failed

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.shared.touch(key, timeout, version=version)

    def delete(self, key, version=None):
        self._forget(key)
        return self.shared.delete(key, version=version)

    def delete_many(self, keys, version=None):
        for key in keys:
            self._forget(key)
        self.shared.delete_many(keys, version=version)

    def incr(self, key, delta=1, version=None):
        self._forget(key)
        return self.shared.incr(key, delta, version=version)

    def clear(self):
        with self._lock:
            self._local.clear()
        self.shared.clear()

    def close(self, **kwargs):
        self.shared.close(**kwargs)
