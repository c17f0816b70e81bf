"""Create the database that DATABASE_URL (or the default) names, if it is missing.

With --for-tests, create nothing: check only that the server answers and that the role
may create databases (pytest-django creates and drops `test_<name>` and its demo copy).
"""

import os
import sys
from pathlib import Path

import psycopg2
from psycopg2 import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DEBUG", "1")
from apec_portal import settings

config = dict(settings.DATABASES["default"])
name = config["NAME"]
params = {
    "dbname": "postgres",
    "user": config.get("USER") or None,
    "password": config.get("PASSWORD") or None,
    "host": config.get("HOST") or None,
    "port": config.get("PORT") or None,
}
try:
    connection = psycopg2.connect(**{k: v for k, v in params.items() if v})
except psycopg2.OperationalError as exc:
    sys.exit(f"Cannot reach PostgreSQL for database {name!r}: {exc}")
connection.autocommit = True
if "--for-tests" in sys.argv[1:]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")
        (may_create,) = cursor.fetchone()
    connection.close()
    if not may_create:
        sys.exit(f"The PostgreSQL role for {name!r} may not create databases; the tests need to.")
    sys.exit(0)
with connection.cursor() as cursor:
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
    if cursor.fetchone() is None:
        print(f"==> Creating database {name!r}")
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
connection.close()
