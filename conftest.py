"""Test-wide environment: a development configuration unless the caller set one."""

import os

os.environ.setdefault("DEBUG", "1")
# A live server thread must not keep its connection open past a test, or the test
# database cannot be dropped at the end.
os.environ.setdefault("CONN_MAX_AGE", "0")
