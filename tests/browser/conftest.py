"""The `browser` fixture: one headless Debian Chromium per test."""

from pathlib import Path

import pytest
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
