"""The SME and researcher journeys in headless Debian Chromium.

Axe on every page type at phone and desktop widths, with a screenshot of each, is in
test_phones_and_search.py; here are the journeys a person takes through them.
"""

import datetime
import os

import pytest

from tests.browser.chromium import ARTIFACTS, arrive
from tests.factories import EventFactory, economy

# Playwright's sync API runs an event loop in this thread; the ORM calls made here
# (loading the demo data) happen before any page is driven.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# The tests that only read are served from the demo content loaded once per run
# (`demo_site`); those that add records have a committing database of their own.
pytestmark = pytest.mark.browser


@pytest.fixture
def site(demo_site):
    """A live server's address, on the demo content (for a test that only reads)."""
    return demo_site


@pytest.fixture
def site_to_write(live_server, demo):
    """The live server's address, the demo content loaded (committed) for this test, which
    adds records of its own."""
    return live_server.url


def test_sme_journey_from_home_to_the_paragraph_that_mentions_the_initiative(browser, site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + "/")
    assert page.title() == "Home · APEC SME Innovation Portal"
    page.get_by_role("link", name="Initiatives", exact=True).first.click()
    arrive(page, site + "/initiatives/")
    page.get_by_label("Words").fill("online")
    page.get_by_role("button", name="Apply filters").click()
    # static/js/filters.js leaves the empty fields out of the address.
    arrive(page, site + "/initiatives/?q=online&sort=-year")
    assert page.locator(".result-count").inner_text() == "1 initiative matches these filters."
    page.get_by_role("link", name="APEC SME Online-to-Offline (O2O) Initiative").click()
    arrive(page, site + "/initiatives/apec-sme-online-to-offline-o2o-initiative/")
    assert page.locator("h1").inner_text() == "APEC SME Online-to-Offline (O2O) Initiative"
    assert page.locator(".timeline .timeline-title").all_inner_texts() == ["APEC SME O2O Summit"]
    page.get_by_role("link", name="See its 1 event in the event list").click()
    assert page.locator(".result-count").inner_text() == "1 event matches these filters."
    page.go_back()
    mention = page.locator(".mention figcaption a").first
    href = mention.get_attribute("href")
    assert href.startswith("/statements/") and "#p" in href
    mention.click()
    anchor = href.split("#")[1]
    target = page.locator(f"#{anchor}")
    assert target.is_visible()
    assert "O2O" in target.inner_text()
    page.close()


def test_researcher_journey_filters_events_by_year_and_economy_and_pages(browser, site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + "/events/")
    assert page.locator(".result-count").inner_text() == "16 events."
    page.get_by_label("Year", exact=True).select_option("2019")
    page.get_by_role("checkbox", name="The Philippines").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    assert page.locator(".result-count").inner_text() == "1 event matches these filters."
    chips = page.locator(".chip")
    assert [chips.nth(i).get_attribute("aria-label") for i in range(chips.count())] == [
        "Remove filter Year: 2019",
        "Remove filter Economy (host or co-host): The Philippines",
    ]
    assert page.locator(".chart-table tbody tr").all_inner_texts() == ["2019\t1"]
    with page.expect_navigation():
        page.locator(".chip").first.click()
    # Without the year: the Philippines hosted two more events, both in 2015.
    assert page.locator(".result-count").inner_text() == "3 events match these filters."
    assert page.locator(".chart-table tbody tr").all_inner_texts() == [
        "2015\t2",
        "2016\t0",
        "2017\t0",
        "2018\t0",
        "2019\t1",
    ]
    page.goto(site + "/events/?year=abc")
    assert page.locator("#id_year-error").inner_text() == "Enter a year as four digits, e.g. 2019."
    page.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_researcher_pages_through_filtered_events_keeping_the_filters(browser, site_to_write):
    for day in range(1, 25):
        EventFactory(
            title=f"Workshop {day:02d}",
            start_date=datetime.date(2019, 3, day),
            host=economy("THA"),
            co_hosts=[economy("PHL")],
        )
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(site_to_write + "/events/?year=2019&economy=phl&sort=date")
    assert page.locator(".result-count").inner_text() == (
        "25 events match these filters, page 1 of 2."
    )
    assert page.locator(".card-title").count() == 20
    page.get_by_role("link", name="Next page").click()
    arrive(page, site_to_write + "/events/?year=2019&economy=phl&sort=date&page=2")
    assert page.locator(".result-count").inner_text() == (
        "25 events match these filters, page 2 of 2."
    )
    assert page.locator(".card-title").all_inner_texts() == [
        "Workshop 21",
        "Workshop 22",
        "Workshop 23",
        "Workshop 24",
        "APEC Local Innovation Ecosystem Forum: Enhancing Local Industry Clustering and Social "
        "Innovation with International Reach",
    ]
    page.screenshot(path=ARTIFACTS / "event-list-page-2-phone.png", full_page=True)
    page.close()
