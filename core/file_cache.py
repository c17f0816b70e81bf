"""The query cache's files (no Redis): Django's file cache without a directory listing per write.

Django's `FileBasedCache.set` lists the whole cache directory before every write to see
whether it holds `MAX_ENTRIES` files yet (`_cull`). With the portal's 5,000 entries that
listing is thousands of directory entries per write, and a page that fills the cache (a
search's first request writes its counts, its ranking, its hits and twenty result
blocks; a list page after an edit its cards) writes twenty or more times: at 100,000
events most of such a request's CPU went to listing the same directory again
(issue 26, `scripts/bench --profile`).

`FileCache` looks at the directory on a process's first write and then once every
`CULL_EVERY` writes (OPTIONS, default 50), and culls as Django does when it finds the
limit reached. Between two looks a process writes at most `CULL_EVERY` more files, so
the directory stays within `MAX_ENTRIES` plus that many per server process.
"""

import threading

from django.core.cache.backends.filebased import FileBasedCache


class FileCache(FileBasedCache):
    def __init__(self, location, params):
        params = dict(params)
        options = dict(params.get("OPTIONS", {}))
        self.cull_every = max(1, int(options.pop("CULL_EVERY", 50)))
        params["OPTIONS"] = options
        super().__init__(location, params)
        self._writes = 0
        self._lock = threading.Lock()

    def _cull(self):
        with self._lock:
            due = self._writes % self.cull_every == 0
            self._writes += 1
        if due:
            super()._cull()
