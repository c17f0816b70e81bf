"""gunicorn settings for the portal (read from the working directory by default).

Every value can be overridden on the command line or via GUNICORN_CMD_ARGS;
WEB_CONCURRENCY and PORT follow the usual platform conventions.
"""

import multiprocessing
import os

from apec_portal.logs import logging_config

bind = f"{os.environ.get('BIND_ADDRESS', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# 2 workers per core plus one, each with a few threads (gthread): a download that
# waits for its file to be built, or a slow client reading 100 MB, holds one thread,
# not a whole worker, so other pages keep being answered (docs/data.md, "Exports").
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = 30
# Load the application (and warm it: apec_portal/warmup.py) once in the master, then fork:
# every worker, first or recycled, starts with URLs resolved and templates compiled.
# A deploy of new code therefore needs a restart of gunicorn (not a HUP of the master).
preload_app = True
graceful_timeout = 20
# Recycle workers now and then so a slow leak can never build up.
max_requests = 2000
max_requests_jitter = 200
# Django alone decides which proxy headers to trust (TRUST_X_FORWARDED_PROTO).
secure_scheme_headers = {}
forwarded_allow_ips = ""

# One line per request and per server event on stdout, as JSON like the app's.
accesslog = "-"
access_log_format = (
    'method=%(m)s path="%(U)s" query="%(q)s" status=%(s)s bytes=%(B)s '
    'duration_ms=%(M)s client=%(h)s user_agent="%(a)s"'
)
logconfig_dict = logging_config(loggers=("gunicorn.error", "gunicorn.access"))
