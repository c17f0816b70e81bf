"""What every browser test shares: Debian's Chromium, how it is started, where screenshots go,
and the axe check (no serious or critical violation)."""

from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

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


def serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]
