"""Correction fields, JSON, duplicates and saving of event records."""

import datetime

from django import forms
from django.utils.text import slugify

from core.importing import (
    FactField,
    ImportRefused,
    check_date_order,
)
from events.dates import last_day_problem
from events.models import DatePrecision, Event, EventFormat, EventKind
from events.reading.chrome import (
    RELATIVE_RE,
)
from events.reading.dates import (
    _dates_in,
)
from events.reading.document import (
    _key,
    _series,
)
from events.reading.week import (
    _in_week,
)
from events.reading.words import (
    LIMITS,
    LONGEST,
    OFFICIAL_LIMITS,
    OWN_DAY_VERB_RE,
    PROGRAMME_CUE_RE,
)
from events.services import event_upsert
from initiatives.models import Economy, Initiative

EVENT_FACT_FIELDS = [
    FactField("title", "Title", max_length=LIMITS["title"], required=True),
    FactField("kind", "Kind", kind="choice", required=True, choices=tuple(EventKind.choices)),
    FactField("start_date", "First day", kind="date", required=True),
    FactField("end_date", "Last day", kind="date", help_text="Empty for a one-day event."),
    FactField(
        "date_precision",
        "Date precision",
        kind="choice",
        required=True,
        choices=tuple(DatePrecision.choices),
        help_text="'Month only' when the text gives the month but not the day.",
    ),
    FactField("city", "City", max_length=LIMITS["city"]),
    FactField("venue", "Venue", max_length=LIMITS["venue"]),
    FactField("host_economy", "Host economy", kind="choice"),
    FactField("co_host_economies", "Co-host economies", kind="codes"),
    FactField("virtual", "Held online", kind="boolean"),
    FactField(
        "initiative",
        "Initiative",
        max_length=200,
        help_text="The address name (slug) of an initiative in the portal, or empty.",
    ),
    FactField(
        "officials",
        "Officials who spoke",
        kind="pairs",
        help_text="One a line: name | title.",
    ),
    FactField("summary", "Summary"),
    FactField("source_url", "Source link", max_length=500),
]


def event_fact_fields(economies=None):
    """The correctable facts of an event, with the economies as choices."""
    economies = Economy.objects.all() if economies is None else economies
    choices = tuple((economy.code, economy.name) for economy in economies)
    fields = []
    for spec in EVENT_FACT_FIELDS:
        if spec.name in ("host_economy", "co_host_economies"):
            spec = FactField(
                spec.name, spec.label, spec.kind, spec.max_length, spec.required, choices,
                spec.help_text,
            )  # fmt: skip
        fields.append(spec)
    return fields


def _check_initiative(cleaned):
    slug = (cleaned.get("initiative") or "").strip()
    if slug and not Initiative.objects.filter(slug=slug).exists():
        raise forms.ValidationError(
            f"No initiative in the portal has the address name “{slug}”: give an existing "
            "initiative's, or leave the initiative empty."
        )


def _check_precision(cleaned):
    precision = cleaned.get("date_precision")  # absent when its own field is wrong
    problem = precision and last_day_problem(precision, cleaned.get("end_date"))
    if problem:
        raise forms.ValidationError(problem)


EVENT_FACT_CHECKS = (check_date_order(), _check_initiative, _check_precision)


def _iso(value):
    return value.isoformat() if isinstance(value, datetime.date) else None


def event_record_json(record):
    """The record in the shape `import_document --json` prints (see docs/importing.md)."""
    value = record.value
    return {
        "type": "event",
        "title": value("title", ""),
        "kind": str(value("kind") or ""),
        "start_date": _iso(value("start_date")),
        "end_date": _iso(value("end_date")),
        "date_precision": str(value("date_precision") or ""),
        "city": value("city", ""),
        "venue": value("venue", ""),
        "host_economy": value("host_economy"),
        "co_host_economies": list(value("co_host_economies") or []),
        "virtual": bool(value("virtual")),
        "initiative": value("initiative", ""),
        "officials": [{"name": n, "title": t} for n, t in value("officials") or []],
        "summary": value("summary", ""),
        "source_url": value("source_url", ""),
    }


def _year_of(record):
    start = record.value("start_date")
    return start.year if isinstance(start, datetime.date) else None


def event_record_slug(record):
    """The slug a new event gets: its title, with its year when the title has none."""
    title, year = record.value("title", "") or "", _year_of(record)
    if year and str(year) not in title:
        title = f"{title} {year}"
    return slugify(title)[:200].strip("-") or "event"


def event_record_existing(record):
    """The event saving `record` would duplicate, or None when it is new.

    The same event is: the one with the record's slug (in the same year); else one whose
    title is the same
    (letters and digits, any case) and that starts on the same day, or in the same year
    when either date is only a month or a year; else one of the same series (the title
    before its subtitle) on the same day. Two events in different cities are never the
    same. Drafts count: a re-import updates a draft instead of adding a second one.
    """
    year = _year_of(record)
    city = (record.value("city") or "").lower()
    found = Event.objects.filter(slug=event_record_slug(record)).first()
    if found and found.start_date.year == year and not _other_city(found, city):
        return found
    if not year:
        return None
    candidates = []
    for event in Event.objects.filter(start_date__year=year).only(
        "id", "slug", "title", "start_date", "date_precision", "city"
    ):
        rank = None if _other_city(event, city) else _duplicate_rank(record, event)
        if rank is not None:
            candidates.append((rank, event))
    candidates.sort(key=lambda item: (item[0], item[1].pk))
    return candidates[0][1] if candidates else None


