"""Downloads built once per content version into files, and served like static files.

A full export (every event as CSV or iCalendar, the whole dataset) is written
once into a file named after what it holds: the content version, the request
path and its filters, and the scheme and host its links use. Every later
request for the same thing, until the next edit, is the finished file, sent by
`FileResponse` (gunicorn hands it to the kernel's `sendfile`), with
`Content-Length` and an `ETag`. So:

- a client can tell a whole file from a cut one (fewer bytes than
  `Content-Length` is an error to every HTTP client), and a build that fails
  answers an error before the first byte, never a short 200;
- a build is made by one request at a time in the whole installation (PostgreSQL
  advisory locks: one per file, and `EXPORT_BUILDS_AT_ONCE` build slots shared by
  every worker); a request for a file that is not built while no slot is free, or
  while another request builds it, gets a 503 with `Retry-After` at once instead of
  holding a server thread, so full exports cannot starve the pages;
- the file is read back at disk speed, so a worker is busy for well under a
  second per download once it exists.

Builds happen in a REPEATABLE READ transaction that reads the content token
too, so a file always holds exactly the content of the token in its name.
Files of older versions are removed when a newer file is written (one already
being sent keeps going: the kernel frees it when the last reader closes it).
The directory is a cache: deleting it at any time is safe. When it cannot be
written (read-only, full, missing and not creatable) the download is streamed
from the database instead (`streamed_download`, same bytes, no Content-Length),
and the fault is logged once per process. Partial files (`.part`) that a killed
worker left behind are removed at start-up (`remove_stale_partials`, from
`apec_portal.apps`) and before each build: those older than
`EXPORT_BUILD_TIMEOUT` or whose writing process is gone.
"""

import contextlib
import hashlib
import io
import logging
import os
import queue
import threading
import time
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.http import FileResponse, HttpResponse, HttpResponseNotModified, StreamingHttpResponse
from django.utils import translation

from core.content_cache import TOKEN_TABLE

logger = logging.getLogger("core.exports")

# Files untouched for this long are removed (any version): the cache stays small.
KEEP_SECONDS = 3600
# The advisory-lock namespaces (first key) of export builds: one lock per file, and the
# build slots. Arbitrary numbers, fixed so every worker agrees.
FILE_LOCKS = 0x45585046  # "EXPF"
BUILD_SLOTS = 0x45585053  # "EXPS"

_logged_unwritable = False


class ExportBusy(Exception):
    """The file is being built by another request, or every build slot is taken."""


