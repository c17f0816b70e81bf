"""The portal answers 503 while PostgreSQL is unreachable and recovers by itself.

No mocks: the portal runs in a real WSGI server thread whose database
connection goes through a TCP relay to PostgreSQL. Cutting the relay drops the
open connection and refuses new ones, as a database restart or a network
failure would; restoring it lets the portal reconnect.
"""

import contextlib
import socket
import threading
import urllib.error
import urllib.request
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection, connections

# Slow: cuts a real connection and waits for the portal to notice.
pytestmark = [pytest.mark.django_db, pytest.mark.slow]


class PostgresRelay:
    """Relay TCP connections on 127.0.0.1 to the PostgreSQL server; cut and restore them."""

    def __init__(self, settings_dict):
        host = settings_dict["HOST"] or "/var/run/postgresql"
        port = int(settings_dict["PORT"] or 5432)
        if host.startswith("/"):
            self.family, self.target = socket.AF_UNIX, f"{host}/.s.PGSQL.{port}"
        else:
            self.family, self.target = socket.AF_INET, (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.closed = False
        self.lock = threading.Lock()
        self.sockets = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self.up:
                client.close()  # the "server" hangs up at once
                continue
            upstream = socket.socket(self.family, socket.SOCK_STREAM)
            upstream.connect(self.target)
            with self.lock:
                self.sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def cut(self):
        self.up = False
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets = []

    def restore(self):
        self.up = True

    def close(self):
        self.cut()
        self.closed = True
        self.thread.join()
        self.listener.close()


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def portal_behind(relay):
    """Serve the portal on 127.0.0.1 from a thread whose database goes through the relay."""
    server = make_server("127.0.0.1", 0, WSGIHandler(), handler_class=QuietHandler)

    def serve():
        own = connections["default"]  # this thread's connection, settings copied
        own.settings_dict = {**own.settings_dict, "HOST": "127.0.0.1", "PORT": str(relay.port)}
        try:
            server.serve_forever(poll_interval=0.05)
        finally:
            connections.close_all()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_pages_answer_503_while_the_database_is_away_and_200_once_it_is_back():
    relay = PostgresRelay(connection.settings_dict)
    try:
        with portal_behind(relay) as base:
            assert get(f"{base}/")[0] == 200
            assert get(f"{base}/healthz") == (200, '{"database": "ok", "cache": "ok"}')

            relay.cut()
            status, body = get(f"{base}/")
            assert status == 503
            assert "<h1>Temporarily unavailable</h1>" in body
            assert get(f"{base}/events/")[0] == 503
            assert get(f"{base}/healthz") == (503, '{"database": "unavailable", "cache": "ok"}')

            relay.restore()
            assert get(f"{base}/healthz") == (200, '{"database": "ok", "cache": "ok"}')
            assert get(f"{base}/")[0] == 200
            assert get(f"{base}/events/")[0] == 200
    finally:
        relay.close()


def fetch(url, method="GET"):
    """(status, headers) of a request, whatever its status."""
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def test_every_outage_answer_carries_the_security_headers_with_the_page_cache_on(settings):
    """With the page cache on, the outage is met while reading the content token, before any
    view or the inner middleware runs: the 503 must still carry every header."""
    settings.PAGE_CACHE_SECONDS = 300
    relay = PostgresRelay(connection.settings_dict)
    try:
        with portal_behind(relay) as base:
            relay.cut()
            answers = [
                fetch(f"{base}/"),
                fetch(f"{base}/events/", "HEAD"),
                fetch(f"{base}/data/"),
                fetch(f"{base}/admin/login/"),
            ]
            assert [status for status, _ in answers] == [503, 503, 503, 503]
            for _, headers in answers:
                assert (
                    headers["X-Frame-Options"],
                    headers["X-Content-Type-Options"],
                    headers["Referrer-Policy"],
                    headers["Cross-Origin-Opener-Policy"],
                    headers["Retry-After"],
                ) == ("DENY", "nosniff", "strict-origin-when-cross-origin", "same-origin", "30")
                assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    finally:
        relay.close()
