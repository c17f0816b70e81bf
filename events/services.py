"""Writes that span an event and its related rows."""

import datetime

import reversion
from django.db import transaction

from core.services import save_upserted
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
    return save_upserted(
        event,
        created=created,
        publish=publish,
        links=[
            ("co_hosts", Economy.objects.filter(code__in=co_hosts)),
            ("themes", Theme.objects.filter(slug__in=themes)),
        ],
        rows=[("officials", [{"name": name, "role": role} for name, role in officials])],
    )
