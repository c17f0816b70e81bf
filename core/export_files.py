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
- a build is made by one request while others asking for the same file wait
  for it (a lock file), so eight readers cost one build;
- the file is read back at disk speed, so a worker is busy for well under a
  second per download once it exists.

Builds happen in a REPEATABLE READ transaction that reads the content token
too, so a file always holds exactly the content of the token in its name.
Files of older versions are removed when a newer file is written (one already
being sent keeps going: the kernel frees it when the last reader closes it).
The directory is a cache: deleting it at any time is safe.
"""

import contextlib
import fcntl
import hashlib
import os
import time
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.http import FileResponse, HttpResponseNotModified
from django.utils import translation

from core.content_cache import TOKEN_TABLE

# Files untouched for this long are removed (any version): the cache stays small.
KEEP_SECONDS = 3600


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


@contextlib.contextmanager
def _locked(path):
    with open(path, "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _prune(directory, keep_prefix):
    """Remove files of other content versions and anything left untouched too long."""
    now = time.time()
    for entry in directory.iterdir():
        try:
            stale = now - entry.stat().st_mtime > KEEP_SECONDS
            other_version = not entry.name.startswith(keep_prefix)
            # A lock, or a file another request is still writing, stays until it is stale.
            in_use = entry.name.endswith((".lock", ".part"))
            if (other_version and not in_use) or stale:
                entry.unlink()
        except FileNotFoundError:
            pass


def built_file(parts, suffix, write):
    """The path of the file `write(binary_file)` makes for `parts` in the current version.

    Built at most once per content version (concurrent callers wait for the one
    build); raises whatever `write` raises, leaving no partial file behind.
    """
    directory = export_dir()
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost:  # one snapshot for the token and the rows (else: the caller's)
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        token = _token_in_transaction()
        path = directory / f"{_name(token, parts)}{suffix}"
        if path.exists():
            return path
        with _locked(path.with_name(path.name + ".lock")):
            if path.exists():  # another request built it while this one waited
                return path
            partial = path.with_name(f"{path.name}.{os.getpid()}.part")
            try:
                with open(partial, "wb") as output:
                    write(output)
                os.replace(partial, path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    partial.unlink()
    _prune(directory, token[:12])
    return path


def file_download(request, parts, suffix, write, *, content_type, filename):
    """Answer with the built file: Content-Length, ETag (304 when the client has it)."""
    path = built_file((request.scheme, request.get_host(), request.path, *parts), suffix, write)
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
