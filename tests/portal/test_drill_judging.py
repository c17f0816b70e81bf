"""scripts/drill.py's judging: reading answers over real sockets, and the verdict.

The drill itself restarts PostgreSQL and is not run here; these tests cover how it
reads an answer (is the body whole?) and when it fails."""

import importlib.util
import socket
import threading
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "drill.py"
spec = importlib.util.spec_from_file_location("drill", SCRIPT)
drill = importlib.util.module_from_spec(spec)
spec.loader.exec_module(drill)


@pytest.fixture
def serve_once():
    """Serve one raw HTTP answer on 127.0.0.1, then close the connection; yields the port."""
    listener = socket.create_server(("127.0.0.1", 0))
    threads = []

    def start(raw):
        def answer():
            connection, _ = listener.accept()
            with connection:
                connection.recv(65536)
                connection.sendall(raw)

        thread = threading.Thread(target=answer, daemon=True)
        thread.start()
        threads.append(thread)
        return listener.getsockname()[1]

    yield start
    for thread in threads:
        thread.join(timeout=5)
    listener.close()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", (200, b"hello", True)),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nhello", (200, b"", False)),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            (200, b"hello", True),
        ),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", (200, b"", False)),
        (b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 2\r\n\r\nno", (503, b"no", True)),
        (b"", ("error:RemoteDisconnected", b"", False)),
    ],
    ids=["whole", "short-of-content-length", "whole-chunked", "chunked-cut", "503", "no-answer"],
)
def test_get_tells_a_whole_answer_from_a_cut_one(serve_once, raw, expected):
    assert tuple(drill.get(serve_once(raw), "/"))[:3] == expected


RESTART = 100.0


def record(at, status, complete=True, path="/events/"):
    return (at, path, status, complete)


def test_a_clean_run_with_the_outage_503_passes():
    records = [record(10, 200), record(RESTART + 1, 503), record(RESTART + 5, 200)]
    assert drill.judge(records, {"/events/": 200}, RESTART) == []


@pytest.mark.parametrize(
    ("records", "problem"),
    [
        (
            [record(10, 200, complete=False, path="/events/?format=csv")],
            "1 answers cut short, e.g. [('/events/?format=csv', 200)]",
        ),
        (
            [record(RESTART + 1, 500)],
            "1 server errors other than the outage's 503, e.g. [('/events/', 500)]",
        ),
        (
            [record(RESTART + 1, 502), record(RESTART + 2, 504)],
            "2 server errors other than the outage's 503, e.g. [('/events/', 502), "
            "('/events/', 504)]",
        ),
        (
            [record(RESTART - 1, 503)],
            "1 server errors other than the outage's 503, e.g. [('/events/', 503)]",
        ),
        (
            [record(RESTART + 1, "error:RemoteDisconnected")],
            "1 requests got no answer, e.g. [('/events/', 'error:RemoteDisconnected')]",
        ),
    ],
    ids=["cut-short", "500", "502-504", "503-before-the-restart", "no-answer"],
)
def test_the_drill_fails_on(records, problem):
    assert drill.judge(records, {"/events/": 200}, RESTART) == [problem]


def test_without_a_restart_any_503_fails():
    assert drill.judge([record(5, 503)], {}, None) == [
        "1 server errors other than the outage's 503, e.g. [('/events/', 503)]"
    ]


def test_a_page_not_back_in_the_final_sweep_fails():
    sweep = {"/": 200, "/events/?format=csv": "200 (cut short)"}
    assert drill.judge([], sweep, RESTART) == [
        "pages not answering 200 in the final sweep: {'/events/?format=csv': '200 (cut short)'}"
    ]
