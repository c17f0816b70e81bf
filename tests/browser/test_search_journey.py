"""A researcher's search journey in headless Debian Chromium, with axe-core checks."""

import os

import pytest

from tests.browser.chromium import ARTIFACTS, arrive, serious_violations

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Reads only: served from the demo content loaded once per run (`demo_site`).
pytestmark = pytest.mark.browser


@pytest.fixture
def site(demo_site):
    """A live server's address, on the demo content."""
    return demo_site


def test_researcher_finds_the_paragraph_on_digital_resilience_despite_a_typo(browser, site):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + "/")
    page.get_by_role("search", name="Site").get_by_role("searchbox").fill("digital resilence")
    page.get_by_role("search", name="Site").get_by_role("button", name="Search").click()
    arrive(page, site + "/search/?q=digital+resilence")
    # The suggestion is confident, so its results are shown straight away (issue 15).
    assert page.locator(".search-corrected").inner_text() == (
        "Showing results for digital resilience; search instead for digital resilence."
    )
    assert page.locator(".search-summary").inner_text() == (
        "Results 1–7 of 7 for “digital resilience”, best first."
    )
    page.screenshot(path=ARTIFACTS / "search-desktop.png", full_page=True)
    assert serious_violations(page) == []
    page.get_by_role("link", name="Statement paragraphs (6)").click()
    arrive(page, site + "/search/?q=digital+resilence&type=paragraph")
    assert page.locator(".search-results .hit").count() == 6
    page.locator(".search-results h2 a").first.click()
    arrive(
        page, site + "/statements/2017-apec-small-and-medium-enterprises-ministerial-meeting/#p30"
    )
    assert "Digital Resilience" in page.locator("#p30").inner_text()
    page.close()


def test_search_guidance_and_errors_pass_axe_at_phone_width(browser, site):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 390, "height": 900})
    assert page.goto(site + "/search/").status == 200
    page.screenshot(path=ARTIFACTS / "search-guidance-phone.png", full_page=True)
    assert serious_violations(page) == []
    assert page.goto(site + "/search/?q=%21%21%21").status == 400
    page.screenshot(path=ARTIFACTS / "search-error-phone.png", full_page=True)
    assert serious_violations(page) == []
    page.close()
