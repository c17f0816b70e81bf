"""Writes that span an event and its related rows."""

import datetime

import reversion
from django.db import transaction

from core.publication import put_in_state
from events.models import DatePrecision, Event, EventKind
from initiatives.models import Economy, Initiative, Theme


def _as_date(value):
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


@transaction.atomic
@reversion.create_revision()
def event_upsert(
    *,
    slug,
    title,
    start_date,
    kind=EventKind.FORUM,
    end_date=None,
    date_precision=DatePrecision.DAY,
    city="",
    venue="",
    host=None,
    co_hosts=(),
    initiative=None,
    themes=(),
    summary="",
    officials=(),
    format="",
    website="",
    source_url="",
    publish=False,
):
    """Create or update the event `slug` with exactly the given related rows.

    Economies are given by ISO3 code, the initiative and themes by slug and
    officials as (name, role) in the order the source names them.
    """
    event, created = Event.objects.get_or_create(
        slug=slug, defaults={"title": title, "start_date": _as_date(start_date)}
    )
    event.title = title
    event.kind = kind
    event.start_date = _as_date(start_date)
    event.end_date = _as_date(end_date)
    event.date_precision = date_precision
    event.city = city
    event.venue = venue
    event.host = Economy.objects.get(code=host) if host else None
    event.initiative = Initiative.objects.get(slug=initiative) if initiative else None
    event.summary = summary
    event.format = format
    event.website = website
    event.source_url = source_url
    if created or publish != event.is_published:
        put_in_state(event, publish=publish)
    event.full_clean(validate_unique=False)
    event.save()
    event.co_hosts.set(Economy.objects.filter(code__in=co_hosts))
    event.themes.set(Theme.objects.filter(slug__in=themes))
    event.officials.all().delete()
    event.officials.bulk_create(
        event.officials.model(event=event, position=position, name=name, role=role)
        for position, (name, role) in enumerate(officials, start=1)
    )
    # Record the finished state, inline rows included (bulk_create sends no signals).
    reversion.add_to_revision(event)
    return event
