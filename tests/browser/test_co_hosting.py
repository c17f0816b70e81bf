"""Issue 24 in headless Chromium: the co-hosting matrix, its table of pairs, the economy
page's partners and chart, the API reference and the data releases pass axe at 390 and
1280 px, and nothing scrolls sideways at 320."""

import datetime
import os

import pytest
from django.core.management import call_command

from tests.browser.chromium import ARTIFACTS, failure_screenshot, serious_violations
from tests.factories import EventFactory, economy

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = {
    "co-hosting": "/economies/co-hosting/",
    "co-hosting-filtered": "/economies/co-hosting/?year_from=2015&kind=forum",
    "co-hosting-error": "/economies/co-hosting/?year=abc",
    "economy-partners": "/economies/phl/",
    "api-reference": "/api/v1/reference/",
    "data-releases": "/data/releases/",
}
CODES = ["AUS", "CHL", "CHN", "JPN", "KOR", "MEX", "NZL", "PER", "PHL", "SGP", "THA", "USA"]


@pytest.fixture
def site(live_server, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "releases": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "releases")},
        },
    }
    call_command("load_demo_data", verbosity=0)
    # Every economy of CODES works with several others, so the matrix is wide.
    for index in range(36):
        EventFactory(
            start_date=datetime.date(2012 + index % 12, 5, 1),
            host=economy(CODES[index % 12]),
            co_hosts=[economy(CODES[(index * 5 + 1) % 12]), economy(CODES[(index * 7 + 3) % 12])],
        )
    call_command("make_release", base_url=live_server.url, verbosity=0)
    ARTIFACTS.mkdir(exist_ok=True)
    return live_server.url


def sideways(page):
    return page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )


def test_co_hosting_pages_pass_axe_and_never_scroll_sideways(browser, site):
    # The three widths in one test: the records and the release are made once. Each page is
    # loaded once and laid out at each width (one markup, the stylesheet's media queries
    # decide the layout), so axe is put into it once for both of its runs.
    page = browser.new_page(viewport={"width": 320, "height": 900})
    for name, path in PAGES.items():
        page.set_viewport_size({"width": 320, "height": 900})
        page.goto(site + path)
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        for width in (320, 390, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            problems = []
            if sideways(page) != [width, width]:
                problems.append(("scrolls sideways", sideways(page)))
            if width != 320:
                problems += serious_violations(page)
            if problems:
                shot = failure_screenshot(page, f"{name}-{width}")
                pytest.fail(f"{name} at {width}px: {problems} (see {shot})")
    page.goto(site + PAGES["co-hosting"])
    for width in (320, 390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        assert page.locator("svg.matrix a").count() > 20, width
        assert page.locator(".pairs-table tbody tr").count() > 10, width
    page.close()
