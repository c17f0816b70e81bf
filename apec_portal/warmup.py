"""Work a server process would otherwise do on its first requests, done once at start.

Under gunicorn with `preload_app` (gunicorn.conf.py) the master imports the WSGI
application, and with it runs `warm()`, before forking: every worker is then born
with the URL patterns resolved and the portal's templates compiled (the cached
template loader keeps them per process), instead of each new worker spending its
first request of every page on them. On a 2-core machine those first requests were
the slowest of a benchmark run (docs/performance.md, "Latest figures").

Nothing here touches the database, and every connection is closed at the end
anyway: a connection opened in the master must never be shared by the forked
workers.
"""

import gc
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.template import engines
from django.urls import get_resolver

TEMPLATE_SUFFIXES = {".html", ".txt", ".xml", ".ics"}


def portal_template_names():
    """The names of the templates in the project's own `templates/` folder."""
    root = Path(settings.BASE_DIR) / "templates"
    return sorted(
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and path.suffix in TEMPLATE_SUFFIXES
    )


def warm():
    """Resolve the URL patterns and compile the portal's templates; return how many."""
    get_resolver().reverse_dict  # noqa: B018 (building it fills the resolver's caches)
    compiled = 0
    for engine in engines.all():
        for name in portal_template_names():
            engine.get_template(name)
            compiled += 1
    connections.close_all()
    # What is loaded now lives as long as the process: kept out of the collector's scans, so
    # that forked workers neither scan nor (by touching it) copy those memory pages.
    gc.freeze()
    return compiled
