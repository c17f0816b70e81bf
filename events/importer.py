"""Events from news releases: stand-in, replaced by branch i17a.

A trivial reading with the real reader's signatures so the import page and command run:
the first content line is the title, the first date written is the day. Nothing else.
"""

import re

from django.utils.text import slugify

from core.importing import FactField, ImportRefused, ImportResult, content_lines, find_dates
from events.models import Event, EventKind
from events.services import event_upsert

EVENT_WORDS = re.compile(
    r"\b(forum|conference|workshop|seminar|summit|dialogue|held|hosted)\b", re.I
)
EVENT_FACT_CHECKS = ()


def event_fact_fields():
    return [
        FactField("title", "Title", max_length=300, required=True),
        FactField("start_date", "First day", kind="date", required=True),
        FactField("end_date", "Last day", kind="date"),
        FactField("co_host_economies", "Co-host economies", kind="codes"),
        FactField("officials", "Officials", kind="pairs"),
    ]


DAY_RE = re.compile(r"\b(?:on|from)\s+([A-Z][a-z]+ \d{1,2})\b")


def _first_day(text):
    spans = find_dates(text)
    if spans:
        return spans[0].start, spans[0].end, spans[0].position
    year, day = re.search(r"\b20\d\d\b", text), DAY_RE.search(text)
    if year and day:
        found = find_dates(f"{day.group(1)}, {year.group(0)}")
        if found:
            return found[0].start, None, day.start()
    return None


def event_document_score(text):
    head = " ".join(line for _, line in content_lines(text)[:3])
    return 5 if _first_day(text) and EVENT_WORDS.search(head + text[:400]) else 0


def event_document_read(text, *, source_url="", names=None):
    lines = content_lines(text)
    day = _first_day(text)
    if not lines or not day or not event_document_score(text):
        raise ImportRefused(lines[0][0] if lines else 1, "no event was found", "a news release")
    result = ImportResult("event", text)
    record = ImportResult("event", text)
    record.fact("title", lines[0][1], lines[0][0])
    line = text.count("\n", 0, day[2]) + 1
    record.fact("start_date", day[0], line)
    record.fact("end_date", day[1], line)
    record.fact("co_host_economies", [])
    record.fact("officials", [])
    record.fact("source_url", source_url)
    result.records = [record]
    return result


KEYS = "title kind date_precision city venue host_economy virtual initiative summary source_url"


def event_record_json(record):
    return {
        "type": "event",
        **{name: record.value(name) for name in KEYS.split()},
        **{name: record.value(name) for name in ("title", "co_host_economies", "source_url")},
        "start_date": record.value("start_date") and record.value("start_date").isoformat(),
        "end_date": record.value("end_date") and record.value("end_date").isoformat(),
        "officials": [list(pair) for pair in record.value("officials") or ()],
    }


def event_record_existing(record):
    return Event.objects.filter(title__iexact=record.value("title", "")).first()


def event_record_save(record, *, publish=False, slug=None, themes=(), extra=None):
    existing = event_record_existing(record)
    start = record.value("start_date")
    slug = slug or (existing.slug if existing else slugify(f"{record.value('title')} {start.year}"))
    return event_upsert(
        slug=slug[:200],
        title=record.value("title"),
        start_date=start,
        end_date=record.value("end_date"),
        kind=EventKind.OTHER,
        co_hosts=record.value("co_host_economies") or (),
        officials=[tuple(pair) for pair in record.value("officials") or ()],
        themes=themes,
        source_url=record.value("source_url") or "",
        publish=publish,
        **(extra or {}),
    )
