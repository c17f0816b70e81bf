"""Run code in a separate Python process configured as production is.

Settings are read once, when Django starts, so production behaviour (DEBUG
off, HSTS, secure cookies, the HTTPS redirect) can only be seen in a process
started with a production environment. The process shares the test database
by name, so it sees what a transactional test has committed.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]

# 50 characters of five kinds, as `check --deploy` wants of a real key.
PRODUCTION_SECRET_KEY = "kR8v-Qe2!xT7bN4m@Lp9sW3z#Hc6yJ1d$Uf5gA0o&Ei8rZ2qVt"


# From the test process, only what finds programs and sets the locale, and the scratch
# folders of its caches (apec_portal/test_settings.py, removed when the run ends): nothing
# a test set up for itself (DEBUG, DJANGO_ALLOW_ASYNC_UNSAFE, ...) leaks into "production".
INHERITED = ("PATH", "LANG", "LC_ALL", "TZ", "QUERY_CACHE_DIR", "EXPORT_CACHE_DIR")


def production_env(**overrides):
    """The environment a production server would have."""
    env = {key: os.environ[key] for key in INHERITED if key in os.environ}
    env.update(
        SECRET_KEY=PRODUCTION_SECRET_KEY,
        ALLOWED_HOSTS="portal.example.org,testserver",
        DATABASE_URL=f"postgres:///{connection.settings_dict['NAME']}",
        DJANGO_SETTINGS_MODULE="apec_portal.settings",
        LOG_LEVEL="CRITICAL",
    )
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run(args, **env_overrides):
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=production_env(**env_overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )


# Requests made with Django's test client inside the production process. The
# only setting changed there is static files storage: the manifest storage
# needs `collectstatic`, which is not what these requests are about.
CLIENT_SCRIPT = """
import json, sys
import django
django.setup()
from django.test import Client
from django.test.utils import override_settings

plain_static = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
answers = []
with override_settings(STORAGES=plain_static):
    client = Client()
    for method, path, data, extra in json.loads(sys.argv[1]):
        response = getattr(client, method)(path, data, **extra)
        answers.append({
            "status": response.status_code,
            "headers": dict(response.headers),
            "cookies": {
                name: {
                    "secure": bool(morsel["secure"]),
                    "httponly": bool(morsel["httponly"]),
                    "samesite": morsel["samesite"],
                }
                for name, morsel in response.cookies.items()
            },
        })
print(json.dumps(answers))
"""


def requests(steps, **env_overrides):
    """Make (method, path, data, extra) requests in order, sharing cookies; answer per request."""
    result = run(["-c", CLIENT_SCRIPT, json.dumps(steps)], **env_overrides)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
