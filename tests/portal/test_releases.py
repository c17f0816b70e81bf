"""Data releases: `manage.py make_release`, /data/releases/ and its files."""

import csv
import datetime
import hashlib
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from apec_portal.models import Release
from tests.factories import EventFactory, InitiativeFactory, ParagraphFactory, StatementFactory

pytestmark = pytest.mark.django_db

TABLES = ["economies", "themes", "initiatives", "events", "statements", "paragraphs"]


@pytest.fixture
def release_dir(settings, tmp_path):
    location = tmp_path / "releases"
    settings.STORAGES = {
        **settings.STORAGES,
        "releases": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(location)},
        },
    }
    return location


@pytest.fixture
def records():
    EventFactory(title="Public forum", slug="public-forum", start_date=datetime.date(2019, 5, 1))
    EventFactory(title="Secret draft forum", slug="secret-draft", publication_status="draft")
    InitiativeFactory(title="Public initiative", slug="public-initiative")
    statement = StatementFactory(slug="2019-meeting")
    ParagraphFactory(statement=statement, number=1, text="We welcome innovation.")


def frictionless_validate(path):
    """frictionless's report on a package. Imported here, and the csv module's field limit
    put back after: importing frictionless raises it for the whole process, which other
    tests (tests/portal/test_data_page.py) rely on being the default."""
    limit = csv.field_size_limit()
    try:
        import frictionless

        return frictionless.validate(str(path))
    finally:
        csv.field_size_limit(limit)


def make_release():
    call_command("make_release", base_url="https://portal.example", verbosity=0)
    return Release.objects.order_by("-number").first()


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_two_releases_list_exactly_the_edit_between_them_as_changed(client, release_dir, records):
    first = make_release()
    assert first.number == 1
    assert first.changes == dict.fromkeys(TABLES)
    assert first.counts["events"] == 2  # the public forum and the statement's meeting
    EventFactory._meta.model.objects.filter(slug="public-forum").update(title="Renamed forum")
    second = make_release()
    assert second.number == 2
    for table in TABLES:
        expected_changed = ["public-forum"] if table == "events" else []
        assert second.changes[table]["changed"] == {
            "count": len(expected_changed),
            "keys": expected_changed,
        }, table
        assert second.changes[table]["added"]["count"] == 0
        assert second.changes[table]["removed"]["count"] == 0
    page = client.get("/data/releases/").content.decode()
    assert page.index("Release 2</a>") < page.index("Release 1</a>")  # newest first
    shown = re.findall(r'<tr><th scope="row">(\w+)</th><td class="num">\d+</td>', page)
    assert shown[: len(TABLES)] == TABLES
    assert 'data-kind="changed" data-table="events">public-forum</dd>' in page


def test_a_summary_longer_than_the_csv_modules_default_limit(release_dir, records):
    EventFactory(slug="long-forum", summary="x" * 140_000)
    make_release()
    EventFactory._meta.model.objects.filter(slug="long-forum").update(summary="y" * 140_000)
    assert make_release().changes["events"]["changed"]["keys"] == ["long-forum"]


def test_added_and_removed_records(client, release_dir, records):
    make_release()
    EventFactory(title="New forum", slug="new-forum")
    EventFactory._meta.model.objects.filter(slug="public-forum").update(publication_status="draft")
    second = make_release()
    assert second.changes["events"]["added"] == {"count": 1, "keys": ["new-forum"]}
    assert second.changes["events"]["removed"] == {"count": 1, "keys": ["public-forum"]}


def test_every_checksum_on_the_page_matches_its_file(client, release_dir, records):
    make_release()
    make_release()
    html = client.get("/data/releases/").content.decode()
    rows = re.findall(
        r'<a href="(/data/releases/\d+/[^"]+)">([^<]+)</a></th><td class="num">(\d+)</td>'
        r'<td><code class="checksum">([0-9a-f]{64})</code>',
        html,
    )
    assert len(rows) == 2 * (len(TABLES) + 2)
    for url, name, size, sha in rows:
        body = download(client, url)
        assert url.endswith("/" + name)
        assert len(body) == int(size)
        assert hashlib.sha256(body).hexdigest() == sha


def test_datapackage_validates_with_frictionless(release_dir, records):
    release = make_release()
    folder = Path(release_dir) / release.folder
    package = json.loads((folder / "datapackage.json").read_text())
    assert [resource["name"] for resource in package["resources"]] == TABLES
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["version"] == "1.0.0"
    for resource in package["resources"]:
        data = (folder / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["bytes"] == len(data)
    report = frictionless_validate(folder / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])


def test_drafts_are_never_in_a_release(client, release_dir, records):
    release = make_release()
    folder = Path(release_dir) / release.folder
    for item in release.files:
        assert b"secret-draft" not in (folder / item["name"]).read_bytes(), item["name"]


def test_citations_name_the_version_date_and_permanent_url(client, release_dir, records):
    release = make_release()
    page = client.get("/data/releases/1/").content.decode()
    year = release.created_at.year
    url = "http://testserver/data/releases/1/"
    assert (
        f"APEC SME Innovation Portal. ({year}). APEC SME Innovation Portal open data "
        f"(Release 1) [Data set]. {url}"
    ) in page
    assert "@misc{apec_sme_portal_release_1," in page
    assert "version = {1}," in page
    assert "&quot;type&quot;: &quot;dataset&quot;" in page
    assert f"&quot;URL&quot;: &quot;{url}&quot;" in page
    assert client.get("/data/releases/9/").status_code == 404
    assert client.get("/data/releases/1/secrets.txt").status_code == 404
    assert 'href="/data/releases/"' in client.get("/data/").content.decode()


def test_the_release_list_shows_a_new_release_with_caches_on(client, release_dir, caches_on):
    assert "No release has been made yet." in client.get("/data/releases/").content.decode()
    make_release()
    assert "Release 1</a>" in client.get("/data/releases/").content.decode()


def test_dry_run_stores_nothing(release_dir, records):
    call_command("make_release", "--dry-run", verbosity=0)
    assert Release.objects.count() == 0
    assert not Path(release_dir).exists() or not any(Path(release_dir).iterdir())
