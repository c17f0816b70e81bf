"""The `browser` fixture: one headless Debian Chromium per test."""

from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

from tests.browser.chromium import CHROMIUM, LAUNCH_ARGS


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/test installs Debian's chromium package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()
        # While Playwright's event loop is open, Django keeps its connections per context
        # (asgiref's Local), not per thread: what the test asked of the database went through
        # a connection of its own, which is closed here rather than left to the garbage
        # collector (a session still open at the end keeps the test database from being
        # dropped). A one-browser-per-run fixture is not possible for the same reason: every
        # later test would get such a connection, without the state pytest-django set up.
        connections.close_all()
