"""Test-wide environment: a development configuration unless the caller set one."""

import os

os.environ.setdefault("DEBUG", "1")