def _city_of_main(record, main_record, now=False):
    """A further meeting at a venue named without its city ("from September 10 to 12, in the
    Harbourview Grand Hotel") is in the city of the page's own meeting: take its city and
    host. So is a further meeting with no place at all held in the page's own meeting's
    week ("Meanwhile, Friday will see the … Symposium" during a meeting held "from Thursday
    to Sunday"; a working group's meeting three days before the ministers', `_in_week`),
    or under way now in an undated report from the page's meeting ("Meanwhile,
    yesterday marked the start of the … Meeting", `now`). A further meeting with a city of
    its own is left alone."""
    if not main_record or record.value("city") or not main_record.value("city"):
        return
    if not (record.value("venue") or now) and not _in_week(record, main_record):
        return
    for name in ("city", "host_economy"):
        fact = main_record.facts.get(name)
        if fact is not None:
            record.fact(name, fact.value, fact.line, "low")


def _host_of_year(record, main_record):
    """A coming event the page's own meeting leads up to ("leading up to the APEC Leaders'
    Meeting in November") with no city of its own is hosted by the page's meeting's host
    economy, the economy of the host year; it does not take that meeting's city."""
    if not main_record or record.value("city") or record.value("host_economy"):
        return
    fact = main_record.facts.get("host_economy")
    if fact is not None and fact.value:
        record.fact("host_economy", fact.value, fact.line, "low")
        # the host is found now: the record's "No host economy was found" is stale (c33)
        record.warnings = [w for w in record.warnings if w.code != "no-host"]


def _announces_read(record, records):
    """Whether a record built from "… will host the last APEC meetings of the year in Lima in
    November" is only the meetings the page goes on to name: a record read already in that
    city and month."""
    start, city = record.value("start_date"), record.value("city")
    for other in records:
        day = other.value("start_date")
        same_month = day and start and (day.year, day.month) == (start.year, start.month)
        if same_month and other.value("city") == city:
            return True
    return False


def _programme_item(mention):
    """Whether a further meeting is named in a list of the page's own meeting's programme
    ("A series of related meetings will take place during the event such as the 63rd …
    Working Group Meeting, APEC Rural Startup Forum, and …"): a meeting of the text with no
    day of its own, held in the page's meeting's city and economy (round i29a)."""
    before = mention.sentence.text[: min(mention.position, LONGEST)]
    return any(True for _ in PROGRAMME_CUE_RE.finditer(before))


def _undated_now(sentence, context):
    """Whether a further meeting's sentence says it is under way around the release ("
    yesterday marked the start of the … Meeting", "the … Summit will also get under way today")
    when the release gives no date to count from: a meeting of the text, its day left empty
    (round i28m)."""
    if context.release:
        return False
    return any(m.group("word") for m in RELATIVE_RE.finditer(sentence.text[:LONGEST]))


def _own_day_said(clause, context):
    """Whether a meeting's own clause gives its day with an event verb ("preparations for the
    13th … Ministerial Meeting that will take place tomorrow and Friday"): a meeting the page
    announces, not only where its work goes next."""
    if not OWN_DAY_VERB_RE.search(clause.text[:LONGEST]):
        return False  # "submitted to the … Leaders' Meeting on Nov. 18-19": where work goes
    return any(d.precision == "day" and d.attached for d in _dates_in(clause, context))


def _recalled_year(record, main_record):
    """Whether a further meeting's day falls in a year before the page's own meeting's (the
    meetings of an earlier year the text recalls, "Last year, the … Meeting was held in Da
    Nang on November 8-9, 2040", or a list of past meetings as background): no event of the
    text. A chronology's later meetings are kept."""
    if not main_record or main_record.value("date_precision") != "day":
        return False
    start, first = record.value("start_date"), main_record.value("start_date")
    return bool(start and first) and start.year < first.year


def _other_city(event, city):
    """True when both the event and the record name a city and the two differ."""
    return bool(city and event.city and event.city.lower() != city)


def _duplicate_rank(record, event):
    """How surely `event` is the record's (0 same title and day, 1 same title and year with a
    loose date, 2 same series and day), or None when it is another event."""
    title = record.value("title", "") or ""
    same_day = event.start_date == record.value("start_date")
    exact = record.value("date_precision", "day") == "day"
    both_days = exact and event.date_precision == DatePrecision.DAY
    if _key(event.title) == _key(title) and (same_day or not both_days):
        return 0 if same_day else 1
    series = _key(_series(title))
    if same_day and series and _key(_series(event.title)) == series:
        return 2
    return None


