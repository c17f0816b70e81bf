# ruff: noqa: F811 (the shared browser fixtures are imported, then named as arguments)
"""Issue 15 journeys at phone (390px) and desktop (1280px) widths: taking part, provenance,
status, citations and the site pages, with axe-core at both widths."""

import datetime

import pytest

from tests.browser.chromium import ARTIFACTS, WIDTHS, serious_violations
from tests.browser.test_journeys import site, site_to_write  # noqa: F401 (fixtures)
from tests.factories import EventFactory, economy

# The tests that only read are served from the demo content loaded once per run
# (`demo_site`); those that add records have a committing database of their own.
pytestmark = pytest.mark.browser

LIE = "/initiatives/apec-local-innovation-ecosystem-initiative/"
STATEMENT = "/statements/2017-apec-small-and-medium-enterprises-ministerial-meeting/"


def open_at(browser, url, width, name, **context_options):
    context = browser.new_context(viewport={"width": width, "height": 900}, **context_options)
    page = context.new_page()
    response = page.goto(url)
    assert response.status == 200, url
    ARTIFACTS.mkdir(exist_ok=True)
    label = "phone" if width < 600 else "desktop"
    page.screenshot(path=ARTIFACTS / f"i15-{name}-{label}.png", full_page=True)
    assert serious_violations(page) == [], (url, width)
    # Nothing scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= width, (url, width)
    return page


@pytest.mark.parametrize("width", WIDTHS.values())
def test_initiative_page_shows_how_to_take_part_its_status_and_its_source(browser, site, width):
    page = open_at(browser, site + LIE, width, "initiative")
    block = page.locator(".take-part")
    assert block.locator("h2").inner_text() == "Take part"
    assert "Lead agency" in block.inner_text()
    assert "Small and Medium Enterprise Administration" in block.inner_text()
    status = page.locator("dd.status").inner_text()
    assert status == "Completed (2019) — worked out from its years"
    provenance = page.locator(".provenance")
    assert provenance.get_by_role("link").get_attribute("href") == (
        "https://apecmonitor.sme.gov.tw/initiative/detail/16"
    )
    assert "Last updated" in provenance.inner_text()
    page.context.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("width", WIDTHS.values())
def test_upcoming_event_page_invites_to_register(browser, site_to_write, width):
    EventFactory(
        slug="apec-sme-forum-next-year",
        title="APEC SME Forum next year",
        start_date=datetime.date.today() + datetime.timedelta(days=60),
        city="Lima",
        host=economy("PER"),
        format="hybrid",
        website="https://example.org/register",
        source_url="https://www.apec.org/events",
    )
    page = open_at(browser, site_to_write + "/events/apec-sme-forum-next-year/", width, "event")
    block = page.locator(".take-part")
    assert block.locator("h2").inner_text() == "Take part"
    link = block.get_by_role("link", name="Register or read more on the event’s website")
    assert link.get_attribute("href") == "https://example.org/register"
    assert link.is_visible()
    assert "Hybrid" in page.locator(".detail-aside .facts").inner_text()
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS.values())
def test_copy_citation_puts_the_citation_naming_the_document_on_the_clipboard(browser, site, width):
    page = open_at(
        browser,
        site + STATEMENT + "#p5",
        width,
        "statement",
        permissions=["clipboard-read", "clipboard-write"],
    )
    paragraph = page.locator("#p5")
    paragraph.locator("summary").click()
    text = paragraph.locator("pre.citation-text").inner_text()
    assert text.startswith("“Joint Ministerial Statement”, 24th APEC SME Ministerial Meeting, ")
    assert text.count("Ministerial Meeting") == 1
    paragraph.get_by_role("button", name="Copy the citation of paragraph 5").click()
    page.wait_for_function("document.querySelector('#p5 .copy-citation').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == text
    label = "phone" if width < 600 else "desktop"
    paragraph.screenshot(path=ARTIFACTS / f"i15-citation-p5-{label}.png")
    ris = page.request.get(
        site + paragraph.get_by_role("link", name="RIS file of paragraph 5").get_attribute("href")
    )
    assert ris.status == 200
    assert ris.text().startswith("TY  - GOVDOC\r\nTI  - Joint Ministerial Statement, paragraph 5")
    csl = page.request.get(site + STATEMENT.rstrip("/") + ".csl.json?p=5").json()
    assert csl[0]["title"] == "Joint Ministerial Statement, paragraph 5"
    page.context.close()


def test_without_javascript_the_citation_is_there_and_no_dead_button(browser, site):
    context = browser.new_context(viewport={"width": 390, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(site + STATEMENT)
    assert page.locator(".copy-citation").count() == 0
    assert (
        page.locator(".statement-citation pre.citation-text")
        .inner_text()
        .startswith("“Joint Ministerial Statement”")
    )
    context.close()


@pytest.mark.parametrize("width", WIDTHS.values())
def test_site_pages_are_reached_from_the_footer(browser, site, width):
    page = open_at(browser, site + "/", width, "home")
    for link, heading, name in [
        ("About", "About the portal", "about"),
        ("Accessibility", "Accessibility statement", "accessibility"),
        ("Privacy and cookies", "Privacy and cookies", "privacy"),
        ("Contact", "Contact", "contact"),
        ("Open data, licence and how to cite", "Open data", "data"),
    ]:
        page.locator(".site-footer").get_by_role("link", name=link, exact=True).click()
        assert page.locator("h1").inner_text() == heading
        label = "phone" if width < 600 else "desktop"
        page.screenshot(path=ARTIFACTS / f"i15-page-{name}-{label}.png", full_page=True)
        assert serious_violations(page) == [], (name, width)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, (name, width)
    assert page.locator("#licence").is_visible()
    assert page.context.cookies() == []
    page.context.close()
