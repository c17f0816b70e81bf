"""What every browser test shares: Debian's Chromium, how it is started, where screenshots go,
and the axe check (no serious or critical violation)."""

from pathlib import Path

from axe_playwright_python.base import AXE_SCRIPT

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
#: The phone and desktop widths the pages are tried at.
WIDTHS = {"phone": 390, "desktop": 1280}
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: axe's colour rule: about two thirds of a run's time (docs/architecture.md, "Browser tests",
#: says where a test may leave it out).
CONTRAST = "color-contrast"


def serious_violations(page, contrast=True):
    """axe's serious and critical violations on the open page, as (rule, impact, targets).

    axe's script (570 KB) is put into a document once: a second run on the same document
    (after a resize, or with the disclosures opened) reuses it. `contrast=False` leaves out
    `color-contrast`, for a test that runs it on the same markup and styles elsewhere.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT)
    options = {"resultTypes": ["violations"]}
    if not contrast:
        options["rules"] = {CONTRAST: {"enabled": False}}
    violations = page.evaluate("options => axe.run(document, options)", options)["violations"]
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]])
        for violation in violations
        if violation["impact"] in {"serious", "critical"}
    ]


def failure_screenshot(page, name):
    """Save a full-page screenshot for a failure message and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path


def arrive(page, url, timeout=30_000):
    """Wait until a click's navigation has reached `url` (exactly) and its page has loaded.

    A click only starts a navigation: `page.url` and non-waiting reads such as
    `locator.count()` can still see the page the click left, or a new one half parsed.
    """
    page.wait_for_url(lambda address: address == url, timeout=timeout)
