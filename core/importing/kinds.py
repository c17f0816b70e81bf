"""The one interface every kind of importable document implements, and where they are listed.

A `DocumentKind` (statements, events, initiatives) says how much a text looks like its
kind, reads it into an `ImportResult` holding one record per thing it describes, names
the facts staff may correct (with the checks across facts), finds the existing record a
record matches, gives that record's current facts in the same shape, and saves. The
pipeline (`core.importing.pipeline`), the admin page and the command call nothing else,
so a new kind of document is one new class and one line in the setting IMPORT_KINDS.

This module imports nothing from the apps: the kinds are listed in the setting
IMPORT_KINDS (name -> dotted path; the order is the tie-break of detection).
"""

from django.conf import settings
from django.utils.module_loading import import_string


class DocumentKind:
    """Override every method; the defaults say what each one must do."""

    name = ""
    label = ""  # what the page's kind menu says
    model = None  # the model a record becomes
    # Facts a record must have before it can be published from the command line.
    required = ()
    # Facts without which the record cannot be stored at all (a database column needs them).
    needed = ("title", "start_date")
    # Facts the reader looks for; each one not found is listed ("No venue found").
    looked_for = ()

    def score(self, text):
        """How much `text` looks like this kind: 0 for not at all, higher the surer."""
        raise NotImplementedError

    def read(self, text, *, source_url=""):
        """An ImportResult whose `records` are ImportResults, one per record; raises
        ImportRefused only when the text holds nothing of this kind."""
        raise NotImplementedError

    def fact_fields(self):
        """The correctable facts (FactField), in the order the preview shows them."""
        raise NotImplementedError

    checks = ()  # functions of the cleaned correction data raising ValidationError

    def correct(self, record, cleaned, specs):
        """Put staff's corrected values into `record`; return the names changed."""
        from core.importing import apply_corrections

        return apply_corrections(record, cleaned, specs)

    def existing(self, record):
        """The record saving `record` would update, or None when it would be new."""
        raise NotImplementedError

    def current_facts(self, obj):
        """`obj`'s current values by fact name, in the shape the reader gives them."""
        raise NotImplementedError

    def save(self, record, *, existing, publish):
        """Save `record` (updating `existing` when given) and return the saved object.

        May raise ImportRefused (a fact too long, a day missing): nothing is saved then.
        """
        raise NotImplementedError

    def diff_fields(self):
        """Facts the re-import diff compares beyond the correction form's (FactField),
        such as a statement's paragraphs."""
        return ()

    def diff_value(self, record, name):
        """The newly read value of `name` as the diff shows it."""
        return record.value(name)

    def baseline(self, record):
        """What to remember of a saved record for the next re-import's diff."""
        names = [*record.facts, *(spec.name for spec in self.diff_fields())]
        return {name: self.diff_value(record, name) for name in names}

    def related(self, obj):
        """Other records a save of `obj` also changes (a statement's meeting): when any of
        them is published, an Editor's update of all of them waits for review."""
        return []

    def record_json(self, record):
        """The record's facts as plain keys for `--json` ("title", "city", …; a statement's
        paragraphs), beside the pipeline's "facts" with their evidence."""
        return {}

    def summary(self, record):
        """One line the preview shows under the record's title, or ""."""
        return ""


def all_kinds():
    """Every kind, name -> instance, in detection order."""
    return {name: import_string(path)() for name, path in settings.IMPORT_KINDS.items()}


def get_kind(name):
    return import_string(settings.IMPORT_KINDS[name])()
