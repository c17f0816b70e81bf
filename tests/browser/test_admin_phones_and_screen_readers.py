"""The admin pages staff use, on a phone and with a screen reader, in headless Debian Chromium.

Signed in as an Editor and as a Publisher (ordinary staff, never superusers), on the demo
content, every page staff reach is opened once and then laid out at 320, 390 and 1280 px:
the index, each model's list and change form (and the add forms), the change form with a
change waiting, the review of that change, a record's history, the merge page after an edit
conflict, and the document import with its preview of a news release and of a statement. At
every width the page must not scroll sideways; at 390 and 1280 px axe must find no serious
or critical violation. Every problem is collected, so one run names them all, each with a
screenshot of the page at that width (test-artifacts/admin-a11y-*.png).
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from events.models import Event
from initiatives.models import Economy, Initiative, Theme
from statements.models import Paragraph, Statement
from tests.browser.chromium import ARTIFACTS, failure_screenshot, serious_violations

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple-42"
WIDTHS = (320, 390, 1280)
AXE_WIDTHS = (390, 1280)
DEMO = Path(__file__).resolve().parents[2] / "apec_portal" / "demo"
NEWS_RELEASE = DEMO / "news" / "000_2e5dc6006bca6a17.txt"
STATEMENT_2017 = DEMO / "statements" / "2017-ho-chi-minh-city.txt"


def sign_in(browser, live_server, username, role):
    call_command("create_staff_account", username, role=role, password=PASSWORD, verbosity=0)
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert page.locator("#user-tools").is_visible()
    return page


def submit(page, selector):
    with page.expect_navigation():
        page.click(selector)


class Check:
    """Lays the open page out at each width and notes every problem found."""

    def __init__(self, role):
        self.role = role
        self.problems = []
        self.pages = []

    def __call__(self, page, name):
        self.pages.append(name)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.evaluate("window.scrollTo(0, 0)")
            scroll, client = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            problems = [f"{scroll} px wide"] if scroll > client else []
            if width in AXE_WIDTHS:
                problems += serious_violations(page)
            if problems:
                shot = failure_screenshot(page, f"admin-a11y-{self.role}-{name}-{width}")
                self.problems += [
                    (self.role, name, width, problem, shot.name) for problem in problems
                ]


def staff_pages(check, page, url, role):
    """Open each page a member of staff in `role` reaches, and check it."""
    initiative = Initiative.objects.get(slug="apec-local-innovation-ecosystem-initiative")
    statement = Statement.objects.get(meeting__start_date__year=2017)
    pages = {
        "index": "/admin/",
        "initiative-list": "/admin/initiatives/initiative/",
        "event-list": "/admin/events/event/",
        "statement-list": "/admin/statements/statement/",
        "paragraph-list": "/admin/statements/paragraph/",
        "theme-list": "/admin/initiatives/theme/",
        "economy-list": "/admin/initiatives/economy/",
        "initiative-change": f"/admin/initiatives/initiative/{initiative.pk}/change/",
        "event-change": f"/admin/events/event/{statement.meeting_id}/change/",
        "statement-change": f"/admin/statements/statement/{statement.pk}/change/",
        "paragraph-view": f"/admin/statements/paragraph/{Paragraph.objects.first().pk}/change/",
        "theme-change": f"/admin/initiatives/theme/{Theme.objects.first().pk}/change/",
        "economy-view": f"/admin/initiatives/economy/{Economy.objects.first().pk}/change/",
        "initiative-add": "/admin/initiatives/initiative/add/",
        "event-add": "/admin/events/event/add/",
        "statement-add": "/admin/statements/statement/add/",
        "initiative-history": f"/admin/initiatives/initiative/{initiative.pk}/history/",
        "document-import": "/admin/import/",
    }
    if role == "publisher":
        pages["review"] = f"/admin/initiatives/initiative/{initiative.pk}/review/"
    for name, path in pages.items():
        response = page.goto(url + path)
        assert response.status == 200, (role, name, response.status)
        check(page, name)

    for name, text in (
        ("news-release-import-preview", NEWS_RELEASE),
        ("statement-import-preview", STATEMENT_2017),
    ):
        page.goto(url + "/admin/import/")
        page.fill("#id_text", text.read_text(encoding="utf-8"))
        submit(page, "input[name=preview]")
        assert page.locator("#import-kind").is_visible(), name
        check(page, name)


def open_merge_page(page, other, url, record, summary):
    """An edit conflict on `record` (a draft), and the merge page it offers: `other` saves
    `summary` while `page` has the form open."""
    change = f"{url}/admin/events/event/{record.pk}/change/"
    page.goto(change)
    other.goto(change)
    other.fill("#id_summary", summary)
    submit(other, "input[name=_save]")
    page.fill("#id_city", "Da Nang, Viet Nam, a city name long enough to wrap on a phone")
    submit(page, "input[name=_save]")
    assert page.locator("#merge-offer").is_visible()
    submit(page, "input[name=_merge]")
    assert page.locator("#merged-fields").is_visible()


def test_admin_pages_fit_phones_and_pass_axe_as_an_editor_and_as_a_publisher(
    browser, live_server, demo
):
    url = live_server.url
    ARTIFACTS.mkdir(exist_ok=True)
    editor = sign_in(browser, live_server, "eddie.editor", "editor")
    publisher = sign_in(browser, live_server, "pat.publisher", "publisher")
    initiative = Initiative.objects.get(slug="apec-local-innovation-ecosystem-initiative")

    # An Editor's change to the published initiative waits for review: the change form shows
    # it, and the Publisher reviews it. The title is long and the introduction rewritten, so
    # the review and the history have long lines to wrap.
    editor.goto(f"{url}/admin/initiatives/initiative/{initiative.pk}/change/")
    editor.fill("#id_title", f"{initiative.title}: Revitalization for Inclusive Growth, 2019-2025")
    editor.fill("#id_introduction", "An introduction rewritten for the review. " * 12)
    submit(editor, "input[name=_save]")
    assert editor.locator("#pending-change").is_visible()

    # A draft event for the edit conflicts (an Editor's save of a published record waits
    # for review instead of moving the record on).
    draft = Event.objects.exclude(kind="ministerial_meeting").first()
    Event.objects.filter(pk=draft.pk).update(publication_status="draft")

    editor_check, publisher_check = Check("editor"), Check("publisher")
    staff_pages(editor_check, editor, url, "editor")
    staff_pages(publisher_check, publisher, url, "publisher")
    open_merge_page(editor, publisher, url, draft, "Changed first by the Publisher.")
    editor_check(editor, "merge")
    open_merge_page(publisher, editor, url, draft, "Changed first by the Editor.")
    publisher_check(publisher, "merge")

    # Publishing the change leaves a history entry with long lines.
    publisher.goto(f"{url}/admin/initiatives/initiative/{initiative.pk}/review/")
    submit(publisher, "input[name=_publish]")
    publisher.goto(f"{url}/admin/initiatives/initiative/{initiative.pk}/history/")
    assert publisher.locator("#change-history .history-entry").count() >= 2
    publisher_check(publisher, "history-after-publishing")

    assert len(editor_check.pages) == 21
    assert len(publisher_check.pages) == 23
    assert editor_check.problems + publisher_check.problems == []
