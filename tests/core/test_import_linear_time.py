"""Every reader reads 1 MB of pathological text in linear time.

A reader with a nested unbounded quantifier or a loop that re-scans what it has read takes
minutes on these texts; a linear one takes about a second. The limit (20 s of the process's
CPU time, through SIGPROF) is generous so that it separates the two on any machine, however
loaded (wall-clock time on a machine shared by other work runs five to eight times the CPU
time): it is a hang guard, not a speed measurement. The times measured on the development machine are in
docs/importing.md ("Linear time"); run with `-s` to see them printed.
"""

import signal
import time

import pytest

from core.importing import EconomyNames, ImportRefused
from core.importing.pipeline import kind_scores
from events.importer import event_document_read, event_document_score
from initiatives.importer import initiative_document_read, initiative_document_score
from initiatives.models import Economy
from statements.importer import statement_read

from .pathological import pathological_texts

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

LIMIT = 20  # seconds; a quadratic reader takes minutes on 1 MB


class TooSlow(Exception):
    pass


def _alarm(signum, frame):
    raise TooSlow(f"the reader took more than {LIMIT} s of CPU: it is not linear in its input")


def _run(read, text):
    """(CPU seconds, wall-clock seconds) the reader took; stopped after LIMIT CPU seconds."""
    previous = signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, LIMIT)
    started, cpu = time.perf_counter(), time.process_time()
    try:
        read(text)
    except ImportRefused:
        pass  # refusing the text is a fine answer; taking minutes is not
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return time.process_time() - cpu, time.perf_counter() - started


def _readers():
    names = EconomyNames.from_economies(Economy.objects.all())
    return {
        "event": lambda text: event_document_read(text, names=names),
        "event score": event_document_score,
        "statement": statement_read,
        "initiative": lambda text: initiative_document_read(text, names=names),
        "initiative score": initiative_document_score,
        "kind scores": kind_scores,
    }


@pytest.mark.parametrize("name,text", pathological_texts(), ids=lambda v: v[:12])
def test_every_reader_reads_a_megabyte_in_linear_time(name, text):
    assert len(text) == 1_000_000
    for reader, read in _readers().items():
        cpu, wall = _run(read, text)
        print(f"{name!r:12} {reader:18} {cpu:6.2f} s CPU {wall:6.2f} s wall")
