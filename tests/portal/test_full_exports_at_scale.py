"""Full exports of 100,000 events through a real gunicorn server with production settings.

The whole events CSV and iCalendar and /data/dataset.json are downloaded over HTTP from
gunicorn (production timeout, gthread workers) and must arrive whole: status 200, as many
bytes as Content-Length says, one line (VEVENT, record) per published event; the JSON
export counts them all too.
"""

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from django.core.management import call_command

from events.models import Event
from tests.portal.production import BASE_DIR, production_env

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, timeout=1800):
    request = urllib.request.Request(
        url, headers={"Host": "testserver", "X-Forwarded-Proto": "https"}
    )
    started = time.monotonic()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = response.read()
        return response.status, dict(response.headers), body, time.monotonic() - started


@pytest.fixture
def gunicorn_server(tmp_path):
    port = free_port()
    env = production_env(
        PORT=str(port),
        BIND_ADDRESS="127.0.0.1",
        WEB_CONCURRENCY="2",
        TRUST_X_FORWARDED_PROTO="1",
        EXPORT_CACHE_DIR=str(tmp_path / "exports"),
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "apec_portal.wsgi", "-c", "gunicorn.conf.py"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if fetch(f"{base}/healthz", timeout=5)[0] == 200:
                    break
            except OSError:
                time.sleep(0.5)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_whole_events_csv_calendar_and_dataset_arrive_whole(gunicorn_server):
    call_command(
        "generate_synthetic_data",
        events=100_000,
        initiatives=500,
        statements=50,
        paragraphs=5,
        verbosity=0,
    )
    published = Event.objects.published().count()
    assert published > 95_000

    status, headers, body, seconds = fetch(f"{gunicorn_server}/events/?format=csv")
    assert status == 200
    assert int(headers["Content-Length"]) == len(body)
    assert body.count(b"\r\n") == published + 1  # the header and one line per event
    assert headers["Access-Control-Allow-Origin"] == "*"
    print(f"events CSV: {len(body):,} bytes in {seconds:.1f} s")

    status, headers, body, seconds = fetch(f"{gunicorn_server}/events/?format=ics")
    assert status == 200
    assert int(headers["Content-Length"]) == len(body)
    assert body.count(b"BEGIN:VEVENT\r\n") == published
    assert body.endswith(b"END:VCALENDAR\r\n")
    print(f"events iCalendar: {len(body):,} bytes in {seconds:.1f} s")

    status, headers, body, seconds = fetch(f"{gunicorn_server}/events/?format=json&page=2")
    assert status == 200
    assert json.loads(body)["count"] == published

    status, headers, body, seconds = fetch(f"{gunicorn_server}/data/dataset.json")
    assert status == 200
    assert int(headers["Content-Length"]) == len(body)
    records = json.loads(body)
    assert sum(1 for record in records if record["model"] == "events.event") == published
    print(f"dataset: {len(body):,} bytes in {seconds:.1f} s")