def export_dir():
    path = Path(settings.EXPORT_CACHE_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _token_in_transaction():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {TOKEN_TABLE} WHERE id = 1")
        row = cursor.fetchone()
    return str(row[0]) if row else "none"


def _name(token, parts):
    # The active language too: a file's headers or labels may be in the reader's language.
    language = translation.get_language() or ""
    digest = hashlib.sha256("\n".join([token, language, *parts]).encode()).hexdigest()[:40]
    return f"{token[:12]}-{digest}"


def _try_lock(namespace, key):
    """A transaction-level advisory lock, without waiting: True when this transaction has it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", [namespace, key])
        return cursor.fetchone()[0]


def _file_key(name):
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big", signed=True)


def _take_build_slot():
    """One of EXPORT_BUILDS_AT_ONCE slots for this transaction, or ExportBusy."""
    for slot in range(max(settings.EXPORT_BUILDS_AT_ONCE, 1)):
        if _try_lock(BUILD_SLOTS, slot):
            return
    raise ExportBusy


def _partial_is_stale(entry, now):
    """A `.part` file left by a build that is over: too old, or its process is gone."""
    if now - entry.stat().st_mtime > settings.EXPORT_BUILD_TIMEOUT:
        return True
    # "<name>.<pid>.<thread>.part" (built_file)
    pieces = entry.name.rsplit(".", 3)
    pid = pieces[1] if len(pieces) == 4 else ""
    if not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # a live process of another user
        return False
    return False


def remove_stale_partials(directory=None):
    """Remove the partial files of builds that are over; returns how many. Never raises."""
    removed = 0
    try:
        directory = Path(directory or settings.EXPORT_CACHE_DIR)
        if not directory.is_dir():
            return 0
        now = time.time()
        for entry in directory.iterdir():
            if not entry.name.endswith(".part"):
                continue
            try:
                if _partial_is_stale(entry, now):
                    entry.unlink()
                    removed += 1
            except FileNotFoundError:
                pass
    except OSError as error:
        logger.warning(
            "stale partial export files could not be removed",
            extra={"event": "export_partials_unremovable", "error": str(error)[:300]},
        )
    return removed


def _prune(directory, keep_prefix):
    """Remove files of other content versions and anything left untouched too long."""
    now = time.time()
    for entry in directory.iterdir():
        try:
            stale = now - entry.stat().st_mtime > KEEP_SECONDS
            other_version = not entry.name.startswith(keep_prefix)
            # A file another request is still writing stays until it is stale.
            in_use = entry.name.endswith((".lock", ".part"))
            if (other_version and not in_use) or stale:
                entry.unlink()
        except FileNotFoundError:
            pass


def _building_snapshot():
    """Inside transaction.atomic(): REPEATABLE READ when this is the outermost block, so
    the token and the rows are one snapshot (else the caller's transaction decides)."""
    with connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def built_file(parts, suffix, write):
    """The path of the file `write(binary_file)` makes for `parts` in the current version.

    Built at most once per content version, by one request at a time in the whole
    installation: ExportBusy when another request builds it or every build slot is
    taken. Raises OSError when the directory cannot be written, and whatever `write`
    raises, leaving no partial file behind either way.
    """
    directory = export_dir()
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost:
            _building_snapshot()
        token = _token_in_transaction()
        name = f"{_name(token, parts)}{suffix}"
        path = directory / name
        if path.exists():
            return path
        if not _try_lock(FILE_LOCKS, _file_key(name)):
            raise ExportBusy
        if path.exists():  # built and committed just before this request took the lock
            return path
        _take_build_slot()
        remove_stale_partials(directory)
        partial = path.with_name(f"{name}.{os.getpid()}.{threading.get_ident()}.part")
        try:
            with open(partial, "wb") as output:
                write(output)
            os.replace(partial, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
    _prune(directory, token[:12])
    return path


def busy_response():
    """503: the file is being made; the client should ask again shortly."""
    seconds = settings.EXPORT_RETRY_AFTER
    response = HttpResponse(
        f"This file is being prepared. Ask again in {seconds} seconds.\n",
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


def file_download(request, parts, suffix, write, *, content_type, filename):
    """Answer with the built file: Content-Length, ETag (304 when the client has it).

    503 with Retry-After while it is being built elsewhere; streamed from the database
    when the export directory cannot be written."""
    global _logged_unwritable
    try:
        path = built_file((request.scheme, request.get_host(), request.path, *parts), suffix, write)
    except ExportBusy:
        return busy_response()
    except OSError as error:
        if not _logged_unwritable:
            _logged_unwritable = True
            logger.warning(
                "export directory cannot be written: streaming exports from the database",
                extra={
                    "event": "export_directory_unwritable",
                    "directory": str(settings.EXPORT_CACHE_DIR),
                    "error": f"{type(error).__name__}: {error}"[:300],
                },
            )
        return streamed_download(write, content_type=content_type, filename=filename)
    etag = f'"{path.stem}"'
    if etag in [value.strip() for value in request.headers.get("If-None-Match", "").split(",")]:
        response = HttpResponseNotModified()
        response["ETag"] = etag
        return response
    response = FileResponse(open(path, "rb"), content_type=content_type)  # noqa: SIM115
    response["ETag"] = etag
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-cache"
    return response


# --- Streaming, when no file can be written ------------------------------------------------

_DONE = object()
#: How long the writing thread waits for the client to take the next chunk before giving up.
STREAM_STALL_SECONDS = 120


class _Pipe(io.RawIOBase):
    """The file `write` writes into, in the writing thread: chunks go to a bounded queue that
    the response reads, so at most a few chunks are held in memory."""

    def __init__(self):
        super().__init__()
        self.chunks = queue.Queue(maxsize=8)
        self.abandoned = threading.Event()

    def writable(self):
        return True

    def write(self, data):
        data = bytes(data)
        deadline = time.monotonic() + STREAM_STALL_SECONDS
        while True:
            if self.abandoned.is_set() or time.monotonic() > deadline:
                raise BrokenPipeError("the client stopped reading the export")
            try:
                self.chunks.put(data, timeout=1)
                return len(data)
            except queue.Full:
                continue


class _StreamWriter(threading.Thread):
    """Runs `write` in a REPEATABLE READ transaction on a connection of its own (Django gives
    each thread one), after taking a build slot; `started` says whether it got one."""

    def __init__(self, write, pipe):
        super().__init__(name="export-stream", daemon=True)
        self.write, self.pipe = write, pipe
        self.started_building = threading.Event()
        self.got_slot = False
        self.error = None

    def run(self):
        try:
            with transaction.atomic():
                _building_snapshot()
                try:
                    _take_build_slot()
                except ExportBusy:
                    return
                self.got_slot = True
                self.started_building.set()
                output = io.BufferedWriter(self.pipe, buffer_size=1 << 18)
                self.write(output)
                output.flush()
        except Exception as error:  # handed to the response, which cuts the body
            self.error = error
        finally:
            self.started_building.set()
            self._finish()
            connection.close()

    def _finish(self):
        while not self.pipe.abandoned.is_set():
            try:
                self.pipe.chunks.put(_DONE, timeout=1)
                return
            except queue.Full:
                continue


def streamed_download(write, *, content_type, filename):
    """The export made by `write`, streamed as it is written (no file, no Content-Length).

    A build slot is taken first (503 with Retry-After when none is free). Should the
    build fail midway the body is cut (the connection is closed before the last chunk),
    which every HTTP client reports as an error: never a short file that looks whole."""
    pipe = _Pipe()
    writer = _StreamWriter(write, pipe)
    writer.start()
    writer.started_building.wait()
    if not writer.got_slot:
        writer.join()
        if writer.error is not None:
            raise writer.error
        return busy_response()

    def chunks():
        try:
            while True:
                chunk = pipe.chunks.get()
                if chunk is _DONE:
                    break
                yield chunk
            if writer.error is not None:
                logger.error(
                    "streamed export failed",
                    extra={"event": "export_stream_failed", "error": str(writer.error)[:300]},
                )
                raise writer.error
        finally:
            pipe.abandoned.set()
            writer.join(timeout=5)

    response = StreamingHttpResponse(chunks(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
