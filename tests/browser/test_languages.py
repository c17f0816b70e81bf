"""Issue 25 in headless Debian Chromium: every page type in every language at phone (390px)
and desktop (1280px) widths scrolls no page sideways (long Vietnamese and Russian labels,
unbroken Thai text) and has no serious or critical axe violation, the switcher open too
(axe's colour-contrast rule in one language per script: CONTRAST_CODES)."""

import os
from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.chromium import ARTIFACTS, failure_screenshot, serious_violations

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


#: One language of each script the portal is written in, where axe also checks colour
#: contrast (Latin with stacked diacritics and the longest labels, CJK, Thai, Cyrillic).
#: Colours and font sizes come from the same stylesheet in every language (no rule selects
#: by language: `test_no_style_depends_on_the_language`), so contrast is a property of the
#: styles, not of the words; docs/architecture.md, "Browser tests", has the argument.
CONTRAST_CODES = {"vi", "ja", "th", "ru"}
STYLESHEETS = [Path(settings.BASE_DIR) / "static" / "css" / "portal.css"]


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
    # Each page is loaded once and laid out at both widths (the markup is the same; the
    # stylesheet's media queries decide the layout): the check at each width is what a page
    # loaded at that width gets, without a second load and a second copy of axe.
    page = browser.new_page(viewport={"width": 390, "height": 900})
    for name, path in PAGES.items():
        page.set_viewport_size({"width": 390, "height": 900})
        page.goto(f"{demo}/{code}{path}")
        assert page.evaluate("document.documentElement.lang") == code, (code, name)
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            problems = []
            if sideways(page) != [width, width]:
                problems.append(("scrolls sideways", sideways(page)))
            problems += serious_violations(page, contrast=code in CONTRAST_CODES)
            if problems:
                shot = failure_screenshot(page, f"lang-{code}-{name}-{width}")
                pytest.fail(f"{code} {name} at {width}px: {problems} (see {shot})")
    page.close()


def test_no_style_depends_on_the_language():
    """What leaving colour contrast to CONTRAST_CODES rests on: no style rule picks a language."""
    for stylesheet in STYLESHEETS:
        css = stylesheet.read_text(encoding="utf-8")
        for selector in (":lang(", "[lang", "[hreflang"):
            assert selector not in css, (stylesheet.name, selector)
    assert CONTRAST_CODES.issubset(CODES)
