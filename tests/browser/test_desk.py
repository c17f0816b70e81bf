"""The editorial desk in a real browser (issue 21): an Editor sends a draft for review and
proposes a change; the Publisher who signs in next finds both on the admin's home page,
with a count and links; at 1280 and 390 px, without sideways scroll and axe clean.
Both accounts are ordinary staff in their roles (never superusers)."""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.chromium import ARTIFACTS
from tests.browser.test_pending_changes import signed_in, submit
from tests.factories import EventFactory, InitiativeFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def look(page, name):
    """Screenshots at 1280 and 390 px; no sideways scroll and no serious axe violation in
    the desk."""
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.reload()
        page.screenshot(path=ARTIFACTS / f"desk-{name}-{width}.png", full_page=True)
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width, f"{name} at {width} px is {scroll} px wide"
        # The desk itself; the rest of the home page is checked by the admin's own axe tests.
        results = Axe().run(page, context="#editorial-desk")
        serious = [
            (v["id"], [n["target"] for n in v["nodes"]])
            for v in results.response["violations"]
            if v["impact"] in {"serious", "critical"}
        ]
        assert serious == [], f"{name} at {width} px"


def test_the_desk_as_an_editor_then_a_publisher(browser, live_server):
    live = InitiativeFactory(title="Digital SMEs", slug="digital-smes")
    draft = EventFactory(title="SME finance forum", publication_status="draft")
    editor = signed_in(browser, live_server, "eddie.editor", "editor")

    editor.goto(f"{live_server.url}/admin/initiatives/initiative/{live.pk}/change/")
    editor.fill("#id_title", "Digital SMEs across APEC")
    submit(editor, "input[name=_save]")
    editor.goto(f"{live_server.url}/admin/events/event/{draft.pk}/change/")
    editor.fill("#id_city", "Lima")
    submit(editor, "input[name=_send_to_review]")

    editor.goto(f"{live_server.url}/admin/")
    assert editor.locator("#desk-review").count() == 0
    drafts = editor.locator("#desk-drafts").inner_text()
    assert "SME finance forum" in drafts and "Your change waits for review" in drafts
    look(editor, "editor")

    publisher = signed_in(browser, live_server, "pat.publisher", "publisher")
    publisher.goto(f"{live_server.url}/admin/")
    review = publisher.locator("#desk-review")
    assert review.locator("h2").inner_text() == "Waiting for your review (2)"
    assert review.locator("li a").all_inner_texts() == ["Digital SMEs", "SME finance forum"]
    look(publisher, "publisher")

    # Its link opens the review; sending the change back reaches the Editor's desk.
    review.locator("li a", has_text="Digital SMEs").click()
    publisher.fill("textarea[name=review_comment]", "Keep the short title.")
    submit(publisher, "button[name=_reject], input[name=_reject]")
    editor.goto(f"{live_server.url}/admin/")
    sent_back = editor.locator("#desk-sent-back").inner_text()
    assert "Keep the short title." in sent_back
    look(editor, "editor-sent-back")
