"""Full exports of 100,000 events: through a real gunicorn server with production settings,
and in the test process under tracemalloc.

The whole events CSV and iCalendar and /data/dataset.json are downloaded over HTTP from
gunicorn (production timeout, gthread workers) and must arrive whole: status 200, as many
bytes as Content-Length says, one line (VEVENT, record) per published event; the JSON
export counts them all too. The CSV is also built in constant memory and streamed.

The 100,000 synthetic events (`events_at_scale` in tests/conftest.py), about 3 % of them
drafts or in review, are made once per run in a database of their own.
"""

import json
import socket
import subprocess
import sys
import time
import tracemalloc
import urllib.request

import pytest
from django.http import StreamingHttpResponse

from tests.portal.production import BASE_DIR, production_env

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


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


def test_100000_events_arrive_whole_from_gunicorn_and_are_built_in_constant_memory(
    client, events_at_scale, gunicorn_server
):
    """One test, so that the 100,000 events are made once: pytest-xdist hands tests out two
    at a time, and two tests could land on two workers, each making its own."""
    published = events_at_scale.published().count()
    assert 95_000 < published < events_at_scale.count() == 100_000  # and some drafts
    arrive_whole_from_gunicorn(gunicorn_server, published)
    csv_built_in_constant_memory(client, published)


def arrive_whole_from_gunicorn(gunicorn_server, published):
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


def csv_built_in_constant_memory(client, published):
    # A first request imports modules and fills caches that stay: an export of no event,
    # before measuring, so that the peak is the export's own.
    none = client.get("/events/", {"format": "csv", "year": "1990"})
    assert b"".join(none.streaming_content).count(b"\n") == 1
    tracemalloc.start()
    response = client.get("/events/", {"format": "csv"})
    assert isinstance(response, StreamingHttpResponse)  # a file, sent as it is read
    size = lines = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        lines += chunk.count(b"\n")  # every line ends in CRLF; no cell holds a newline
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert lines == published + 1  # header + one line per published event, no draft
    assert int(response["Content-Length"]) == size
    assert size > 90_000_000
    # Written by PostgreSQL's COPY row by row into a file, and sent in blocks: a bound that
    # does not grow with the number of events (0.3 MB measured for this 100 MB body).
    assert peak < 2_000_000
    # The next request is the same file (same ETag), not a new build.
    again = client.get("/events/", {"format": "csv"})
    assert again["ETag"] == response["ETag"]
    assert (
        client.get("/events/", {"format": "csv"}, HTTP_IF_NONE_MATCH=response["ETag"]).status_code
        == 304
    )
