"""Import a document in a real browser, as an Editor: paste → preview → correct → save."""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from events.models import Event
from initiatives.models import Initiative
from tests.browser.chromium import ARTIFACTS, serious_violations
from tests.factories import InitiativeFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple-42"
ROOT = Path(__file__).resolve().parents[2]
SEED_002 = ROOT / "apec_portal/demo/initiatives/002_0681f3e112c3d1bd.txt"
SEED_001 = ROOT / "tests/portal/documents/seed_001_news_release.txt"


def editor_page(browser, live_server):
    call_command(
        "create_staff_account", "eddie.editor", role="editor", password=PASSWORD, verbosity=0
    )
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "eddie.editor")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")
    return page


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"document-import-{name}.png", full_page=True)


def paste_and_preview(page, live_server, text):
    page.goto(f"{live_server.url}/admin/")
    with page.expect_navigation():
        page.click("#document-import-link a")
    page.fill("#id_text", text)
    with page.expect_navigation():
        page.click("input[name=preview]")


def test_an_editor_pastes_a_description_corrects_the_proposer_and_saves_a_draft(
    browser, live_server
):
    page = editor_page(browser, live_server)
    paste_and_preview(page, live_server, SEED_002.read_text(encoding="utf-8"))
    assert "Initiative description" in page.locator("#import-kind").inner_text()
    # The seed separates the names with no-break spaces; the text is shown as written.
    source = page.locator("#import-source").inner_text().replace("\xa0", " ")
    assert "Philippines; Russia; Chinese Taipei; Thailand" in source
    assert "the first is taken as the proposer" in page.locator("#rec-0-checks").inner_text()
    assert serious_violations(page) == []
    shot(page, "1-initiative-preview")

    # The description lists the economies without saying who proposed: the Editor corrects it.
    page.select_option("#id_rec-0-proposer", "TWN")
    page.fill("#id_rec-0-co_implementers", "RUS, THA, Philippines")
    page.fill("#id_rec-0-title", "APEC Local Innovation Ecosystem Initiative")
    with page.expect_navigation():
        page.click("input[name=confirm]")
    shot(page, "2-initiative-saved")
    assert "new draft" in page.locator("ul.messagelist").inner_text()

    initiative = Initiative.objects.get()
    assert (initiative.title, initiative.proposer_id, initiative.is_published) == (
        "APEC Local Innovation Ecosystem Initiative",
        "TWN",
        False,
    )
    assert sorted(initiative.co_implementers.values_list("code", flat=True)) == [
        "PHL",
        "RUS",
        "THA",
    ]
    assert initiative.objectives.count() == 3


def test_an_editor_pastes_a_news_release_corrects_the_title_and_saves_a_draft_event(
    browser, live_server
):
    # The initiative the release names, as the demo has it (an event links to it).
    InitiativeFactory(
        slug="apec-local-innovation-ecosystem-initiative",
        title="APEC Local Innovation Ecosystem Initiative",
        subtitle="Revitalization for Inclusive Growth and a Sustainable Future",
    )
    page = editor_page(browser, live_server)
    paste_and_preview(page, live_server, SEED_001.read_text(encoding="utf-8"))
    assert "News release" in page.locator("#import-kind").inner_text()
    shot(page, "3-event-preview")
    page.screenshot(path=ARTIFACTS / "document-import-3a-event-preview-screen.png")
    assert serious_violations(page) == []
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
    shot(page, "3b-event-preview-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.fill("#id_rec-0-title", "Local Innovation Ecosystem Forum (corrected)")
    for extra in page.locator("input[name$=-action][value=skip]").all()[1:]:
        extra.check()  # keep only the first event of the release
    with page.expect_navigation():
        page.click("input[name=confirm]")
    shot(page, "4-event-saved")
    event = Event.objects.get()
    assert (event.title, event.is_published) == (
        "Local Innovation Ecosystem Forum (corrected)",
        False,
    )


def test_an_editor_reimports_a_published_statement_and_proposes_the_change(browser, live_server):
    statement_text = (ROOT / "apec_portal/demo/statements/2014-nanjing.txt").read_text()
    path = ROOT / "test-artifacts" / "nanjing.txt"
    ARTIFACTS.mkdir(exist_ok=True)
    path.write_text(statement_text, encoding="utf-8")
    call_command("import_document", str(path), kind="statement", publish=True, verbosity=0)
    from statements.models import Statement

    statement = Statement.objects.get()
    statement.chair = "Chair as staff wrote it"
    statement.save()
    page = editor_page(browser, live_server)
    page.set_viewport_size({"width": 390, "height": 844})
    paste_and_preview(page, live_server, statement_text.replace("Nanjing", "Suzhou", 2))
    diff = page.locator("#rec-0-existing").inner_text()
    assert "(changed by staff)" in diff and "Chair as staff wrote it" in diff
    assert "your update will wait for a Publisher's review" in diff
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert serious_violations(page) == []
    page.locator("#rec-0-existing").scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / "document-import-5-reimport-diff-390.png")
    with page.expect_navigation():
        page.click("input[name=confirm]")
    assert "waits for a Publisher" in page.locator("ul.messagelist").inner_text()
    statement.refresh_from_db()
    assert statement.chair == "Chair as staff wrote it"
    assert statement.meeting.city == "Nanjing"


