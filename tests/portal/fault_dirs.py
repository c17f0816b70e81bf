"""Directories that fail as a real disk does: read-only, full, missing (for the cache tests).

As root (containers, CI) permissions do not stop a write, so a read-only directory is a
read-only bind mount and a full one a tiny tmpfs filled to the brim; elsewhere a
read-only directory is one without write permission. A test skips when the machine allows
neither (the patched-write variants still run there)."""

import contextlib
import os
import subprocess

import pytest


def _run(*command):
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def read_only(directory):
    directory.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        directory.chmod(0o555)
        try:
            yield directory
        finally:
            directory.chmod(0o755)
        return
    if not _run("mount", "--bind", str(directory), str(directory)):
        pytest.skip("cannot bind-mount a read-only directory here")
    try:
        assert _run("mount", "-o", "remount,bind,ro", str(directory))
        yield directory
    finally:
        _run("umount", str(directory))


@contextlib.contextmanager
def full(directory):
    directory.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _run(
        "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(directory)
    ):
        pytest.skip("cannot mount a tiny tmpfs here")
    try:
        with contextlib.suppress(OSError), open(directory / "filler", "wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
        yield directory
    finally:
        _run("umount", str(directory))


@contextlib.contextmanager
def missing(directory):
    """A directory that is not there and cannot be made (its parent is a file)."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    blocker = directory.parent / "not-a-directory"
    blocker.write_text("")
    yield blocker / directory.name
