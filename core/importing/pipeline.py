"""The import pipeline every kind of document goes through, on the admin page and the command.

    text ─ recognise (each kind's score) ─ read (under a time limit) ─ records
         ─ per record: facts missing, existing record, re-import diff ─ preview / JSON
         ─ save: new drafts, updates that keep staff's values, Editors' updates of
           published records kept as changes waiting for a Publisher

Each step is one function here; the kinds (`core.importing.kinds`) do the reading and
the saving.
"""

import ctypes
import datetime
import signal
import threading
from contextlib import contextmanager

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from core.importing import ImportRefused
from core.importing.kinds import all_kinds, get_kind
from core.importing_places import gazetteer
from core.publication import can_publish

DEFAULT_READ_TIMEOUT = 10


# --- Recognising the kind ---------------------------------------------------------------


def kind_scores(text, kinds=None):
    """Each kind's score for `text` (0: not that kind); a refusal counts as 0.

    Any other exception is a bug in a reader and is raised, not hidden.
    """
    scores = {}
    for name, kind in (kinds or all_kinds()).items():
        try:
            scores[name] = int(kind.score(text) or 0)
        except ImportRefused:
            scores[name] = 0
    return scores


def detect_kind(text, kinds=None):
    """(the best kind's name or None, the scores); the first listed kind wins a tie."""
    scores = kind_scores(text, kinds)
    best = max(scores, key=lambda name: scores[name])
    return (best if scores[best] > 0 else None), scores


# --- The time limit ---------------------------------------------------------------------


class ReadTimedOut(Exception):
    """Raised inside a reader that ran past the time limit."""


class ImportTimeout(Exception):
    """A reader was stopped at the time limit; the message says so in plain words."""


def read_timeout():
    return float(getattr(settings, "IMPORT_READ_TIMEOUT", DEFAULT_READ_TIMEOUT))


def _timeout_message(seconds):
    return (
        f"Reading this text took longer than {seconds:g} seconds, so it was stopped and "
        "nothing was saved. Paste a shorter part (one document at a time), or ask a "
        "developer to look at the text."
    )


@contextmanager
def _alarm(seconds):
    """In the main thread: SIGALRM interrupts even a long regular-expression search."""

    def ring(signum, frame):
        raise ReadTimedOut

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _raise_in(thread_id, exception):
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )


@contextmanager
def _watchdog(seconds):
    """In any other thread (a gunicorn gthread worker's): a timer raises ReadTimedOut in
    this thread only, at its next Python instruction. Nothing else is touched, and a
    timer that fires as the read ends is taken back under the lock."""
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def ring():
        with lock:
            if not state["done"]:
                state["fired"] = True
                _raise_in(thread_id, ReadTimedOut)

    timer = threading.Timer(seconds, ring)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:
                _raise_in(thread_id, None)  # withdraw one not yet delivered


def with_time_limit(function, *args, seconds=None, **kwargs):
    """`function(*args, **kwargs)`, stopped with ImportTimeout after `seconds`
    (IMPORT_READ_TIMEOUT, 10 by default)."""
    seconds = read_timeout() if seconds is None else seconds
    # The gazetteer is read once per process (seconds on a loaded machine): not part of
    # reading this text, so it is loaded before the clock starts.
    gazetteer()
    in_main = threading.current_thread() is threading.main_thread()
    guard = _alarm if in_main and hasattr(signal, "setitimer") else _watchdog
    try:
        with guard(seconds):
            return function(*args, **kwargs)
    except ReadTimedOut:
        raise ImportTimeout(_timeout_message(seconds)) from None


def read_document(kind, text, *, source_url="", seconds=None):
    """The kind's reading of `text` under the time limit (ImportRefused, ImportTimeout)."""
    return with_time_limit(kind.read, text, source_url=source_url, seconds=seconds)


# --- What a record lacks ----------------------------------------------------------------


def is_empty(value):
    return value is None or value == "" or value == [] or value == ()


def _labels(kind, specs=None):
    return {spec.name: spec.label for spec in (kind.fact_fields() if specs is None else specs)}


def facts_not_found(kind, record, specs=None):
    """ "No venue found" for every fact the kind looks for (its `looked_for` and its
    `required`) that the record lacks: the one list of what was not found, shown by the
    page, the command and the JSON alike. `specs`: the kind's fact fields, when at hand."""
    labels = _labels(kind, specs)
    return [
        _("No %(fact)s found") % {"fact": labels.get(name, name).lower()}
        for name in dict.fromkeys((*kind.required, *kind.looked_for))
        if is_empty(record.value(name))
    ]


def missing_required(kind, record, names=None):
    """The labels of the required facts the record lacks (all of them, not the first);
    `names` defaults to those required to publish."""
    labels = {spec.name: spec.label for spec in kind.fact_fields()}
    names = kind.required if names is None else names
    return [labels.get(name, name) for name in names if is_empty(record.value(name))]


def read_as_written(kind, record, specs=None):
    """True when every fact was read as written: no warning, nothing inferred or corrected,
    nothing the kind looks for missing."""
    return (
        not record.warnings
        and all(f.confidence == "high" for f in record.facts.values())
        and not facts_not_found(kind, record, specs)
    )