def _too_long(record):
    problems = []
    for name, limit in LIMITS.items():
        value = record.value(name)
        if isinstance(value, str) and len(value) > limit:
            fact = record.facts[name]
            problems.append((fact.line, f"the {name} is {len(value):,} characters long; at most "
                             f"{limit:,} can be kept"))  # fmt: skip
    for name, title in record.value("officials") or []:
        if len(name) > OFFICIAL_LIMITS[0] or len(title) > OFFICIAL_LIMITS[1]:
            problems.append((record.facts["officials"].line, f"the official “{name[:60]}” has a "
                             "name or title too long to keep"))  # fmt: skip
    return problems


def event_check_lengths(record):
    """Warn ("too-long") about each fact longer than its column; True when any is.

    Run again after corrections: the warnings of an earlier run are replaced.
    """
    record.warnings = [warning for warning in record.warnings if warning.code != "too-long"]
    too_long = record.check_lengths(LIMITS)
    for name, title in record.value("officials") or []:
        if len(name) > OFFICIAL_LIMITS[0] or len(title) > OFFICIAL_LIMITS[1]:
            too_long = True
            record.warn(
                f"The official “{name[:60]}” has a name (at most {OFFICIAL_LIMITS[0]}) or title "
                f"(at most {OFFICIAL_LIMITS[1]} characters) too long to keep; shorten it.",
                record.facts["officials"].line,
                "too-long",
            )
    return too_long


def _unique_slug(base, existing=None):
    slug, number = base, 2
    while Event.objects.filter(slug=slug).exclude(pk=getattr(existing, "pk", None)).exists():
        suffix = f"-{number}"
        slug = base[: 200 - len(suffix)] + suffix
        number += 1
    return slug


def _saveable_start(record):
    """The record's first day; refuses a record with a too-long fact or no first day."""
    problems = _too_long(record)
    if problems:
        line, reason = problems[0]
        raise ImportRefused(line or 1, reason + "; shorten it before saving")
    start = record.value("start_date")
    if not isinstance(start, datetime.date):
        raise ImportRefused(1, "the event has no first day; give it before saving")
    return start


def _event_data(record, slug, start, themes):
    """The `event_upsert` arguments the record gives."""
    initiative = record.value("initiative") or ""
    if initiative and not Initiative.objects.filter(slug=initiative).exists():
        initiative = ""
    return {
        "slug": slug,
        "title": record.value("title"),
        "kind": record.value("kind") or EventKind.OTHER,
        "start_date": start,
        "end_date": record.value("end_date"),
        "date_precision": record.value("date_precision") or DatePrecision.DAY,
        "city": record.value("city") or "",
        "venue": record.value("venue") or "",
        "host": record.value("host_economy") or None,
        "co_hosts": list(record.value("co_host_economies") or []),
        "initiative": initiative or None,
        "themes": list(themes or []),
        "summary": record.value("summary") or "",
        "officials": list(record.value("officials") or []),
        "format": EventFormat.VIRTUAL if record.value("virtual") else "",
        "source_url": record.value("source_url") or "",
    }


def _keep_staff_facts(data, existing, *, virtual):
    """Fill each fact the text leaves empty with the existing event's value."""
    kept = {
        "city": existing.city,
        "venue": existing.venue,
        "host": existing.host_id,
        "co_hosts": [e.code for e in existing.co_hosts.all()],
        "initiative": existing.initiative.slug if existing.initiative_id else None,
        "themes": [t.slug for t in existing.themes.all()],
        "summary": existing.summary,
        "officials": [(o.name, o.role) for o in existing.officials.all()],
        "source_url": existing.source_url,
        "website": existing.website,
    }
    for name, value in kept.items():
        if not data.get(name):
            data[name] = value
    if not virtual and existing.format != EventFormat.VIRTUAL:
        data["format"] = existing.format


def event_record_save(record, *, publish=False, slug=None, themes=(), extra=None):
    """Save `record` as a draft event (or update the event it duplicates) and return it.

    A new event is a draft unless `publish`; an event updated in place keeps its state
    unless `publish`. On an update of the event `event_record_existing` finds, a fact the
    text leaves empty (no city, no officials, no themes given) keeps the event's value:
    nothing staff entered is lost. A caller that names the `slug` (the demo loader) gets
    the event exactly as the record says, replacing every fact. `extra`
    holds further `event_upsert` arguments (website, format, …). Raises ImportRefused
    when a fact is too long for its column (nothing is cut off) or the first day is missing.
    """
    start = _saveable_start(record)
    named = slug is not None
    existing = Event.objects.filter(slug=slug).first() if named else event_record_existing(record)
    if slug is None:
        slug = existing.slug if existing else _unique_slug(event_record_slug(record))
    data = _event_data(record, slug, start, themes)
    if existing and not named:
        _keep_staff_facts(data, existing, virtual=bool(record.value("virtual")))
    if existing:
        publish = publish or existing.is_published
    data.update(extra or {})
    return event_upsert(**data, publish=publish)
