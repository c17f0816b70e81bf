"""Settings for the test suite (pyproject.toml names this module to pytest-django).

The development configuration unless the caller set one, and scratch space of the test
process's own: the query cache, built exports and an (empty) STATIC_ROOT live in one
temporary folder that is removed when the process ends. So a run leaves nothing behind,
shares no cache with a development server on the same database, and each pytest-xdist
worker has its own. Everything else is `apec_portal.settings`.
"""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("DEBUG", "1")
# A live server thread must not keep its connection open past a test, or the test
# database cannot be dropped at the end.
os.environ.setdefault("CONN_MAX_AGE", "0")

SCRATCH = tempfile.mkdtemp(prefix="apec-portal-tests-")
atexit.register(shutil.rmtree, SCRATCH, ignore_errors=True)
# In the environment, so that the processes a test starts (tests/portal/production.py)
# use the same folders.
os.environ["QUERY_CACHE_DIR"] = os.path.join(SCRATCH, "queries")
os.environ["EXPORT_CACHE_DIR"] = os.path.join(SCRATCH, "exports")
# pytest-django runs with DEBUG off, so whitenoise reads STATIC_ROOT when it starts and
# warns once per request handler when there is none; an empty one serves nothing, as before.
os.environ["STATIC_ROOT"] = os.path.join(SCRATCH, "static")
os.makedirs(os.environ["STATIC_ROOT"])

from apec_portal.settings import *  # noqa: E402, F403

# django-axes announces itself at every start (a JSON line on stdout before the first
# test); its warnings (lock-outs) still show.
LOGGING["loggers"]["axes.apps"] = {"level": "WARNING"}  # noqa: F405

# Django's PostgreSQL backend, with test databases dropped even while a session lingers
# (tests/postgresql/base.py): a run leaves no `test_<name>` behind.
DATABASES["default"]["ENGINE"] = "tests.postgresql"  # noqa: F405