def facts_to_check(kind, record, specs=None):
    """The labels of the facts read with low confidence (inferred) and of those staff
    corrected, as two lists: the reasons, beside the warnings and the facts not found, that
    a record is not "read as written"."""
    labels = _labels(kind, specs)
    inferred = [labels.get(f.name, f.name) for f in record.facts.values() if f.confidence == "low"]
    corrected = [
        labels.get(f.name, f.name) for f in record.facts.values() if f.confidence == "staff"
    ]
    return inferred, corrected


# --- Who may import, and the stale token ------------------------------------------------


def may_import(user, kind):
    """One rule for every kind: add and change permission on the kind's model."""
    opts = kind.model._meta
    return user.has_perm(f"{opts.app_label}.add_{opts.model_name}") and user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    )


def may_publish(user, model):
    """The publish permission, as core.publication reads it."""
    return can_publish(user, model)


def version_key(existing):
    """What the preview saw: "new", or the existing record's id and edit number. A save
    whose key no longer matches was overtaken (someone edited, or a record now matches)."""
    return f"{existing.pk}:{existing.version}" if existing is not None else "new"


# --- The re-import diff -----------------------------------------------------------------


def plain(value):
    """A fact's value as JSON: dates as ISO text, tuples as lists."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def _comparable(value):
    value = plain(value)
    if isinstance(value, str):
        return value.strip()
    if value is False:
        return None  # "not online" and "not said" are the same for a comparison
    return None if is_empty(value) else value


def baseline_of(obj):
    """What the last import saved to `obj`, fact by fact, or None (never imported)."""
    from core.models import ImportBaseline

    if obj is None:
        return None
    found = ImportBaseline.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
    ).first()
    return found.facts if found else None


def remember_import(obj, facts):
    """Keep what this import saved to `obj`, for the next re-import's diff."""
    from core.models import ImportBaseline

    ImportBaseline.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        defaults={"facts": plain(facts)},
    )


class FieldDiff:
    """One fact of a re-import: the current value, the newly read one, whose it is."""

    def __init__(self, spec, current, read, base):
        self.name = spec.name
        self.label = spec.label
        self.current = current
        self.read = read
        self.differs = _comparable(current) != _comparable(read)
        self.text_lacks_it = is_empty(_comparable(read))
        if base is None:
            # Never imported: a value that is there was entered by staff.
            self.staff_changed = not is_empty(_comparable(current))
        else:
            self.staff_changed = _comparable(current) != _comparable(base.get(spec.name))
        # The newly read value is offered ticked unless staff changed the field since.
        self.take_by_default = self.differs and not self.text_lacks_it and not self.staff_changed

    @property
    def offered(self):
        """Whether the user chooses here: the values differ and the text gives one."""
        return self.differs and not self.text_lacks_it


def reimport_diff(kind, record, existing, specs):
    """A FieldDiff per correctable fact of `record` against `existing` (None: no diff)."""
    if existing is None:
        return None
    current = kind.current_facts(existing)
    base = baseline_of(existing)
    return [
        FieldDiff(spec, current.get(spec.name), kind.diff_value(record, spec.name), base)
        for spec in [*specs, *kind.diff_fields()]
        if spec.name in current
    ]


def keep_staff_values(record, diff, taken):
    """Put into `record` the current value of each fact not taken from the text: nothing
    staff entered is lost, and nothing is cleared because the text lacks it."""
    from core.importing import Fact

    for field in diff or ():
        if field.name in taken and field.offered:
            continue
        record.facts[field.name] = Fact(field.name, field.current, None, "kept", "staff")


# --- JSON -------------------------------------------------------------------------------

JSON_SHAPE_VERSION = 1


def fact_json(fact):
    return {
        "value": plain(fact.value),
        "line": fact.line,
        "span": list(fact.span) if fact.span else None,
        "cue": fact.cue,
        "confidence": fact.confidence,
    }


def record_json(kind, record):
    """One record in the documented shape (docs/importing.md, "The JSON shape")."""
    return {
        **plain(kind.record_json(record)),
        "type": kind.name,
        "facts": {name: fact_json(fact) for name, fact in record.facts.items()},
        "not_found": facts_not_found(kind, record),
        "missing_required": missing_required(kind, record),
        "warnings": [
            {"message": w.message, "line": w.line, "code": w.code} for w in record.warnings
        ],
    }


def document_json(kind, result, *, dry_run, saved=()):
    """The whole reading: "warnings" lists every warning of the text and its records as
    text ("line 3: …"), each record's own are objects in the record."""
    warnings = [str(w) for w in result.warnings]
    for record in result.records:
        warnings += [str(w) for w in record.warnings if str(w) not in warnings]
    return {
        "shape": JSON_SHAPE_VERSION,
        "kind": kind.name,
        "dry_run": dry_run,
        "records": [record_json(kind, record) for record in result.records],
        "warnings": warnings,
        "saved": list(saved),
    }


def kind_named(name):
    return get_kind(name)
