"""Issue 15 in headless Debian Chromium at phone (390px) and desktop (1280px) widths, and a
crawl of every page type at 320px: no page scrolls sideways, the header is one line with a
menu, filters fold behind "Filters (n active)", every facet option is reachable, the event
list's initiative is chosen by title, search knows economies; axe at both widths."""

import os

import pytest
from django.core.management import call_command

from tests.browser.chromium import ARTIFACTS, arrive, serious_violations
from tests.factories import EventFactory, economy

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# The tests that only read are served from the demo content loaded once per run
# (`demo_site`); the one that adds events has a committing database of its own.
pytestmark = pytest.mark.browser

PHONE, DESKTOP = 390, 1280
INITIATIVE = "apec-local-innovation-ecosystem-initiative"
INITIATIVE_TITLE = "APEC Local Innovation Ecosystem Initiative"

# One of every page type, and the states a phone reader reaches (errors, corrections).
PAGES = {
    "home": "/",
    "initiative-list": "/initiatives/",
    "initiative-detail": f"/initiatives/{INITIATIVE}/",
    "event-list": "/events/",
    "event-list-filtered": f"/events/?economy=phl&initiative={INITIATIVE}",
    "event-list-year-economy": "/events/?year=2019&economy=phl",
    "event-list-error": "/events/?year=abc&economy=XYZ",
    "event-detail": "/events/apec-local-innovation-ecosystem-forum-philippines-2019/",
    "statement-list": "/statements/",
    "statement-detail": "/statements/2017-apec-small-and-medium-enterprises-ministerial-meeting/",
    "economy-list": "/economies/",
    "economy-detail": "/economies/twn/",
    "search-help": "/search/",
    "search-economy": "/search/?q=Viet+Nam",
    "search-corrected": "/search/?q=inovation",
    "search-as-typed": "/search/?q=inovation&as_typed=1",
    "data": "/data/",
    "not-found": "/no-such-page/",
}
#: The pages above that answer other than 200.
STATUS = {"event-list-error": 400, "not-found": 404}


@pytest.fixture
def demo(demo_site):
    ARTIFACTS.mkdir(exist_ok=True)
    return demo_site


@pytest.fixture
def demo_to_write(live_server):
    call_command("load_demo_data", verbosity=0)
    ARTIFACTS.mkdir(exist_ok=True)
    return live_server.url


def sideways(page):
    """(scrollWidth, clientWidth) of the page: the page scrolls sideways when the first is larger."""
    return page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )


def open_every_disclosure(page):
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")


