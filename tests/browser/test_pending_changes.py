"""An Editor's change to a published record waits for a Publisher, in a real browser.
Both accounts are ordinary staff in their roles (never superusers)."""

import os

import pytest
from django.core.management import call_command

from tests.browser.chromium import ARTIFACTS
from tests.factories import InitiativeFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple-42"


def signed_in(browser, live_server, username, role):
    call_command("create_staff_account", username, role=role, password=PASSWORD, verbosity=0)
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    submit(page, "input[type=submit]")
    assert page.locator("#user-tools").is_visible()
    return page


def submit(page, selector):
    """Click a button that sends a form and wait for the page the server answers with, so the
    next step (often in another browser) sees the save done."""
    with page.expect_navigation():
        page.click(selector)


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"pending-{name}.png", full_page=True)


def test_an_editors_change_waits_is_reviewed_published_and_a_rejection_reaches_the_editor(
    browser,
    live_server,
):
    record = InitiativeFactory(title="Digital SMEs", slug="digital-smes")
    change = f"{live_server.url}/admin/initiatives/initiative/{record.pk}/change/"
    public = f"{live_server.url}/initiatives/digital-smes/"
    editor = signed_in(browser, live_server, "eddie.editor", "editor")
    publisher = signed_in(browser, live_server, "pat.publisher", "publisher")
    reader = browser.new_context().new_page()

    # The Editor changes the title of the published record.
    editor.goto(change)
    editor.fill("#id_title", "Digital SMEs across APEC")
    submit(editor, "input[name=_save]")
    assert "waits for a Publisher's review" in editor.locator("ul.messagelist").inner_text()
    shot(editor, "1-editor-saved")

    # The public still reads the live version; staff see that a change waits.
    reader.goto(public)
    assert reader.locator("h1").inner_text().startswith("Digital SMEs")
    assert "across APEC" not in reader.content()
    assert reader.locator(".changes-in-review").count() == 0
    editor.goto(public)
    assert editor.locator(".changes-in-review").inner_text().startswith("Changes in review.")
    assert "across APEC" not in editor.locator("h1").inner_text()
    shot(editor, "2-public-page-for-staff")

    # The Publisher finds it in the list, reads the diff and publishes it.
    publisher.goto(f"{live_server.url}/admin/initiatives/initiative/")
    assert "Published — changes in review" in publisher.locator("#result_list").inner_text()
    shot(publisher, "3-list")
    publisher.goto(change)
    publisher.click("text=Review the change")
    assert publisher.locator("#review-changes li").all_inner_texts() == [
        "Title: “Digital SMEs” → “Digital SMEs across APEC”"
    ]
    shot(publisher, "4-review")
    submit(publisher, "input[name=_publish]")
    assert "Published eddie.editor's change" in publisher.locator("ul.messagelist").inner_text()
    reader.goto(public)
    assert reader.locator("h1").inner_text().startswith("Digital SMEs across APEC")

    # A second change is rejected: the live version stays and the Editor reads why.
    editor.goto(change)
    editor.fill("#id_subtitle", "An unofficial subtitle")
    submit(editor, "input[name=_save]")
    publisher.goto(f"{live_server.url}/admin/initiatives/initiative/{record.pk}/review/")
    assert publisher.locator("#review-changes li").all_inner_texts() == [
        "Subtitle: (empty) → “An unofficial subtitle”"
    ]
    submit(publisher, "input[name=_reject]")  # without a comment: refused
    assert publisher.locator("#comment-error").is_visible()
    publisher.fill("#id_review_comment", "Subtitles come from the project document only.")
    submit(publisher, "input[name=_reject]")
    editor.goto(change)
    panel = editor.locator("#rejected-change").inner_text()
    assert "Change rejected." in panel
    assert "Subtitles come from the project document only." in panel
    assert editor.locator("#id_subtitle").input_value() == ""
    shot(editor, "5-editor-reads-rejection")
    reader.goto(public)
    assert "An unofficial subtitle" not in reader.content()


def test_two_editors_conflict_and_the_second_merges_without_retyping(
    browser,
    live_server,
):
    record = InitiativeFactory(
        title="Digital SMEs", slug="digital-smes", publication_status="draft"
    )
    change = f"{live_server.url}/admin/initiatives/initiative/{record.pk}/change/"
    first = signed_in(browser, live_server, "eddie.editor", "editor")
    second = signed_in(browser, live_server, "olga.editor", "editor")
    first.goto(change)
    second.goto(change)

    first.fill("#id_title", "Digital SMEs in APEC")
    first.fill("#id_introduction", "Rewritten by Eddie.")
    submit(first, "input[name=_save]")

    second.fill("#id_title", "Digital SMEs everywhere")
    second.fill("#id_subtitle", "Olga's subtitle")
    submit(second, "input[name=_save]")
    assert second.locator("#merge-offer").is_visible()
    shot(second, "6-conflict")
    submit(second, "input[name=_merge]")
    assert second.locator("#merged-fields li").all_inner_texts() == ["Subtitle: “Olga's subtitle”"]
    assert second.locator("#merge-conflicts tbody th").all_inner_texts() == ["Title"]
    second.check("input[name='_choose-title'][value=mine]")
    shot(second, "7-merge")
    submit(second, "input[name=_apply]")
    assert "was changed successfully" in second.locator("ul.messagelist").inner_text()
    record.refresh_from_db()
    assert (record.title, record.subtitle, record.introduction) == (
        "Digital SMEs everywhere",
        "Olga's subtitle",
        "Rewritten by Eddie.",
    )
