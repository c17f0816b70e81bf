"""Full exports when the disk or the load is against them (core/export_files.py).

The export directory read-only, full or missing: the download is streamed from the
database, byte for byte the file it would have been. A build already running elsewhere,
or every build slot taken: 503 with Retry-After at once. Partial files of dead builds are
removed at start-up and before each build."""

import errno
import os
import time
from unittest import mock

import psycopg2
import pytest
from django.db import connection

from core import export_files
from tests.exports_helpers import body
from tests.factories import EventFactory, StatementFactory
from tests.portal import fault_dirs

EXPORTS = ["/events/?format=csv", "/events/?format=ics", "/data/dataset.json"]


@pytest.fixture
def records(db):
    EventFactory(slug="tokyo-forum", title="Tokyo forum\rATTACH:x", summary="s" * 5000)
    EventFactory(slug="lima-forum", title="Lima forum")
    StatementFactory(slug="leaders-2019")


def downloads(client):
    """{url: (response, its body)}: each body read before the next request, as a client
    would (a stream holds its build slot until it is read)."""
    answers = {}
    for url in EXPORTS:
        response = client.get(url)
        assert response.status_code == 200, url
        answers[url] = (response, body(response))
    return answers


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("fault", ["read-only", "full", "missing", "patched write"])
def test_an_unwritable_export_directory_streams_the_same_bytes(
    client, settings, records, tmp_path, fault
):
    settings.EXPORT_CACHE_DIR = str(tmp_path / "working")
    reference = {url: data for url, (_, data) in downloads(client).items()}
    assert all(len(data) > 1000 for data in reference.values())
    export_files._logged_unwritable = False

    def check(directory):
        settings.EXPORT_CACHE_DIR = str(directory)
        for url, (response, data) in downloads(client).items():
            assert response.streaming, url  # no file: streamed from the database
            assert response["Cache-Control"] == "no-store"
            assert not response.has_header("Content-Length")
            assert data == reference[url], url

    if fault == "patched write":

        def disk_full(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        with mock.patch.object(export_files.os, "replace", disk_full):
            check(tmp_path / "patched")
        assert not list((tmp_path / "patched").glob("*.part"))
        return
    breaker = {"read-only": fault_dirs.read_only, "full": fault_dirs.full}.get(
        fault, fault_dirs.missing
    )
    with breaker(tmp_path / "exports") as directory:
        check(directory)


@pytest.fixture
def other_session():
    """A second PostgreSQL session, as another worker's would be."""
    settings = connection.settings_dict
    other = psycopg2.connect(dbname=settings["NAME"], host=settings["HOST"] or None)
    other.autocommit = True
    yield other.cursor()
    other.close()


@pytest.mark.django_db
def test_exports_wait_for_a_free_build_slot_with_a_503_and_retry_after(
    client, settings, records, other_session
):
    settings.EXPORT_RETRY_AFTER = 7
    other_session.execute("SELECT pg_advisory_lock(%s, 0)", [export_files.BUILD_SLOTS])
    response = client.get("/events/?format=csv")
    assert (response.status_code, response["Retry-After"]) == (503, "7")
    assert response["Cache-Control"] == "no-store"
    assert response.content == b"This file is being prepared. Ask again in 7 seconds.\n"
    other_session.execute("SELECT pg_advisory_unlock(%s, 0)", [export_files.BUILD_SLOTS])
    assert client.get("/events/?format=csv").status_code == 200


@pytest.mark.django_db
def test_two_build_slots_let_a_second_export_build(client, settings, records, other_session):
    settings.EXPORT_BUILDS_AT_ONCE = 2
    other_session.execute("SELECT pg_advisory_lock(%s, 0)", [export_files.BUILD_SLOTS])
    assert client.get("/events/?format=csv").status_code == 200


def part(directory, name, age=0.0):
    path = directory / name
    path.write_bytes(b"partial")
    if age:
        stamp = time.time() - age
        os.utime(path, (stamp, stamp))
    return path


def test_stale_partial_files_are_removed_and_live_ones_kept(settings, tmp_path):
    settings.EXPORT_BUILD_TIMEOUT = 600
    dead = part(tmp_path, "abc-def.csv.999999999.1.part")  # no such process
    old = part(tmp_path, f"abc-def.ics.{os.getpid()}.2.part", age=601)
    live = part(tmp_path, f"abc-def.json.{os.getpid()}.3.part")
    built = part(tmp_path, "abc-def.csv")
    assert export_files.remove_stale_partials(tmp_path) == 2
    assert [path.exists() for path in (dead, old, live, built)] == [False, False, True, True]


def test_start_up_removes_stale_partial_files(settings, tmp_path):
    from django.apps import apps

    settings.EXPORT_CACHE_DIR = str(tmp_path)
    dead = part(tmp_path, "abc-def.csv.999999999.1.part")
    apps.get_app_config("core").ready()
    assert not dead.exists()


@pytest.mark.django_db
def test_a_build_removes_stale_partial_files_first(client, settings, records):
    directory = export_files.export_dir()
    dead = part(directory, "abc-def.csv.999999999.1.part")
    assert client.get("/events/?format=csv").status_code == 200
    assert not dead.exists()
    assert not list(directory.glob("*.part"))
