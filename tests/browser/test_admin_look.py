"""The admin at a laptop's width, as a Publisher signs in and reads the lists."""

import os

import pytest
from django.core.management import call_command

from tests.browser.chromium import ARTIFACTS
from tests.factories import EventFactory, InitiativeFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct-horse-battery-staple-42"


def test_publication_status_is_in_view_at_1280_px(browser, live_server):
    call_command(
        "create_staff_account", "pat.look", role="publisher", password=PASSWORD, verbosity=0
    )
    InitiativeFactory(
        title="APEC Local Innovation Ecosystem Initiative: Revitalization for Inclusive Growth "
        "and a Sustainable Future, with a very long name indeed",
    )
    EventFactory(title="APEC Cross-Sector Innovation Ecosystem Conference with a long name")
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "pat.look")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    assert page.locator("#site-name").inner_text().strip() == "APEC SME Innovation Portal"
    for model in ("initiatives/initiative", "events/event"):
        page.goto(f"{live_server.url}/admin/{model}/")
        header = page.locator("th.column-publication_status")
        box = header.bounding_box()
        assert box is not None and box["x"] + box["width"] <= 1280, (model, box)
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280
        page.screenshot(path=ARTIFACTS / f"admin-{model.split('/')[1]}-list-1280.png")