def test_no_page_type_scrolls_sideways_at_320px(browser, demo):
    page = browser.new_page(viewport={"width": 320, "height": 700})
    for name, path in PAGES.items():
        page.goto(demo + path)
        assert sideways(page) == [320, 320], name
        # Nor with the menu, the filters and every "show all" open.
        open_every_disclosure(page)
        assert sideways(page) == [320, 320], f"{name}, disclosures open"
        page.screenshot(path=ARTIFACTS / f"{name}-320.png", full_page=True)
    page.close()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_every_page_type_has_no_serious_accessibility_violation(browser, demo, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    for name, path in PAGES.items():
        response = page.goto(demo + path)
        assert response.status == STATUS.get(name, 200), name
        assert serious_violations(page) == [], f"{name} at {width}px"
        assert sideways(page) == [width, width], name
        page.screenshot(path=ARTIFACTS / f"{name}-{width}.png", full_page=True)
        if width == PHONE:
            open_every_disclosure(page)
            assert serious_violations(page) == [], f"{name} at {width}px, disclosures open"
    page.close()


def header_height(page):
    return page.locator(".site-header").bounding_box()["height"]


def test_header_is_one_line_with_a_menu_on_a_phone(browser, demo):
    page = browser.new_page(viewport={"width": PHONE, "height": 800})
    page.goto(demo + "/events/")
    menu = page.locator(".site-menu-toggle")
    brand = page.locator(".brand").bounding_box()
    toggle = menu.bounding_box()
    # Brand and menu button side by side on one line, in a header one button high.
    assert abs((brand["y"] + brand["height"] / 2) - (toggle["y"] + toggle["height"] / 2)) < 4
    assert header_height(page) < 80
    main_nav = page.get_by_role("navigation", name="Main")
    assert not main_nav.is_visible()
    assert not page.get_by_role("search", name="Site").is_visible()
    menu.click()
    assert main_nav.is_visible()
    main_nav.get_by_role("link", name="Statements").click()
    arrive(page, demo + "/statements/")
    page.locator(".site-menu-toggle").click()
    site_search = page.get_by_role("search", name="Site")
    site_search.get_by_role("searchbox").fill("Thailand")
    site_search.get_by_role("button", name="Search").click()
    arrive(page, demo + "/search/?q=Thailand")
    page.close()


def test_header_shows_navigation_and_search_on_a_desktop(browser, demo):
    page = browser.new_page(viewport={"width": DESKTOP, "height": 800})
    page.goto(demo + "/")
    assert not page.locator(".site-menu-toggle").is_visible()
    assert (
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Events").is_visible()
    )
    assert page.get_by_role("search", name="Site").get_by_role("searchbox").is_visible()
    assert header_height(page) < 80
    page.close()


def test_phone_filters_fold_above_the_results_and_choose_the_initiative_by_title(browser, demo):
    page = browser.new_page(viewport={"width": PHONE, "height": 800})
    page.goto(demo + "/events/?economy=phl")
    toggle = page.locator(".filters-toggle")
    assert toggle.inner_text() == "Filters (1 active)"
    # Closed, and above the results: the count is on the first screen.
    assert not page.get_by_label("Initiative").is_visible()
    assert toggle.bounding_box()["y"] < page.locator(".result-count").bounding_box()["y"]
    assert page.locator(".result-count").bounding_box()["y"] < 800
    toggle.click()
    page.get_by_label("Initiative").select_option(label=f"{INITIATIVE_TITLE} (1)")
    page.get_by_role("button", name="Apply filters").click()
    arrive(page, demo + f"/events/?economy=PHL&initiative={INITIATIVE}&sort=-date")
    assert page.locator(".filters-toggle").inner_text() == "Filters (2 active)"
    chips = page.locator(".chip")
    assert chips.nth(1).get_attribute("aria-label") == (
        f"Remove filter Initiative: {INITIATIVE_TITLE}"
    )
    assert page.locator(".result-count").inner_text() == "1 event matches these filters."
    page.screenshot(path=ARTIFACTS / "event-list-initiative-phone.png", full_page=True)
    page.close()


def test_desktop_filters_sit_beside_the_results_and_choose_the_initiative_by_title(browser, demo):
    page = browser.new_page(viewport={"width": DESKTOP, "height": 900})
    page.goto(demo + "/events/")
    assert not page.locator(".filters-toggle").is_visible()
    select = page.get_by_label("Initiative")
    assert select.is_visible()
    assert select.locator("option").all_inner_texts() == [
        "Any initiative",
        "APEC Cross-Sector Innovation Ecosystem Conference (1)",
        f"{INITIATIVE_TITLE} (4)",
        "APEC SME Online-to-Offline (O2O) Initiative (1)",
        "Business Ethics for APEC SMEs Initiative (1)",
    ]
    select.select_option(label=f"{INITIATIVE_TITLE} (4)")
    page.get_by_role("button", name="Apply filters").click()
    arrive(page, demo + f"/events/?initiative={INITIATIVE}&sort=-date")
    assert page.locator(".result-count").inner_text() == "4 events match these filters."
    assert page.locator(".chip").first.get_attribute("aria-label") == (
        f"Remove filter Initiative: {INITIATIVE_TITLE}"
    )
    page.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_every_economy_option_is_reachable_through_show_all(browser, demo_to_write, width):
    for code in ["AUS", "CAN", "CHL", "IDN", "JPN", "MYS", "MEX", "NZL", "USA", "VNM"]:
        EventFactory(host=economy(code))
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(demo_to_write + "/events/")
    if width == PHONE:
        page.locator(".filters-toggle").click()
    viet_nam = page.get_by_role("checkbox", name="Viet Nam")
    assert not viet_nam.is_visible()
    show_all = page.locator(".facet-more > summary").first
    assert show_all.inner_text().startswith("Show all ")
    show_all.click()
    assert viet_nam.is_visible()
    viet_nam.check()
    page.get_by_role("button", name="Apply filters").click()
    arrive(page, demo_to_write + "/events/?economy=VNM&sort=-date")
    # The chosen option is past the first few: its disclosure is open on arrival.
    if width == PHONE:
        page.locator(".filters-toggle").click()
    assert page.get_by_role("checkbox", name="Viet Nam").is_visible()
    assert page.get_by_role("checkbox", name="Viet Nam").is_checked()
    page.close()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_search_for_an_economy_offers_its_page_and_lists(browser, demo, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(demo + "/search/?q=Vietnam")
    assert page.locator(".economy-hint h2").inner_text() == "Viet Nam"
    titles = page.locator(".search-results h2").all_inner_texts()
    assert "APEC 2017 Start-ups Forum" in titles
    assert page.locator(".economy-statements li a").all_inner_texts() == [
        "2017 APEC Small and Medium Enterprises Ministerial Meeting"
    ]
    page.screenshot(path=ARTIFACTS / f"search-economy-{width}.png", full_page=True)
    page.get_by_role("link", name="Events in Viet Nam").click()
    arrive(page, demo + "/events/?economy=vnm")
    assert page.locator(".result-count").inner_text() == "2 events match these filters."
    page.close()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_a_misspelling_shows_the_corrected_results_and_offers_the_words_as_typed(
    browser, demo, width
):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(demo + "/search/?q=inovation")
    assert page.locator(".search-corrected").inner_text() == (
        "Showing results for innovation; search instead for inovation."
    )
    assert page.locator(".search-results .hit").count() == 20
    excerpts = page.locator(".search-results .excerpt").all_inner_texts()
    assert any(text.startswith("… ") or text.endswith(" …") for text in excerpts)
    page.get_by_role("link", name="inovation").click()
    arrive(page, demo + "/search/?q=inovation&as_typed=1")
    assert page.locator(".suggestion a").inner_text() == "innovation"
    page.close()
