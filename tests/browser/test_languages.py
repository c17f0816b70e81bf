"""Issue 25 in headless Debian Chromium: every page type in every language at phone (390px)
and desktop (1280px) widths scrolls no page sideways (long Vietnamese and Russian labels,
unbroken Thai text) and has no serious or critical axe violation, the switcher open too."""

import os

import pytest
from django.conf import settings

from tests.browser.chromium import ARTIFACTS, serious_violations

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Reads only: served from the demo content loaded once per run (`demo_site`).
pytestmark = pytest.mark.browser

PAGES = {
    "home": "/",
    "initiative-list": "/initiatives/",
    "initiative-detail": "/initiatives/apec-local-innovation-ecosystem-initiative/",
    "event-list": "/events/?year=2019",
    "event-list-error": "/events/?year=abc",
    "event-detail": "/events/apec-local-innovation-ecosystem-forum-philippines-2019/",
    "statement-list": "/statements/",
    "statement-detail": "/statements/2017-apec-small-and-medium-enterprises-ministerial-meeting/",
    "economy-list": "/economies/",
    "economy-detail": "/economies/twn/",
    "search": "/search/?q=innovation",
    "data": "/data/",
    "not-found": "/no-such-page/",
}
CODES = [code for code, _ in settings.LANGUAGES if code != "en"]


@pytest.fixture
def demo(demo_site):
    ARTIFACTS.mkdir(exist_ok=True)
    return demo_site


def sideways(page):
    return page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )


@pytest.mark.parametrize("code", CODES)
def test_every_page_type_fits_and_passes_axe_in_each_language(browser, demo, code):
    for width in (390, 1280):
        page = browser.new_page(viewport={"width": width, "height": 900})
        for name, path in PAGES.items():
            page.goto(f"{demo}/{code}{path}")
            assert page.evaluate("document.documentElement.lang") == code, (code, name)
            for details in page.locator("details").all():
                details.evaluate("element => { element.open = true; }")
            assert sideways(page) == [width, width], (code, name, width)
            assert serious_violations(page) == [], (code, name, width)
            if name in ("home", "event-list"):
                page.screenshot(path=ARTIFACTS / f"lang-{code}-{name}-{width}.png", full_page=True)
        page.close()