def test_an_editor_keeps_two_of_the_meetings_a_wire_names_and_skips_the_rest(browser, live_server):
    """A wire on this year's meeting recalls three earlier ones with their towns: the preview
    shows four records, each with its keep-or-skip choice, those read from a mention flagged
    for a check; at 390 px nothing scrolls sideways; the two kept are saved as drafts."""
    text = (
        ROOT / "tests/events/devset/e2300_c23_wire_earlier_ministerial_meetings_lower_ordinals.txt"
    )
    page = editor_page(browser, live_server)
    paste_and_preview(page, live_server, text.read_text(encoding="utf-8"))
    skips = page.locator("input[name$=-action][value=skip]")
    assert skips.count() == 4
    body = page.locator("body").inner_text()
    assert "Monday, November 12, 2046" in body  # no mark splits a word ("Mon|day")
    # the three earlier meetings are read from their mentions and flagged for a check
    assert body.count("only names this event beside its own") == 3
    for town in ("Cebu", "Wellington", "Santiago", "Kuala Lumpur"):
        assert town in body
    assert serious_violations(page) == []
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "6-several-meetings-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    skips.nth(1).check()
    skips.nth(2).check()
    # the third meeting is dated by its month only: the form holds the month's first day with
    # the precision "month", so the editor types nothing
    assert page.input_value("#id_rec-3-start_date") == "2033-09-01"
    assert page.input_value("#id_rec-3-date_precision") == "month"
    with page.expect_navigation():
        page.click("input[name=confirm]")
    shot(page, "7-several-meetings-saved")
    saved = sorted((event.city, event.is_published) for event in Event.objects.all())
    assert saved == [("Cebu", False), ("Kuala Lumpur", False)]


def test_an_editor_gives_the_page_address_and_the_text_without_a_date_is_dated_by_it(
    browser, live_server
):
    text = (
        "SME officials meet in Iloilo\n\n"
        "The 55th APEC Small and Medium Enterprises Working Group Meeting was held in Iloilo "
        "on October 3-4 to review a plan for digital trade by small firms.\n"
    )
    page = editor_page(browser, live_server)
    page.goto(f"{live_server.url}/admin/")
    with page.expect_navigation():
        page.click("#document-import-link a")
    page.fill("#id_text", text)
    page.fill("#id_source_url", "https://news.example.org/2019/1005_smewg")
    with page.expect_navigation():
        page.click("input[name=preview]")
    assert page.input_value("#id_rec-0-start_date") == "2019-10-03"
    assert "taken from the day in the page's address" in page.locator("#rec-0-checks").inner_text()
    assert serious_violations(page) == []
    shot(page, "6-dated-by-address")


def test_an_editor_sees_the_events_a_wire_names_only_by_a_phrase_and_keeps_one(
    browser, live_server
):
    """A wire on a leaders' meeting names a dialogue and a gala dinner in lower case, each with
    a day of its own said before or after it (round i6's phrase pass, i8's fronted day): the
    preview shows three records, at 390 px without sideways scrolling, and the editor keeps
    the meeting and the dinner."""
    text = ROOT / "tests/events/devset/e6800_i8_wire_schedule_fronted_day_and_split_dialogue.txt"
    page = editor_page(browser, live_server)
    paste_and_preview(page, live_server, text.read_text(encoding="utf-8"))
    skips = page.locator("input[name$=-action][value=skip]")
    assert skips.count() == 3
    titles = [page.input_value(f"#id_rec-{n}-title") for n in range(3)]
    assert titles[1] == "dialogue between the leaders and the regional youth council"
    assert titles[2] == "harbour gala dinner"
    assert page.input_value("#id_rec-2-venue") == "Ariyana Convention Centre"
    assert page.input_value("#id_rec-2-start_date") == "2045-11-10"
    assert serious_violations(page) == []
    shot(page, "8-phrase-events")
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "8-phrase-events-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    skips.nth(1).check()
    with page.expect_navigation():
        page.click("input[name=confirm]")
    saved = sorted((event.title, event.is_published) for event in Event.objects.all())
    assert saved == [("52nd APEC Economic Leaders' Meeting", False), ("harbour gala dinner", False)]
