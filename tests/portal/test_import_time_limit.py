"""The command stops a reader at the time limit (IMPORT_READ_TIMEOUT, 10 s by default) with
a clear message and saves nothing; the admin page's side is in test_import_pipeline.py."""

import io
import re
import time

import pytest
from django.core.management import CommandError, call_command

from core.importing import pipeline
from events import import_kind
from events.models import Event

pytestmark = pytest.mark.django_db
RELEASE = "tests/events/devset/e01_apec_release_bar_today.txt"
STOPPED = "took longer than 0.2 seconds, so it was stopped and nothing was saved"


def forever(*args, **kwargs):
    while True:
        time.sleep(0.001)


def test_the_limit_is_a_setting_of_ten_seconds_by_default(settings):
    assert pipeline.DEFAULT_READ_TIMEOUT == 10
    del settings.IMPORT_READ_TIMEOUT
    assert pipeline.read_timeout() == 10
    settings.IMPORT_READ_TIMEOUT = 2.5
    assert pipeline.read_timeout() == 2.5


@pytest.mark.parametrize("as_json", [False, True])
def test_the_command_stops_a_slow_reader_and_saves_nothing(settings, monkeypatch, as_json):
    settings.IMPORT_READ_TIMEOUT = 0.2
    monkeypatch.setattr(import_kind.EventKind, "read", forever)
    out = io.StringIO()
    started = time.monotonic()
    with pytest.raises(CommandError, match=STOPPED):
        call_command("import_document", RELEASE, kind="event", json=as_json, stdout=out,
                     stderr=io.StringIO())  # fmt: skip
    assert time.monotonic() - started < 10
    assert out.getvalue() == "" and not Event.objects.exists()


def test_recognising_the_kind_is_stopped_too(settings, monkeypatch):
    settings.IMPORT_READ_TIMEOUT = 0.2
    monkeypatch.setattr(import_kind.EventKind, "score", forever)
    with pytest.raises(CommandError, match=STOPPED):
        call_command("import_document", RELEASE, stdout=io.StringIO(), stderr=io.StringIO())


def test_a_regular_expression_running_away_inside_a_reader_is_stopped(settings, monkeypatch):
    """In the command (the main thread) the alarm stops even one long search in C."""
    settings.IMPORT_READ_TIMEOUT = 0.2
    runaway = re.compile(r"(a+)+$")  # exponential on "aaa…b": minutes, not seconds

    def read(self, text, source_url=""):
        return runaway.match("a" * 40 + "b")

    monkeypatch.setattr(import_kind.EventKind, "read", read)
    started = time.monotonic()
    with pytest.raises(CommandError, match=STOPPED):
        call_command("import_document", RELEASE, kind="event", stdout=io.StringIO(),
                     stderr=io.StringIO())  # fmt: skip
    assert time.monotonic() - started < 10
