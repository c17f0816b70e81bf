"""What the event reader read, as plain values the tests compare: shared by the reader's tests."""

import datetime

from events.importer import event_document_read

# The facts compared when a test names none: title, first day, city, venue, host.
FACTS = ("title", "start_date", "city", "venue", "host_economy")


def record_facts(record, *names):
    """The record's values of `names` (FACTS when none), days as ISO strings."""
    values = [record.value(name) for name in names or FACTS]
    return tuple(v.isoformat() if isinstance(v, datetime.date) else v for v in values)


def records_facts(text, *names):
    """`record_facts` of every record the reader gives for `text`, the text's own event first."""
    return [record_facts(record, *names) for record in read_records(text)]


def read_titles(text):
    """The title of every record the reader gives for `text`, the text's own event first."""
    return [record.value("title") for record in read_records(text)]


def main_record(text):
    """The first record the reader gives for `text`: the text's own event."""
    return event_document_read(text).records[0]


def read_records(text):
    """Every record the reader gives for `text`, the text's own event first."""
    return event_document_read(text).records


def dated_records(text):
    """(title, first day or "", city, host) of every record the reader gives for `text`."""
    return [
        (title, start or "", city, host)
        for title, start, city, host in (
            record_facts(r, "title", "start_date", "city", "host_economy")
            for r in read_records(text)
        )
    ]


def placed_records(text):
    """(title, first day or "", city or "", venue or "") of every record the reader gives."""
    return [
        (title, start or "", city or "", venue or "")
        for title, start, city, venue in (
            record_facts(r, "title", "start_date", "city", "venue") for r in read_records(text)
        )
    ]
